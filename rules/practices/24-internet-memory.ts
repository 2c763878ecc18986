// Practice 24: The internet never forgets / Internet a de la mémoire.
// Signals: reckless public promises (an "if…" offer with no limit — "forever", « à vie », "10 years free",
// "twice the difference" — or sealed with "screenshot this", « c'est écrit, c'est signé »), boasts about
// misconduct ("nobody will notice", "fake reviews", « si les clients savaient », a prank on a customer),
// and plans to hide it ("deleting this later", "before my boss sees this"). Words in quotes ("'delete later'
// isn't a strategy") and offers with stated conditions ("conditions on brisa.bike/…") are not flagged.
// Also: shock lines about a group ("women belong in the kitchen"), slacking on company time, contempt for one's
// own job or employer, snooping in customers' files, "nobody reads my tweets" / "I'll delete it tomorrow",
// absolute "never" vows on prices, and reach dares ("if this gets 50k retweets…"); a commitment with a link and no
// absolute wording is measured, not reckless.
import { definePractice } from '../practice';
import { defineLexicon, type Hit, type Lexicon } from '../text/phrases';
import { negated, reportAt } from '../helpers';
import type { TextView } from '../analysis';
import { findQuotes } from '../lexicon/data';

/** Open-ended vows about the future: "we'll never raise prices", « on n'augmentera jamais ». */
const NEVER_PLEDGE = defineLexicon('p24.never', {
  en: ["(we'll|we will|we're never going to|we are never going to) never (raise|increase|put up|change|charge|close|stop|cut|remove)", "we will never ever", "we'll never ever", 'prices will never (go up|rise|increase)', 'never ever (raise|increase|charge)'],
  fr: ["on n'augmentera jamais", 'nous n\'augmenterons jamais', "on ne fermera jamais", "on n'arrêtera jamais", "les prix n'augmenteront jamais", 'jamais on n\'augmentera', 'on ne changera jamais', 'jamais de la vie on'],
});

/** Things said to be screenshotted: a dare to hold the author to it. */
const SEAL = defineLexicon('p24.seal', {
  en: ['(carve|etch|write|engrave) (it|this|that) in stone', 'etched in stone', 'carved in stone', 'remember (this|that) (tweet|post)', 'save this post', 'bookmark this', 'you heard it here first', 'screenshot this', 'screenshot it', 'take a screenshot', 'screenshots welcome', 'screenshot away', 'mark my words', 'hold us to it', 'hold us to that', 'hold me to it', 'hold me to that', 'quote me on (this|that)', 'you can quote me', 'written in stone', 'set in stone', 'signed and sealed', 'pinky promise', 'you have my word', 'you have our word', 'bookmark this tweet', 'save this tweet', 'remember this tweet'],
  fr: ['(gravez|gravons|grave) (le|-le|ça|) dans le marbre', 'gravé dans la pierre', 'notez-le', 'retenez-le', "retenez bien ce", 'gardez ce (tweet|post|message)', 'capturez ce (tweet|post|message)', "faites une capture d'écran", "capture d'écran autorisée", "faites une capture", "faites des captures", "capture d'écran bienvenue", "c'est écrit, c'est signé", "c'est écrit c'est signé", "c'est signé", 'promis juré', 'croix de bois', 'gravé dans le marbre', 'retenez bien ce tweet', 'notez bien', "vous pouvez me citer", 'vous pouvez nous citer', 'parole de', 'on signe', 'je signe'],
});

/** Dares on reach: "if this tweet gets 10k retweets, we'll…" — the crowd decides what the brand owes. */
const REACH_DARE = defineLexicon('p24.reach-dare', {
  en: ['if this (tweet|post|reply|thread|video|gets|hits|reaches)', 'if (we|you) (hit|reach|get) * (followers|likes|retweets|rts|shares|reposts|subscribers|comments)', 'if (we|you) (hit|reach|get) * * (followers|likes|retweets|rts|shares|reposts|subscribers|comments)', '(get|reach|hit) * (retweets|rts|likes|shares|reposts) and'],
  fr: ['si ce (tweet|post|message|fil|thread) (fait|atteint|dépasse|obtient)', 'si (on|vous) (atteint|atteignez|dépasse|dépassez|fait|faites) * (abonnés|likes|rt|retweets|partages|commentaires)', 'si (on|vous) (atteint|atteignez|dépasse|dépassez|fait|faites) * * (abonnés|likes|rt|retweets|partages|commentaires)'],
});

/** Promising words: add an offer and a condition and it becomes a reckless pledge. */
const PROMISE = defineLexicon('p24.promise', {
  en: ['promise', 'promised', 'we promise', 'i promise', 'guarantee', 'guaranteed', 'we guarantee', 'i guarantee', '100% sure', '100 % sure', 'no matter what', 'whatever happens', 'we pledge', 'we commit', 'our pledge', 'we swear', 'i swear', 'swear to god', 'no catch', 'no strings attached', 'no strings'],
  fr: ["on s'engage", 'nous nous engageons', 'engagement', 'promis', 'promet', 'promets', 'promettons', 'garanti', 'garantie', 'garantis', 'on vous le garantit', 'je vous le garantis', 'sûr à 100', 'certain à 100', 'quoi qu\'il arrive', 'quoi qu\'il en soit', 'on vous le jure', 'je vous le jure', 'je le jure', 'juré', 'sans piège', 'sans entourloupe', 'aucune arnaque'],
});

/** An offer made by the brand. */
const OFFER = defineLexicon('p24.offer', {
  en: ["we'll pay", 'we will pay', "we'll refund", 'we will refund', "we'll give", 'we will give', "we'll replace", 'we will replace', "we'll cover", "we'll send", "we'll buy", "we'll double", "we'll offer", "you'll get", 'you get', "it's on us", 'on the house', 'we pay', 'we refund', 'we give', "we'll eat", "i'll pay", "i'll give", "i'll refund", "i'll buy", "we'll gift", 'free for life', 'free forever', 'years free', 'year free', 'free for a year', 'free (*|* *) for life', 'free (*|* *) forever', '(*|* *) for life to anyone', 'full refund'],
  fr: ['on vous offre', 'on vous rembourse', 'on vous paie', 'on vous paye', 'on offre', 'on rembourse', 'on paie', 'on paye', 'nous vous offrons', 'nous vous remboursons', 'nous offrons', 'nous remboursons', 'on vous donne', 'on vous file', 'on vous double', 'on double', 'on vous prête', 'vous aurez', 'je vous offre', 'je vous rembourse', 'je paie', 'je paye', 'offert à vie', 'gratuit à vie', 'ans offerts', 'an offert', "ans d'abonnement", "an d'abonnement", 'ans gratuits', '(offerts|offertes|offerte|gratuits|gratuites) à vie', 'remboursement intégral', '= remboursement'],
});

