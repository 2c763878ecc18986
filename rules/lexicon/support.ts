// Customer-support vocabulary shared by the practices that read a reply against the post it answers:
// apologies (real and fake), complaints, legal or regulatory threats, and the ways a reply takes a
// matter out of public view. Used by practice 15 (apologise); other practices may import them.
import { defineLexicon } from '../text/phrases';

/** Words of apology or of owning a mistake. Their mere presence counts: the fake ones are in NON_APOLOGY. */
export const APOLOGY = defineLexicon('shared.support.apology', {
  en: [
    'sorry', 'so sorry', 'apolog*', 'our apologies', 'my apologies', 'my bad', 'our bad', 'our fault', 'my fault',
    "that's on us", 'this is on us', "that one's on us", 'we messed up', 'we screwed up', 'we dropped the ball',
    'we got it wrong', 'we got this wrong', 'we let you down', 'mea culpa', 'we regret', 'should never have happened',
    "shouldn't have happened", 'should not have happened', 'not good enough', 'we owe you',
    'we should have (caught|seen|spotted|anticipated|tested|checked|warned|told)', "we should've (caught|seen|spotted|anticipated|tested|checked|warned|told)",
    'it was on us to', 'it was our job to', 'our responsibility to', 'we take (full|) responsibility',
  ],
  fr: [
    'désolé', 'désolée', 'désolés', 'désolées', 'navré', 'navrée', 'navrés', 'excuses', 'toutes nos excuses', 'nos excuses',
    "je m'excuse", 'nous nous excusons', 'on s\'excuse', 'pardon', 'mea culpa', 'notre faute', 'de notre faute',
    'erreur de notre part', 'on s\'est trompé*', 'on s\'est planté*', 'nous nous sommes trompés', 'on a merdé',
    'nous regrettons', 'on regrette', "n'aurait jamais dû", "n'aurait pas dû", "n'est pas normal", 'pas acceptable',
    "c'était à nous de", 'on aurait dû', 'nous aurions dû', 'nous en prenons la responsabilité',
  ],
});

/** Apologies that blame the reader's feelings or hedge the harm: « sorry if you feel », « la gêne éventuellement occasionnée ». */
export const NON_APOLOGY = defineLexicon('shared.support.non-apology', {
  en: [
    'sorry if you feel', 'sorry if you felt', 'sorry you feel', 'sorry you felt', 'sorry that you feel', 'sorry that you felt',
    'sorry if anyone', 'sorry if anybody', 'sorry if you were offended', 'sorry if this offended', 'sorry if that offended',
    'sorry if you took', 'sorry you took it', 'apologise if anyone', 'apologize if anyone', 'apologise if you', 'apologize if you',
    'apologies if anyone', 'apologies if you', 'sorry to those who were offended', 'sorry to anyone who was offended',
    'if any offence was caused', 'if any offense was caused', 'if anyone was offended', 'if anyone felt', 'regret that you feel',
    'regret that you felt', 'sorry you see it that way', 'sorry you feel that way', 'sorry if it came across',
    'for any inconvenience this may have caused', 'any inconvenience this may have caused', 'inconvenience you may have experienced',
    'you may have experienced', 'sorry you were disappointed', 'sorry if you were disappointed', 'apologize for having to',
    'apologise for having to', 'sorry for any upset', 'any upset caused', 'if we caused any', 'if this caused any', 'mistakes were made',
    'regret any inconvenience', 'sorry if this caused', 'sorry if that caused', 'sorry not sorry', 'sorry but you should have',
    'sorry but you must have', "sorry but you didn't", 'sorry but you should', 'apologies but you should', 'sorry but it was your',
    "sorry but that's on you", 'sorry for any confusion you', 'we regret that you',
    '(anyone|those|everyone|customers|users) who (may|might) have been (affected|impacted|inconvenienced|upset)', 'who may have been affected',
    'if you were (affected|impacted) in any way', 'to the extent that anyone',
    '(we|we have|we\'ve) (note|noted|take note of|taken note of) your (feelings|perception|experience)', 'we note your feelings', 'we respect your perception',
  ],
  fr: [
    'gêne éventuellement occasionnée', 'gène éventuellement occasionnée', 'désagrément éventuellement occasionné',
    'éventuels désagréments', 'la gêne éventuelle', 'désolé si vous', 'désolée si vous', 'désolés si vous', 'désolé si certains',
    'désolés si certains', 'si vous vous êtes senti*', 'si certains se sont sentis', 'si certains ont été choqués',
    'si certains ont été blessés', 'si certains ont été offensés', 'si cela a pu choquer', 'si ça a pu choquer', 'si cela a pu blesser',
    'si ça a pu blesser', 'si cela a pu heurter', 'si ça a pu heurter', 'si quelqu\'un a été choqué', 'si vous l\'avez mal pris',
    'désolé que vous le preniez', 'désolés que vous le preniez', 'regrettons que vous ayez', 'regrettons que vous le perceviez',
    'excusez-nous si', 'nous excusons si', 'pour la gêne que vous auriez pu', 'que vous auriez pu ressentir', 'que vous avez pu ressentir',
    'si vous avez été gêné*', 'des erreurs ont été commises', 'si cela a pu vous', 'si ça a pu vous', 'désolé pas désolé',
    '(désolé|désolée|désolés) mais vous auriez dû', '(désolé|désolée|désolés) mais il fallait', "(désolé|désolée|désolés) mais vous n'avez pas",
    "(désolé|désolée|désolés) mais c'est votre", "(désolé|désolée|désolés) mais c'est de votre faute", 'nous regrettons que vous',
    "(désolé|désolée|désolés|désolées|navré|navrés) si (certain*|quelqu'un|certaines personnes|des personnes|ça a|cela a|ceci a)",
    '(prenons|prends|avons pris|ai pris|prenons bonne) note de votre ressenti', 'entendons votre ressenti', 'comprenons votre ressenti mais', 'respectons votre ressenti',
    '(ceux|celles|personnes|clients) qui (auraient|ont pu|auraient pu) être (gêné*|affecté*|concerné*|impacté*|choqué*)',
  ],
});

