// Practice 7: Protect confidential information / Protéger la confidentialité.
// Signals: the profile's codenames; credentials and API keys (AKIA…, sk_live_…, ghp_…, "mdp Brisa2024!",
// door codes); internal hosts (*.corp, *.internal, intranet.*) and ticket references (ABC-1234); a
// customer's e-mail, phone number or street address; and "internal only" / embargo / "you didn't hear it
// from me" wording, which is a risk when figures, dates or prices travel with it. A privacy tip that uses
// the words ("your address stays confidential", "never share your password") is not flagged.
// Also: figures self-labelled as internal or not yet communicated, credentials or customer details shown in an
// attachment's description, and a shush with a figure only when the figure is the company's (not one's winnings).
import { definePractice, type RuleContext } from '../practice';
import { defineLexicon, type Hit } from '../text/phrases';
import { reportAt } from '../helpers';
import type { TextView } from '../analysis';
import { fold } from '../text/fold';
import { CREDENTIAL_WORDS, ROLE_MAILBOXES, findAddresses, findAttachments, findPhones, findSecrets, findTickets, isInternalHost, type DataSpan } from '../lexicon/data';

/** Labels that mark information as not for the public. */
const MARKERS = defineLexicon('p07.markers', {
  en: [
    'internal only', 'internal use only', 'for internal use', 'internal purposes only', 'strictly confidential', 'company confidential',
    'not for distribution', 'not for publication', 'do not distribute', 'do not forward', "don't forward", 'embargoed', 'under embargo',
    'embargo until', 'embargo till', 'under nda', 'keep it between us', 'keep this between us', 'keep it between you and me',
    'between you and me', 'between you and i', 'off the record', "you didn't hear it from me", "you didn't hear this from me",
    "didn't hear it from me", "didn't get it from me", "didn't get this from me", 'not supposed to share', 'not supposed to say',
    'not supposed to tell', 'not supposed to post', "shouldn't be sharing", "shouldn't be telling", "shouldn't be saying",
    "i shouldn't say", "i shouldn't tell", 'insider info', 'inside info',
    'do not share this', "don't share this", 'please keep this quiet', 'keep it quiet', 'keep this quiet', 'hush hush', 'hush-hush',
    'top secret', "don't tell anyone", 'do not tell anyone', 'keep it to yourselves', 'keep this to yourselves',
  ],
  fr: [
    'usage interne', 'interne uniquement', 'usage strictement interne', 'strictement confidentiel', 'strictement confidentielle',
    'ne pas diffuser', 'à ne pas diffuser', 'ne pas divulguer', 'à ne pas divulguer', 'sous embargo', "embargo jusqu'", 'embargo jusqu',
    'sous nda', 'entre nous soit dit', 'que entre nous', "qu'entre nous", 'reste entre nous', 'restez entre nous', 'juste entre nous',
    'ça reste entre nous', 'ca reste entre nous', "tu l'as pas eu de moi", "vous l'avez pas eu de moi", "tu ne l'as pas eu de moi",
    "vous ne l'avez pas eu de moi", 'tu le tiens pas de moi', 'vous le tenez pas de moi', 'je suis pas censé', 'je ne suis pas censé',
    'je suis pas censée', 'je ne suis pas censée', 'suis pas censé le dire', 'pas censé en parler', 'je devrais pas le dire',
    'je ne devrais pas le dire', 'je devrais pas dire ça', 'je devrais pas en parler', 'info d\'initié', 'infos d\'initié', 'top secret', 'motus et bouche cousue', 'en off', 'off the record', 'ne le répétez pas',
    'le répétez pas', 'ne le dites à personne', 'le dites à personne', 'dis-le à personne', 'le dis à personne', 'gardez ça pour vous', 'garde ça pour toi',
  ],
});

/** Not announced yet: a leak from an employee; the brand's own teaser is its call. */
const NOT_YET_PUBLIC = defineLexicon('p07.not-yet-public', {
  en: [
    'not public yet', 'not announced yet', "hasn't been announced", "haven't announced", 'not official yet', 'unannounced', 'before the announcement', 'before it goes public', 'before the official announcement',
    'not yet (public|announced|official|communicated|disclosed|published|shared publicly)', "(not|isn't|aren't|wasn't) (even|) (public|announced|official|communicated|disclosed) yet", 'not (been|) (officially|publicly) (announced|communicated|disclosed|shared)', '(not|never) been made public',
    'yet to be announced', 'yet to be made public', 'not communicated yet', 'not disclosed yet', 'undisclosed', 'ahead of the announcement', 'ahead of the press release', 'before the press release',
  ],
  fr: [
    'pas encore annoncé', 'pas encore annoncée', 'pas encore officiel', 'pas encore officielle', 'pas encore public', 'pas encore publique', "avant l'annonce officielle", "avant l'annonce", 'pas encore officialisé',
    'pas encore (communiqué|communiquée|communiqués|communiquées|officialisée|dévoilé|dévoilée|rendu public|rendue publique|publié|publiée|diffusé|diffusée)',
    'pas encore été (annoncé|annoncée|communiqué|communiquée|officialisé|officialisée|rendu public|rendue publique|dévoilé|dévoilée)', 'pas officiellement (annoncé|annoncée|communiqué|communiquée)',
    'avant le communiqué', 'avant la communication officielle', 'non communiqué', 'non communiqués', 'non encore annoncé', 'non annoncé', 'non publié', 'non publiés',
  ],
});