const CONDITIONAL = /^(if|si|s'il|s'ils|unless|whenever|otherwise|sinon)$/;
/** What makes a pledge reckless: no limit, huge stakes, absolute certainty. */
const EXTREME = defineLexicon('p24.extreme', {
  en: ['never again', 'forever', 'for life', 'for ever', 'every time', 'every single time', 'every single', 'a single', 'even one', 'lifetime', 'twice the', 'double the', 'triple the', 'everyone', 'everybody', 'the whole (town|city|village|street|country|internet)', 'all of you', 'no questions asked', '100%', 'whatever happens', 'no matter what', 'unlimited', '(10|20|50|100) years', '(ten|twenty|fifty) years', 'to anyone who', 'anyone who', 'whoever'],
  fr: ['plus jamais', 'à vie', 'pour toujours', 'à chaque fois', 'chaque fois', 'un seul', 'une seule', 'deux fois la', 'le double', 'le triple', 'tout le village', 'tout le monde', 'toute la ville', 'tout le quartier', 'tous nos abonnés', 'tous nos clients', "quoi qu'il arrive", 'sans condition', 'sans conditions', '100 %', 'sûr à 100', 'illimité', 'illimitée', '(10|20|50|100) ans', '(dix|vingt|cinquante) ans'],
});

/** Conditions stated: a considered commitment, not a reckless one. */
const TERMS = defineLexicon('p24.terms', {
  en: ['t&cs', 't&c', 'terms apply', 'terms and conditions', 'see terms', 'full terms', 'conditions apply', 'subject to', 'details at', 'details on', 'eligible', 'eligibility'],
  fr: ['conditions', 'voir conditions', 'conditions détaillées', 'selon conditions', 'sous conditions', 'sous réserve', 'détails sur', 'modalités', 'cgv', 'éligible', 'éligibles'],
});

/** Misconduct confessed or planned to be hidden: counts alone. */
const CONFESSION = defineLexicon('p24.confession', {
  en: [
    'nobody will notice', 'no one will notice', 'nobody will know', 'no one will know', 'nobody noticed', 'no one noticed', "they'll never know",
    'they will never know', "customers will never know", 'nobody has noticed', 'no one has noticed', 'nobody in * has noticed', 'nobody in * noticed',
    'no one in * has noticed', 'nobody at * has noticed', 'nobody saw', 'no one saw', 'nobody caught it', 'nobody notices', 'no one notices', 'nobody can tell', 'no one can tell',
    'if they only knew', 'if only they knew', 'if the customer knew', 'if the customers knew', 'if customers only knew', 'if (my boss|the boss|my manager|customers|our customers|the customers|hr|management|legal|my mum|my mom) knew',
    'if (my boss|the boss|my manager|hr|legal) (sees|saw|reads) this', 'before (my boss|the boss|my manager|hr|legal|management|comms|pr) (sees|reads|finds)',
    'deleting this later', 'delete this later', 'deleting this in', 'will delete later', "i'll delete this", "i'll delete later", 'delete later', 'deleting later',
    'deleting this before', 'delete before', "don't tell (my boss|hr|the boss|my manager|management|legal|our customers)", 'fake accounts', 'fake account',
    'fake reviews', 'fake review', 'sock puppet', 'sock puppets', 'skipped the safety', 'skipped the checks', 'skipped the check', 'skipped safety',
    'skip the safety', 'to see (his|her|their) reaction', 'to see (his|her|their) face', 'best prank', 'pranked a customer', 'pranked the customer',
    'lied to a customer', 'lied to the customer', 'lied to customers', 'hung up on a customer', 'hung up on the customer', 'got away with it',
    'called in sick', '(call|calling|called) in sick and', 'pulled a sickie', 'threw a sickie', 'pull a sickie', 'fake sick day', 'faked being sick', 'faked a sick day', 'drunk at work', 'hungover at work', 'drunk on the job', 'drunk tweeting', 'drunk posting', 'tweeting drunk', 'posting drunk', 'nobody reads the', 'we never test', "we don't test",
    'not supposed to post this', "i'll get fired for this",
    "(my boss|my manager|my supervisor|the boss|hr) (doesn't|does not|won't|will never|never) (follow me|read this|see this|read my|see my|follow my|follow this)", "(my boss|my manager|my supervisor|the boss|hr) (isn't|is not) on (here|twitter|x|insta|instagram|tiktok|linkedin|this app)",
    "(glad|good thing|thank god|lucky) (my boss|my manager|the boss|hr) (doesn't|does not|isn't|is not|can't|won't)", "hope (my boss|my manager|the boss|hr|my team) (doesn't|does not|won't|never) (see|sees|read|reads|find)",
    'padded (my|the|our) (expense|expenses|timesheet|timesheets|mileage|hours)', 'fudged (my|the|our) (expense|expenses|numbers|figures|timesheet|hours|report)', 'fake (expense|expenses|receipts|invoice|invoices)', '(kept|still have|still got) (the|his|her|their|an ex-colleague\'s|my ex-colleague\'s) (admin|) (access|logins|login|passwords|password|keys)',
    "(i'll|i will|gonna|going to) delete (this|it|) (tomorrow|tonight|soon|in a bit|in an hour|in 5|in five|in a few|after|before)", 'deleting (this|it) (tomorrow|tonight|soon|in a bit|in an hour|in 5|in five|in a few)', 'delete in 5', 'deleting in 5', "if you can't handle (that|it|this|the pressure|the heat|the hours|the crunch)", 'get me fired', 'gonna get fired', 'going to get fired',
  ],
  fr: [
    'personne ne verra', 'personne le verra', 'personne verra', "personne s'en rendra compte", "personne s'en rend compte", 'personne ne remarquera',
    'personne remarquera', "personne au * n'a remarqué", 'personne au * a remarqué', "personne à la * n'a remarqué", 'personne a vu', "personne n'a vu", "personne n'a remarqué", 'personne a remarqué', 'personne a rien vu', "personne n'a rien vu", 'personne ne remarque', 'personne remarque', 'personne ne voit la différence', 'personne voit la différence',
    'personne ne fait la différence', "n'y voit que du feu", "n'y voient que du feu", "y voient que du feu", 'ni vu ni connu', 'si les clients savaient', 'si nos clients savaient', 'si mon chef savait', 'si mon boss savait',
    'si ma boss savait', 'si ma cheffe savait', 'si la direction savait', 'si mon manager savait', 'si ma mère savait', 'avant que mon chef',
    'avant que mon boss', 'avant que ma boss', 'avant que la direction', 'avant que les rh', 'avant que mon manager', 'je supprime ce',
    'je supprime plus tard', 'je supprimerai', 'je vais supprimer', 'je supprime dans', 'supprimé dans', "je l'efface", 'je vais effacer',
    'dites rien à', 'dis rien à', 'dites pas à', 'dis pas à', 'le dites pas', 'le dis pas', 'faux comptes', 'faux compte', 'faux avis',
    'sauté le contrôle', 'sauté les contrôles', 'zappé le contrôle', 'zappé les contrôles', 'sauté la vérif', 'zappé la vérif',
    'tweete bourré', 'tweete bourrée', 'poste bourré', 'poste bourrée', 'faux arrêt', 'arrêt bidon', 'fait porter pâle', 'me suis fait porter pâle', 'pour voir sa tête', 'pour voir sa réaction', 'pour voir leur tête', 'meilleure blague', 'menti à un client', 'menti au client',
    'menti aux clients', 'raccroché au nez', 'arrêt maladie bidon', 'faux arrêt maladie', 'bourré au boulot', 'bourré au taf',
    'je vais me faire virer', 'je vais me faire licencier', 'me faire virer pour ça', 'pas censé poster', "s'ils savaient", 'si seulement ils savaient',
    'si le client savait', 'si la cliente savait', 'gonflé (ma|mes|la|les) (note|notes) de frais', 'note de frais bidon', 'notes de frais bidon', 'fausses notes de frais', '(gardé|garde|conservé) (les|ses|leurs|mes) accès (admin|)',
    '(mon boss|mon chef|ma cheffe|ma boss|mon manager|ma manager|mon n+1|ma n+1|la direction|les rh|mon patron|ma patronne) (me suit pas|ne me suit pas|me lit pas|ne me lit pas|est pas sur|n\'est pas sur|verra pas|ne verra pas|lit pas|ne lit pas|me follow pas)',
    "(heureusement que|j'espère que|pourvu que) (mon boss|mon chef|ma cheffe|ma boss|mon manager|la direction|les rh|mon patron) (ne|) (me suit|voit|verra|lit|lise|tombe)",
    'je supprime (demain|ce soir|après|apres|bientôt|vite|dans|d\'ici|tout à l\'heure|plus tard)', 'supprimé demain', 'supprimé ce soir', 'je le supprime (demain|ce soir|après|bientôt|dans)', 'post éphémère', '(si tu|si vous|si t\'es|si vous êtes) (supportes pas|supportez pas|tiens pas|tenez pas|pas capable|pas capables) (ça|la pression|le rythme)',
  ],
});

