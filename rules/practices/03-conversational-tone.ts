// Practice 3: Keep it conversational / Garder un ton de conversation.
// Flags drafts written in administrative, legal or corporate-buzzword language. One stiff phrase is not
// enough ("in accordance with the forecast" happens): the draft needs several of them, or a few of them
// in prose made of long abstract nouns ("optimisation", « mise en œuvre », « régularité »). Phrases inside
// quotation marks are someone else's words (a draft quoting legalese to mock it is fine).
import { definePractice } from '../practice';
import { reportAt } from '../helpers';
import { ADMIN_WORDING, BUZZWORDS, inSpans, quotedSpans } from '../lexicon/style';
import type { TextView } from '../analysis';
import { defineLexicon, type Hit } from '../text/phrases';

/** The post replied to says the person is lost or asks what something means: the answer must be plain. */
const CONFUSED = defineLexicon('p03.confused', {
  en: [
    "i'm lost", 'i am lost', "i'm so lost", "i don't understand", 'i do not understand', "i don't get it", "don't get it", "don't really get",
    'what does * mean', 'what does * * mean', 'what do you mean', "what's the difference", 'what is the difference', 'difference between',
    'in plain english', 'eli5', 'explain like', 'confused', 'confusing', 'makes no sense', 'no idea what', 'not techy', 'not a tech person',
    'not very technical', "i'm not technical", 'in simple terms', 'in layman', 'can someone explain', 'can you explain', 'what even is',
  ],
  fr: [
    'je suis perdu', 'je suis perdue', 'suis complètement perdu', 'suis complètement perdue', 'je comprends pas', 'je ne comprends pas',
    'j\'y comprends rien', 'je comprends rien', 'rien compris', 'pas compris', 'c\'est quoi la différence', 'quelle est la différence',
    'la différence entre', 'ça veut dire quoi', 'ça veut dire', 'que veut dire', 'qu\'est-ce que ça veut dire', 'en français', 'pas clair',
    'pas très clair', 'pas douée en informatique', 'pas doué en informatique', 'expliquez-moi', 'vous pouvez expliquer',
    'je m\'y perds', 'je m\'embrouille', 'c\'est quoi',
  ],
});

/** Engineering vocabulary: fine between engineers, a wall for someone who just said they are lost. */
const TECH_JARGON = defineLexicon('p03.tech-jargon', {
  en: [
    'bidirectional', 'unidirectional', 'asynchronous', 'synchronous', 'endpoint', 'endpoints', 'replication', 'replicated', 'deduplication',
    'block-level', 'incremental', 'differential', 'versioned', 'granular', 'latency', 'throughput', 'provisioning', 'provisioned',
    'parameterised', 'parameterized', 'configurable', 'protocol', 'encryption at rest', 'client-side', 'server-side', 'metadata', 'cached',
    'retention policy', 'payload', 'checksum', 'hashing', 'cluster', 'partition', 'daemon', 'propagation', 'propagated', 'failover',
    'redundancy', 'snapshot', 'snapshots', 'filesystem', 'file system', 'objects', 'instances', 'nodes', 'local cache', 'heuristic',
  ],
  fr: [
    'bidirectionnel', 'bidirectionnelle', 'unidirectionnel', 'unidirectionnelle', 'asynchrone', 'synchrone', 'réplication', 'répliqué',
    'répliquée', 'dédoublonnage', 'déduplication', 'incrémentale', 'incrémentielle', 'différentielle', 'versionné', 'versionnée',
    'granulaire', 'latence', 'paramétrable', 'paramétrables', 'terminaux', 'objets', 'rétention', 'métadonnées', 'chiffrement au repos',
    'côté client', 'côté serveur', 'protocole', 'instances', 'propagation', 'nœuds', 'redondance', 'instantanés', 'système de fichiers',
    'cache local', 'heuristique', 'volumétrie', 'horodatage', 'granularité',
  ],
});

/** Endings of abstract nouns, the backbone of bureaucratic prose. */
const NOMINAL_EN = ['tion', 'tions', 'sion', 'sions', 'ment', 'ments', 'ance', 'ances', 'ence', 'ences', 'ity', 'ities', 'isation', 'ization'];
const NOMINAL_FR = ['tion', 'tions', 'sion', 'sions', 'ment', 'ments', 'ité', 'ités', 'ance', 'ances', 'ence', 'ences', 'age', 'ages'];
/** Common long words with those endings that are not bureaucratic. */
const PLAIN_LONG = new Set([
  'important', 'department', 'apartment', 'experience', 'different', 'difference', 'sometimes', 'commute', 'question',
  'questions', 'attention', 'information', 'entertainment', 'equipment', 'appointment', 'confidence', 'everything',
  'maintenant', 'évidemment', 'vraiment', 'seulement', 'justement', 'simplement', 'rapidement', 'directement',
  'totalement', 'absolument', 'également', 'exactement', 'finalement', 'gratuitement', 'complètement',
  'tellement', 'notamment', 'actuellement', 'franchement', 'personnellement', 'sincèrement', 'malheureusement',
  'heureusement', 'régulièrement', 'entièrement', 'normalement', 'facilement', 'généralement', 'probablement',
  'immédiatement', 'doucement', 'récemment', 'autrement', 'largement', 'forcément', 'clairement', 'naturellement',
  'abonnement', 'abonnements', 'stationnement', 'changement', 'évènement', 'événement', 'événements', 'évènements',
  'vêtements', 'logement', 'paiement', 'remboursement', 'fonctionnement', 'chargement', 'équipement',
  'accessibility', 'community', 'university', 'electricity', 'opportunity', 'nationality', 'celebration', 'conversation',
  'réparation', 'réparations', 'livraison', 'batterie', 'formation', 'inscription', 'candidature', 'vacances',
  'dimanche', 'passage', 'voyage', 'message', 'messages', 'courage', 'fromage', 'montage', 'garage', 'personnage',
  'kilométrage', 'freinage', 'éclairage', 'stockage', 'nettoyage', 'dépannage', 'gonflage', 'démarrage', 'assistance',
]);

