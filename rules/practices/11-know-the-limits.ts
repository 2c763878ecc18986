// Practice 11: Know the limits / Connaître les limites.
// Two kinds of limits:
// - topics the company keeps private (the profile's restrictedTopics, and the usual ones: layoffs, lawsuits,
//   acquisitions, fundraising, tenders…): flagged when a draft discusses or teases one, not when it politely
//   declines to comment; in a reply, also when the parent raises one and the draft confirms or argues it;
// - medical, legal and financial advice from the brand account: a medicine, a legal step or an investment
//   move suggested to someone (an imperative nearby, or the parent asking for it), unless the draft points to
//   a professional instead;
// - an off-topic question (a landlord, a dose, savings) answered with a verdict ("yes, you can hold back the rent").
// A hint or a wink in reply to a question on a restricted topic counts as engaging with it; another company's news
// (a competitor's buyout, "layoffs at a supplier") does not count.
import { definePractice } from '../practice';
import { defineLexicon, type Hit } from '../text/phrases';
import { reportAt, markTokens, markedNear, marked } from '../helpers';
import type { TextView } from '../analysis';
import {
  ADVICE_CUE, FINANCIAL_ADVICE, FINANCIAL_ASSET, FINANCIAL_QUESTION, LEGAL_ADVICE, LEGAL_QUESTION, MEDICAL_QUESTION, MEDICAL_REASSURANCE,
  MEDICAL_TREATMENT, OFF_TOPIC, PRIVATE_LEGAL_MATTER, REFERRAL, VERDICT, HEALTH_QUESTION, INVESTMENT_QUESTION, LEGAL_VERDICT, ADVICE_SEEKING,
} from '../lexicon/advice';

/** Topics companies usually keep private, beyond the profile's own list. */
const RESTRICTED = defineLexicon('p11.restricted', {
  en: [
    'layoff', 'layoffs', 'lay-offs', 'laying off', 'lay off', 'laid off', 'lays off', 'redundancies', 'job cuts', 'cutting jobs', 'restructuring', 'lawsuit', 'lawsuits', 'being sued',
    'sued by', 'suing us', 'legal action', 'litigation', 'court case', 'acquisition', 'acquired by', 'merger', 'buyout', 'takeover',
    'fundraising', 'fund raising', 'funding round', 'series a', 'series b', 'series c', 'raising money', 'earnings', 'quarterly results',
    'profit warning', 'the tender', 'tender process', 'bankrupt*', 'insolvency', 'going bust', 'being fired', 'getting fired', 'got fired',
    'were fired', 'all fired', 'fired everyone', 'firing (staff|people|everyone|employees|workers|the team)', 'mass firing', 'mass firings',
    'made redundant', 'being made redundant', 'redundancy', 'job losses', 'losing (their|our) jobs', 'lose (their|our) jobs', '(were|being|be|are) let go',
    'letting (staff|people|employees) go', 'downsizing', 'workforce reduction', 'hiring freeze', 'pay cut', 'pay cuts', 'store closures',
    'cutting staff', 'cut staff', 'staff cuts', 'cutting (headcount|people|the team|teams)', 'headcount (cuts|reduction)',
    'letting go of (about|around|nearly|almost|some|over|roughly|a third|a quarter|half|staff|people|employees|workers|colleagues|the team|our team)',
    '(q1|q2|q3|q4|h1|h2) (numbers|results|figures|earnings|revenue)', 'quarterly numbers', 'our numbers', 'the numbers were',
    'closing (stores|shops|sites|the factory|the plant)', 'into administration', 'receivership', 'chapter 11', 'buy us', 'buying us', 'acquire us', 'acquiring us', 'take us over', 'our revenue', 'revenue is down', 'revenue dropped', '(best|worst|record|biggest|strongest|weakest) quarter', 'revenue (up|down|grew|rose|fell|doubled|tripled|jumped|dropped) (by|)',
    '(cutting|cut|cuts|axing|axe|axed|eliminating) (jobs|roles|positions|posts)', '(finally|now|turned|are|became|become) profitable', 'turned a profit', 'in the black', 'full numbers', 'our profits', 'our margins', 'profits (up|down|doubled|fell)', 'cash runway', 'months of runway', 'years of cash', 'bought by', 'buying us', 'being bought',
  ],
  fr: [
    'licenciement', 'licenciements', 'plan social', 'plans sociaux', 'suppressions de postes', 'suppression de postes', 'postes supprimés',
    'postes vont être supprimés', 'restructuration', 'procès', 'attaqués en justice', 'poursuivis en justice', 'en justice', 'au tribunal',
    'tribunal', 'contentieux', 'rachat', 'racheté', 'rachetés', 'fusion', 'levée de fonds', 'lever des fonds', 'tour de table',
    'résultats financiers', "chiffre d'affaires", "appel d'offres", 'faillite', 'redressement judiciaire', 'liquidation judiciaire',
    'licencier', 'licenciez', 'licencions', 'licencient', 'licenciera', 'licencieront', 'va licencier', 'vont licencier', 'être licencié*',
    'été licencié*', 'se faire licencier', 'virés', 'virées', 'se faire virer', 'on se fait virer', 'on se fait tous virer', 'plan de départs',
    'départs volontaires', "suppressions d'emplois", "suppression d'emplois", 'emplois supprimés', 'fermeture de (magasins|boutiques|sites|l\'usine|l\'usine)',
    'fermetures de (magasins|boutiques|sites)', 'réduction des effectifs', 'réduire les effectifs', 'coupes dans les effectifs', 'se séparer de (*|) (salariés|collaborateurs|postes)',
    'résultats du (t1|t2|t3|t4|premier trimestre|deuxième trimestre|troisième trimestre|quatrième trimestre|semestre)', 'nos résultats', 'nos chiffres', 'gel des embauches', 'baisse des salaires', 'chômage partiel', 'racheté par', 'rachetés par', 'nous racheter', 'nous rachète', 'se faire racheter', 'nous acheter',
    '(supprimez|supprimer|supprime|supprimons|supprimera|supprimeront|supprimé|supprimés) (des|les|nos|vos|*) (postes|emplois)', '(supprimez|supprimer|supprime|supprimons) * * (postes|emplois)',
    '(meilleur|pire) trimestre', 'trimestre record', '(enfin|désormais|devenus|devenue|sommes) rentable*', 'nos bénéfices', 'nos marges', '(ca|chiffre d\'affaires) en (hausse|baisse)', 'les chiffres complets',
  ],
});