/** Misbehaviour that needs a laugh or a customer around to be a boast: "works every time 😂". */
const MISCHIEF = defineLexicon('p24.mischief', {
  en: ['he believed me', 'she believed me', 'they believed me', 'works every time', 'prank', 'pranked', 'trolled', 'blames the customer', 'blame the customer', 'blaming the customer', 'got away with', 'in the bin', 'straight in the bin', 'we ignore', 'we just ignore', 'ignore them all', 'we literally', 'canned reply', 'cut corners', 'cutting corners', 'on the sly', 'customers\' bikes', "customer's bike", 'customer bikes', 'joyride', 'joyriding', 'rage quit', 'told a customer', 'messed with', 'made (him|her|them) believe', 'pretended', 'put (him|her|them|the customer|a customer|the guy|the caller) on hold', 'on hold for (*|* *) (min|mins|minutes|hour|hours)', 'on speaker for', 'on speakerphone for', 'for the whole office', "(cops|police|the police) (didn't|did not|never) (even|) (see|catch|notice|spot|clock)", 'company (car|van|prototype) to'],
  fr: ["il m'a cru", "elle m'a crue", "elle m'a cru", "ils m'ont cru", 'vélo client', 'vélo de client', 'marche à tous les coups', 'à tous les coups', 'blague', 'canular', 'trollé', 'on accuse le client', 'accuser le client', 'à la poubelle', 'direct à la poubelle', 'poubelle direct', "on s'en fout", "on s'en fiche", 'en douce', 'vélos des clients', 'vélo des clients', 'vélo du client', 'vélo d\'un client', 'fait croire', 'fait semblant', 'on ignore', 'réponse toute faite', 'la course avec', 'faire la course', 'dit à un client', 'dit au client', 'mis en attente', 'en attente pendant', 'le haut-parleur', 'en haut-parleur', "tout l'open space", 'tout le plateau', "(les flics|la police|les keufs) (ont rien vu|n'ont rien vu|ont même pas vu|ont rien capté)"],
});