/** « Entre nous, … »: a marker when it opens the sentence or stands apart. */
const BETWEEN_US = defineLexicon('p07.between-us', { fr: ['entre nous'], en: ['between us'] });

/** "Confidential" on its own: a label when it tags what is shared, harmless in a privacy tip. */
const CONFIDENTIAL = defineLexicon('p07.confidential', {
  en: ['confidential'],
  fr: ['confidentiel', 'confidentielle', 'confidentiels', 'confidentielles', 'confidentiel défense'],
});

/** Internal sources: where a leak comes from. */
const INTERNAL_SOURCES = defineLexicon('p07.internal-sources', {
  en: [
    'internal (launch|roadmap|calendar|memo|memos|deck|doc|docs|document|documents|slides|figure|figures|number|numbers|data|dashboard|forecast|forecasts|plan|plans|pricing|price list|sales|report|email|e-mail|emails|mail|meeting|chat|slack|wiki|notes|targets|kpis|kpi|metrics|timeline|schedule|announcement|audit|org chart|budget|projections|spreadsheet|stats|statistics|estimate|estimates|info|information|results|survey|numbers only)',
    'internal-only (figure|figures|number|numbers|data|info|doc|deck)', 'from the internal', 'straight from the dashboard', 'from our dashboard',
    'all-hands', 'all hands meeting', 'at the all hands', 'board meeting', 'board deck', 'leadership meeting', 'leadership offsite',
    'exec meeting', 'the exec team said', 'company slack', 'our slack', 'on slack today', 'saw the numbers', 'saw the figures',
    'the roadmap says', 'the leadership deck', 'we were told internally',
  ],
  fr: [
    '(chiffre|chiffres|document|documents|doc|docs|réunion|mail|mails|note|notes|calendrier|roadmap|feuille de route|tarif|tarifs|prévision|prévisions|outil|donnée|données|slides|présentation|rapport|audit|objectifs|planning|sondage|dashboard|tableau de bord|budget|organigramme|annonce|chat|slack|wiki|info|infos|information|informations|stat|stats|statistiques|estimation|estimations|résultats|mémo|compte rendu|source|sources) (interne|internes)',
    'en interne', 'comité de direction', 'codir', 'comex', 'séminaire de direction', "conseil d'administration", 'réunion de direction',
    'réunion du board', 'la plénière', 'les chiffres du mois', 'vu les chiffres', 'vu les slides', 'on nous a dit en interne', 'annoncé en interne',
  ],
});

/** Weaker internal sources: a leak when a figure or a date comes with them. */
const HEARD_INSIDE = defineLexicon('p07.heard-inside', {
  en: ['on the roadmap', 'in the roadmap', 'my manager said', 'my manager told us', 'my boss said', 'my boss told us', 'saw it in the planning', 'heard in a meeting', 'in a meeting today', 'from the planning', 'in the planning', 'told us this morning', 'announced to staff', 'told staff', 'in (a|the|this morning\'s|today\'s|yesterday\'s|our) meeting', 'at the (team|staff|sales|all-hands) meeting', 'saw (it|the pricing|the prices|the numbers|the figures|the deck) (go by|in a meeting|on the screen)'],
  fr: ['vu en réunion', 'dit en réunion', 'sur le planning', 'dans le planning', 'dans la roadmap', 'sur la roadmap', "mon chef m'a dit", "mon boss m'a dit", "ma cheffe m'a dit", "ma boss m'a dit", "mon manager m'a dit", 'on nous a annoncé ce matin', 'on nous a annoncé', 'annoncé aux salariés', 'annoncé au personnel', 'en réunion', 'vu passer', 'entendu passer', 'en comité', 'en point équipe', 'au point du lundi'],
});

/** Teasing that hints at a leak: harmless alone, a leak with a figure or date on a personal account. */
const TEASERS = defineLexicon('p07.teasers', {
  en: ["can't say much", "can't say more", "can't say too much", "can't tell you much", "can't tell you more", 'not allowed to say', 'not allowed to tell', 'psst', 'shh', 'shhh', 'spoiler alert', 'little birdie', 'a little bird told me', 'rumour from the inside', 'inside scoop', 'from the inside', 'sneak peek',
    "can't keep it (in|to myself|quiet)", "couldn't keep it (in|to myself|quiet)", "can't hold it in", "couldn't hold it in", "couldn't resist sharing", "can't resist sharing", 'too excited not to share', 'too proud not to share', 'too good not to share'],
  fr: ['peux pas en dire plus', 'peux pas trop en dire', 'peux rien dire', 'peux pas en dire trop', 'ai pas le droit de', "n'ai pas le droit de", 'rien dire de plus', 'chut', 'psst', 'petit scoop', 'un scoop', 'exclu', 'petit oiseau', 'de source sûre', "de l'intérieur",
    'pour me retenir', 'pour nous retenir', 'peux pas me retenir', 'pu me retenir', "peux pas m'empêcher", 'pu m\'empêcher', 'garder ça pour moi', 'garder ça pour nous', 'trop fier pour me taire', 'trop content pour me taire', 'trop contente pour me taire'],
});