/** Harmless uses of the same words: trade-in offers, parking tickets, customer acquisition. */
const NOT_RESTRICTED = defineLexicon('p11.not-restricted', {
  en: [
    'customer acquisition', 'user acquisition', 'data acquisition', 'talent acquisition', 'acquisition cost*', 'legal tender', 'tender loving',
    'acquisition of our new', 'acquisition of a new', 'acquisition of new',
  ],
  fr: ['rachat de votre', 'rachat de vos', 'rachat de ton', 'rachat de ta', 'rachat de tes', 'offre de rachat', 'rachat de crédit',
    "coût d'acquisition", "coûts d'acquisition", "l'acquisition d'un nouvel", "l'acquisition d'un nouveau", "l'acquisition de nouveaux", 'procès-verbal', 'procès verbal', 'procès-verbaux', 'tribunal de commerce de'],
});

/** The company itself is involved: "we", "our", « nous », « on ». */
const INVOLVED = defineLexicon('p11.involved', {
  en: ['we', 'our', 'us', "we're", "we've", "we'll", 'ours', 'i', "i'm", 'my'],
  fr: ['nous', 'notre', 'nos', 'on', 'je', "j'", 'moi', 'mon', 'ma', 'mes', 'chez nous'],
});

/** Declining to comment: the right answer to a question on a restricted topic. */
const DECLINE = defineLexicon('p11.decline', {
  en: [
    'no comment', "we don't comment", 'we do not comment', "can't comment", 'cannot comment', "won't comment", 'not able to comment',
    'unable to comment', "we don't discuss", "can't discuss", 'cannot discuss', "we don't speculate", 'not going to comment',
    "not something we can", "we can't share", 'we cannot share', 'we never comment',
  ],
  fr: [
    'on ne commente pas', 'nous ne commentons pas', 'pas de commentaire', 'aucun commentaire', 'sans commentaire',
    'on ne peut pas commenter', 'nous ne pouvons pas commenter', 'on ne communique pas', 'nous ne communiquons pas',
    'on ne fait pas de commentaire', 'nous ne faisons pas de commentaire', 'on ne spécule pas', "on ne s'exprime pas",
    'nous ne nous exprimons pas', 'on ne répond pas aux rumeurs', 'nous ne répondons pas aux rumeurs',
  ],
});