/** Time that belongs to the employer: slacking in it is a confession when a pastime or a laugh comes with it. */
const WORK_TIME = defineLexicon('p24.work-time', {
  en: ['on company time', 'on the company dime', 'on the clock', 'during work hours', 'during working hours', 'during office hours', 'in work hours', 'instead of working', 'during my shift', 'on my shift', 'in the middle of (a|the|my) (meeting|shift|call)', 'during (the|a|my) (meeting|all-hands|standup|stand-up|team call)', 'while my boss', 'while the boss', 'billed the client', 'on the company card', 'company card'],
  fr: ['pendant mes heures de (travail|boulot|taf|télétravail|bureau|service)', 'sur mes heures de (travail|boulot|taf|bureau|télétravail)', 'pendant le (boulot|taf|travail|télétravail|service)', 'en plein (télétravail|boulot|taf|service|réunion|call)', 'au lieu de (bosser|travailler)', 'sur le temps de travail', 'sur mon temps de travail', 'aux frais de (la boîte|la boite|l\'entreprise|mon employeur)', 'carte de la boîte', 'carte de la boite', 'carte pro', 'pendant la réunion', 'pendant le call', 'facturé au client'],
});
/** Workplace words that make a pastime a confession only with a laugh or a shush as well. */
const AT_WORK = defineLexicon('p24.at-work', {
  en: ['at work', 'at my desk', 'from my desk', 'wfh', 'working from home', 'in the office', 'at the office', 'my boss', 'my manager', 'sick day', 'called in', 'call in sick', 'calling in sick'],
  fr: ['au boulot', 'au taf', 'au bureau', 'en télétravail', 'en télétaf', 'mon boss', 'mon chef', 'ma cheffe', 'mon manager', 'arrêt maladie'],
});
const PASTIME = defineLexicon('p24.pastime', {
  en: ['poker', 'casino', 'betting', 'slots', 'netflix', 'binge*', 'nap', 'napping', 'asleep', 'slept', 'beach', 'pub', 'pints', 'beers', 'drunk', 'hungover', 'gaming', 'playstation', 'xbox', 'fortnite', 'shopping', 'job hunting', 'job interview', 'golf', 'tinder', 'side hustle', 'festival'],
  fr: ['poker', 'casino', 'paris sportifs', 'parié', 'pari', 'netflix', 'série', 'séries', 'sieste', 'dormi', 'plage', 'apéro', 'bière', 'bières', 'bourré', 'bourrée', 'gueule de bois', 'jeux vidéo', 'la play', 'fortnite', 'shopping', 'soldes', "entretien d'embauche", 'tinder', 'festival', 'pmu', 'tiercé'],
});

/** One's own job or employer, and contempt for it: "hating the work", « je déteste mon taf ». */
const OWN_JOB = defineLexicon('p24.own-job', {
  en: ['my job', 'my new job', 'the job', 'this job', 'the work', 'my work', 'the new job', 'my employer', 'my new employer', 'my company', 'this company', 'my boss', 'my manager', 'my colleagues', 'my coworkers', 'my co-workers', 'my team', 'the office', 'this place', 'offered me a job', 'offered me the job', 'job offer', 'working here', 'work here', 'my shift', 'my shifts', 'the clients', 'our clients', 'our customers', 'the customers'],
  fr: ['mon job', 'mon nouveau job', 'mon boulot', 'mon nouveau boulot', 'mon taf', 'mon travail', 'ce boulot', 'ce taf', 'ce job', 'ma boîte', 'ma boite', 'cette boîte', 'cette boite', 'mon employeur', 'mon chef', 'ma cheffe', 'mon boss', 'ma boss', 'mon manager', 'mes collègues', 'la direction', 'mon équipe', 'nos clients', 'les clients', 'proposé un poste', 'proposé un job', "offre d'emploi", 'bosser ici', 'travailler ici'],
});
const CONTEMPT = defineLexicon('p24.contempt', {
  en: ['hate', 'hating', 'hated', 'loathe', 'loathing', 'despise', 'dread', 'dreading', 'boring', 'soul-crushing', 'soul crushing', 'sucks', 'suck', 'miserable', 'pointless', 'useless', 'clueless', 'idiots', 'morons', 'incompetent', 'toxic', 'a joke', 'a nightmare', 'hell', 'can\'t stand', 'cannot stand', 'sick of', 'fed up with'],
  fr: ['déteste', 'détester', 'je hais', 'hais', 'chiant', 'chiante', 'chiants', 'relou', 'relous', 'nul', 'nulle', 'nuls', 'incompétent', 'incompétents', 'incompétente', 'débile', 'débiles', 'toxique', 'une blague', 'un enfer', "l'enfer", 'insupportable', 'insupportables', 'saoule', 'me saoule', 'gonfle', 'me gonfle', 'ras le bol', 'ras-le-bol', 'en ai marre', 'marre de', 'supporte plus', 'me fait chier', 'cons', 'boulets'],
});
/** In it for the money: "fatty paycheck", « que pour le salaire ». */
const MONEY_ONLY = defineLexicon('p24.money-only', {
  en: ['fatty paycheck', 'fat paycheck', 'fat pay check', 'fat salary', 'just for the money', 'only for the money', 'only in it for the money', 'just in it for the money', 'for the paycheck', 'for the pay cheque', 'for the paycheque', 'paycheck is the only', 'counting the days', 'clock-watching'],
  fr: ['que pour le salaire', 'juste pour le salaire', 'que pour la paie', 'juste pour la paie', 'que pour le fric', 'juste pour le fric', 'pour le chèque', 'gros salaire', 'gros chèque', 'je compte les jours', 'alimentaire'],
});