/** Figures and schedules: what turns a marker into a leak. */
const FIGURE_WORDS = defineLexicon('p07.figures', {
  en: ['price', 'prices', 'pricing', 'priced', 'margin', 'margins', 'revenue', 'turnover', 'profit', 'loss', 'losses', 'sales', 'subscribers', 'customers', 'users', 'headcount', 'launch', 'launching', 'launches', 'release', 'releasing', 'ships', 'shipping in', 'release date', 'launch date', 'roadmap', 'budget', 'forecast', 'targets', 'valuation', 'funding', 'million', 'millions', 'billion', 'per month', 'a month', '/month', 'per seat', 'a seat', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'next week', 'next month', 'this autumn', 'this spring', 'this summer', 'this winter', 'in the autumn', 'in the spring', 'think autumn', 'think spring'],
  fr: ['prix', 'tarif', 'tarifs', 'marge', 'marges', "chiffre d'affaires", 'ca', 'bénéfice', 'bénéfices', 'pertes', 'ventes', 'abonnés', 'clients', 'utilisateurs', 'effectifs', 'lancement', 'sortie', 'sort en', 'sortira', 'date de sortie', 'date de lancement', 'roadmap', 'budget', 'prévisions', 'objectifs', 'valorisation', 'levée', 'million', 'millions', 'milliard', 'milliards', 'par mois', '/mois', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'la semaine prochaine', 'le mois prochain', 'cet automne', 'à la rentrée', 'au printemps', "cet été", 'cet hiver', 'T1', 'T2', 'T3', 'T4', 'S1', 'S2'],
});

/** Company finances: an employee posting them with a number is leaking them. */
const FINANCES = defineLexicon('p07.finances', {
  en: ['revenue', 'revenues', 'turnover', 'margin', 'margins', 'profit', 'profits', 'losses', 'burn rate', 'burning cash', 'burning through', 'runway', 'valuation', 'sales figures', 'churn', 'gross margin', 'ebitda', 'arr', 'mrr', 'cash left', 'in the red'],
  fr: ["chiffre d'affaires", 'notre ca', 'le ca', 'du ca', 'marge', 'marges', 'bénéfice', 'bénéfices', 'pertes', 'tréso', 'trésorerie', 'valorisation', 'ventes du mois', 'marge brute', 'marge négative', 'ebitda', 'churn', 'dans le rouge', 'cramer du cash', 'crame du cash'],
});

/** Health and whereabouts of a patient: with a named person, medical confidentiality. */
const HEALTH = defineLexicon('p07.health', {
  en: ['room', 'ward', 'icu', 'intensive care', 'cardiology', 'oncology', 'a&e', 'emergency room', '(his|her|their) condition', 'condition is (stable|critical|serious)', 'diagnosed with', 'diagnosis', 'admitted', 'in surgery', 'chemo', 'test results'],
  fr: ['chambre', 'service de', 'cardiologie', 'oncologie', 'urgences', 'réanimation', 'soins intensifs', 'son état', 'état est stable', 'état stable', 'diagnostiqué', 'diagnostiquée', 'diagnostic', 'hospitalisé', 'hospitalisée', 'opéré', 'opérée', 'chimio', 'résultats d\'analyses', 'en soins'],
});
const PERSON_TITLE = /^(m|mr|mrs|ms|mme|mlle|monsieur|madame|mx)$/;

/** "M. Lefèvre est en chambre 214 en cardiologie": a titled name and health or ward details in one sentence. */
function patientDetails(d: TextView): Hit | undefined {
  const health = d.find(HEALTH);
  if (health.length === 0) return undefined;
  for (let k = 0; k + 1 < d.tokens.length; k++) {
    const t = d.tokens[k]!;
    if (t.kind !== 'word' || !PERSON_TITLE.test(t.forms[0]!) || !/^\p{Lu}/u.test(t.raw)) continue;
    let n = k + 1;
    if (d.tokens[n]?.kind === 'punct' && d.tokens[n]!.raw === '.') n++;
    const name = d.tokens[n];
    if (!name || name.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(name.raw)) continue;
    const s = d.sentenceAt(t.start);
    const h = health.find((x) => d.sentenceAt(x.start) === s || (s && x.from >= s.from && x.from < s.to + 12));
    if (h) return { lexicon: 'p07.patient', lang: 'any', start: t.start, end: h.end, from: k, to: h.to };
  }
  return undefined;
}

/** Financial figures shared before their official release: "sneak peek at our Q3 earnings", « en avant-première ». */
const EARLY = defineLexicon('p07.early', {
  en: ['sneak peek', 'sneak preview', 'too excited to wait', "couldn't wait", "can't wait to share", 'before the official', 'ahead of the official', 'full numbers (land|drop|come|are out)', 'full results (land|drop|come|are out)', 'official numbers (land|drop|come)', 'first look at our', 'early look at our'],
  fr: ['avant-première', 'en avant-première', 'pas pu attendre', 'pu attendre', "trop impatients pour attendre", 'avant la publication officielle', 'avant les chiffres officiels', 'chiffres complets', 'les chiffres officiels (arrivent|tombent|sortent)', 'petit aperçu de nos'],
});

/** Already public: published results, an official announcement. */
const PUBLISHED = defineLexicon('p07.published', {
  en: ['just published', 'we published', 'published today', 'published our', 'now public', 'made public', 'announced today', 'officially announced', 'just announced', 'press release', 'annual report', 'earnings call', 'investor update', 'as announced', 'now official', "it's official"],
  fr: ['vient de publier', 'venons de publier', 'avons publié', 'publiés aujourd\'hui', 'publié aujourd\'hui', 'rendus publics', 'rendu public', 'annoncé aujourd\'hui', 'annoncés aujourd\'hui', 'officiellement annoncé', 'communiqué de presse', 'rapport annuel', "c'est officiel", 'comme annoncé'],
});

