// Practice 20: Not everything is worth sharing / Tout n'est pas bon à partager.
// Flags oversharing, from three families of signals:
// - someone's personal details: a mobile number, a private e-mail, or a home address with a door code, a
//   floor or the person's name (a shop's address or a service number alone is fine);
// - private matters (health, therapy, IVF, divorce, custody, drinking) tied to work, to a named person, to a
//   secret kept from work ("don't tell my boss"), or piling up (two or more of them);
// - a colleague or acquaintance named and run down, mocked or described in a rant ("Greg from finance should
//   be fired lol", « Sandrine, t'es la pire cheffe »).
// A recovery story told by the person ("after knee surgery, riding again") or a day off "for my family" is
// fine: private words alone never flag.
import { definePractice } from '../practice';
import { defineLexicon } from '../text/phrases';
import { reportAt, type Span } from '../helpers';
import { findAddresses, findPhones, ROLE_MAILBOXES } from '../lexicon/data';
import { HARMLESS_TRIGGERS, INSULTS, MOCKERY, NEGATIVE_JUDGEMENT, SWEARING, emojiIn, firstFew, harmless } from '../lexicon/judgement';

/** Private matters: health (mental health especially), fertility, relationships, family courts, drinking. */
const PRIVATE = defineLexicon('p20.private', {
  en: [
    'diagnosed with', 'got diagnosed', 'been diagnosed', 'my diagnosis', 'depression', 'depressed', 'anxiety', 'panic attack', 'panic attacks', 'therapist',
    'therapy', 'psychiatrist', 'antidepressants', 'antidepressant', 'my meds', 'on meds', 'medication', 'miscarriage', 'ivf', 'fertility', 'pregnant', 'pregnancy',
    'divorce', 'divorced', 'divorcing', 'custody', 'my ex', 'her ex', 'his ex', 'separation', 'broke up with', 'dumped me', 'cheated on', 'cheating on', 'affair',
    'in rehab', 'to rehab', 'relapse', 'chemo', 'chemotherapy', 'cancer', 'tumour', 'tumor', 'biopsy', 'broke down', 'breakdown', 'burnout', 'burn-out', 'burned out',
    'sick leave', 'sick note', 'std', 'hiv', 'eating disorder', 'suicidal', 'self-harm', 'adhd', 'bipolar', 'hangover', 'hungover', 'drunk', 'wasted',
    'tipsy', 'blackout', 'too much to drink', 'too many drinks', 'had too many', 'shots', 'bottles of', 'glasses of wine', 'pints', 'beers in', '(two|three|four|five|six|2|3|4|5|6) (beers|pints|glasses|shots|cocktails|drinks)', 'my salary', 'debt', 'in debt', 'bankrupt', 'eviction', 'evicted',
    'lawyer', 'solicitor', 'court hearing', 'restraining order', 'crying in the', 'cried in the', 'cry in the toilets',
    // Pay, and family ties that make a conflict private: "my payslip", "earn less than", "my mother-in-law".
    'payslip', 'pay slip', 'my pay', 'my raise', 'my bonus', '(earn|earns|paid|making|make) (less|more) than', 'my mother-in-law', 'my father-in-law', 'my in-laws',
    'cried every', 'crying every', 'cries every', 'wife (just|) left (him|me)', 'husband (just|) left (her|me)', '(his|her|my) wife (just|) left', '(his|her|my) husband (just|) left',
    // Drinks counted, a marriage failing, a partner cheating: "3rd glass of wine", "my marriage is over", "her husband cheated".
    '(glass|glasses|bottle|bottles|pint|pints|can|cans) of (wine|beer|whisky|whiskey|vodka|rosé|gin|champagne|prosecco|cider)', '(1st|2nd|3rd|4th|5th|6th|second|third|fourth|fifth|sixth) (glass|drink|beer|pint|bottle|shot)',
    'my marriage', 'marriage is (over|falling apart|on the rocks|done|dead)', '(husband|wife|partner|boyfriend|girlfriend|fiancé|fiancée) (cheated|was cheating|had an affair|is cheating|left)',
    "(she's|he's|she is|he is) single", 'my sister-in-law', 'my brother-in-law', 'burn out', 'burning out', 'found a lump', 'a lump', 'bad news from the doctor', 'scan results', 'waiting for (my|the) (results|biopsy|scan)',
  ],
  fr: [
    'diagnostiqué', 'diagnostiquée', "on m'a diagnostiqué", 'dépression', 'déprime', 'crise d\'angoisse', "crises d'angoisse", 'angoisses', 'psy', 'psychiatre',
    'psychologue', 'thérapie', 'antidépresseurs', 'anxiolytiques', 'fausse couche', 'fiv', 'pma', 'enceinte', 'grossesse', 'divorce', 'divorcer', 'séparation',
    'mon ex', 'son ex', 'garde des enfants', 'garde des petits', 'la garde', 'trompé', 'trompée', "m'a trompé", "m'a trompée", 'cure de désintox', 'désintox',
    'rechute', 'chimio', 'chimiothérapie', 'cancer', 'tumeur', 'biopsie', 'burn-out', 'burnout', 'arrêt maladie', 'en arrêt', 'ist', 'vih', 'tdah', 'bipolaire',
    'gueule de bois', 'bourré', 'bourrée', 'bourrés', 'pompette', 'cuite', 'trop bu', 'bu comme un trou', 'un coup de trop', 'verre de trop', 'verres de', '(deux|trois|quatre|cinq|six|2|3|4|5|6) (bières|pintes|verres|shots|coupes|mojitos|spritz)', 'bouteilles de', 'mon salaire', 'dettes', 'surendetté', 'surendettée',
    'expulsé', 'expulsée', 'avocat', 'avocate', 'audience', 'juge aux affaires familiales', 'jaf', 'pleuré aux toilettes', 'craqué en',
    'fiche de paie', 'bulletin de salaire', 'mon augmentation', 'ma prime', '(gagne|gagnes|touche|payé|payée) (moins|plus) que', 'ma belle-mère', 'mon beau-père', 'ma belle-famille',
    'pleurait', 'pleure aux toilettes', 'pleurer aux toilettes', "(sa|ma) femme (vient de le|l'a|m'a) (quitté|quitter)", "(son|mon) mari (vient de la|l'a|m'a) (quittée|quitter)",
    '(elle|il) est (célib|célibataire)', 'ma belle-sœur', 'ma belle-soeur', 'mon beau-frère', 'une grosseur', 'mauvaise nouvelle chez le médecin', 'il faut opérer', 'il faut m\'opérer',
    '(en attente|attends) (des|de mes) (résultats|examens)',
    '(verre|verres|bouteille|bouteilles|pinte|pintes) de (vin|rouge|rosé|blanc|bière|whisky|vodka|gin|champagne)', '(2e|3e|4e|5e|6e|deuxième|troisième|quatrième|cinquième) (verre|bière|pinte|bouteille|shot)',
    'mon mariage', 'mon couple', '(mariage|couple) (est fini|part en vrille|bat de l\'aile|est mort|prend l\'eau)', "(mari|femme|copain|copine|conjoint|conjointe) (l'a|la|le|m'a|) (trompée|trompé|quittée|quitté)",
  ],
});