/** Teasing or hinting: turns a "no comment" into a comment. */
const TEASE = defineLexicon('p11.tease', {
  en: [
    'draw your own conclusions', "let's just say", 'lets just say', 'big things are coming', 'big things coming', 'big news soon',
    'stay tuned', 'watch this space', "didn't hear it from me", 'between us', 'between you and me', 'off the record', "can't say much",
    "can't say more", 'cannot say more', 'read between the lines', 'if you know you know', 'hint hint', 'wink wink', 'champagne',
    'but honestly', 'but between us',
  ],
  fr: [
    'tirez-en vos conclusions', 'tirez vos propres conclusions', 'à vous de tirer', 'disons que', 'de grandes choses arrivent',
    'de belles choses arrivent', 'restez connectés', "restez à l'écoute", 'affaire à suivre', "vous ne l'avez pas entendu",
    'entre nous', 'je ne peux pas en dire plus', 'on ne peut pas en dire plus', 'on ne peut pas en dire beaucoup',
    'on ne confirme rien', 'lisez entre les lignes', 'champagne', 'je dis ça je dis rien', 'mais bon', 'mais chut',
  ],
});
const TEASE_EMOJI = new Set(['😉', '😏', '🤫', '🥂', '🍾', '👀', '🤭', '😜']);

/** Confirming, denying or arguing a restricted topic the parent raised. */
const ENGAGE = defineLexicon('p11.engage', {
  en: [
    'yes', 'yeah', 'yep', 'true', "it's true", 'confirm', 'confirmed', 'only a few', 'just a few', 'only affects', 'nothing dramatic',
    'baseless', 'no merit', 'we will win', "we'll win", 'expect to win', 'going to win', 'shakedown', 'not affected', 'no impact',
    'rumours are true', 'rumors are true', 'nothing to worry about', 'fake news', 'fewer than', 'less than', 'not as many', 'overblown',
    'exaggerated', 'the press has it wrong', 'not that many', 'only (about|around|) (*) (people|staff|jobs|roles|employees|positions|of them)', 'mostly in', 'actually only', 'actually just',
  ],
  fr: [
    'oui', "c'est vrai", 'confirme', 'confirmé', 'seulement quelques', 'que quelques', 'juste quelques', 'rien de dramatique',
    'sans fondement', 'on va gagner', 'nous allons gagner', 'il va perdre', 'ils vont perdre', 'elle va perdre', "pas d'inquiétude",
    'pas concernés', 'pas concernées', 'aucun impact', 'mal parti', 'bien parti', 'fake news', 'du flan', 'moins que', 'moins de', 'plus que prévu',
    'pas autant', 'la presse exagère', 'exagéré', 'seulement', 'pas concerné', 'pas concernée', "n'est pas concerné", "n'est pas concernée", 'surtout (au|à la|aux|dans|chez)', 'en fait',
  ],
});

function hasTease(view: TextView): boolean {
  if (view.has(TEASE)) return true;
  for (const t of view.tokens) if (t.kind === 'emoji' && TEASE_EMOJI.has(t.raw)) return true;
  // ";)" and ";-)" winks.
  return view.text.includes(';)') || view.text.includes(';-)');
}

const ANSWERS = new Set(['yes', 'yep', 'yeah', 'yup', 'no', 'nope', 'absolutely', 'definitely', 'totally', 'sure', 'oui', 'non', 'absolument', 'carrement', 'evidemment', 'bien']);

/** A reply that opens with a yes or a no: "Yes!", « Non, … ». */
function openingAnswer(view: TextView): Hit | null {
  const i = view.tokens.findIndex((t) => t.kind === 'word');
  const t = view.tokens[i];
  if (!t || !ANSWERS.has(t.forms[0]!)) return null;
  return { lexicon: 'p11.answer', lang: 'any', start: t.start, end: t.end, from: i, to: i + 1 };
}

