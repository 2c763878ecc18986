// Practice 24: The internet never forgets / Internet a de la mémoire.
// Signals: reckless public promises (an "if…" offer with no limit — "forever", « à vie », "10 years free",
// "twice the difference" — or sealed with "screenshot this", « c'est écrit, c'est signé »), boasts about
// misconduct ("nobody will notice", "fake reviews", « si les clients savaient », a prank on a customer),
// and plans to hide it ("deleting this later", "before my boss sees this"). Words in quotes ("'delete later'
// isn't a strategy") and offers with stated conditions ("conditions on brisa.bike/…") are not flagged.
import { definePractice } from '../practice';
import { defineLexicon, type Hit } from '../text/phrases';
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
  en: ['screenshot this', 'screenshot it', 'take a screenshot', 'screenshots welcome', 'screenshot away', 'mark my words', 'hold us to it', 'hold us to that', 'hold me to it', 'hold me to that', 'quote me on (this|that)', 'you can quote me', 'written in stone', 'set in stone', 'signed and sealed', 'pinky promise', 'you have my word', 'you have our word', 'bookmark this tweet', 'save this tweet', 'remember this tweet', 'receipts'],
  fr: ["capture d'écran autorisée", "faites une capture", "faites des captures", "capture d'écran bienvenue", "c'est écrit, c'est signé", "c'est écrit c'est signé", "c'est signé", 'promis juré', 'croix de bois', 'gravé dans le marbre', 'retenez bien ce tweet', 'notez bien', "vous pouvez me citer", 'vous pouvez nous citer', 'parole de', 'on signe', 'je signe'],
});

/** Promising words: add an offer and a condition and it becomes a reckless pledge. */
const PROMISE = defineLexicon('p24.promise', {
  en: ['promise', 'promised', 'we promise', 'i promise', 'guarantee', 'guaranteed', 'we guarantee', 'i guarantee', '100% sure', '100 % sure', 'no matter what', 'whatever happens', 'we pledge', 'we commit', 'our pledge'],
  fr: ["on s'engage", 'nous nous engageons', 'engagement', 'promis', 'promet', 'promets', 'promettons', 'garanti', 'garantie', 'garantis', 'on vous le garantit', 'je vous le garantis', 'sûr à 100', 'certain à 100', 'quoi qu\'il arrive', 'quoi qu\'il en soit'],
});

/** An offer made by the brand. */
const OFFER = defineLexicon('p24.offer', {
  en: ["we'll pay", 'we will pay', "we'll refund", 'we will refund', "we'll give", 'we will give', "we'll replace", 'we will replace', "we'll cover", "we'll send", "we'll buy", "we'll double", "we'll offer", "you'll get", 'you get', "it's on us", 'on the house', 'we pay', 'we refund', 'we give', "we'll eat", "i'll pay", "i'll give", "i'll refund", "i'll buy", "we'll gift", 'free for life', 'free forever', 'years free', 'year free', 'free for a year'],
  fr: ['on vous offre', 'on vous rembourse', 'on vous paie', 'on vous paye', 'on offre', 'on rembourse', 'on paie', 'on paye', 'nous vous offrons', 'nous vous remboursons', 'nous offrons', 'nous remboursons', 'on vous donne', 'on vous file', 'on vous double', 'on double', 'on vous prête', 'vous aurez', 'je vous offre', 'je vous rembourse', 'je paie', 'je paye', 'offert à vie', 'gratuit à vie', 'ans offerts', 'an offert', "ans d'abonnement", "an d'abonnement", 'ans gratuits'],
});