/** Work: private matters tied to it are the ones colleagues, clients and employers will read. */
const WORK = defineLexicon('p20.work', {
  en: [
    'work', 'at work', 'job', 'new job', 'office', 'the office', 'boss', 'my boss', 'manager', 'line manager', 'colleague', 'colleagues', 'coworker', 'coworkers',
    'co-worker', 'team', 'desks', 'hr', 'cto', 'standup', 'stand-up', 'reorg', 'meeting', '1:1', 'one-to-one', 'shift', 'workplace', 'desk', 'open plan', 'open-plan', 'company', 'employer', 'client', 'clients',
    'customers', 'customer', 'a customer', 'caller', 'finance', 'payroll', 'prod', 'production', 'on call', 'on-call', 'workshop', 'the shop', 'the store', 'my shift', 'summer party', 'christmas party', 'office party', 'work party', 'team drinks', 'intern', 'ceo',
  ],
  fr: [
    'boulot', 'taf', 'au taf', 'travail', 'bureau', 'boîte', 'ma boîte', 'chef', 'cheffe', 'mon chef', 'ma cheffe', 'manager', 'collègue', 'collègues', 'équipe',
    "cheffe d'équipe", "chef d'équipe", 'rh', 'réunion', 'la boutique', 'le magasin', 'open space', 'patron', 'patronne', 'n+1', 'stagiaire', 'client', 'clients', 'clientes', 'atelier',
    'soirée d\'équipe', 'pot de départ', 'séminaire', 'n+1', 'prime', 'mon poste', 'entretien annuel', 'direction', 'compta',
  ],
});