/** Where a draft hints: a teasing phrase, or else a winking emoji. */
function teaseHit(view: TextView): Hit | null {
  const phrase = view.find(TEASE)[0];
  if (phrase) return phrase;
  const i = view.tokens.findIndex((t) => t.kind === 'emoji' && TEASE_EMOJI.has(t.raw));
  if (i < 0) return null;
  const t = view.tokens[i]!;
  return { lexicon: 'p11.tease-emoji', lang: 'any', start: t.start, end: t.end, from: i, to: i + 1 };
}

const AT = new Set(['at', 'chez']);
const OURS = new Set(['our', 'us', 'notre', 'nos', 'nous']);

/** "the layoffs at a supplier", « le rachat chez un concurrent »: another company's news, not ours. */
function elsewhere(view: TextView, h: Hit, own: Set<number>): boolean {
  const at = view.tokens[h.to];
  const next = view.tokens[h.to + 1];
  if (!at || !next || at.kind !== 'word' || !AT.has(at.forms[0]!)) return false;
  return !OURS.has(next.forms[0]!) && !own.has(h.to + 1);
}

/** Industry-wide or generic talk ("the layoffs across tech", « les licenciements dans le secteur »): not the company's news. */
const INDUSTRY = defineLexicon('p11.industry', {
  en: ['across tech', 'across the industry', 'across the sector', 'in tech', 'in the industry', 'in our industry', 'in the sector', 'tech layoffs', 'industry-wide', 'this month in tech', 'everywhere in tech'],
  fr: ['dans la tech', 'dans le secteur', 'du secteur', 'de la tech', "dans l'industrie", 'partout dans la tech', 'en ce moment dans la tech'],
});
const LIST_JOINERS = new Set([',', 'or', 'and', 'ou', 'et', '/']);
const DETERMINERS = new Set(['the', 'our', 'this', 'that', 'these', 'la', 'le', 'les', 'notre', 'nos', 'ce', 'cette', 'ces', "l'"]);

/** "crisis, lawsuit or recall, you don't freelance it": the word named as a kind of topic in a list, not a case. */
function listed(view: TextView, h: Hit): boolean {
  const before = view.tokens[h.from - 1];
  const after = view.tokens[h.to];
  const joins = (t: typeof before) => t !== undefined && LIST_JOINERS.has(t.kind === 'word' ? t.forms[0]! : t.raw);
  if (!(joins(before) && joins(after))) return false;
  const det = view.tokens[h.from - 2];
  return !(det?.kind === 'word' && DETERMINERS.has(det.forms[0]!));
}

/** Restricted-topic hits of a text: the profile's, and the usual ones when the company is involved. */
function restrictedHits(view: TextView, teased: boolean): Hit[] {
  const excluded = markTokens(view, view.find(NOT_RESTRICTED));
  const involved = new Set(view.find(INVOLVED).map((i) => view.sentenceAt(i.start)));
  const own = new Set(view.profileTerms('brand').map((b) => b.from));
  // News about a competitor ("CumuloDrive is being bought") is not the company's secret.
  const rival = new Set(view.profileTerms('competitors').map((c) => view.sentenceAt(c.start)));
  const industry = new Set(view.find(INDUSTRY).map((i) => view.sentenceAt(i.start)));
  const theirs = (h: Hit) => elsewhere(view, h, own) || rival.has(view.sentenceAt(h.start)) || (industry.has(view.sentenceAt(h.start)) && !involved.has(view.sentenceAt(h.start))) || listed(view, h);
  const profileHits = view.profileTerms('restrictedTopics').filter((h) => !marked(excluded, h));
  const taken = markTokens(view, profileHits);
  const out = profileHits.filter((h) => !theirs(h));
  for (const h of view.find(RESTRICTED)) {
    if (marked(excluded, h) || marked(taken, h) || theirs(h)) continue;
    if (teased || involved.has(view.sentenceAt(h.start))) out.push(h);
  }
  return out.sort((a, b) => a.start - b.start);
}