/** Stock formulas: not fake as such, but hollow when answering real harm. */
export const STOCK_APOLOGY = defineLexicon('shared.support.stock-apology', {
  en: ['any inconvenience', 'any inconvenience caused', 'for the inconvenience', 'inconvenience caused'],
  fr: ['la gêne occasionnée', 'toute gêne occasionnée', 'pour tout désagrément', 'pour le désagrément', 'désagrément occasionné'],
});

/** Acknowledging the person's trouble without the word "sorry": enough for a minor complaint, not for real harm. */
export const EMPATHY = defineLexicon('shared.support.empathy', {
  en: [
    'sounds frustrating', 'must be frustrating', 'that sounds annoying', "that's frustrating", "that's not ok", "that's not okay", 'not acceptable',
    'we understand', 'i understand', 'we hear you', 'i hear you', 'oh no', 'what a pain', "that's a pain", 'not the experience we want',
    'ugh', 'that stinks', 'we get it', 'fair enough', 'you shouldn\'t have to',
  ],
  fr: [
    'on comprend', 'nous comprenons', 'je comprends', 'oh non', "ce n'est pas normal", "c'est pas normal", 'pas acceptable',
    'vous avez raison', 'quelle galère', 'la galère', "c'est agaçant", "c'est frustrant", 'on vous entend', 'pas normal',
  ],
});