/** A customer's private content, and the nosiness that turns handling it into a boast. */
const CUSTOMER_CONTENT = defineLexicon('p24.customer-content', {
  en: [
    "(customer's|client's|user's|subscriber's|guest's|patient's|member's|caller's) (*|) (folder|folders|files|file|photos|pics|pictures|videos|messages|emails|e-mails|inbox|account|backup|backups|drive|phone|laptop|history|search history|browser history|chats|dms|notes|documents|camera roll|gallery|cloud)",
    '(customer|client|user|subscriber) (photos|pics|files|folders|data|messages|emails|accounts|backups|inboxes|camera rolls)', "customers' (photos|files|folders|data|messages|emails|accounts|backups)",
  ],
  fr: [
    "(dossier|dossiers|fichiers|fichier|photos|vidéos|messages|mails|e-mails|compte|sauvegarde|sauvegardes|téléphone|historique|conversations|documents|galerie|pellicule) (d'un|d'une|du|de la|des|de ce|de cette) (client|cliente|clients|clientes|utilisateur|utilisatrice|utilisateurs|abonné|abonnée|abonnés|patient|patiente)",
  ],
});
const NOSY = defineLexicon('p24.nosy', {
  en: ['interesting', 'very interesting', 'juicy', 'spicy', 'job perks', 'job perk', 'perks of the job', 'perk of the job', 'perks of working', 'nosy', 'nosey', 'naughty', 'nsfw', 'not safe for work', 'saw everything', 'eyeful'],
  fr: ['intéressant', 'intéressante', 'intéressantes', 'intéressants', 'croustillant', 'croustillante', 'croustillantes', 'avantages du métier', 'avantage du métier', 'joies du métier', 'coquin', 'coquine', 'coquines', 'osé', 'osées', 'tout vu'],
});
/** Looking where one should not: "went through", « fouillé », "had a peek". */
const SNOOP = defineLexicon('p24.snoop', {
  en: ['snooping', 'snooped', 'snoop', 'peeked', 'had a peek', 'took a peek', 'peeking', 'had a look through', 'had a scroll', 'scroll through', 'scrolled through', 'went through', 'going through', 'browsed through', 'dug through', "couldn't help looking", 'could not help looking', "couldn't resist looking", 'read (his|her|their) (messages|texts|emails|dms)'],
  fr: ['fouillé', 'fouiné', 'fouiller', 'fouiner', 'jeté un œil', 'jeté un oeil', "jeté un coup d'œil", "jeté un coup d'oeil", 'pu résister', 'pu m\'empêcher de regarder', 'maté', 'parcouru', 'lu ses (messages|textos|mails)', 'regardé ses (photos|messages)'],
});

/** "Nobody reads my tweets": the belief that a post stays among friends. */
const OBSCURITY = defineLexicon('p24.obscurity', {
  en: ['(nobody|no one) (at|from) (*|work|the office|my job) (follows|reads|sees) (me|this|my)', 'nobody reads my', 'no one reads my', 'nobody reads this', 'no one reads this', 'nobody follows me', 'no one follows me', 'nobody will see this', 'no one will see this', 'only my mum follows', 'only my mom follows', 'only bots follow', 'nobody sees my', 'no one sees my', 'my 12 followers', 'all 5 of my followers', 'all three of my followers'],
  fr: ['personne (de|du|chez|au) (*|boulot|taf|bureau) (ne|) (me suit|me lit|lit|verra)', 'personne (ne|) (lit|me lit|lira) (mes|ce|ça)', 'personne (ne|) me suit', 'personne (ne|) (verra|voit) (ce|mes|ça)', 'personne lit', 'mes 3 abonnés', 'mes trois abonnés', 'mes 12 abonnés', 'que ma mère me suit', 'que ma mère qui me suit'],
});
/** Negligence at work, told as a joke: "pushed to prod without tests 😂". */
const NEGLIGENCE = defineLexicon('p24.negligence', {
  en: ['without tests', 'without testing', 'no tests', 'zero tests', 'skipped the tests', 'skipped testing', 'skip the tests', 'untested', 'pushed to prod on a friday', 'deployed on a friday', 'deploy on friday', 'yolo deploy', 'straight to prod', 'tested in prod', 'testing in prod', 'no backups', 'never backed up', 'no code review'],
  fr: ['sans tests', 'sans test', 'sans tester', 'zéro test', 'zappé les tests', 'sauté les tests', 'en prod vendredi', 'en prod le vendredi', 'en prod un vendredi', 'direct en prod', 'testé en prod', 'on teste en prod', 'sans sauvegarde', 'sans relecture', 'sans validation'],
});

/** Lines that insult a whole group once out of context: "women belong in the kitchen". */
const STEREOTYPE = defineLexicon('p24.stereotype', {
  en: [
    "(women|woman|girls|a woman|wives|ladies|females) (belong|belongs) (in the kitchen|at home|in the home|in the house|barefoot|behind the stove)", "(a woman's|women's|a wife's) place is (in the kitchen|at home|in the home|in the house)",
    "(back|go back|get back|get back in) (to|in) the kitchen", 'make me a sandwich', "(women|girls|woman|females) (can't|cannot|can not|shouldn't|should not|don't know how to) (drive|park|code|lead|do math|do maths|read maps|be engineers|be leaders|be trusted)",
    "(women|girls) are (too emotional|bad drivers|bad at math|bad at maths|bad at tech|bad at coding|bad at driving)", 'boys will be boys', "(real men|men) (don't|do not|never) (cry|cook|clean)",
    "(people|anyone|those|users|customers) (who|that) (don't|do not|never|can't) * (deserve|deserves) (to lose|what they get|it)", "(deserve|deserves) to lose (everything|it all|all their|their)", 'serves them right', 'had it coming',
    "(immigrants|foreigners|migrants) (steal|take|are taking|are stealing) (our|your) jobs", "(old people|boomers|pensioners|seniors|grannies) (can't|cannot|should not|shouldn't|don't|do not) (use|understand|handle|be allowed|get)", "(anyone|people|everyone) over (40|50|60|65|70) (can't|cannot|should not|shouldn't|don't|do not) (use|understand|handle|be allowed|get)",
  ],
  fr: [
    '(méritent|mérite|méritaient) de tout perdre', "(méritent|mérite) (bien|) ce qui leur arrive", 'bien fait pour eux', "c'est bien fait pour (eux|lui|elle)",
    "(les femmes|la femme|une femme|les filles|les meufs|ta femme|les nanas) (à la cuisine|au foyer|aux fourneaux|à la maison|à la vaisselle)", "la place (d'une femme|des femmes|de la femme) est (à la cuisine|à la maison|au foyer|aux fourneaux)",
    '(retourne|retournez|va|allez) (à la cuisine|aux fourneaux|faire la vaisselle|faire le ménage)', '(femme|femmes|une femme|les femmes) au volant', 'fais-moi un sandwich', 'fais moi un sandwich',
    "(les femmes|les filles|les meufs|une femme|les nanas) (savent pas|ne savent pas|sait pas|ne sait pas|peuvent pas|ne peuvent pas) (conduire|se garer|coder|compter|lire une carte|diriger)",
    '(les femmes|les filles) sont (trop émotives|nulles en|incapables)', '(un vrai homme|les vrais hommes|les hommes) (ne pleure pas|ne pleurent pas|pleure pas|pleurent pas)',
    '(les immigrés|les étrangers|les migrants) (volent|prennent|piquent) (nos|vos) (emplois|boulots|jobs)', '(les vieux|les boomers|les retraités|les seniors) (savent pas|ne savent pas|ne peuvent pas|peuvent pas|devraient pas|ne devraient pas|comprennent rien|ne comprennent rien) (utiliser|comprendre|avoir le droit|à)', 'les plus de (40|50|60|65|70) ans (savent pas|ne savent pas|ne peuvent pas|peuvent pas|devraient pas|ne devraient pas|comprennent rien|ne comprennent rien) (utiliser|comprendre|avoir le droit|à)',
  ],
});