/** Keeping it from work or from someone: a sign the post should not be public either. */
const SECRET = defineLexicon('p20.secret', {
  en: [
    "don't tell my boss", "don't tell my manager", "don't tell work", "don't tell hr", 'told (work|hr|my boss|my manager|the office|them|my team) (it was|it\'s|that|i)',
    'nobody at work knows', 'please nobody mention', "don't mention it at work",
    'no one at work knows', 'you know who you are', '(he|she|they) (knows|know) who (he|she|they) (is|are)', 'between us', 'keep this between', 'shh', 'shhh', "don't tell anyone", 'not supposed to say', 'not supposed to tell', 'called in sick',
  ],
  fr: [
    'dites rien à mon', 'le dites pas à', 'le dis pas à', 'dites-le pas', 'personne au boulot', 'personne au bureau', "j'ai dit au boulot", "j'ai dit à mon chef",
    '(elle|il) se (reconnaîtra|reconnaitra)', '(elles|ils) se (reconnaîtront|reconnaitront)', 'entre nous', 'chut', 'chuuut', 'je suis pas censé', 'je suis pas censée', "je ne suis pas censé", "je ne suis pas censée", 'en arrêt maladie bidon',
    'fait semblant d\'être malade', 'posé un arrêt', "j'ai dit au (boulot|taf|bureau|chef|travail)", "j'ai dit à (mon chef|ma cheffe|mon boss|mon manager|mon n+1)",
    "dites rien au boulot", 'personne ne le sait au',
  ],
});

/** Telling one's own recovery to help others: "I came back", "if you're struggling, talk to someone". */
const RECOVERY = defineLexicon('p20.recovery', {
  en: [
    '(i|and|then) came back (to|stronger)', 'back at work', "(i'm|i am) (doing|feeling) (so much |much |a lot |)(better|great|well)", 'recovered', "if you're struggling", 'if you are struggling',
    'reach out', 'talk to someone', "you're not alone", 'you are not alone', 'ask for help', 'no shame in',
  ],
  fr: [
    'de retour', 'je vais (beaucoup |bien |)mieux', "j'ai guéri", 'guérie', 'guéri', 'si vous traversez', 'si tu traverses', 'parlez-en', "parles-en", "vous n'êtes pas seul*",
    "tu n'es pas seul*", "demandez de l'aide", "n'ayez pas honte",
  ],
});

/** Words that put a person in a job or a relationship: the name next to them is someone real. */
const ROLE = new Set([
  'manager', 'boss', 'colleague', 'coworker', 'co-worker', 'intern', 'assistant', 'supervisor', 'director', 'ceo', 'cto', 'cfo', 'teammate', 'neighbour', 'neighbor',
  'landlord', 'ex', 'flatmate', 'roommate', 'lead', 'chef', 'cheffe', 'collegue', 'stagiaire', 'patron', 'patronne', 'directeur', 'directrice', 'voisin', 'voisine',
  'proprio', 'coloc', 'manageuse', 'responsable', 'n+1', 'dg', 'pdg', 'drh', 'daf', 'dsi', 'manageur', 'hr', 'rh', 'cto', 'coo', 'vp', 'head', 'mari', 'femme', 'copain', 'copine', 'wife', 'husband', 'boyfriend', 'girlfriend',
]);
/** Departments after a name: "Greg from finance", « Julie de la compta ». */
const DEPARTMENTS = new Set([
  'finance', 'hr', 'accounts', 'accounting', 'marketing', 'sales', 'it', 'legal', 'ops', 'compta', 'rh', 'logistique', 'support', 'payroll', 'procurement', 'comms',
  'workshop', 'warehouse', 'office', 'team', 'shop', 'store', 'engineering', 'product', 'design', 'dev', 'logistics', 'atelier', 'entrepot', 'bureau', 'equipe',
  'boutique', 'magasin', 'direction', 'communication', 'juridique',
]);
const ARTICLES = new Set(['the', 'la', 'le', "l'", 'our', 'notre']);
/** Capitalised words that are not people's names. */
const NOT_NAMES = new Set([
  'i', "i'm", "i've", "i'd", 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi',
  'samedi', 'dimanche', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'janvier',
  'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'hr', 'rh', 'ceo', 'it', 'ok', 'dm', 'mp',
  'linkedin', 'twitter', 'facebook', 'instagram', 'google', 'teams', 'slack', 'zoom', 'christmas', 'noel', 'easter', 'paques', 'mr', 'mrs', 'ms', 'dr',
  'm', 'mme', 'mlle', 'the', 'a', 'le', 'la', 'les', 'un', 'une', 'de', 'and', 'et', 'thanks', 'merci', 'bravo', 'team', 'equipe',
]);
const NAME_SHAPE = /^\p{Lu}\p{Ll}+$/u;
const LINKS = new Set(['from', 'in', 'de', 'du', 'des']);
const IF = new Set(['if', 'si', "s'"]);
const BORN = new Set(['born', 'ne', 'nee', 'dob', 'birthday', 'naissance']);
const INTRODUCED = new Set(['appelle', 'named', 'called', 'nomme', 'prenomme']);
const ADDRESS = new Set(["t'", "t'es", 'tu', 'you', "you're", 'your', "t'as", 'vous', 'ton', 'ta', 'votre']);
const THANKS = new Set(['thanks', 'thank', 'merci', 'bravo', 'kudos', 'congrats', 'felicitations', 'shoutout', 'shout-out']);
const HOME_WORDS = new Set(['etage', 'floor', 'flat', 'apt', 'appartement', 'appart', 'digicode', 'interphone', 'buzzer']);
const CODE_WORDS = new Set(['code', 'gate', 'door']);
const CODE_KINDS = new Set(['portail', 'porte', "d'entree", 'code']);
const TITLES = new Set(['mrs', 'mr', 'ms', 'mme', 'mlle', 'monsieur', 'madame']);
const DISGUST_EMOJI = new Set(['🤢', '🤮', '🙄', '😤', '😒', '🤡', '💀', '😡', '🤬', '🖕', '🙃', '😬']);