/** A complaint that on its own shows harm or the company's fault (in the post replied to). */
export const COMPLAINT = defineLexicon('shared.support.complaint', {
  en: [
    'you deleted my account', 'you deleted my files', 'you deleted my photos', 'you deleted my data', 'you deleted all',
    'you lost my', 'you charged me', 'charged me twice', 'charged twice', 'charged us twice', 'double charged',
    'double-charged', 'overcharged', 'you cancelled my', 'you canceled my', 'you broke', 'you damaged', 'you ruined', 'ruined my',
    'your driver', 'your van driver', 'your delivery driver', 'your courier', 'your staff', 'your mechanic', 'your technician',
    'your engineer', 'your employee', 'your rep', 'your agent', 'your servers were down', 'servers were down', 'was down for',
    'were down for', 'by mistake', 'without asking', 'without my permission', 'without my consent', 'caught fire', 'on fire',
    'burst into flames', 'exploded', 'could have choked', 'choked', 'food poisoning', 'got hurt', 'i got injured', 'injured',
    'hurt myself', 'came off the bike', 'fell off', 'i want an apology', "i'd like an apology", 'i would like an apology',
    'demand an apology', 'expect an apology', 'owe me an apology', 'lost my files', 'lost all my', '(lost|lose|losing|wiped|erased|deleted) (|*) (|*) years of photos', 'years of photos (gone|lost|wiped|deleted|erased)',
    'arrived damaged', 'arrived broken', 'arrived with a crack*', 'arrived with a broken', 'arrived smashed', 'found a piece of', 'found glass', 'found plastic', 'found metal', 'found a hair', 'lost two days', 'lost a day', 'lost a week', 'took a half-day off',
    'took a day off', 'took the day off', 'missed my', 'waste of my time', 'wasted my', 'nobody told', 'no one told',
    'nobody is answering', "nobody's answering", 'ignoring me', 'cost me', 'cost us', 'costing me', 'costing us', 'lost me', 'lost us',
    'lost a client', 'lost a customer', 'lost the contract', 'missed a deadline', 'missed the deadline', 'missed my deadline', 'client deadline',
    "couldn't work", 'could not work', "couldn't access", 'could not access', 'locked out of', 'your outage', 'your downtime', 'your mistake',
    'your error', 'your fault', 'your incident', 'your bug', 'to another customer', 'to the wrong (person|customer|address)',
    "someone else's (invoice|order|data|details|address)", 'who is going to pay', "who's going to pay", 'who will pay',
    'lost (months|weeks|years) of', 'ended up in (a&e|the er|hospital|the hospital)',
    '(charged|billed|debited) (me|us) (twice|three times|3 times|4 times|several times|multiple times|again)', 'charged (three|3|four|4|several|multiple) times',
    'bed bugs', 'bedbugs', 'covered in bites', 'covered in (a|) rash', 'bitten all over', 'cockroach*', 'got sick', 'made me sick', 'made us sick', 'made (him|her|them|my (son|daughter|kids|child)) sick',
    'made my * public', 'made my * * public', 'made my * * * public', 'public without', 'were out there', 'was out there', 'exposed my', 'leaked my', 'my data (leaked|was leaked|got leaked)',
    'anyone could (see|open|read|access)', 'visible to (anyone|everyone|the whole)', 'medical records', 'without me doing anything', 'rushed to hospital', 'allergic reaction', '(deleted|wiped|erased) (my|all my|our|all our) (|*) (files|photos|pictures|data|account|documents|folders|backups|videos|emails)',
  ],
  fr: [
    'vous avez supprimé mon compte', 'vous avez supprimé mes', 'vous avez supprimé tout', 'vous avez perdu mon', 'vous avez perdu ma',
    'vous avez perdu mes', 'vous avez effacé', 'vous avez annulé', 'vous avez cassé', 'vous avez abîmé',
    "vous m'avez prélevé", "vous m'avez débité", 'prélevé deux fois', 'débité deux fois', 'double prélèvement',
    'votre livreur', 'votre chauffeur', 'votre technicien', 'votre mécano', 'votre employé', 'votre vendeur', 'votre vendeuse',
    'votre conseiller', 'par erreur', 'sans me demander', 'sans mon accord', 'sans mon autorisation', 'a pris feu', 'pris feu',
    'pris en feu', 'a explosé', "s'étouffer", "s'est étouffé*", 'intoxication', 'intoxiqué*', 'je me suis fait mal', 'je suis tombé*',
    'blessé', 'blessée', 'blessure', "j'attends des excuses", 'des excuses', 'perdu mes fichiers', 'perdu toutes mes', '(perdu|perdre|effacé|supprimé) (|*) (|*) ans de photos', 'ans de photos (perdus|perdues|effacés|effacées|envolés|envolées|disparus|disparues|supprimés|supprimées)',
    'trouvé un morceau', 'arrivé cassé', 'arrivé abîmé', 'livré cassé', 'livré abîmé', 'reçu cassé', 'reçu abîmé', 'la peur de ma vie', 'peur de ma vie', 'perdu ma journée', 'perdu deux jours', 'posé une demi-journée',
    "posé un jour", "j'ai raté", 'personne ne répond', 'personne ne m\'a',
    "on m'ignore", "m'a coûté", 'nous a coûté', "m'a fait perdre", 'nous a fait perdre', 'perdu un client', 'perdu le contrat', 'raté une échéance',
    'raté la deadline', "pas pu travailler", 'impossible de travailler', "n'a plus accès", "n'ai plus accès", "n'avons plus accès", 'plus accès à',
    'votre panne', 'votre erreur', 'votre faute', 'votre incident', 'votre bug', 'à un autre client', 'à une autre cliente',
    "à quelqu'un d'autre", 'à la mauvaise (personne|adresse)', 'qui va payer', 'perdu (*|) mois de', 'perdu des semaines de',
    '(fini|finit|terminé|terminée|atterri|atterrie|retrouvé|retrouvée|retrouvés) aux urgences',
    '(prélevé|prélevée|débité|débitée|facturé|facturée) (deux|trois|quatre|2|3|4|plusieurs) fois', '(prélevé|débité|facturé) * (deux|trois|quatre|2|3|4|plusieurs) fois',
    'punaises de lit', 'couvert de piqûres', 'couverte de piqûres', 'couverts de piqûres', 'plein de piqûres', 'piqûres partout', 'cafards', 'blattes',
    'tombé malade', 'tombée malade', 'tombés malades', 'rendu malade', 'rendue malade', 'rendus malades',
    'rendu public', 'rendu publique', 'rendus publics', 'visible par tous', 'visibles par tous', "n'importe qui pouvait", 'en accès libre', 'mes données ont fuité',
    'fuite de mes', 'exposé mes', 'dossier médical', 'dossiers médicaux', 'sans que je fasse rien', 'sans rien faire de ma part', 'réaction allergique', 'choc anaphylactique',
    '(a|ont|avez) (effacé|supprimé) (mes|mon|ma|nos|notre|toutes mes|tous mes|les) (fichiers|photos|données|compte|dossiers|documents|sauvegardes|vidéos|mails|archives)',
  ],
});

