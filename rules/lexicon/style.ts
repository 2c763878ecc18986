// Register and style: first person, stiff letter formulas, casual slang, administrative and legal
// wording, corporate buzzwords, plus a helper telling whether an offset sits inside quotation marks.
// Shared by practices 1 (brand voice), 2 (be human) and 3 (conversational tone).
import { defineLexicon } from '../text/phrases';
import type { Lang } from '../types';
import type { TextView } from '../analysis';
import type { Token } from '../text/tokenize';

/** First person singular, per language; `subject` marks the forms that make a sentence speak as one person. */
const FIRST_PERSON: Record<Lang, Map<string, boolean>> = {
  en: new Map([['i', true], ["i'm", true], ["i'd", true], ["i've", true], ["i'll", true], ['im', true], ['ive', true], ['me', false], ['my', false], ['mine', false], ['myself', false]]),
  fr: new Map([['je', true], ["j'", true], ['moi', false], ["m'", false], ['me', false], ['mon', false], ['ma', false], ['mes', false]]),
};

/** First-person-singular words outside quotes (token scan; French elisions « j' », « m' » included). */
export function firstPersonSingular(view: TextView, quotes: ReadonlyArray<[number, number]>): { all: Token[]; subjects: Token[] } {
  const all: Token[] = [];
  const subjects: Token[] = [];
  for (const t of view.tokens) {
    if (t.kind !== 'word') continue;
    const lang = view.sentenceAt(t.start)?.lang ?? view.lang;
    const subject = FIRST_PERSON[lang].get(t.forms[0]!);
    if (subject === undefined || inSpans(quotes, t.start)) continue;
    // "I" as a Roman numeral or a list letter is rare; lower-case "i" in English is common on social sites.
    all.push(t);
    if (subject) subjects.push(t);
  }
  return { all, subjects };
}

/** An exasperated "I" in an argument ("I'm not repeating myself", « je ne vais pas me répéter »): a figure of the
 *  quarrel itself (practice 12's concern), not a persona speaking as "I" for the brand. */
export const EXASPERATED_SELF = defineLexicon('style.exasperated-self', {
  en: [
    "(i'm|i am|im) not (repeating|going to repeat|gonna repeat|saying * again|saying it again|explaining * again|explaining it again) (myself|)",
    "i (won't|will not|refuse to|shouldn't have to|should not have to|don't want to|do not want to) (repeat myself|say * again|say it again|explain * again|explain it again|keep repeating myself)",
    "(i've|i have) (already|) (said|told you|explained) (it|this|that|) (already|before|twice|enough|)", 'repeating myself', 'repeat myself',
    "how many times (do|must|should|will) i (have to|need to|) (say|explain|repeat|tell you)", "i'll say it (one more time|once more|again)",
  ],
  fr: [
    'je (ne|n\') (vais|veux|compte) pas (me répéter|le répéter|le redire|le réexpliquer|tout réexpliquer)', 'je ne (me répéterai|le répéterai|le redirai) pas',
    'je (l\'ai|vous l\'ai|te l\'ai) (déjà|) (dit|répété|expliqué)', 'me répéter', 'combien de fois (dois-je|faut-il que je|je dois) (le dire|le répéter|répéter|vous le dire|te le dire)',
  ],
});