/** The brand's prices and service: what a "never" must not be about. */
const PLEDGE_OBJECT = defineLexicon('p24.pledge-object', {
  en: ['raise (our|its|the|your|) (prices|price|fees|subscription|rates)', 'increase (our|its|the|your|) (prices|price|fees|subscription|rates)', 'put (our|its|the|your|) prices up', 'prices (go|going) up', 'charge (you|for)', 'cost you a penny', 'cost a penny', 'pay (a penny|a cent|a dime|one penny|one cent|a single penny) more', 'pay more', 'close (down|our|its)', 'shut down'],
  fr: ['augmentera', 'augmenterons', 'augmenteront', 'augmenter (ses|nos|les|vos) (prix|tarifs|abonnements)', 'augmenter le prix', 'payer un centime', 'coûtera un centime', 'payerez (un centime de|) plus', 'paierez (un centime de|) plus', 'fermera', 'fermerons', 'sera payant', 'sera payante', 'deviendra payant', 'deviendra payante'],
});
const ABSOLUTE = /^(never|ever|jamais|always|toujours|forever)$/;

const LAUGHS = /^(lo+l+|lolo+l|lma+o+|lmfa+o+|rofl|md+r+|ptd+r+|xptd+r+|h(?:a+h)+a*|a+h(?:a+h)*a*|jpp)$/
const LAUGH_EMOJI = /^(😂|🤣|😆|😜|😈|🤫|😏|🙈|💀|😹|🤑|🤭)/;