/** What people call someone they fell out with: "unhinged", "a nutcase", « toxique », « instable ». */
const PERSON_SLURS_EN = ['nutcase', 'nut job', 'unstable', 'toxic', 'psycho', 'deranged', 'narcissist', 'manipulative', 'a nightmare'];
const PERSON_SLURS_FR = ['toxique', 'instable', 'hystérique', 'folle', 'cinglé', 'cinglée', 'tarée', 'taré', 'psychopathe', 'pervers narcissique', 'manipulateur', 'manipulatrice'];

/** Running someone down at work: "should be fired", « la pire cheffe », "won't stop micromanaging". */
const RANT = defineLexicon('p20.rant', {
  en: [
    'should be fired', 'needs to be fired', 'get fired', 'worst manager', 'worst boss', 'worst colleague', 'worst coworker', "can't stand", 'cannot stand',
    "won't stop", 'never stops', 'keeps (stealing|taking|eating|talking|interrupting|asking)', 'micromanag*', 'send help', 'pray for me', 'kill me', 'i hate',
    'hate my job', 'hate this job', 'hate my boss', 'so done with', 'useless', 'incompetent', 'lazy', 'creep', 'creepy', 'gross', 'disgusting',
    'mental age', 'meltdown', 'tantrum', 'lost it', 'screamed', 'yelled', 'shouted at', 'eats', 'smells', 'stinks', 'chews', 'clips his nails', 'clips her nails', 'snores',
    // A grudge: "couldn't stand that I was better", "had it in for me", "took credit for my work".
    "couldn't stand", 'could not stand', '(was|is|got|so) jealous', 'jealous of (me|my)', 'had it in for', 'out to get me', 'made my life (hell|a living hell|miserable|impossible)', 'never liked me', 'threatened by',
    'backstab*', 'stabbed me in the back', 'took credit for', '(takes|take|taking|took|steals|stole|stealing|grabs|grabbed|claims|claimed) (all the|the|all|) credit (for|of)', 'you know what you did', 'threw me under the bus', 'bullied', 'bully', 'harassed', 'gaslit', 'gaslighting',
    'criticises everything', 'criticizes everything', 'going to lose it', 'about to lose it', 'drives me (crazy|mad|nuts|insane|up the wall)', 'unbearable',
    // Settling scores out loud: "tell the CTO exactly what I think", "ready to say it", "petty tyrant".
    'what i (really|actually|) think (of|about)', "(i'm|i am) (ready|going|gonna) to say it", "(gonna|going to) tell (him|her|them|the|my) (exactly|what)", 'tyrant', 'little dictator',
    '(dressed|tore|chewed) me (down|out|apart)', 'humiliated me', '(yelled|shouted|screamed) at me in front', 'still wanted me', 'still made me', 'expected me to',
    "doesn't care (about us|if we|whether we|about our)", "don't care (about us|if we|whether we)", "couldn't care less", 'treats us like',
    ...PERSON_SLURS_EN,
  ],
  fr: [
    'devrait être viré', 'devrait être virée', 'faut le virer', 'faut la virer', 'la pire', 'le pire', 'pire cheffe', 'pire chef', 'pire manager', 'pire collègue',
    'je supporte plus', 'je ne supporte plus', 'je peux plus le voir', 'je peux plus la voir', "arrête pas de", "n'arrête pas de", 'arrête jamais', 'flicage', 'flique',
    'fliquer', 'au secours', 'aidez-moi', 'je hais', 'je déteste', 'ras-le-bol', 'incompétent', 'incompétente', 'feignant', 'feignante', 'relou', 'lourd', 'lourde',
    'gros lourd', 'pue', 'sent mauvais', 'mange', 'quelle honte', 'la honte', 'crise', 'piqué une crise', 'pété un câble', 'pète un câble', 'âge mental', "ans d'âge mental", 'la journée va être longue',
    // Une rancune : « ne m'a jamais supportée », « jaloux de mes résultats », « m'a pourri la vie ».
    "m'a jamais (supporté|supportée|aimé|aimée|soutenu|soutenue)", "pouvait pas me (voir|sentir|supporter)", "m'avait dans le nez", "m'a dans le nez", "m'a pourri la vie",
    "m'a fait vivre un enfer", '(tire|tirait|a tiré|tirer) la couverture', "(s'attribue|s'approprie|s'est attribué|s'est attribuée) (mon|mes|notre|nos|le|les) (travail|boulot|idées|idée|mérite|résultats)",
    '(tu sais|vous savez) ce que (tu as|t\'as|vous avez) fait', '(jaloux|jalouse) de (moi|mes|mon|ma)', 'par jalousie', 'harcelé', 'harcelée', 'harcèlement', 'couteau dans le dos', 'dans mon dos', "s'est approprié", 'placardisé', 'placardisée', 'mis au placard',
    'critique tout', 'je vais craquer', 'vais péter un plomb', 'me rend (fou|folle|dingue|chèvre)', 'insupportable', 'se (fiche|fout|moque) de nous', "s'en (fiche|fout) (de nous|qu'on)",
    'nous traite comme', 'ce que je pense (de|du|des)', 'vider mon sac', 'tyran', 'petit chef', 'despote', "m'a (encore|) (recadré|recadrée|humilié|humiliée|engueulé|engueulée|hurlé dessus)",
    'devant tout (le monde|l\'open space|le bureau|l\'équipe)', 'management toxique',
    ...PERSON_SLURS_FR,
  ],
});