/** Outrage without a stated harm ("this is a disgrace", « inadmissible »): calls for an apology unless the reply acknowledges it. */
export const OUTRAGE = defineLexicon('shared.support.outrage', {
  en: ['unacceptable', 'disgrace*', 'disgusting', 'outrageous', 'furious', 'livid', 'scandal*', 'appalling', 'appalled', 'shocking service'],
  fr: ['inacceptable', 'inadmissible', 'scandale*', 'scandaleu*', 'honteu*', "c'est une honte", 'furieu*', 'dégoûté*', 'révoltant', 'lamentable'],
});

/** Signs of a complaint that count only two together (in the post replied to). */
export const COMPLAINT_WEAK = defineLexicon('shared.support.complaint-weak', {
  en: [
    'still waiting', 'waited', 'waiting for', 'no reply', 'no answer', 'no response', 'late', 'delayed', 'broken', 'scratched',
    'cracked', 'damaged', 'dented', 'missing', 'never arrived', 'never got', 'not impressed', 'disappointed', 'disappointing',
    'frustrat*', 'annoyed', 'fed up', 'again', '3rd time', 'third time', '4th time', 'fourth time', 'paid', 'refund', 'compensation',
    'down', "doesn't work", "don't work", "won't work", 'stopped working', 'not working', 'crash*', 'lost', 'scared',
    'terrified', 'dangerous', 'my son', 'my daughter', 'my kids', 'my child', 'my children', 'weeks', 'hours', 'days',
    'complaint', 'stranded', 'still no', 'still nothing', 'i lost', 'lost my', 'missed', 'ignored', 'bent', 'wasted', 'useless', 'worst',
    'no access', 'outage', 'deadline', 'failed', 'error', 'again and again',
  ],
  fr: [
    'attendu', "j'attends", 'attends depuis', 'en retard', 'retard', 'cassé', 'cassée', 'rayé', 'rayée', 'fissuré*', 'abîmé*',
    'endommagé*', 'manquant*', 'jamais reçu', 'jamais arrivé*', 'déçu', 'déçue', 'déception', 'marre', 'ras le bol', 'ras-le-bol',
    'énervé*', 'encore', 'fois', 'aucune nouvelle', 'toujours aucune', 'payé', 'rembours*', 'dédommagement', 'en panne', 'panne', 'ne marche pas', 'ne marche plus',
    'ne fonctionne pas', 'ne fonctionne plus', 'plante', 'perdu', 'peur', 'dangereu*', 'mon fils', 'ma fille', 'mes enfants',
    'mon enfant', 'semaines', 'heures', 'jours', 'réclamation', 'galère', 'toujours pas', 'toujours rien', "j'ai perdu", 'ignoré*',
    'tordu*', 'voilé*', 'gâché*', 'nul', 'le pire', 'sans accès', 'échoué', 'échoue', 'erreur', 'bloqué', 'bloquée', 'urgent',
  ],
});