/** Letter-writing and notice formulas: stiff for a brand whose voice is friendly or neutral. */
export const STIFF_FORMULAS = defineLexicon('style.stiff-formulas', {
  en: [
    'dear sir or madam', 'dear sir madam', 'dear sirs', 'dear valued customer', 'dear valued customers', 'dear customer',
    'yours faithfully', 'yours sincerely', 'we are pleased to inform you', 'we are delighted to inform you',
    'we wish to inform you', 'we hereby inform', 'please be advised', 'kindly be advised', 'kindly be informed',
    'we have the honour', 'we have the honor', 'we remain at your disposal', 'at your earliest convenience',
    'please accept our', 'we beg to', 'we would like to inform you', 'we wish to advise', 'please find attached', 'please find enclosed',
    'kindly note', 'we remain, yours', 'we trust this clarifies', 'we trust this meets',
  ],
  fr: [
    'madame monsieur', 'madame, monsieur', 'mesdames messieurs', 'mesdames, messieurs', 'cher client', 'chère cliente',
    'chers clients', 'veuillez agréer', 'je vous prie d\'agréer', 'nous vous prions d\'agréer', 'salutations distinguées',
    'sentiments distingués', 'nous avons l\'honneur', 'avons l\'honneur de', 'porter à votre connaissance',
    'nous vous informons que', 'nous vous prions de bien vouloir', 'veuillez trouver ci-joint', 'sis au', 'sis rue',
    'sise au', 'sise rue', 'nous tenons à vous informer', 'nous nous permettons de', 'nous vous saurions gré', 'dans l\'attente de vous lire',
    'je vous prie de croire', 'nous vous prions de croire', 'l\'expression de nos', 'la direction vous informe',
  ],
});

/** Casual slang and text-speak: off-voice for a brand whose voice is formal. */
export const CASUAL_SLANG = defineLexicon('style.casual-slang', {
  en: [
    'guys', 'you guys', 'lol', 'lmao', 'omg', 'gonna', 'wanna', 'gotta', "y'all", 'dude', 'dudes', 'bro', 'bruh', 'mates',
    'hella', 'yolo', 'vibes', 'vibe check', 'no cap', 'bestie', 'besties', 'fam', 'tbh', 'ngl', 'af', 'super cool',
    'awesome sauce', 'cheers mate', 'kinda', 'sorta', 'ya', 'yep', 'nope', 'woohoo', 'yay', 'bae', 'slay', 'yass', 'periodt',
    'on fleek', 'deadass', 'bruv', 'innit', 'totes', 'obvi', 'lowkey', 'highkey', 'sus', 'lmfao', 'omfg', 'xd', 'gotcha', 'wassup',
  ],
  fr: [
    'les gars', 'les copains', 'les potes', 'mdr', 'ptdr', 'lol', 'trop bien', 'trop cool', 'de ouf', 'ouf', 'kiff*',
    'wesh', 'frérot', 'la team', 'chanmé', 'c\'est le feu', 'grave bien', 'trop stylé', 'stylé', 'ouais', 'tkt',
    'bisous', 'la bise', 'coucou', 'yo', 'chelou', 'relou', 'osef', 'jpp', 'ptn', 'oklm', 'les amis', 'grave cool', 'trop stylé',
    'vas-y', 'c\'est ouf', 'de fou', 'wsh', 'la miff',
  ],
});