export default definePractice({
  meta: {
    number: 24,
    slug: 'internet-memory',
    title: { en: "The internet never forgets", fr: "Internet a de la mémoire" },
    statement: {
      en: "Anything you publish can be held against you: the internet keeps screenshots of every promise, boast and joke.",
      fr: "Tout ce que vous publiez peut se retourner contre vous : Internet garde une capture de chaque promesse, vantardise ou blague.",
    },
    detection: 'partial',
    messages: {
      promise: {
        text: {
          en: '"{term}": a public pledge with no limits. Someone will screenshot it and hold the brand to it, word for word.',
          fr: '« {term} » : un engagement public sans limites. Quelqu’un en fera une capture et tiendra la marque à sa parole, mot pour mot.',
        },
        fix: {
          en: 'Only promise what you can deliver every time, with its conditions (who, how long, how much) spelled out.',
          fr: 'Ne promettez que ce que vous pouvez tenir à chaque fois, en précisant les conditions (qui, combien de temps, combien).',
        },
      },
      provocation: {
        text: {
          en: '"{term}": out of context, this reads as an insult to a whole group. Screenshots travel without the thread that explains them.',
          fr: '« {term} » : sorti de son contexte, cela se lit comme une insulte envers tout un groupe. Les captures circulent sans le fil qui les explique.',
        },
        fix: {
          en: 'Lead with the message itself, not a shock line that only works if people read on.',
          fr: 'Commencez par le vrai message, pas par une phrase choc qui ne fonctionne que si on lit la suite.',
        },
      },
      confession: {
        text: {
          en: '"{term}": this admits behaviour that will be screenshotted and come back to you and your employer, long after you delete it.',
          fr: '« {term} » : cet aveu sera capturé et reviendra vers vous et votre employeur, bien après que vous l’aurez supprimé.',
        },
        fix: {
          en: "Don't post it. If something went wrong at work, raise it internally instead.",
          fr: 'Ne le publiez pas. Si quelque chose s’est mal passé au travail, signalez-le en interne.',
        },
      },
    },
  },
  lexicons: [SEAL, NEVER_PLEDGE, PROMISE, OFFER, EXTREME, TERMS, CONFESSION, MISCHIEF, WORK_TIME, AT_WORK, PASTIME, OWN_JOB, CONTEMPT, MONEY_ONLY, CUSTOMER_CONTENT, NOSY, SNOOP, OBSCURITY, NEGLIGENCE, STEREOTYPE, PLEDGE_OBJECT, REACH_DARE],
  create(ctx) {
    const d = ctx.draft;
    const personal = ctx.context.account === 'personal';
    const any = (...lexicons: Lexicon[]) => lexicons.some((l) => d.has(l));
    if (!any(CONFESSION, MISCHIEF, SEAL, NEVER_PLEDGE, OFFER, PROMISE, STEREOTYPE, PLEDGE_OBJECT, REACH_DARE) && !(personal && (any(WORK_TIME, AT_WORK, OWN_JOB, CUSTOMER_CONTENT, NOSY, SNOOP, OBSCURITY, NEGLIGENCE) || hasEmoji(d, '👀')))) return;
    const quotes = findQuotes(d.text);
    const free = (h: Hit) => !quotes.some((q) => h.start >= q.start && h.end <= q.end) && !negated(d, h, 2);

    // 0. A line that insults a whole group once it travels without its thread.
    const stereotype = d.find(STEREOTYPE).find(free);
    if (stereotype) {
      reportAt(ctx, stereotype, 'provocation', 'warn');
      return;
    }

    // 1. Confessions and plans to hide.
    const confession = d.find(CONFESSION).find(free);
    if (confession) {
      reportAt(ctx, confession, 'confession', 'risk');
      return;
    }
    const mischief = d.find(MISCHIEF).find(free);
    if (mischief && (laughs(d) || customerAround(d, mischief))) {
      reportAt(ctx, mischief, 'confession', 'warn');
      return;
    }
    if (personal) {
      // Snooping in a customer's files, told with a wink: "a customer's folder… VERY interesting 👀".
      // A customer's files with a nosy tone or a peek; a customer and their things in one sentence need the peek itself.
      const peek = d.find(SNOOP).some(free);
      const eyes = hasEmoji(d, '👀');
      const tone = d.find(NOSY).some(free);
      const snoop = (peek || eyes || tone ? d.find(CUSTOMER_CONTENT).find(free) : undefined) ?? (peek || (eyes && tone) ? customerThings(d) : undefined);
      if (snoop) {
        reportAt(ctx, snoop, 'confession', 'risk');
        return;
      }
      // Slacking on the employer's time: a pastime or a laugh with it.
      const work = d.find(WORK_TIME).find(free);
      const pastime = d.find(PASTIME).some(free);
      if (work && (pastime || laughs(d))) {
        reportAt(ctx, work, 'confession', 'warn');
        return;
      }
      const atWork = d.find(AT_WORK).find(free);
      if (atWork && pastime && laughs(d)) {
        reportAt(ctx, atWork, 'confession', 'warn');
        return;
      }
      // Contempt for one's own job or employer: "hating the work", « mon taf est nul », "fat paycheck".
      const contempt = jobContempt(d, free);
      if (contempt) {
        reportAt(ctx, contempt, 'confession', 'warn');
        return;
      }
      // "Nobody reads my tweets anyway" before a work confession; negligence told as a joke.
      const neglect = d.find(NEGLIGENCE).find(free);
      const obscure = d.find(OBSCURITY).find(free);
      if (obscure && (laughs(d) || neglect || any(WORK_TIME, AT_WORK, OWN_JOB))) {
        reportAt(ctx, obscure, 'confession', 'warn');
        return;
      }
      if (neglect && laughs(d)) {
        reportAt(ctx, neglect, 'confession', 'warn');
        return;
      }
    }

    // 2. Reckless pledges. Terms, or a link with no absolute wording ("first report on 15 April at
    // brisa.bike/transparency"), make a measured commitment.
    if (d.find(TERMS).length > 0) return;
    const absolute = d.find(EXTREME).some(free) || d.find(NEVER_PLEDGE).some(free) || d.tokens.some((t) => t.kind === 'word' && ABSOLUTE.test(t.forms[0]!));
    if (!absolute && d.stats.urls > 0) return;
    // "Never, ever will Brisa raise its prices", « jamais Nuvola n'augmentera ses prix ».
    // The vow carries its own negation ("never", « n'augmentera jamais »): only quotes clear it.
    const unquoted = (h: Hit) => !quotes.some((q) => h.start >= q.start && h.end <= q.end);
    const never = d.find(PLEDGE_OBJECT).find((h) => unquoted(h) && neverPledge(d, h) && (ctx.context.account === 'brand' || weSpeak(d, h)));
    if (never) {
      reportAt(ctx, never, 'promise', 'warn');
      return;
    }
    // "Screenshot this QR code" is an instruction: a dare stands at the end of its sentence.
    const dare = (h: Hit) => {
      const next = d.tokens[h.to];
      return !/(this|it)$/.test(d.text.slice(h.start, h.end).toLowerCase()) || !next || next.kind === 'punct' || next.kind === 'emoji' || d.sentenceAt(next.start) !== d.sentenceAt(h.start);
    };
    const seal = d.find(SEAL).find((h) => free(h) && dare(h)) ?? d.find(NEVER_PLEDGE).find(free);
    if (seal) {
      reportAt(ctx, seal, 'promise', 'warn');
      return;
    }
    // "If this gets 50k retweets, we'll give everyone a free year": the crowd sets the bill.
    const reach = d.find(REACH_DARE).find(free);
    if (reach && (ctx.context.account === 'brand' || weSpeak(d, reach)) && (d.has(OFFER) || d.has(PROMISE) || d.has(EXTREME) || freebie(d))) {
      reportAt(ctx, reach, 'promise', 'warn');
      return;
    }
    const offer = d.find(OFFER).find(free);
    if (!offer) {
      // A stunt staked on "if…" and sealed with a promise: "If we lose a single photo, our CEO shaves his head. Promise."
      const vow = d.find(PROMISE).find((h) => free(h) && (ctx.context.account === 'brand' || weSpeak(d, h)));
      // A linked policy ("…with credits if we miss it. nuvola.com/sla") is a measured commitment.
      if (vow && d.stats.urls === 0 && conditionalNear(d, vow) && d.find(EXTREME).some((h) => free(h) && !negated(d, h, 3) && nearSentence(d, h, vow))) reportAt(ctx, vow, 'promise', 'warn');
      return;
    }
    const extreme = d.find(EXTREME).some((h) => free(h) && nearSentence(d, h, offer));
    const promise = d.find(PROMISE).some((h) => free(h) && nearSentence(d, h, offer));
    if ((conditional(d, offer) && (extreme || promise)) || (promise && extreme)) reportAt(ctx, offer, 'promise', 'warn');
  },
});

const CUSTOMER_WORD = /^(customer|customer's|customers|customers'|client|client's|clients|cliente|clientes|user's|subscriber's|abonne|abonnee|patient's|guest's|caller's)$/;
const PRIVATE_THING = /^(phone|phones|laptop|photos|pics|pictures|videos|messages|texts|emails|e-mails|inbox|dms|chats|gallery|files|folder|folders|history|notes|documents|diary|wallet|bag|telephone|portable|photos|messages|mails|textos|conversations|fichiers|dossier|dossiers|galerie|pellicule|historique|documents|sac|portefeuille|agenda)$/;