export default definePractice({
  meta: {
    number: 11,
    slug: 'know-the-limits',
    title: { en: "Know the limits", fr: "Connaître les limites" },
    statement: {
      en: "Know the boundaries that protect you, the company and the people you talk to: topics the company keeps private, and advice (medical, legal, financial) that is not yours to give.",
      fr: "Connaissez les limites qui vous protègent, vous, l'entreprise et vos interlocuteurs : les sujets que l'entreprise garde pour elle, et les conseils (médicaux, juridiques, financiers) qui ne vous reviennent pas.",
    },
    detection: 'partial',
    messages: {
      restricted: {
        text: {
          en: '"{term}" is a topic the company does not discuss in public. Commenting on it, or hinting at it, can move markets, courts or staff before the company has spoken.',
          fr: '« {term} » est un sujet dont l’entreprise ne parle pas en public. Le commenter, ou y faire allusion, peut avoir des conséquences (justice, salariés, partenaires) avant toute communication officielle.',
        },
        fix: {
          en: 'Leave it out, or say plainly that you do not comment on it, without hints. Official news comes from the people in charge.',
          fr: 'Retirez-le, ou dites simplement que vous ne commentez pas, sans sous-entendu. Les annonces officielles viennent des personnes habilitées.',
        },
      },
      restrictedReply: {
        text: {
          en: 'The post you are answering raises a topic the company keeps private ("{topic}"), and "{term}" confirms or argues it.',
          fr: 'Le message auquel vous répondez aborde un sujet que l’entreprise garde pour elle (« {topic} »), et « {term} » le confirme ou le discute.',
        },
        fix: {
          en: 'Say you cannot comment, without hints, and point to official channels if there are any.',
          fr: 'Dites que vous ne pouvez pas commenter, sans sous-entendu, et renvoyez vers les canaux officiels s’il y en a.',
        },
      },
      medical: {
        text: {
          en: '"{term}" is medical advice. A brand account is not qualified to tell someone how to treat pain or a symptom, and can be held to it.',
          fr: '« {term} » est un conseil médical. Un compte de marque n’est pas qualifié pour dire comment soigner une douleur ou un symptôme, et peut en être tenu responsable.',
        },
        fix: {
          en: 'Show you care, suggest they see a doctor or pharmacist, and offer only what you can do (a bike fit, a check, a contact).',
          fr: 'Montrez votre sollicitude, conseillez de voir un médecin ou un pharmacien, et proposez seulement ce que vous savez faire (réglage, contrôle, contact).',
        },
      },
      legal: {
        text: {
          en: '"{term}" is legal advice. Telling someone what their rights are or what legal step to take is not a brand account\'s job, and a wrong call can hurt them.',
          fr: '« {term} » est un conseil juridique. Dire à quelqu’un quels sont ses droits ou quelle démarche engager n’est pas le rôle d’un compte de marque, et une erreur peut lui coûter cher.',
        },
        fix: {
          en: 'Point them to a qualified source (a lawyer, Citizens Advice, a consumer association) and keep to what concerns your product.',
          fr: 'Orientez vers une source qualifiée (avocat, ADIL, association de consommateurs) et restez sur ce qui concerne votre produit.',
        },
      },
      financial: {
        text: {
          en: '"{term}" is investment advice. Telling someone where to put their money is regulated, and a brand account can be held to it.',
          fr: '« {term} » est un conseil en investissement. Dire à quelqu’un où placer son argent est réglementé, et un compte de marque peut en être tenu responsable.',
        },
        fix: {
          en: 'Do not recommend a move. Explain what your product does and suggest an independent, regulated adviser.',
          fr: 'Ne recommandez aucune opération. Expliquez ce que fait votre produit et conseillez un conseiller indépendant et agréé.',
        },
      },
    },
  },
  lexicons: [
    RESTRICTED, NOT_RESTRICTED, INDUSTRY, INVOLVED, DECLINE, TEASE, ENGAGE, ADVICE_CUE, FINANCIAL_ADVICE, FINANCIAL_ASSET, FINANCIAL_QUESTION, LEGAL_ADVICE,
    LEGAL_QUESTION, MEDICAL_QUESTION, MEDICAL_REASSURANCE, MEDICAL_TREATMENT, REFERRAL, PRIVATE_LEGAL_MATTER, OFF_TOPIC, VERDICT, HEALTH_QUESTION, INVESTMENT_QUESTION, LEGAL_VERDICT, ADVICE_SEEKING,
  ],
  create(ctx) {
    const draft = ctx.draft;
    const parent = ctx.parent;

    // 1. Restricted topics.
    const teased = hasTease(draft);
    const declined = draft.has(DECLINE) && !teased;
    if (!declined) {
      const own = restrictedHits(draft, teased)[0];
      if (own) {
        reportAt(ctx, own, 'restricted', 'warn');
        return;
      }
      if (parent) {
        const raised = restrictedHits(parent, false)[0] ?? parent.find(RESTRICTED)[0];
        // A hint ("let's just say…", a wink) answers the question as surely as a "yes".
        const engaged = draft.find(ENGAGE)[0] ?? (teased ? teaseHit(draft) : null);
        if (raised && engaged) {
          reportAt(ctx, engaged, 'restrictedReply', 'warn', { topic: parent.text.slice(raised.start, raised.end) });
          return;
        }
      }
    }

    // 2. Advice that is not the brand's to give.
    if (ctx.context.account !== 'brand') return;
    const cues = markTokens(draft, draft.find(ADVICE_CUE));
    const referred = draft.has(REFERRAL);
    const cued = (h: Hit) => markedNear(draft, cues, h, 6);
    const domains = [
      { subject: MEDICAL_TREATMENT, question: MEDICAL_QUESTION, messageId: 'medical', severity: 'risk' as const },
      { subject: LEGAL_ADVICE, question: LEGAL_QUESTION, messageId: 'legal', severity: 'warn' as const },
      { subject: FINANCIAL_ADVICE, question: FINANCIAL_QUESTION, messageId: 'financial', severity: 'warn' as const },
    ];
    for (const { subject, question, messageId, severity } of domains) {
      const asked = parent?.has(question) ?? false;
      for (const hit of draft.find(subject)) {
        // An explicit instruction ("take ibuprofen 3 times a day") stands even next to "see a doctor".
        if (cued(hit) || (asked && !referred)) {
          reportAt(ctx, hit, messageId, cued(hit) ? severity : 'warn');
          return;
        }
      }
    }
    // Naming an asset is advice only when asked about money and told to act: "Yes, go for Bitcoin".
    if (parent?.has(FINANCIAL_QUESTION) && !referred) {
      const asset = draft.find(FINANCIAL_ASSET).find(cued);
      if (asset) {
        reportAt(ctx, asset, 'financial', 'warn');
        return;
      }
    }
    if (parent?.has(MEDICAL_QUESTION) && !referred) {
      const reassurance = draft.find(MEDICAL_REASSURANCE)[0];
      if (reassurance) {
        reportAt(ctx, reassurance, 'medical', 'warn');
        return;
      }
    }
    // A question off the brand's subject (a landlord, a dose, a savings plan) answered with a verdict:
    // "Yes, you can hold back the rent", « oui, aucun souci avec du café », "yes, go for it".
    if (!parent || referred || !parent.text.includes('?')) return;
    const offTopic = parent.has(OFF_TOPIC) || (ctx.profile !== null && parent.profileTerms('brand').length === 0 && parent.profileTerms('topics').length === 0);
    if (!offTopic) return;
    const verdict = draft.find(VERDICT)[0] ?? openingAnswer(draft);
    if (!verdict) return;
    if (parent.has(PRIVATE_LEGAL_MATTER)) {
      if (draft.has(PRIVATE_LEGAL_MATTER) || draft.has(LEGAL_ADVICE) || draft.has(LEGAL_VERDICT)) reportAt(ctx, verdict, 'legal', 'warn');
      return;
    }
    // Health and money: only when the reply does not bring the matter back to the brand's own products.
    const ownGround = ctx.profile !== null && (draft.profileTerms('brand').length > 0 || draft.profileTerms('topics').length > 0);
    if (ownGround || !parent.has(ADVICE_SEEKING)) return;
    if (parent.has(HEALTH_QUESTION)) reportAt(ctx, verdict, 'medical', 'warn');
    else if (parent.has(INVESTMENT_QUESTION)) reportAt(ctx, verdict, 'financial', 'warn');
  },
});