const CONDITIONAL = /^(if|si|s'il|s'ils|unless|whenever|otherwise|sinon)$/;
/** What makes a pledge reckless: no limit, huge stakes, absolute certainty. */
const EXTREME = defineLexicon('p24.extreme', {
  en: ['never again', 'forever', 'for life', 'for ever', 'every time', 'every single time', 'every single', 'a single', 'even one', 'lifetime', 'twice the', 'double the', 'triple the', 'everyone', 'everybody', 'the whole (town|city|village|street|country|internet)', 'all of you', 'no questions asked', '100%', 'whatever happens', 'no matter what', 'unlimited', '(10|20|50|100) years', '(ten|twenty|fifty) years'],
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
    'called in sick', 'drunk at work', 'hungover at work', 'drunk on the job', 'drunk tweeting', 'drunk posting', 'tweeting drunk', 'posting drunk', 'nobody reads the', 'we never test', "we don't test",
    'not supposed to post this', "i'll get fired for this", "if you can't handle (that|it|this|the pressure|the heat|the hours|the crunch)", 'get me fired', 'gonna get fired', 'going to get fired',
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
    'tweete bourré', 'tweete bourrée', 'poste bourré', 'poste bourrée', 'pour voir sa tête', 'pour voir sa réaction', 'pour voir leur tête', 'meilleure blague', 'menti à un client', 'menti au client',
    'menti aux clients', 'raccroché au nez', 'arrêt maladie bidon', 'faux arrêt maladie', 'bourré au boulot', 'bourré au taf',
    'je vais me faire virer', 'je vais me faire licencier', 'me faire virer pour ça', 'pas censé poster', "s'ils savaient", 'si seulement ils savaient',
    'si le client savait', 'si la cliente savait', '(si tu|si vous|si t\'es|si vous êtes) (supportes pas|supportez pas|tiens pas|tenez pas|pas capable|pas capables) (ça|la pression|le rythme)',
  ],
});

/** Misbehaviour that needs a laugh or a customer around to be a boast: "works every time 😂". */
const MISCHIEF = defineLexicon('p24.mischief', {
  en: ['he believed me', 'she believed me', 'they believed me', 'works every time', 'prank', 'pranked', 'trolled', 'blames the customer', 'blame the customer', 'blaming the customer', 'got away with', 'in the bin', 'straight in the bin', 'we ignore', 'we just ignore', 'ignore them all', 'we literally', 'canned reply', 'cut corners', 'cutting corners', 'on the sly', 'customers\' bikes', "customer's bike", 'customer bikes', 'joyride', 'joyriding', 'rage quit', 'told a customer', 'messed with', 'made (him|her|them) believe', 'pretended'],
  fr: ["il m'a cru", "elle m'a crue", "elle m'a cru", "ils m'ont cru", 'vélo client', 'vélo de client', 'marche à tous les coups', 'à tous les coups', 'blague', 'canular', 'trollé', 'on accuse le client', 'accuser le client', 'à la poubelle', 'direct à la poubelle', 'poubelle direct', "on s'en fout", "on s'en fiche", 'en douce', 'vélos des clients', 'vélo des clients', 'vélo du client', 'vélo d\'un client', 'fait croire', 'fait semblant', 'on ignore', 'réponse toute faite', 'la course avec', 'faire la course', 'dit à un client', 'dit au client'],
});

const LAUGHS = /^(lol|lmao|lmfao|rofl|mdr|ptdr|xptdr|haha+|hahaha+|ahah+|jpp|mdrr+|lolol)$/;
const LAUGH_EMOJI = /^(😂|🤣|😆|😜|😈|🤫|😏|🙈|💀|😹)/;

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
  lexicons: [SEAL, NEVER_PLEDGE, PROMISE, OFFER, EXTREME, TERMS, CONFESSION, MISCHIEF],
  create(ctx) {
    const d = ctx.draft;
    if (!d.has(CONFESSION) && !d.has(MISCHIEF) && !d.has(SEAL) && !d.has(NEVER_PLEDGE) && !d.has(OFFER)) return;
    const quotes = findQuotes(d.text);
    const free = (h: Hit) => !quotes.some((q) => h.start >= q.start && h.end <= q.end) && !negated(d, h, 2);

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

    // 2. Reckless pledges.
    if (d.find(TERMS).length > 0) return;
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
    const offer = d.find(OFFER).find(free);
    if (!offer) return;
    const extreme = d.find(EXTREME).some((h) => free(h) && nearSentence(d, h, offer));
    const promise = d.find(PROMISE).some((h) => free(h) && nearSentence(d, h, offer));
    if ((conditional(d, offer) && (extreme || promise)) || (promise && extreme)) reportAt(ctx, offer, 'promise', 'warn');
  },
});

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
  const ia = d.sentences.indexOf(sa);
  const ib = d.sentences.indexOf(sb);
  return ia - ib >= -1 && ia - ib <= 2;
}

/** An "if"/« si » in the offer's sentence or the one before. */
function conditional(d: TextView, offer: Hit): boolean {
  const s = d.sentenceAt(offer.start);
  if (!s) return false;
  const i = d.sentences.indexOf(s);
  const from = i > 0 ? d.sentences[i - 1]!.from : s.from;
  for (let k = from; k < s.to; k++) {
    const t = d.tokens[k]!;
    if (t.kind === 'word' && CONDITIONAL.test(t.forms[0]!)) return true;
  }
  return false;
}