/** A legal or regulatory threat: a lawyer, a court, a regulator (in the post replied to). */
export const LEGAL_THREAT = defineLexicon('shared.support.legal-threat', {
  en: [
    'solicitor', 'my lawyer', 'my lawyers', 'my attorney', 'sue you', 'suing you', "i'll sue", 'i will sue', "i'm going to sue",
    'take you to court', 'taking you to court', 'see you in court', 'small claims', 'legal action against', 'taking legal action',
    "i'm filing a complaint", 'i am filing a complaint', "i'll be filing", 'filing a complaint with', 'file a complaint with',
    'filed a complaint with', 'lodge a complaint', 'lodging a complaint', 'formal complaint', 'report you to', 'reporting you to',
    "i'm reporting you", 'complaint with the', 'ombudsman', 'trading standards', 'the regulator', 'class action',
    'breaks gdpr', 'breach of gdpr', 'gdpr breach', 'breaching gdpr', 'cease and desist',
  ],
  fr: [
    'mon avocat', 'mes avocats', 'je porte plainte', 'je vais porter plainte', 'porter plainte contre', 'je dépose plainte',
    'je vais déposer plainte', "j'ai porté plainte", "j'ai déposé plainte", 'plainte contre vous', 'je vais saisir', "j'ai saisi",
    'je saisis', 'vous attaquer en justice', 'vous poursuivre en justice', 'vous attaquer', 'aller en justice', 'je vais en justice',
    'au tribunal', 'devant le tribunal', 'vous faire un procès', 'mise en demeure', 'action de groupe', 'le médiateur',
    'que choisir', 'viole le rgpd', 'violation du rgpd', 'contraire au rgpd',
  ],
  any: ['ICO', 'CNIL', 'DGCCRF', 'ARCEP', 'Ofcom', 'Ofgem', 'FCA', 'ACPR', 'AMF'],
});

/** Taking the matter out of public view, or to the people whose job it is. */
export const ESCALATION = defineLexicon('shared.support.escalation', {
  en: [
    'direct message', 'private message', 'privately', 'in private', 'by email', 'by e-mail', 'email you',
    'legal team', 'our lawyers will', 'our legal', 'data protection officer', 'our dpo', 'complaints team', 'passed this to',
    'passed it to', 'passed on to', 'escalat*', 'contact you directly', 'call you', 'give you a call', 'reach out to you',
    "we've sent you", 'we have sent you', 'sent you a message',
  ],
  fr: [
    'message privé', 'en privé', 'mp', 'par mail', 'par e-mail', 'par email', 'par courriel', 'service juridique', 'nos juristes',
    'notre juriste', 'délégué à la protection', 'notre dpo', 'dpo', 'service réclamations', 'transmis à', 'transmettons à',
    'on transmet', 'vous contacter', 'vous rappeler', 'vous appeler', 'on vous écrit', 'nous vous écrivons', 'on vous appelle',
    'nous vous contactons', 'on vous contacte', 'en copie',
  ],
  any: ['dm', 'dms', "dm'd", 'inbox'],
});