/** Administrative and legal wording: heavy when a plain sentence would do. Each hit counts fully. */
export const ADMIN_WORDING = defineLexicon('style.admin-wording', {
  en: [
    'pursuant to', 'in accordance with', 'in compliance with', 'hereby', 'herein', 'hereinafter', 'thereof', 'therein',
    'whereby', 'henceforth', 'heretofore', 'notwithstanding', 'shall be', 'shall not', 'shall only',
    '(is|are) subject to', 'subject to eligibility', 'eligibility verification', 'no fewer than', 'not less than',
    'prior to the commencement', 'commencement of', 'with a view to', 'in order to facilitate', 'be effected',
    'will be effected', 'is effected', 'upon successful completion', 'upon receipt of', 'aforementioned',
    'in respect of', 'in the event that', 'at the point of', 'following the implementation of',
    '(has|have) been implemented', 'please be advised', 'be advised that', 'kindly note that', 'please note that',
    'for the avoidance of doubt', 'between the hours of', 'calendar days', 'placed in a suspended status',
    'suspended status', 'shall be processed', 'must be submitted', 'authentication protocol', 'operational procedures',
    'revised procedures', 'the customer authentication', 'card instrument', 'account instantiation', 'instantiation',
    'at this moment in time', 'in due course', 'with immediate effect', 'in a timely manner', 'thereafter',
    'duly', 'duly noted', 'be actioned', 'actioned', 'aforesaid', 'herewith', 'as per', 'per our policy', 'in line with our policy',
    '(is|are) required to', 'customers are (reminded|advised|requested)', 'users are (reminded|advised|requested)',
    'it is (advised|recommended|requested) that', 'it should be noted', 'with reference to', 'further to your',
    'hereunder', 'utilise', 'utilize', 'utilisation', 'utilization', 'commence', 'commences', 'commenced', 'termination',
    'endeavour to', 'endeavor to', 'sole discretion', 'reserves the right', 'reserve the right', 'shall be liable',
    'non-refundable', 'prior written consent', 'written request', 'requisite', 'the undersigned', 'remittance',
    'supporting documentation', 'be deemed', 'is deemed', 'are deemed', 'where applicable', 'if applicable',
    'regulatory requirements', 'service interruption', 'service disruption', 'degradation of service',
    'regret to inform', 'we regret to', 'your request (has|have) been', 'has been (duly|successfully)', 'further to',
    'remediation', '(has|have) been initiated', 'optimal functionality', 'functionality', 'service degradation',
    'in light of', 'with regards to', 'pertaining to', 'in relation to', 'eligibility', 'is determined', 'the applicable',
    'applicable terms', 'contingent upon', 'contingent on', 'submission of', 'formal request', 'upon the', 'we are pleased to announce',
    'is hereby', 'in conjunction with', 'on the basis of', 'the provision of', 'provision of', 'for the purposes of',
    // Archaic legal adverbs and verbs of the contract register.
    'hereof', 'hereto', 'thereto', 'thereby', 'therefrom', 'thereunder', 'whereof', 'whereas', 'forthwith',
    'shall (apply|remain|have|constitute|continue|cease|include|mean|take|become|survive)', 'shall be (amended|deemed|entitled|construed)',
    '(be|is|are|been) amended', 'effective upon', 'upon publication', 'with effect from', 'applicable to', 'payable (hereunder|under)',
    'in excess of', 'subsequent to', 'in the absence of', 'in lieu of', 'constitute* acceptance', 'deemed to',
    // Distancing, nominal phrasing: "pertains to", "is not indicative of", "is attributable to".
    'pertains to', 'pertain to', 'pertained to', '(is|are) (not|) indicative of', 'indicative of', '(is|are) (not|) reflective of',
    '(is|are) attributable to', 'attributable to', 'with respect to', 'in respect thereof', 'the aforementioned',
    // Talking about the reader in the third person: "the user's", "the account holder".
    "the user's", 'the account holder', "the account holder's", "the subscriber's", "the customer's account", 'the end user', 'the end-user',
    'said (account|service|subscription|customer|user)',
    'please be informed', 'be informed that', '(has|have) been deprecated', 'deprecated', '(has|have) been consolidated', 'consolidated into',
    'effective immediately', 'with immediate effect', 'hereinafter referred',
    // Notice register: scope clauses, precautionary measures, agentless announcements.
    '(within|outside|beyond) the scope of', 'falls outside', 'fall outside', 'save where', 'save as otherwise',
    'unless otherwise (specified|stated|indicated|agreed)', 'where otherwise (specified|stated|indicated)',
    'as a precautionary measure', 'precautionary measures', 'following the (identification|detection|occurrence|completion) of',
    'the (identification|detection|occurrence|resolution) of', 'consequent (to|upon)', 'by means of', 'by way of',
    'for (further|your|) consideration', 'under (assessment|consideration|evaluation)', 'will be communicated', 'shall be communicated',
    '(was|were) (initiated|instigated|effected|implemented)', 'the relevant (services|authorities|parties|stakeholders|body|bodies)',
    'at the present time', 'at this present time', 'in the interim', 'for the duration of', 'the (operational|current) status of',
    'remains contingent', 'is to be (anticipated|expected|noted)', 'are to be (anticipated|expected|noted)',
    // Nominalised causes: "cessation of service occasioned by the non-renewal of…", "a password modification event".
    'occasioned by', '(been|was|were|be) occasioned', 'cessation', 'non-renewal', 'non-receipt', 'non-payment', 'non-compliance',
    'non-availability', 'non-activation', '(modification|invalidation|deletion|cessation|suspension|expiry|expiration|revocation|termination|renewal) event',
    '(is|are) necessitated', 'necessitates', 'necessitated by', 'subsequent upon', 'in consequence of', 'prior to which',
  ],
  fr: [
    'conformément à', 'conformément aux', 'en application de', 'en application des', 'en vertu de', 'en vertu des',
    'nous vous informons que', 'veuillez noter que', 'il est porté à votre connaissance', 'porter à votre connaissance',
    '(est|sont) (soumis|soumise|soumises) à', 'préalable', 'préalablement', 'il est procédé à', 'il sera procédé à',
    'dans le cadre de', 'dans le cadre du', 'dans le cadre des', 'la mise en œuvre', 'mise en œuvre', 'mise en oeuvre',
    '(est|sont) (conditionné|conditionnée|conditionnés|conditionnées) à', 'sous réserve de', 'sous réserve d\'',
    'dans la limite de', 'dans la limite des', 'dans la limite du', 's\'effectue', 's\'effectuera', 's\'effectuent',
    'il est recommandé de', 'il est rappelé que', 'il est demandé', 'susceptible d\'', 'susceptible de', 'susceptibles de',
    'en raison d\'un', 'en raison d\'une', 'survenu', 'survenue', 'ladite', 'ledit', 'lesdits', 'lesdites',
    'ci-dessus mentionné*', 'aux fins de', 'à compter du', 'à compter de', 'afférent*', 'dûment', 'en tout état de cause',
    'nonobstant', 'ci-après', 'les présentes', 'justificatif', 'procédure de vérification', 'données d\'identification',
    'le cas échéant', 'toute demande de', 'relative aux', 'plages horaires', 'perturbation', 'desserte', 'régularité',
    'report modal', 'usagers', 'en date du', 'restitution', 'procéder à', 'il convient de', 'à titre exceptionnel',
    'dans les meilleurs délais', 'l\'ensemble du parc', 'incident d\'exploitation', 'au sein de l\'établissement',
    'de l\'établissement', 'ci-joint', 'à cet effet', 'à cet égard', 'nous vous rappelons que', 'il vous est rappelé',
    '(est|sont) (tenu|tenue|tenus|tenues) de', 'il appartient à', 'se réserve le droit', 'nous réservons le droit',
    'seule discrétion', 'non remboursable', 'courrier recommandé', 'accusé de réception', 'dans un délai de',
    'la présente', 'selon les modalités', 'les modalités', 'formalités', 'en vigueur', 'les dispositions', 'en conséquence',
    'nous sommes au regret', 'au regret de', 'interruption de service', 'indisponibilité', 'traitement de votre demande',
    'votre requête', 'pièce justificative', 'pièces justificatives', 'l\'usager', 'la clientèle', '(sont|est) (invité|invitée|invités|invitées) à',
    'de bien vouloir', 'vous voudrez bien', 'en vue de', 'aux termes de', 'y afférent', 'ladite demande', 'dont acte',
    'a été (dûment|bien) (prise|pris) en compte', 'procédure', 'réglementaire', 'réglementation', 'suite à la',
    'réorganisation', 'la prise en charge des', '(est|sont) désormais (assuré|assurée|assurés|assurées)', 'exclusivement',
    'formulaire dédié', 'délai de traitement', 'heures ouvrées', 'jours ouvrés', 'demandes d\'assistance', 'via le formulaire',
    'nous avons le plaisir de vous annoncer', 'a le plaisir de vous annoncer', 'en conformité avec', 'afin de garantir',
    // Tournures juridiques et administratives.
    '(est|sont) (subordonné|subordonnée|subordonnés|subordonnées) à', 'subordonné à', 'subordonnée à', 'relatif à', 'relative à', 'relatifs à', 'relatives à',
    '(l\'|à l\') aimable clientèle', 'aimable clientèle', 'ne saurait', 'ne sauraient', '(est|sont) (réputé|réputée|réputés|réputées)',
    'à l\'effet de', 'aux présentes', 'des présentes', 'par la présente', 'à due concurrence', 'au titre de', 'au titre des',
    '(sera|seront) (effectué|effectuée|effectués|effectuées|procédé)', '(est|sont) (effectué|effectuée|effectués|effectuées)',
    'procède à', 'procèdera à', 'procédera à', 'procèderont à', 'consiste en', 'consistent en', 'est constitutif', 'constitue une acceptation',
    '(est|sont) (applicable|applicables) à', 'présentation préalable', 'production préalable', 'pièce justificative', 'ci-après dénommé*',
    'il est porté à la connaissance', 'porté à la connaissance', 'à la connaissance des', 'postérieurement à', 'antérieurement à',
    'il appartient (au|aux)', 'à défaut de quoi', 'faute de quoi', '(sera|seront) (réalisé|réalisée|réalisés|réalisées)', 'au client de',
    '(le client|l\'abonné|le titulaire|l\'usager) est tenu', 'en l\'absence de', 'eu égard à', 'en sus', 'de surcroît', 'l\'utilisateur', 'l\'abonné', 'le titulaire du compte',
    // Tournures d'avis officiel : « fait l'objet de », « par le biais de », constats au passif.
    '(fait|font|fera|feront|a fait|ont fait|faire|faisant) l\'objet (d\'|de|du|des)', 'par le biais (de|d\'|du|des)', 'par l\'intermédiaire (de|d\'|du|des)',
    'par voie de', 'mise à disposition', 'mises à disposition', '(est|sont) (rendu|rendue|rendus|rendues) possible*',
    '(consécutif|consécutive|consécutifs|consécutives) à', 'a été (constaté|constatée|observé|observée|identifiée|relevé|relevée)',
    'ont été (constatés|constatées|observés|observées|relevés|relevées)', 'il a été constaté', 'il est constaté',
    '(des|les) investigations', 'investigations (sont|sont actuellement) en cours', 'est (envisagé|envisagée|prévue à ce stade)',
    'en cours (d\'analyse|d\'examen|d\'instruction|d\'investigation|de qualification)', 'à titre (préventif|conservatoire|indicatif|informatif)',
    'cf', 'se reporter à', 'veuillez vous reporter', 'vous reporter à', 'les services compétents', 'les autorités compétentes',
    'opérations de maintenance', 'retour à la normale (est|sera) (envisagé|prévu|estimé)', 'dans l\'attente de', 'non (détenteur|détenteurs|titulaire|titulaires)',
    'en date de ce jour', 'à l\'heure actuelle',
    // Causes nominalisées : « la cessation… occasionnée par le non-renouvellement… ».
    '(occasionné|occasionnée|occasionnés|occasionnées) par', 'cessation', 'non-renouvellement', 'non-réception', 'non-paiement',
    'non-respect de', 'non-conformité', 'consécutivement à', 'subséquemment', 'rendu nécessaire', 'rendue nécessaire',
  ],
});