/** The brand speaking about its own place: an address or number that is meant to be public. */
const OWN_PLACE = defineLexicon('p07.own-place', {
  en: ['our shop', 'our store', 'our workshop', 'our showroom', 'our office', 'our offices', 'our hq', 'our headquarters', 'our flagship', 'our new shop', 'our new store', 'our stand', 'our booth', 'find us', 'visit us', 'come see us', 'come and see us', 'join us', 'meet us', 'see you at', 'call us', 'ring us', 'our number', 'our phone', 'our hotline', 'customer service', 'customer care', 'helpline', 'support line', 'opening', 'grand opening', 'pop-up', 'popup', 'event', 'workshop at', 'our team at'],
  fr: ['notre boutique', 'notre magasin', 'notre atelier', 'notre showroom', 'nos bureaux', 'notre siège', 'notre agence', 'notre stand', 'notre nouvelle boutique', 'notre nouveau magasin', 'retrouvez-nous', 'retrouvez nous', 'venez nous voir', 'rendez-vous au', 'rendez-vous à', 'rdv au', 'rdv à', 'venez', 'appelez-nous', 'appelez nous', 'contactez-nous', 'nous joindre', 'notre numéro', 'notre standard', 'service client', 'hotline', 'inauguration', 'ouverture', 'pop-up', 'événement', 'évènement', 'salon', 'atelier au'],
});

/** The person sharing their own details on their own account. */
const SELF_DETAILS = defineLexicon('p07.self-details', {
  en: ['call me', 'text me', 'reach me', 'email me', 'e-mail me', 'my number', 'my email', 'my e-mail', 'my address', 'contact me', 'dm me', 'me at', 'reach out at', 'drop me a line'],
  fr: ['appelle-moi', 'appelez-moi', 'appelle moi', 'appelez moi', 'mon numéro', 'mon mail', 'mon email', 'mon adresse', 'écrivez-moi', 'écris-moi', 'contactez-moi', 'contacte-moi', 'me joindre', 'joignable au', 'mp moi', 'mp-moi'],
});