/** Arguing a legal or regulatory point in public instead of taking it to the right people. */
export const PUBLIC_DEBATE = defineLexicon('shared.support.public-debate', {
  en: [
    "you're wrong", 'you are wrong', 'with respect', 'happy to debate', 'debate it', 'debate this', "let's debate", 'right here',
    "let's hear it", 'which clause', 'what clause', 'good luck with that', 'good luck', 'go ahead', 'bring it on', 'see you there',
    'fully compliant', 'perfectly legal', 'totally legal', 'completely legal', 'nothing illegal', 'drafted by lawyers',
    'within our rights', 'prove it', 'read the terms', 'read our terms', 'be our guest', 'do your worst', 'whoever you like',
  ],
  fr: [
    'vous avez tort', 'tu as tort', 'débat*', 'on en débat', 'on en discute ici', 'ici même', 'quelle clause', 'bonne chance',
    'allez-y', 'qui vous voulez', 'ce que vous voulez', 'respectent la loi', 'respecte la loi', 'parfaitement légal*',
    'tout à fait légal*', "rien d'illégal", 'dans notre droit', 'dans nos droits', 'rédigé par des avocats', 'rédigés par des avocats',
    'prouvez-le', 'lisez les cgv', 'lisez nos cgv', 'lisez les cgu', 'chiche',
  ],
});

/** Hearsay: the person relays something they heard, they did not suffer it ("is it true that…", « il paraît que »). */
export const HEARSAY = defineLexicon('shared.support.hearsay', {
  en: ['is it true', 'is that true', 'heard that', 'i heard', 'saw on', 'rumour', 'rumours', 'rumor', 'rumors', 'apparently', 'someone said', 'people say', 'reading that'],
  fr: ["c'est vrai", "c'est une rumeur", 'rumeur', 'rumeurs', "j'ai entendu", "j'ai lu", 'il paraît', 'paraît que', 'on dit que', "quelqu'un a dit", 'vu sur'],
});

/** Thanks and praise: a happy customer ("you saved my photos", « vous êtes au top »), owed thanks, not an apology. */
export const PRAISE = defineLexicon('shared.support.praise', {
  en: [
    'thank you so much', 'thanks so much', 'huge thanks', 'big thanks', 'you saved', 'saved my', 'saved our', 'lifesaver', 'life saver', 'you rock',
    'you guys rock', "you're the best", 'you are the best', 'you guys are the best', 'made my day', 'so grateful', 'happy tears', 'love you guys',
    'can\'t thank you enough', 'thank you for getting',
  ],
  fr: [
    'merci beaucoup', 'un grand merci', 'mille mercis', 'vous avez sauvé', 'sauvé ma', 'sauvé mon', 'sauvé mes', 'vous êtes au top',
    'vous êtes les meilleurs', 'vous êtes géniaux', 'reconnaissant', 'reconnaissante', 'larmes de joie', 'merci encore', 'merci infiniment',
  ],
});

/** Taking the matter in hand at once ("on it now", « je regarde ça tout de suite »): enough for minor trouble, not for real harm. */
export const TAKE_CHARGE = defineLexicon('shared.support.take-charge', {
  en: [
    "i'm on it", "we're on it", 'on it now', 'looking into it (now|right now|right away)', "(i'm|we're|i am|we are) (looking|checking) (into it|now|right now)", 'let me look into',
    "(i'll|we'll) look into (it|this) (now|right now|right away|straight away)", 'checking (it|this) now', 'on the case', 'right away', 'straight away',
    "(i'll|we'll) (dm|message) you (now|in * (min|mins|minutes))", "won't let (it|this) go", "we won't leave you",
  ],
  fr: [
    'je regarde ça', 'on regarde ça', 'je regarde tout de suite', 'on regarde tout de suite', 'tout de suite', 'immédiatement', "je m'en occupe", "on s'en occupe",
    'nous nous en occupons', 'je vous envoie un dm', 'on vous envoie un dm', 'je ne vous lâche pas', 'on ne vous lâche pas', 'je vérifie ça', 'on vérifie ça',
  ],
});