/** Corporate buzzwords and franglais management-speak. */
export const BUZZWORDS = defineLexicon('style.buzzwords', {
  en: [
    'leverage', 'leveraging', 'leveraged', 'synergy', 'synergies', 'synergistic', 'best-in-class', 'best in breed',
    'value proposition', 'operationalisation', 'operationalization', 'operationalise', 'operationalize', 'holistic',
    'end-to-end', 'enablement', 'stakeholder', 'stakeholders', 'kpi', 'kpis', 'data-driven', 'data-led',
    'verticals', 'key verticals', 'paradigm shift', 'move the needle', 'circle back', 'touch base', 'low-hanging fruit',
    'thought leadership', 'going forward', 'drive outcomes', 'outcomes', 'mission-critical', 'actionable insights',
    'as-a-service', 'mobility-as-a-service', 'last-mile', 'decarbonisation outcomes', 'lifecycle', 'asset uptime',
    'strategic enablement', 'enablement initiative', 'empower', 'empowering', 'unlock value', 'north star', 'learnings',
    'impactful', 'ideate', 'ideation', 'incentivise', 'incentivize', 'solutioning', 'optimise', 'optimize',
    'optimisation', 'optimization', 'maximise', 'maximize', 'facilitate', 'enhancements', 'frictionless', 'reducing friction',
    'onboarding flows', 'framework', 'deliverables', 'bandwidth to', 'alignment', 'scalable',
    'ecosystem', 'seamless', 'seamlessly', 'innovative solutions', 'cutting-edge', 'world-class', 'next-generation',
    'value-add', 'value-added', 'core competencies', 'omnichannel', 'customer-centric', 'rider lifecycle',
    'cross-functional', 'drive growth', 'growth hacking', 'deep-dive', 'future-proof', 'next-gen', 'win-win', 'roi',
    'value creation', 'key learnings', 'hit the ground running', 'bring to the table', 'touchpoints', 'streamline',
    'streamlined', 'transformational', 'transformative', 'empowerment', 'agile', 'purpose-driven', 'thought leader',
    'visionary', 'rockstar', 'ninja', 'evangelist', 'best practices', 'disruptive', 'paradigm', 'deliver value',
    'drive value', 'game-changing', 'double down', 'laser-focused', 'mindshare', 'headwinds', 'tailwinds', 'upskill',
    'upskilling', 'right-size', 'rightsizing', 'learnings', 'bandwidth', 'capabilities', 'enhanced', 'deployment of',
    'enabling customers', 'objectives', 'resilience capabilities', 'ai-powered', 'measurable outcomes', 'value-driven',
  ],
  fr: [
    'driver', 'challenger', 'on challenge', 'challenge nos', 'stakeholders', 'kpi', 'kpis', 'data-driven', 'data driven',
    'customer journey', 'move-to-scale', 'scaler', 'délivrer de l\'impact', 'délivre de l\'impact', 'on délivre',
    'impacter', 'synergie', 'synergies', 'best practices', 'roadmap', 'asap', 'deep dive', 'quick win', 'quick wins',
    'game changer', 'disruptif', 'disruptive', 'holistique', 'leverager', 'onboarder', 'on aligne', 'aligner les',
    'use case', 'value proposition', 'proposition de valeur', 'parcours client', 'optimisation', 'optimiser',
    'écosystème', 'transformation digitale', 'dispositif', 'mutualisation', 'rationalisation',
    'pilotage', 'levier', 'leviers', 'capitaliser sur', 'montée en compétences', 'process', 'feedbacks', 'workflow',
    'mindset', 'agilité', 'scalable', 'scalabilité', 'growth', 'booster', 'impactant', 'impactante', 'onboarding', 'benchmark',
    'benchmarker', 'ownership', 'empowerment', 'learnings', 'insights', 'pain points', 'forecast', 'reporting', 'synergique',
    'créer de la valeur', 'création de valeur', 'valeur ajoutée', 'performer', 'upskilling', 'win-win', 'gagnant-gagnant',
    'au service de la performance', 'excellence opérationnelle', 'conduite du changement', 'transformation', 'catalyseur',
  ],
});