/** An attachment that shows a credential ("post-it with the wifi password", « badge et mot de passe visibles »). */
const ATTACH_SECRET = /(?<![\p{L}\p{N}])(passwords?|passcode|mot de passe|mots de passe|mdp|login|identifiants|credentials|api key|clé api|access code|code d'accès|door code|digicode|code wifi|wifi code|2fa codes?|recovery codes?|codes de secours)(?![\p{L}\p{N}])(?! manager| policy)/u;
/** ... and shows it: written on a note or a board, on screen, legible. */
const ATTACH_SHOWN = /(?<![\p{L}\p{N}])(sticky|post-?it|note|whiteboard|board|tableau|written|handwritten|écrits?|écrites?|notée?s?|visible|visibles|lisible|lisibles|readable|showing|shows|shown|on screen|on the screen|à l'écran|en clair|affichée?s?|scotché|taped)(?![\p{L}\p{N}])/u;
/** An attachment that shows a customer's details. */
const ATTACH_PERSONAL = /(?<![\p{L}\p{N}])(customer's|client's|user's|his|her|their|son|sa|ses|leur|leurs|du client|de la cliente|d'un client|d'une cliente)[^\]]{0,30}(?<![\p{L}\p{N}])(home address|address|phone number|mobile number|e-?mail address|card number|adresse|numéro de téléphone|numéro de portable|numéro de tel|numéro de tél|carte bancaire|iban)(?![\p{L}\p{N}])/u;
const ATTACH_PERSONAL_PLURAL = /(?<![\p{L}\p{N}])(e-?mails?|emails|addresses|adresses|phone numbers|numéros|noms et|names and|coordonnées|contact details)\s(des|of the|of our|de nos|of|de)\s(clients?|client·e·s|client\.e\.s|clientes?|customers?|users?|utilisateur(?:·rice)?s?|abonné(?:·e)?s?|patients?)(?![\p{L}\p{N}])/u;
const ATTACH_PERSONAL_AFTER = /(?<![\p{L}\p{N}])(home address|address|phone number|mobile number|e-?mail address|card number|adresse|numéro de téléphone|numéro de portable|carte bancaire|iban)\s(of the customer|of the client|of a customer|du client|de la cliente|d'un client|d'une cliente|de madame|de monsieur|de mme)(?![\p{L}\p{N}])/u;
/** The description says the details were hidden. */
const ATTACH_REDACTED = /(?<![\p{L}\p{N}])(blurred|redacted|hidden|masked|removed|cropped|flout[ée]e?s?|masqu[ée]e?s?|cach[ée]e?s?|retir[ée]e?s?|anonymi[sz]ed|anonymis[ée]e?s?|no (password|address|name)s? visible|sans (mot de passe|adresse|nom))(?![\p{L}\p{N}])/u;

/** The company's own matters: "we", "our", the brand or a business figure word. */
const ROLE_NOUN = /^(rep|reps|representative|manager|team|director|lead|associate|assistant|agent|advisor|engineer|intern|commercial|conseiller|conseillere)$/;

function companyTalk(d: TextView, except?: Hit): boolean {
  // "sales rep", "pricing team": a job title, not a figure.
  const figures = d.find(FIGURE_WORDS).filter((h) => !ROLE_NOUN.test(d.tokens[h.to]?.forms[0] ?? ''));
  if (d.profileTerms('brand').length > 0 || figures.length > 0 || d.find(FINANCES).length > 0) return true;
  for (const s of d.sentences) {
    for (let k = s.from; k < s.to; k++) {
      if (except && k >= except.from && k < except.to) continue;
      const t = d.tokens[k]!;
      if (t.kind !== 'word') continue;
      const w = t.forms[0]!;
      if (/^(we|we're|we've|we'll|our|us|nous|notre|nos|company|team|equipe|l'equipe|boite|entreprise)$/.test(w) || (w === 'on' && s.lang === 'fr')) return true;
    }
  }
  return false;
}

/** The company named or its figures and finances: more than a pronoun. */
function companyNamed(d: TextView): boolean {
  return d.profileTerms('brand').length > 0 || d.find(FIGURE_WORDS).some((h) => !ROLE_NOUN.test(d.tokens[h.to]?.forms[0] ?? '')) || d.find(FINANCES).length > 0;
}

const NEWS_WORD = /^(launch|launching|launches|lancer|lance|lancons|lancement|sort|sortie|sortir|sortira|release|releasing|released|announce|announcing|annonce|annoncer|annoncera|sign|signed|signing|signe|signer|signera|deal|contrat|contract|rachat|racheter|rachete|acquisition|acquiring|buying|layoff|layoffs|licenciement|licenciements|licencier|vire|virer|virees|fired|firing|price|prices|pricing|prix|tarif|tarifs|date|next|prochain|prochaine|bientot|soon|new|nouveau|nouvelle|nouvelles|plan|plans|planned|prevu|prevue|projet|project|closing|fermer|fermeture|merger|fusion|hiring|recrute|recrutement|budget|salaire|salary|salaries|raise|augmentation|covered|couvert|couverte|free|gratuit|gratuite|refund|rembourse|leaving|quitte|part|partir|demission|resign|resigning|restructuring|restructuration|reorg)$/;

/** Something after "between us" that is news rather than an opinion: a launch, a deal, a price, a departure. */
function newsAfter(d: TextView, h: Hit): boolean {
  for (let k = h.to; k < d.tokens.length && k <= h.to + 25; k++) {
    const t = d.tokens[k]!;
    if (t.kind === 'word' && NEWS_WORD.test(t.forms[0]!)) return true;
  }
  return false;
}

/** Privacy tips use the vocabulary without leaking anything: "your data stays confidential". */
const PRIVACY_TIP = /^(your|yours|vos|votre|ton|ta|tes|their|leurs|leur)$/;
const STAYS = new Set(['stay', 'stays', 'remain', 'remains', 'kept', 'keep', 'keeps', 'remained', 'rester', 'reste', 'restent', 'restera', 'resteront', 'restent', 'garde', 'gardees', 'gardes', 'gardee', 'traitees', 'traites', 'traitee', 'traite', 'handled', 'treated', 'strictement', 'strictly', 'totally', 'entirely', 'always', 'toujours']);

export default definePractice({
  meta: {
    number: 7,
    slug: 'confidentiality',
    title: { en: "Protect confidential information", fr: "Protéger la confidentialité" },
    statement: {
      en: "Protect the company's confidential information and intellectual property, and the personal data of customers: no internal names, unannounced figures, credentials or private details.",
      fr: "Protégez les informations confidentielles et la propriété intellectuelle de l'entreprise, ainsi que les données personnelles des clients : ni nom de code, ni chiffre non annoncé, ni identifiant, ni détail privé.",
    },
    detection: 'auto',
    messages: {
      codename: {
        text: {
          en: '"{term}" is an internal codename. Naming an unreleased project in public reveals it before the company does.',
          fr: '« {term} » est un nom de code interne. Le citer en public dévoile un projet avant que l’entreprise ne l’annonce.',
        },
        fix: {
          en: 'Remove the codename; talk about the product only once it has been announced, under its public name.',
          fr: 'Retirez le nom de code ; parlez du produit seulement une fois annoncé, sous son nom public.',
        },
      },
      secret: {
        text: {
          en: '"{term}" looks like a password, API key or access code. Anyone who reads the post can use it.',
          fr: '« {term} » ressemble à un mot de passe, une clé d’API ou un code d’accès. N’importe quel lecteur pourra s’en servir.',
        },
        fix: {
          en: 'Delete it from the draft, then revoke or change it: once posted, consider it compromised.',
          fr: 'Supprimez-le du brouillon, puis révoquez-le ou changez-le : une fois publié, considérez-le comme compromis.',
        },
      },
      personalData: {
        text: {
          en: '"{term}" is someone\'s {what}. Publishing a customer\'s personal details breaks their privacy (and data protection law).',
          fr: '« {term} » : c’est {what} de quelqu’un. Publier les coordonnées d’un client viole sa vie privée (et le RGPD).',
        },
        fix: {
          en: 'Take the details out and continue the conversation in a private message.',
          fr: 'Retirez ces informations et poursuivez l’échange en message privé.',
        },
      },
      internalHost: {
        text: {
          en: '"{term}" points to an internal system. Internal addresses and tickets tell outsiders how the company works inside.',
          fr: '« {term} » renvoie à un outil interne. Adresses et tickets internes renseignent l’extérieur sur le fonctionnement de l’entreprise.',
        },
        fix: {
          en: 'Remove the internal link or reference; share a public page or describe the fix in plain words.',
          fr: 'Retirez le lien ou la référence interne ; partagez une page publique ou décrivez la correction avec des mots simples.',
        },
      },
      marked: {
        text: {
          en: '"{term}": this says the information is not meant to be public. Posting it is a leak, however small.',
          fr: '« {term} » : cela dit bien que l’information n’est pas destinée au public. La publier, c’est une fuite, même petite.',
        },
        fix: {
          en: 'Keep it off social media until the company announces it; share only what is already public.',
          fr: 'Gardez-la hors des réseaux jusqu’à l’annonce officielle ; ne partagez que ce qui est déjà public.',
        },
      },
      unannounced: {
        text: {
          en: '"{term}": figures, dates or prices from inside the company are not yours to announce.',
          fr: '« {term} » : chiffres, dates ou prix venus de l’intérieur de l’entreprise, ce n’est pas à vous de les annoncer.',
        },
        fix: {
          en: 'Remove the internal figures and point to the official announcement when there is one.',
          fr: 'Retirez les chiffres internes et renvoyez vers l’annonce officielle quand elle existera.',
        },
      },
    },
  },
  lexicons: [MARKERS, NOT_YET_PUBLIC, PUBLISHED, FINANCES, BETWEEN_US, CONFIDENTIAL, INTERNAL_SOURCES, HEARD_INSIDE, TEASERS, FIGURE_WORDS, OWN_PLACE, SELF_DETAILS, CREDENTIAL_WORDS, EARLY, HEALTH],
  create(ctx) {
    const d = ctx.draft;
    // Data filled into messages follows the language of the messages (the user's), not the draft's.
    const fr = (ctx.context.locale ?? ctx.lang) === 'fr';
    let reported = 0;
    const reportSpan = (s: { start: number; end: number }, id: string, sev: 'warn' | 'risk', data: Record<string, string> = {}) => {
      ctx.report({ messageId: id, severity: sev, start: s.start, end: s.end, data: { term: d.text.slice(s.start, s.end), ...data } });
      reported++;
    };

    // 1. Codenames from the profile.
    for (const h of d.profileTerms('codenames')) {
      reportAt(ctx, h, 'codename', 'risk');
      reported++;
      break;
    }

    // 2. Credentials and access codes.
    const credentialHits = d.find(CREDENTIAL_WORDS).map((h) => ({ start: h.start, end: h.end, word: fold(d.text.slice(h.start, h.end)) }));
    const secrets = findSecrets(d.text, credentialHits);
    if (secrets.length) reportSpan(secrets[0]!, 'secret', 'risk');

    // 3. Internal hosts and tickets.
    let host = false;
    for (const t of d.tokens) {
      if ((t.kind === 'url' || t.kind === 'email') && isInternalHost(t.raw)) {
        reportSpan(t, 'internalHost', 'risk');
        host = true;
        break;
      }
    }
    if (!host) {
      const ticket = findTickets(d.text).find((t) => !(ctx.context.account === 'brand' && customerReference(d.text, t.start)));
      if (ticket) reportSpan(ticket, 'internalHost', 'warn');
    }

    // 4. Customers' personal data.
    const personal = personalData(ctx);
    if (personal) reportSpan(personal, 'personalData', 'risk', { what: whatLabel(personal.kind, fr) });
    const patient = personal ? undefined : patientDetails(d);
    if (patient) reportSpan(patient, 'personalData', 'risk', { what: fr ? 'les informations de santé' : 'health details' });

    // 4b. What a photo or screenshot shows: "[photo of the desk, the wifi password on a post-it]",
    // "[screenshot of the order, customer's e-mail visible]".
    if (!secrets.length && !personal && d.text.includes('[')) {
      for (const a of findAttachments(d.text)) {
        if (ATTACH_SECRET.test(a.text) && ATTACH_SHOWN.test(a.text) && !ATTACH_REDACTED.test(a.text)) {
          reportSpan(a, 'secret', 'risk');
          break;
        }
        if ((ATTACH_PERSONAL.test(a.text) || ATTACH_PERSONAL_AFTER.test(a.text) || ATTACH_PERSONAL_PLURAL.test(a.text)) && !ATTACH_REDACTED.test(a.text)) {
          reportSpan(a, 'personalData', 'risk', { what: fr ? 'les coordonnées' : 'personal details' });
          break;
        }
      }
    }

    // 5. Markers, internal sources and teasers, with or without figures.
    const figure = hasFigure(d);
    const markers = d.find(MARKERS).filter((h) => !tipAround(d, h));
    if (ctx.context.account === 'personal') markers.push(...d.find(NOT_YET_PUBLIC));
    for (const h of d.find(BETWEEN_US)) {
      const s = d.sentenceAt(h.start);
      const next = d.tokens[h.to];
      // « Entre nous, … » alone is a manner of speaking; it marks a leak when company matters or figures follow.
      // With only "we" / « on » to tie it to the company, news must follow (a launch, a deal, a price, a cut):
      // « entre nous, on va gagner » is a boast or an opinion, not information.
      if (((s && s.from === h.from) || (next && next.kind === 'punct' && /^[,:…]/.test(next.raw)) || (next && next.kind === 'emoji')) && (figure || companyTalk(d, h)) && (figure || companyNamed(d) || newsAfter(d, h))) markers.push(h);
    }
    const confidential = d.find(CONFIDENTIAL).filter((h) => confidentialLabel(d, h));
    const marker = firstHit(markers, confidential);
    if (marker) {
      reportSpan(marker, figure ? 'unannounced' : 'marked', figure ? 'risk' : 'warn');
      return;
    }
    // Internal sources ("the internal launch calendar", « les chiffres internes ») on a personal account:
    // the brand saying "tested in-house" is how brands speak, an employee quoting internal material leaks.
    const source = d.find(INTERNAL_SOURCES)[0];
    if (source && ctx.context.account === 'personal') {
      reportSpan(source, 'unannounced', figure ? 'risk' : 'warn');
      return;
    }
    const heard = d.find(HEARD_INSIDE)[0];
    if (heard && ctx.context.account === 'personal' && figure) {
      reportSpan(heard, 'unannounced', 'warn');
      return;
    }
    // Company finances with a number, from an employee speaking as "we" / « on ».
    const finances = d.find(FINANCES).find((h) => {
      const s = d.sentenceAt(h.start);
      if (!s) return false;
      for (let k = s.from; k < s.to; k++) if (d.tokens[k]!.kind === 'word' && /^(we|we're|we've|our|ours|on|nous|notre|nos)$/.test(d.tokens[k]!.forms[0]!)) return true;
      return false;
    });
    const published = d.find(PUBLISHED).length > 0;
    // Even the brand's own account: results teased before their release are inside information.
    if (finances && figure && reported === 0 && !published && d.find(EARLY).length > 0) {
      reportSpan(finances, 'unannounced', 'risk');
      return;
    }
    if (finances && ctx.context.account === 'personal' && figure && reported === 0 && !published) {
      reportSpan(finances, 'unannounced', 'warn');
      return;
    }
    if (ctx.context.account === 'personal' && reported === 0) {
      // A shush with a figure is a leak when the figure is the company's ("our price", "we", the brand), not
      // one's own winnings or weekend.
      const teaser = d.find(TEASERS)[0] ?? shushEmoji(d);
      if (teaser && ((figure && companyTalk(d) && !published) || d.profileTerms('codenames').length > 0)) reportSpan(teaser, 'unannounced', 'warn');
    }
  },
});

/** "Ref: #CS-00000", « votre dossier n° SAV-1234 »: the case number the brand gives its customer. */
function customerReference(text: string, at: number): boolean {
  const before = fold(text.slice(Math.max(0, at - 30), at));
  return /(ref|reference|case|ticket|dossier|demande|request|order|commande|n°|no\.|numero|number)\s*(?:n°|no\.?|number|numero)?\s*[:#]?\s*#?\s*$/.test(before);
}

function firstHit(...lists: Hit[][]): Hit | undefined {
  let best: Hit | undefined;
  for (const l of lists) for (const h of l) if (!best || h.start < best.start) best = h;
  return best;
}

function whatLabel(kind: DataSpan['kind'], fr: boolean): string {
  switch (kind) {
    case 'phone':
      return fr ? 'le numéro de téléphone' : 'phone number';
    case 'email':
      return fr ? 'l’adresse e-mail' : 'e-mail address';
    case 'card':
      return fr ? 'le numéro de carte' : 'card number';
    case 'access-code':
      return fr ? 'le code d’accès' : 'access code';
    default:
      return fr ? 'l’adresse postale' : 'home address';
  }
}

/** "Don't share your password", "vos données restent confidentielles": the words in a privacy tip. */
function tipAround(d: TextView, h: Hit): boolean {
  for (let k = h.to; k < d.tokens.length && k <= h.to + 2; k++) {
    const t = d.tokens[k]!;
    if (t.kind === 'word' && PRIVACY_TIP.test(t.forms[0]!)) return true;
  }
  return false;
}

/** "Confidential" tags shared information ("CONFIDENTIAL:", "confidential but…", "info confidentielle") rather than promising privacy. */
function confidentialLabel(d: TextView, h: Hit): boolean {
  const sentence = d.sentenceAt(h.start)!;
  // "Confidential files deserve better than e-mail": a kind of document, talked about in general.
  const next = d.tokens[h.to];
  if (next && next.kind === 'word' && GENERIC_DOCS.test(next.forms[0]!) && !hasFigure(d)) return false;
  // « parlez-en, c'est confidentiel », "ask us, it's confidential": a promise to the reader ending the sentence.
  const after = d.tokens[h.to];
  const ends = !after || after.kind === 'punct' || after.kind === 'emoji' || d.sentenceAt(after.start) !== sentence;
  if (ends) {
    let copula = false;
    for (let k = h.from - 1; k >= sentence.from && k >= h.from - 3; k--) if (d.tokens[k]!.kind === 'word' && /^(c'est|est|it's|its|is|are|sont|reste|restent|stays|remain|remains|tout|everything|entierement|totalement)$/.test(d.tokens[k]!.forms[0]!)) copula = true;
    if (copula && !hasFigure(d) && secondPerson(d, sentence)) return false;
  }
  for (let k = h.from - 1; k >= sentence.from && k >= h.from - 4; k--) {
    const t = d.tokens[k]!;
    if (t.kind === 'word' && STAYS.has(t.forms[0]!)) return false;
  }
  for (let k = sentence.from; k < sentence.to; k++) {
    const t = d.tokens[k]!;
    if (t.kind === 'word' && PRIVACY_TIP.test(t.forms[0]!)) return false;
    if (t.kind === 'word' && /^(data|donnees|privacy|confidentialite|rgpd|gdpr|policy|politique)$/.test(t.forms[0]!)) return false;
  }
  return true;
}

const GENERIC_DOCS = /^(files|documents|docs|data|information|info|contracts|records|conversations|fichiers|documents|donnees|dossiers|contrats|echanges|informations)$/;

/** "parlez-en", "you", « vous »: the sentence speaks to the reader. */
function secondPerson(d: TextView, s: { from: number; to: number }): boolean {
  for (let k = s.from; k < s.to; k++) {
    const t = d.tokens[k]!;
    if (t.kind === 'word' && /^(you|your|vous|votre|vos|tu|ton|ta|tes|parlez-en|parlez|parle|parles|ask|demandez|contactez|appelez|ecrivez|talk|reach)$/.test(t.forms[0]!)) return true;
  }
  return false;
}

function hasFigure(d: TextView): boolean {
  if (d.find(FIGURE_WORDS).length > 0) {
    // A figure word counts when a number is around, or for schedules and prices on their own.
    for (const t of d.tokens) if (t.kind === 'word' && /\d/.test(t.raw)) return true;
    for (const h of d.find(FIGURE_WORDS)) {
      if (/price|pricing|prix|tarif|launch|lancement|sortie|release|date|margin|marge|revenue|chiffre|roadmap|janv|fevr|mars|avril|juin|juil|aout|sept|octo|nove|dece|janu|febr|march|april|june|july|augu|q[1-4]|t[1-4]/.test(fold(d.text.slice(h.start, h.end)))) return true;
    }
  }
  for (const t of d.tokens) {
    if (t.kind === 'punct' && /^[€$£%]$/.test(t.raw)) return true;
    if (t.kind === 'word' && /^\d+(?:[.,]\d+)?(?:k|m|k€|m€|€|\$|£|%)$/i.test(t.raw)) return true;
  }
  return false;
}

function shushEmoji(d: TextView): Hit | undefined {
  for (let i = 0; i < d.tokens.length; i++) {
    const t = d.tokens[i]!;
    if (t.kind === 'emoji' && (t.raw.startsWith('🤫') || t.raw.startsWith('🤐'))) return { lexicon: 'p07.shush', lang: 'any', start: t.start, end: t.end, from: i, to: i + 1 };
  }
  return undefined;
}

/** The first piece of a customer's personal data: e-mail, phone, card, address; or null. */
function personalData(ctx: RuleContext): DataSpan | null {
  const d = ctx.draft;
  const personal = ctx.context.account === 'personal';
  const self = d.find(SELF_DETAILS).length > 0;
  const own = d.find(OWN_PLACE);
  const brandWords = brandTokens(ctx);
  // E-mail addresses that are not the brand's own or a role mailbox.
  for (const t of d.tokens) {
    if (t.kind !== 'email') continue;
    const addr = t.raw.replace(/^[^\w]+/, '').toLowerCase();
    const [local, domain = ''] = addr.split('@');
    if (ROLE_MAILBOXES.has(local!.replace(/[^a-z0-9-]/g, ''))) continue;
    if (brandWords.some((w) => domain.replace(/[^a-z0-9]/g, '').includes(w))) continue;
    if (personal && self) continue;
    if (isInternalHost(addr)) continue;
    return { kind: 'email', start: t.start, end: t.end };
  }
  for (const p of findPhones(d.text)) {
    if (p.kind === 'card') return p;
    const sentence = d.sentenceAt(p.start);
    const ownHere = own.some((h) => d.sentenceAt(h.start) === sentence) || (own.length > 0 && ctx.context.kind === 'post') || ownNumber(d, sentence);
    if (ownHere) continue;
    if (personal && self) continue;
    return p;
  }
  const addresses = findAddresses(d.tokens);
  if (addresses.length) {
    const customerContext = ctx.context.kind === 'reply' || /(?:^|\s)(?:mrs?|ms|mme|mlle|m\.|customer|client|cliente|livr|delivered|deliver|shipped|sent to|envoy|parti|lives|habite)/i.test(d.text);
    for (const a of addresses) {
      const sentence = d.sentenceAt(a.start);
      if (own.some((h) => d.sentenceAt(h.start) === sentence)) continue;
      if (personal && self) continue;
      if (customerContext) return a;
    }
  }
  return null;
}

/** "Call our Lyon shop on…", « Notre agence : 04… », "contact us": the brand's own line. */
function ownNumber(d: TextView, sentence: { from: number; to: number } | undefined): boolean {
  if (!sentence) return false;
  for (let k = sentence.from; k < sentence.to; k++) {
    const t = d.tokens[k]!;
    if (t.kind === 'word' && /^(our|us|notre|nos|appelez-nous|contactez-nous|joindre|shop|store|boutique|atelier|magasin|agence|showroom|office|bureau|bureaux|hotline|helpline|standard|sav|switchboard|reception|accueil|support|workshop)$/.test(t.forms[0]!)) return true;
  }
  return false;
}

function brandTokens(ctx: RuleContext): string[] {
  const p = ctx.profile;
  if (!p) return [];
  return [p.brand, ...p.aliases].map((n) => fold(n).replace(/[^a-z0-9]/g, '')).filter((w) => w.length >= 3);
}