/** Publishing someone's messages or contact details: "here are her texts", « capture avec son numéro », "judge for yourselves". */
const EXPOSE = defineLexicon('p20.expose', {
  en: [
    "(her|his|their|my ex's|my landlord's|my neighbour's|my neighbor's|my boss's|my manager's) (number|phone number|mobile|address|home address|email address|texts|messages|dms|voicemail|voicemails)",
    '(number|address|email|phone number) included', '(posting|sharing|publishing|leaking) (the|my|her|his|their|all the|all) (texts|messages|dms|conversation|chat|chats|emails|voicemails)',
    '(texts|messages|dms|emails|voicemails) (he|she|they|my ex|my landlord|my neighbour|my neighbor|my sister|my brother|my mother|my father) (sent|sends|left)',
    '(her|his|the new (intern|girl|guy|hire)\'s) (digits|insta|snap|number)', 'who wants (her|his|the new) *', 'judge for yourselves', 'see for yourselves', 'name and shame', 'naming and shaming', 'if anyone wants to (tell|call|text|message|contact|ring)',
    'screenshot(s|) (of|with) (her|his|their) (texts|messages|dms|number|chat)',
  ],
  fr: [
    "(le|son) (06|07|numéro|num|insta|snap|adresse|tel|tél) (de|du|d') (la|le|ma|mon|notre|cette|ce|l') *", '(son|leur) (numéro|adresse|06|07|portable)', 'avec (son|leur) (numéro|adresse|adresse mail)', '(je publie|je poste|je partage|je balance|voici|voilà) (la|les|sa|ses|leur|leurs|notre|nos) (conversation|conversations|messages|mails|sms|captures|textos|vocaux)',
    '(les|ses) (messages|sms|textos|mails|vocaux) (que|qu\') (mon ex|ma sœur|ma soeur|mon frère|ma mère|mon père|mon voisin|ma voisine|mon proprio|mon chef|ma cheffe|il|elle) (m\'envoie|m\'a envoyé|m\'a envoyés|m\'envoyait|m\'a laissé|m\'a laissés)',
    'vous allez voir (à quel point|comme|combien|le niveau)', 'jugez par vous-mêmes', 'jugez vous-mêmes', 'voyez par vous-mêmes', 'faites-vous plaisir', "si quelqu'un veut (l'appeler|lui écrire|lui dire|le contacter|la contacter)",
    'je balance',
  ],
});