/** Quotation spans: « … », “ … ”, "…", and '…' opened after a space. Words inside are someone else's. */
export function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const n = text.length;
  let open = -1;
  let closer = '';
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (open >= 0) {
      if (c === closer && ((closer !== "'" && closer !== '’') || i + 1 >= n || !/[\p{L}\p{N}]/u.test(text[i + 1]!))) {
        spans.push([open, i + 1]);
        open = -1;
      } else if (c === '\n' || i - open > 400) {
        open = -1; // an unclosed quote does not swallow the rest of the draft
      }
      continue;
    }
    if (c === '«') [open, closer] = [i, '»'];
    else if (c === '“') [open, closer] = [i, '”'];
    else if (c === '"') [open, closer] = [i, '"'];
    else if ((c === "'" || c === '‘') && (i === 0 || /[\s(:]/.test(text[i - 1]!)) && i + 1 < n && /\p{L}/u.test(text[i + 1]!)) {
      [open, closer] = [i, c === '‘' ? '’' : "'"];
    }
  }
  return spans;
}

/** Whether offset `at` is inside one of `spans` (sorted and disjoint, as quotedSpans returns them): binary search. */
export function inSpans(spans: ReadonlyArray<[number, number]>, at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid]!;
    if (at < s) hi = mid - 1;
    else if (at >= e) lo = mid + 1;
    else return true;
  }
  return false;
}