export interface ToneScore {
  hits: Hit[];
  words: number;
  nominal: number;
  score: number;
}

/** Stiff phrases outside quotes, the share of abstract nouns, and a combined score. */
export function toneScore(view: TextView): ToneScore {
  const quotes = quotedSpans(view.text);
  const seen = new Set<number>();
  const hits: Hit[] = [];
  for (const h of [...view.find(ADMIN_WORDING), ...view.find(BUZZWORDS)].sort((a, b) => a.start - b.start)) {
    if (inSpans(quotes, h.start)) continue;
    // Overlapping phrases ("in order to facilitate" / "facilitate") count once.
    let overlap = false;
    for (let k = h.from; k < h.to; k++) if (seen.has(k)) overlap = true;
    for (let k = h.from; k < h.to; k++) seen.add(k);
    if (!overlap) hits.push(h);
  }
  let words = 0;
  let nominal = 0;
  let long = 0;
  for (const t of view.tokens) {
    if (t.kind !== 'word') continue;
    words++;
    const w = t.forms[0]!;
    const raw = t.raw.toLowerCase();
    if (w.length < 9 || PLAIN_LONG.has(raw) || PLAIN_LONG.has(w) || inSpans(quotes, t.start)) continue;
    // Very long common words ("synchronisation", "bidirectionnelle", "authentication"): technical jargon
    // when they pile up. Capitalised names and hyphenated compounds do not count.
    if (w.length >= 12 && !w.includes('-') && !/^\p{Lu}/u.test(t.raw)) long++;
    const endings = view.sentenceAt(t.start)?.lang === 'fr' ? NOMINAL_FR : NOMINAL_EN;
    if (endings.some((e) => raw.endsWith(e))) nominal++;
  }
  const density = words > 0 ? nominal / words : 0;
  let score = hits.length;
  if (words >= 12 && density >= 0.08) score += 1;
  if (words >= 12 && density >= 0.14) score += 1;
  if (words >= 12 && long / words >= 0.12) score += 1;
  return { hits, words, nominal, score };
}

export default definePractice({
  meta: {
    number: 3,
    slug: 'conversational-tone',
    title: { en: "Keep it conversational", fr: "Garder un ton de conversation" },
    statement: {
      en: "Write the way you would talk to the person: plain words that carry the brand's personality, not corporate or legal jargon.",
      fr: "Écrivez comme vous parleriez à la personne : des mots simples qui portent la personnalité de la marque, pas du jargon administratif ou juridique.",
    },
    detection: 'partial',
    messages: {
      jargon: {
        text: {
          en: 'This reads like a contract or a corporate memo: {count} stiff phrases, starting with "{term}". People skim past it, or feel talked down to.',
          fr: 'On dirait un contrat ou une note interne : {count} tournures administratives ou jargonnantes, à commencer par « {term} ». On décroche, ou on se sent pris de haut.',
        },
        fix: {
          en: 'Say it as you would out loud: who does what, when, in short active sentences ("You can now pick up your bike from 10 to 6").',
          fr: 'Dites-le comme à l’oral : qui fait quoi et quand, en phrases courtes et actives (« Vous pouvez récupérer votre vélo de 10 h à 18 h »).',
        },
      },
    },
  },
  lexicons: [ADMIN_WORDING, BUZZWORDS, CONFUSED, TECH_JARGON],
  create(ctx) {
    const tone = toneScore(ctx.draft);
    // Three stiff phrases (more in a long post), or one fewer in prose thick with abstract nouns.
    const need = tone.words > 90 ? Math.ceil(tone.words / 30) : 3;
    const n = tone.hits.length;
    if (n >= need || (n >= 2 && n >= need - 1 && tone.score >= need + 1)) {
      reportAt(ctx, tone.hits[0]!, 'jargon', 'warn', { count: tone.hits.length });
      return;
    }
    // A brand answering a plain message (a quick question, a compliment, "are you down?") in notice
    // language: two stiff phrases in a short reply are enough, since the person wrote in everyday words.
    if (
      ctx.context.account === 'brand' && ctx.context.kind === 'reply' && ctx.parent && n >= 2 && tone.words <= 60 &&
      // A brand whose chosen voice is formal (a palace hotel, a private bank) may answer in a formal
      // register: two set phrases are its house style, not a memo. It needs the full count.
      ctx.profile?.voice.formality !== 'formal' &&
      ctx.parent.stats.words <= 40 && toneScore(ctx.parent).hits.length === 0
    ) {
      reportAt(ctx, tone.hits[0]!, 'jargon', 'warn', { count: n });
      return;
    }
    // Someone says they are lost ("c'est quoi la différence ?", "what does X mean?") and the answer is
    // engineering vocabulary: technical terms count as stiff phrases.
    if (ctx.parent?.has(CONFUSED) && tone.words <= 90) {
      const tech = ctx.draft.find(TECH_JARGON).filter((h) => !tone.hits.some((t) => t.from < h.to && h.from < t.to));
      const all = [...tone.hits, ...tech].sort((a, b) => a.start - b.start);
      if (all.length >= 3 || (all.length >= 2 && tone.score + tech.length >= 4)) {
        reportAt(ctx, all[0]!, 'jargon', 'warn', { count: all.length });
      }
    }
  },
});