export default definePractice({
  meta: {
    number: 20,
    slug: 'self-censor',
    title: { en: "Not everything is worth sharing", fr: "Tout n'est pas bon à partager" },
    statement: {
      en: "Edit yourself: keep private matters, other people's personal details and heat-of-the-moment rants off public feeds.",
      fr: "Censurez-vous : gardez pour vous la vie privée, les données personnelles des autres et les coups de sang.",
    },
    detection: 'partial',
    messages: {
      personalData: {
        text: {
          en: '"{term}" is someone’s personal details. Once posted, a phone number, an e-mail or a home address can be copied by anyone.',
          fr: '« {term} » fait partie des coordonnées personnelles de quelqu’un. Une fois publiés, un numéro, un e-mail ou une adresse peuvent être copiés par n’importe qui.',
        },
        fix: {
          en: 'Remove the details and send them privately (DM, e-mail) to the person who needs them.',
          fr: 'Retirez ces informations et envoyez-les en privé (MP, e-mail) à la personne concernée.',
        },
      },
      privateMatter: {
        text: {
          en: '"{term}" is a private matter. Shared publicly, next to your work, it stays attached to you (and to anyone named) for years.',
          fr: '« {term} » relève de la vie privée. Partagé publiquement, à côté de votre travail, ça vous restera attaché (ainsi qu’aux personnes citées) pendant des années.',
        },
        fix: {
          en: 'Keep it for friends and family in private, or share it without work details and without naming anyone.',
          fr: 'Gardez-le pour vos proches en privé, ou partagez-le sans détail professionnel et sans nommer personne.',
        },
      },
      namedPerson: {
        text: {
          en: '{name} is named and run down ("{term}"). A public dig at a real person, a colleague especially, hurts them and reflects on you and your employer.',
          fr: '{name} est nommé·e et critiqué·e (« {term} »). Une pique publique contre une personne réelle, surtout un·e collègue, la blesse et rejaillit sur vous et votre employeur.',
        },
        fix: {
          en: 'Don’t post it. If something needs to change, talk to the person (or your manager) directly.',
          fr: 'Ne le publiez pas. Si quelque chose doit changer, parlez-en directement à la personne (ou à votre manager).',
        },
      },
    },
  },
  lexicons: [PRIVATE, WORK, SECRET, RANT, EXPOSE, RECOVERY, INSULTS, MOCKERY, NEGATIVE_JUDGEMENT, SWEARING, HARMLESS_TRIGGERS],
  create(ctx) {
    const view = ctx.draft;
    const text = view.text;

    // 1. Someone's personal details.
    let data = 0;
    let dataAt: Span | null = null;
    const note = (start: number, end: number, weight: number) => {
      data += weight;
      if (!dataAt) dataAt = { start, end, from: 0, to: 0 };
    };
    // One pass over the tokens: e-mails, what makes an address someone's home (a floor, a door code, a
    // person's name), and the sentences with enough digits to hold a phone number. The phone and address
    // scanners then only run where they can find something (a shop's address alone is fine).
    const brandNames = ctx.profile ? [ctx.profile.brand, ...ctx.profile.aliases].map((b) => b.toLowerCase().replace(/[^a-z0-9]/g, '')).filter((b) => b.length >= 3) : [];
    const brandStarts = new Set(view.profileTerms('brand').map((b) => b.from));
    const digitsIn = new Map<number, number>();
    let homeMarks = 0;
    let homeAt: Span | null = null;
    for (let k = 0; k < view.tokens.length; k++) {
      const t = view.tokens[k]!;
      if (t.kind === 'email') {
        // An e-mail is someone's unless it is a role mailbox or on the brand's own domain.
        const at = t.raw.indexOf('@');
        const local = t.raw.slice(0, at).toLowerCase();
        const domain = t.raw.slice(at + 1).toLowerCase().replace(/[^a-z0-9]/g, '');
        if (!ROLE_MAILBOXES.has(local) && !brandNames.some((b) => domain.includes(b))) note(t.start, t.end, 2);
        continue;
      }
      if (t.kind !== 'word') continue;
      const c = t.raw.charCodeAt(0);
      if (c >= 48 && c <= 57) {
        const si = view.sentences.length > 1 ? view.sentenceIndexAt(t.start) : 0;
        digitsIn.set(si, (digitsIn.get(si) ?? 0) + t.raw.length);
        continue;
      }
      const w = t.forms[0]!;
      const next = view.tokens[k + 1];
      let mark = false;
      if (HOME_WORDS.has(w)) mark = true;
      // A date of birth: "born 12/04/1991", « née le 3 mars 1990 ».
      else if (BORN.has(w)) mark = next !== undefined && (/^\d/.test(next.raw) || ((next.forms[0] === 'le' || next.forms[0] === 'on') && /^\d/.test(view.tokens[k + 2]?.raw ?? '')));
      else if (CODE_WORDS.has(w)) mark = next !== undefined && (/\d/.test(next.raw) || CODE_KINDS.has(next.forms[0]!));
      else if (TITLES.has(w) || w === 'chez') mark = next !== undefined && /^\p{Lu}/u.test(next.raw) && (w !== 'chez' || !brandStarts.has(k + 1));
      if (mark) {
        homeMarks++;
        homeAt ??= { start: t.start, end: (next ?? t).end, from: k, to: k + 2 };
      }
    }
    for (const [si, digits] of digitsIn) {
      if (digits < 8) continue;
      const sentence = view.sentences[si]!;
      for (const p of findPhones(text.slice(sentence.start, sentence.end))) {
        if (p.kind !== 'phone') continue;
        const digitsOnly = text.slice(sentence.start + p.start, sentence.start + p.end).replace(/\D/g, '');
        // A mobile number is someone's; a landline is usually a shop's or an office's.
        const mobile = /^0[67]/.test(digitsOnly) || /^(336|337|447)/.test(digitsOnly) || /^00(336|337|447)/.test(digitsOnly);
        if (mobile) note(sentence.start + p.start, sentence.start + p.end, 2);
      }
    }
    if (homeMarks > 0 || data > 0) {
      const address = findAddresses(view.tokens).find((a) => a.kind === 'address');
      if (address) {
        note(address.start, address.end, 1);
        data += homeMarks;
        if (!dataAt && homeAt) dataAt = homeAt;
      }
    }
    if (data >= 2 && dataAt) {
      reportAt(ctx, dataAt, 'personalData', 'risk');
      return;
    }

    // 2. People named: after a role ("my manager Steve"), before a department ("Greg from finance"), introduced
    // (« s'appelle Kevin »), addressed by name in a post (« Sandrine, t'es… »), or described ("Raj who…").
    const names = namedPeople();
    const privateHits = firstFew(view.find(PRIVATE)).filter((h) => !harmless(view, h) && !aboutSomeoneElse(h));
    const work = view.has(WORK) || view.profileTerms('brand').length > 0;
    const secret = view.find(SECRET);

    const negative = [
      ...view.find(RANT), ...view.find(INSULTS), ...view.find(MOCKERY), ...view.find(NEGATIVE_JUDGEMENT), ...view.find(SWEARING), ...emojiIn(view, DISGUST_EMOJI),
    ]
      .slice(0, 128)
      .filter((h) => !harmless(view, h));
    const si = (at: number) => view.sentenceIndexAt(at);
    for (const name of firstFew(names, 16)) {
      // The dig is in the name's sentence or the next one.
      const dig = negative.find((h) => si(h.start) === si(name.start) || si(h.start) === si(name.start) + 1);
      if (dig) {
        reportAt(ctx, dig, 'namedPerson', 'warn', { name: text.slice(name.start, name.end) });
        return;
      }
    }

    // Someone's messages or contact details put on display, with a dig at them or a private matter:
    // "here are her texts, judge for yourselves how unstable she is".
    const exposed = view.find(EXPOSE)[0];
    if (exposed && (negative.length > 0 || privateHits.length > 0)) {
      reportAt(ctx, exposed, 'privateMatter', 'warn');
      return;
    }

    // 3. Private matters with something that makes them an overshare.
    if (privateHits.length === 0) return;
    const distinct = new Set(privateHits.map((h) => text.slice(h.start, h.end).toLowerCase()));
    // Drunk or hungover is a state worth keeping quiet at work; "after 3 beers at the pub quiz" is not.
    const drinking = privateHits.some((h) => /drunk|wasted|tipsy|hangover|hungover|blackout|too much to drink|too many|bourr|pompette|cuite|gueule de bois|trop bu|bu comme|de trop/i.test(text.slice(h.start, h.end)));
    const drinksOnly = privateHits.every((h) => /shots|bottles|glasses|pints|beers|cocktails|drinks|verres|bouteilles|bières|pintes|coupes|mojitos|spritz/i.test(text.slice(h.start, h.end)));
    if (drinksOnly && !names.length && !negative.length) return;
    // Drinking at a work do while settling scores with someone there ("3 glasses in, telling the CTO what I think").
    const drunkRant = privateHits.some((h) => /glasses|pints|beers|shots|drinks|verres|bières|pintes|shots/i.test(text.slice(h.start, h.end))) && work && view.has(RANT);
    // A private conflict aired with spite: "my ex showed up… hope the brakes fail 🙃".
    const conflict = privateHits.some((h) => /\bex\b|divorc|custody|garde|cheat|tromp|affair|landlord|proprio|in-law|belle-|beau-/i.test(text.slice(h.start, h.end))) && negative.length > 0;
    // A recovery story told to help others ("I burned out, saw a therapist, came back; talk to someone") is the person's call.
    if (!conflict && !names.length && !secret.length && !drinking && view.has(RECOVERY) && !view.has(RANT)) return;
    if (conflict || drunkRant || names.length || secret.length || distinct.size >= 2 || (work && !drinking) || (drinking && (work || negative.length > 0))) {
      // Own health news told plainly on a personal account, with no name, secret or second matter, is the
      // person's call: only their work being in it tips it over, and then only for the most private kinds.
      // A rant about one's own workplace ("my manager doesn't care if we burn out") tips it over too.
      const workRant = work && view.has(RANT);
      if (!conflict && !drunkRant && !names.length && !secret.length && distinct.size < 2 && !drinking && !workRant && !veryPrivate(privateHits)) return;
      reportAt(ctx, privateHits[0]!, 'privateMatter', 'warn');
    }

    /** Drinking told of a third party ("the guy was riding drunk") is not the author oversharing. */
    function aboutSomeoneElse(h: Span): boolean {
      if (!/drunk|wasted|tipsy|bourr|pompette/i.test(text.slice(h.start, h.end))) return false;
      const s = view.sentenceAt(h.start)!;
      for (let k = Math.max(s.from, h.from - 8); k < h.from; k++) {
        if (/^(he|she|they|il|elle|ils|elles|gars|guy|mec|type|client|customer|driver|conducteur|rider|cycliste)$/.test(view.tokens[k]!.forms[0]!)) return true;
      }
      return false;
    }

    function veryPrivate(hits: Span[]): boolean {
      return hits.some((h) => /\bex\b|cried|crying|pleur|left (him|her|me)|quitt|chemo|chimio|cancer|tumou?r|tumeur|biops|célib|single|lump|doctor|scan|results|grosseur|médecin|opérer|résultats|examens|payslip|pay slip|marriage|mariage|couple|fiche de paie|bulletin de salaire|less than|more than|moins que|plus que|diagnos|depress|anxiety|panic|therap|psychiatr|antidepress|meds|medication|miscarriage|ivf|fertility|divorc|custody|rehab|relapse|affair|cheat|std|hiv|suicid|self-harm|breakdown|broke down|dépress|déprime|angoiss|psy|thérapie|fausse couche|fiv|pma|garde|désintox|trompé|ist|vih|salary|salaire|debt|dettes/i.test(text.slice(h.start, h.end)));
    }

    function namedPeople(): Span[] {
      const out: Span[] = [];
      const t = view.tokens;
      const exclude = new Set<number>();
      for (const kind of ['brand', 'competitors', 'codenames'] as const) for (const h of view.profileTerms(kind)) for (let k = h.from; k < h.to; k++) exclude.add(k);
      const form = (k: number) => (t[k]?.kind === 'word' ? t[k]!.forms[0]! : '');
      for (let k = 0; k < t.length && out.length < 16; k++) {
        const w = t[k]!;
        if (w.kind !== 'word') continue;
        const c = w.raw.charCodeAt(0);
        if (!((c >= 65 && c <= 90) || c > 127) || exclude.has(k) || !NAME_SHAPE.test(w.raw) || NOT_NAMES.has(w.forms[0]!)) continue;
        const prev = form(k - 1);
        const prev2 = form(k - 2);
        const next = form(k + 1);
        // « N+1 Valérie »: three tokens.
        const nPlusOne = prev === '1' && t[k - 2]?.raw === '+' && form(k - 3) === 'n';
        const afterRole = ROLE.has(prev) || (ROLE.has(prev2) && (prev === 'manager' || prev === 'lead'));
        const dept = LINKS.has(next) && (DEPARTMENTS.has(form(k + 2)) || (ARTICLES.has(form(k + 2)) && DEPARTMENTS.has(form(k + 3))));
        const introduced = INTRODUCED.has(prev);
        const sentenceStart = view.sentenceAt(w.start)!.from;
        const addressedByName =
          (k === sentenceStart || t[k - 1]?.kind === 'punct') && ((t[k + 1]?.raw === ',' && ADDRESS.has(form(k + 2))) || (IF.has(next) && ADDRESS.has(form(k + 2))));
        const described = k > sentenceStart && (next === 'who' || next === 'qui') && !THANKS.has(prev) && !THANKS.has(prev2);
        if (afterRole || nPlusOne || dept || introduced || addressedByName || described) out.push({ start: w.start, end: w.end, from: k, to: k + 1 });
      }
      return out;
    }
  },
});