/** A customer and their private things in one sentence ("a customer's e-bike… the phone left on it"). */
function customerThings(d: TextView): Hit | undefined {
  for (const s of d.sentences) {
    let customer = -1;
    let thing = -1;
    for (let k = s.from; k < s.to; k++) {
      const t = d.tokens[k]!;
      if (t.kind !== 'word') continue;
      if (customer < 0 && CUSTOMER_WORD.test(t.forms[0]!)) customer = k;
      if (thing < 0 && PRIVATE_THING.test(t.forms[0]!)) thing = k;
    }
    if (customer >= 0 && thing >= 0) {
      const a = Math.min(customer, thing);
      const b = Math.max(customer, thing);
      if (b - a <= 15) return { lexicon: 'p24.customer-things', lang: 'any', start: d.tokens[a]!.start, end: d.tokens[b]!.end, from: a, to: b + 1 };
    }
  }
  return undefined;
}

/** Something given away: "free", "yours", « offert », « gratuit ». */
function freebie(d: TextView): boolean {
  return d.tokens.some((t) => t.kind === 'word' && /^(free|yours|lifetime|giveaway|gratuit|gratuite|gratuits|offert|offerte|offerts|cadeau|cadeaux)$/.test(t.forms[0]!));
}

function hasEmoji(d: TextView, emoji: string): boolean {
  return d.tokens.some((t) => t.kind === 'emoji' && t.raw.startsWith(emoji));
}

/** Contempt right next to one's own job ("hating the work", "my boss is clueless"), or the job held for the pay only. */
function jobContempt(d: TextView, free: (h: Hit) => boolean): Hit | undefined {
  const jobs = d.find(OWN_JOB).filter(free);
  if (jobs.length === 0) return undefined;
  const money = d.find(MONEY_ONLY).find(free);
  if (money) return money;
  const contempt = d.find(CONTEMPT).filter(free);
  for (const c of contempt) {
    for (const j of jobs) {
      if (d.sentenceAt(c.start) !== d.sentenceAt(j.start)) continue;
      // "hate my job", « je déteste mon taf »: the job is the object.
      if (j.from === c.to) return { ...c, end: j.end, to: j.to };
      // "my job is so boring", « mon boulot est vraiment nul »: a copula and adverbs only in between.
      if (c.from >= j.to && c.from - j.to <= 3) {
        let plain = true;
        for (let k = j.to; k < c.from; k++) if (d.tokens[k]!.kind !== 'word' || !LINK_WORDS.test(d.tokens[k]!.forms[0]!)) plain = false;
        if (plain) return { ...j, end: c.end, to: c.to };
      }
    }
  }
  return undefined;
}
const LINK_WORDS = /^(is|are|was|were|'s|be|been|being|so|such|really|totally|completely|absolutely|a|an|just|literally|honestly|est|sont|etait|etaient|vraiment|trop|tellement|super|hyper|grave|completement|totalement|un|une|des|de|du|c'est|me|m')$/;

/** "never" / « jamais » in the pledge's sentence, with a future (will, 'll, won't, a French future verb). */
function neverPledge(d: TextView, h: Hit): boolean {
  const s = d.sentenceAt(h.start);
  if (!s) return false;
  let never = false;
  let future = /(era|eras|erez|erons|eront|ra|ront)$/.test(d.tokens[h.from]!.forms[0]!) && s.lang === 'fr';
  for (let k = s.from; k < s.to; k++) {
    const t = d.tokens[k]!;
    if (t.kind !== 'word') continue;
    const w = t.forms[0]!;
    if (w === 'never' || w === 'jamais' || w === 'ever') never = true;
    if (/^(will|won't|we'll|it'll|they'll|you'll|shall|gonna)$/.test(w) || (w === 'going' && d.tokens[k + 1]?.forms[0] === 'to')) future = true;
  }
  return never && future;
}

/** The author speaks for the company: "we", "our prices", « on », « nous ». */
function weSpeak(d: TextView, h: Hit): boolean {
  const s = d.sentenceAt(h.start);
  if (!s) return false;
  for (let k = s.from; k < s.to; k++) {
    const t = d.tokens[k]!;
    if (t.kind === 'word' && /^(we|we'll|we're|our|nous|notre|nos)$/.test(t.forms[0]!)) return true;
  }
  return d.profileTerms('brand').some((b) => d.sentenceAt(b.start) === s);
}

function laughs(d: TextView): boolean {
  for (const t of d.tokens) {
    if (t.kind === 'word' && LAUGHS.test(t.forms[0]!)) return true;
    if (t.kind === 'emoji' && LAUGH_EMOJI.test(t.raw)) return true;
  }
  return false;
}

function customerAround(d: TextView, h: Hit): boolean {
  const s = d.sentenceAt(h.start);
  if (!s) return false;
  for (let k = s.from; k < s.to; k++) {
    const t = d.tokens[k]!;
    if (t.kind === 'word' && /^(customer|customers|customer's|client|clients|cliente|clientes|users|user|caller|callers|abonne|abonnes)$/.test(t.forms[0]!)) return true;
  }
  return false;
}

/** Same sentence, or the next one ("…we'll pay for your taxi. Every time. Forever."). */
function nearSentence(d: TextView, a: Hit, b: Hit): boolean {
  const sa = d.sentenceAt(a.start);
  const sb = d.sentenceAt(b.start);
  if (!sa || !sb) return false;
  const ia = d.sentenceIndexAt(a.start);
  const ib = d.sentenceIndexAt(b.start);
  return ia - ib >= -1 && ia - ib <= 2;
}

/** An "if"/« si » in the promise's sentence or the two before. */
function conditionalNear(d: TextView, h: Hit): boolean {
  const s = d.sentenceAt(h.start);
  if (!s) return false;
  const i = d.sentenceIndexAt(h.start);
  const from = d.sentences[Math.max(0, i - 2)]!.from;
  for (let k = from; k < s.to; k++) {
    const t = d.tokens[k]!;
    if (t.kind === 'word' && CONDITIONAL.test(t.forms[0]!)) return true;
  }
  return false;
}

/** An "if"/« si » in the offer's sentence or the one before. */
function conditional(d: TextView, offer: Hit): boolean {
  const s = d.sentenceAt(offer.start);
  if (!s) return false;
  const i = d.sentenceIndexAt(offer.start);
  const from = i > 0 ? d.sentences[i - 1]!.from : s.from;
  for (let k = from; k < s.to; k++) {
    const t = d.tokens[k]!;
    if (t.kind === 'word' && CONDITIONAL.test(t.forms[0]!)) return true;
  }
  return false;
}
