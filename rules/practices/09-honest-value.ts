// Practice 9: Be transparent, offer real value / Être transparent et proposer une vraie valeur.
// Flags hype nobody can back up:
// - absolute promises and guarantees ("100% reliable", "zero bugs", « garanti à vie », « ne tombera plus
//   jamais en panne », "no exceptions", "can't be wrong") — one is enough;
// - spin on a price rise ("this isn't a price rise, it's an upgrade");
// - softer hype ("the best … on the market", "the most ambitious … ever made", "full stop", « point »,
//   "guaranteed", « révolutionner », "literally perfect") — two signals together, or a superlative next to a
//   market-wide scope.
// - "never" next to a failure word in any tense ("never goes down", « ne plantent jamais »), unless it is a past
//   record or an expectation ("has never lost a file", "should never break"); universal outcome claims
//   ("100% of our graduates", « efface 100 % des rides », « résultats garantis »).
// Honest figures and a claim that is negated ("no battery is guaranteed for life") are fine.
import { definePractice } from '../practice';
import { defineLexicon, type Hit } from '../text/phrases';
import { reportAt, markTokens, markedNear } from '../helpers';
import type { TextView } from '../analysis';

/** Absolute claims that nothing can back up. The phrases carry their own negation where they have one. */
const ABSOLUTE = defineLexicon('p09.absolute', {
  en: [
    "100 % (reliable|safe|secure|guaranteed|risk-free|unbreakable|unhackable|protected|bulletproof|waterproof|foolproof|perfect|effective|accurate|uptime|puncture-proof|theft-proof|rust-proof|satisfied|satisfaction)",
    "100 percent (reliable|safe|secure|guaranteed|risk-free|unbreakable|protected|perfect)", 'zero risk', 'zero-risk', 'no risk at all', 'zero bugs', 'zero bug', 'bug-free', 'zero defects', 'zero downtime',
    'zero environmental impact', 'no environmental impact', 'guaranteed for life', 'lifetime guarantee on everything', 'guaranteed forever',
    'will never (fail|break|break down|let you down|leave you stranded|go wrong|crash|wear out|lose|get hacked|run out|get a flat|puncture)',
    "won't ever", 'never let you down', 'never get a flat', 'never get a puncture', 'never have to charge', 'never need (a repair|repairs|servicing)',
    "(never|won't) (ever|) leave you stranded", 'never (fails|breaks|breaks down|lets you down|goes wrong|crashes)', "can't be wrong",
    'cannot be wrong', 'in all conditions', 'in any conditions', 'unhackable',
    'unbreakable', 'impossible to hack', 'nothing comes close', 'nothing else comes close', 'nobody does it better', 'no one does it better',
    'no other brand', 'no other bike', 'no other e-bike', 'nobody else offers', 'no one else offers', 'never pay for * again', 'never pay for * * again',
    'never pay for repairs again', 'never worry about * again', 'never (pay|worry|wait) again', 'will never rust', 'never rusts',
    'literally perfect', 'a perfect game', 'the perfect investment', 'perfect in every way', 'never disappoint*',
    '100 % of the time', '100 % of (our|the|all|) (graduates|customers|clients|users|students|patients|cases|people|buyers|members|candidates|trainees)',
    '100 % (success|success rate|results|uptime guaranteed|availability)', '(removes|eliminates|erases|kills|blocks|stops|cures|clears) 100 %',
    '(guaranteed|proven) results', 'results guaranteed', 'guaranteed to work', 'no side effects',
    'zero side effects', 'without any side effects',
    '(safe|secure|protected) (no matter what|whatever happens)', 'on any machine', 'on every machine', 'on any device',
    'zero impact on (performance|speed|your battery)', 'no impact (whatsoever|at all) on', 'every file you(\'ve| have) ever', 'every photo you(\'ve| have) ever',
    '(faster|better|safer|cheaper|lighter|stronger|smarter|more reliable) than any other', 'faster than any (solution|service|provider|backup|competitor)', 'than anything (else|) on the market',
    'zero outages', 'zero interruptions',
    '(in seconds|in a second|instantly|in no time|in a flash) (whatever|no matter|regardless of) (the|how|your) (size|big|large|much|many)',
    'everywhere all the time', 'anywhere anytime', 'everywhere every time', '(covers|coverage across|coverage in|works in) (the whole|the entire|all of|every corner of|every inch of) (the|) (country|uk|france|britain|europe|us)',
    'never (drop|lose|miss) (a|one|a single) (bar|signal|call|connection|file|photo|byte|delivery|train)', 'not (a|one) single (dropped call|bar lost|file lost|outage|delay)', 'never (drop|lose) signal again',
  ],
  fr: [
    "100 % (fiable|fiables|sûr|sûre|sûrs|sécurisé|sécurisée|garanti|garantie|inviolable|incassable|à l'abri|sans risque|efficace|étanche|parfait|parfaite|protégé|protégée|increvable|anti-crevaison|satisfait)",
    'zéro risque', 'sans aucun risque', 'zéro bug', 'zéro bugs', 'zéro panne', 'zéro défaut', 'zéro souci',
    'garanti à vie', 'garantie à vie', 'garantis à vie', 'garanties à vie', 'garanti pour toujours', 'inviolable', 'infaillible', 'incassable',
    'ne (tombera|tomberont|tomberez) (plus|) jamais en panne', 'plus jamais en panne', 'plus jamais de panne*', 'plus jamais de crevaison*',
    'ne vous (lâchera|lâcheront) (plus|) jamais', 'ne vous (laissera|laisseront) jamais tomber', 'ne vous (décevra|décevront) jamais',
    'ne (crèvera|crèveront) jamais', 'ne (cassera|casseront) jamais', 'ne (rouillera|rouilleront) jamais', 'aucune autre marque',
    'aucun autre vélo', "personne d'autre ne", 'ne payez plus jamais', 'plus jamais payer', "n'y arrivera jamais", "n'y est jamais arrivé",
    'jamais de mauvaise surprise', 'dans toutes les conditions', 'quelles que soient les conditions',
    'rien de comparable', "rien d'équivalent", 'sans équivalent', 'inégalé*', 'personne ne fait mieux', 'le placement parfait',
    'la solution parfaite', 'ne peuvent pas se tromper', 'ne peut pas se tromper', 'sûr à 100 %', 'sûre à 100 %',
    '100 % du temps', '100 % des (clients|utilisateurs|utilisatrices|cas|étudiants|diplômés|élèves|patients|candidats|acheteurs|membres|stagiaires)',
    '100 % de (nos|vos|les) (clients|utilisateurs|étudiants|diplômés|élèves|patients|candidats)', '100 % de (réussite|réussites|succès|résultats|disponibilité)',
    '(efface|élimine|supprime|détruit|bloque|stoppe|guérit|gomme|enlève) 100 %', '(résultat|résultats) (garanti|garantis)', '(garanti|garantis) sur (tous|toutes)',
    'efficace à 100 %', 'efficace sur (tous|toutes|tout le monde)', 'marche à tous les coups', 'fonctionne à tous les coups', 'marche pour tout le monde',
    'sans effets secondaires', 'sans effet secondaire', 'aucun effet secondaire', 'sans aucun effet',
    '(sécurité|sécurisés|sécurisées|protégés|protégées|sauvegardés|sauvegardées) à 100 %', "(en sécurité|protégés|protégées) quoi qu'il arrive", 'zéro coupure', 'zéro interruption',
    'sur aucune machine', 'sur tous les appareils sans exception', 'aucun impact sur (les performances|la vitesse|la batterie)',
    "plus rapide que n'importe (quel|quelle)", "que n'importe quelle solution", 'aucune exception',
    '(en quelques secondes|en une seconde|instantanément|en un instant|en un clin d\'œil) (quelle que soit|quel que soit|peu importe) (la|le|votre) (taille|volume|poids|nombre)',
    'partout tout le temps', 'partout et tout le temps', "n'importe où n'importe quand", 'couvre (toute|tout|100 %) (la|le|l\') (france|territoire|pays|hexagone|europe)',
    'plus jamais (une seule|un seul|de|d\') (barre|coupure|coupures|appel coupé|fichier perdu|retard|retards|réseau perdu)', 'plus jamais une seule', 'plus jamais un seul',
    'pas une seule (barre|coupure) (perdue|de perdue)', 'ne (perdrez|perdras) plus jamais',
  ],
});

/** "This isn't a price rise": renaming a cost as a benefit. */
const SPIN = defineLexicon('p09.spin', {
  en: [
    "(this|it) (isn't|is not) a price (rise|increase|hike)", 'not a price (rise|increase|hike)', 'not a (rise|hike), it', 'an upgrade in what you get',
    'even more value', 'same bike, same', 'same product, same', 'price adjustment to serve you better', 'to serve you better',
  ],
  fr: [
    "(ce n'est|c'est) pas une (hausse|augmentation)", "n'est pas une (hausse|augmentation)", 'encore plus de valeur', 'pour mieux vous servir',
    'ajustement tarifaire', 'même vélo, même',
  ],
});

/** Superlatives: hype only next to a market-wide scope or another hype signal. */
const SUPERLATIVE = defineLexicon('p09.superlative', {
  en: [
    'the best', 'best', 'the greatest', 'the fastest', 'the safest', 'the happiest', 'happiest', 'the smoothest', 'the lightest',
    'the strongest', 'the smartest', 'the finest', 'the brightest', 'the cheapest', 'number one', 'no. 1', '#1', 'unbeatable', 'unrivalled',
    'unrivaled', 'unmatched', 'revolutionary', 'revolutioni*', 'game-changer', 'game changer', 'like never before', 'perfect',
    'change your life', 'life-changing',
    'most (reliable|ambitious|advanced|powerful|comfortable|secure|innovative|complete|trusted|loved|popular|efficient|beautiful|durable|robust|sustainable|versatile|affordable|exciting|comprehensive)',
  ],
  fr: [
    'le meilleur', 'la meilleure', 'les meilleurs', 'les meilleures', 'meilleur', 'meilleure', 'le plus (fiable|sûr|puissant|complet|innovant|avancé|léger|rapide|durable|confortable|beau|abordable)',
    'la plus (fiable|sûre|puissante|complète|innovante|avancée|légère|rapide|durable|confortable|belle|abordable)', 'numéro 1', 'numéro un',
    'n°1', 'imbattable*', 'révolution*', 'révolutionner', 'révolutionnaire', 'parfait', 'parfaite', 'ultime', 'jamais vu',
    'changer votre vie', 'change la vie',
  ],
});

/** Scope that turns a superlative into a claim about everyone else. */
const SCOPE = defineLexicon('p09.scope', {
  en: [
    'on the market', 'in the world', 'in the uk', 'in the country', 'in europe', 'in france', 'ever made', 'ever built', 'ever created',
    'ever designed', 'of all time', 'anywhere', 'full stop', 'bar none', 'hands down', 'no contest', 'guaranteed', 'literally',
    "(you'll|you will|you'd|you would|you've|you have|we've|i've) ever", 'of your life', 'in your life', 'in history', 'on earth', 'on the planet',
  ],
  fr: [
    'du marché', 'sur le marché', 'au monde', 'de france', "d'europe", 'du pays', 'du monde', 'de tous les temps', 'jamais conçu', 'jamais créé',
    'jamais fabriqué', 'point final', 'garanti', 'garantis', 'garantie', 'garanties', 'littéralement', 'sans conteste', 'haut la main',
    'de votre vie', 'de ta vie', 'de toute votre vie', 'de toute ta vie', "de l'histoire", 'sur terre', 'de la planète', 'que vous ferez jamais',
    'que vous prendrez jamais', 'que vous aurez jamais',
  ],
});

/** A superlative with its source ("voted best … by", « élu meilleur … par »): a claim people can check. */
const SOURCED = defineLexicon('p09.sourced', {
  en: ['voted', 'award', 'awards', 'award-winning', 'named', 'rated', 'according to', 'survey', 'ranked', 'review by', 'tested by'],
  fr: ['élu', 'élue', 'élus', 'lauréat*', 'prix du public', 'prix du jury', 'récompensé*', 'classé*', 'selon le', 'selon la', 'selon les', "d'après le", "d'après la", "d'après les", 'enquête', 'testé par', 'palmarès'],
});

/** Hype markers that count two together. */
const HYPE = defineLexicon('p09.hype', {
  en: [
    'guaranteed', 'literally', 'full stop', 'every single', 'never', 'forever', 'absolutely', 'totally', 'no doubt', 'hands down', 'best ever',
    'no exceptions', 'without exception', 'whatever the weather', 'any weather', 'any hill', 'any terrain', 'clinically proven',
    'scientifically proven', 'miracle', 'miraculous', 'instant results', 'overnight', 'in just * days', 'every skin type', 'all skin types',
    'only * left', 'last chance', 'selling fast', 'hurry',
    'ai-powered', 'powered by ai', 'ai-driven', 'our ai', 'before it happens', 'before they happen', 'the future is here', 'game-changing', 'game changer',
    'revolutionary', 'next-gen', 'next-generation', 'smarter than ever', '(10x|100x|ten times|* times) (smarter|better|faster|safer)',
  ],
  fr: [
    'garanti', 'garantis', 'garantie', 'jamais', 'à vie', 'littéralement', 'point final', 'sans aucun doute', 'absolument', 'totalement',
    'en côte', 'en plein hiver', 'sans exception', 'par tous les temps', 'quel que soit le temps', 'cliniquement prouvé*',
    'scientifiquement prouvé*', 'miracle', 'miraculeu*', 'résultats immédiats', 'effet immédiat', 'en une nuit', 'en seulement * jours',
    'toutes les peaux', 'tous les types de peau', 'plus que * en stock', 'dernière chance', 'dépêchez-vous', 'stock limité', 'quantités limitées',
    "propulsé par l'ia", "grâce à l'ia", 'notre ia', 'révolutionnaire', 'révolutionnaires', "l'avenir est là", 'le futur est là', 'nouvelle génération',
    '(10x|100x|dix fois|* fois) plus (intelligent*|malin*|performant*|rapide*|sûr*)', "avant même qu'il", "avant même qu'elle", 'avant qu\'elle (arrive|survienne)', 'avant qu\'il (arrive|survienne)',
  ],
});

const NEGATIONS = new Set(['no', 'not', 'never', "isn't", "aren't", "won't", "can't", 'nothing', 'nobody', 'none', 'without', 'ne', "n'", 'pas', 'aucun', 'aucune', 'sans', 'rien', 'personne', 'ni']);
const OPEN_QUOTES = new Set(['«', '"', '“', "'", '‘']);
const CLOSE_QUOTES = new Set(['»', '"', '”', "'", '’']);

/** Negated within the five words before it, in the same clause ("no e-bike is 100% theft-proof"), or quoted. */
function disowned(view: TextView, hit: Hit): boolean {
  const before = view.tokens[hit.from - 1];
  const after = view.tokens[hit.to];
  if (before?.kind === 'punct' && OPEN_QUOTES.has(before.raw[0]!) && after?.kind === 'punct' && CLOSE_QUOTES.has(after.raw[0]!)) return true;
  let words = 0;
  for (let k = hit.from - 1; k >= 0 && k >= hit.from - 12 && words < 5; k--) {
    const t = view.tokens[k]!;
    if (t.kind === 'punct' && /[.!?;:,]/.test(t.raw)) return false;
    if (t.kind !== 'word') continue;
    words++;
    if (NEGATIONS.has(t.forms[0]!)) return true;
  }
  return false;
}

const NEVER = new Set(['never', 'jamais']);
/** Words before "never" that make it a past record or an expectation ("has never failed", "should never break"), not a promise: PAST. */
/** Words of breaking down, losing data, getting hacked: "never" + one of them is a promise of perfection. */
const FAILURE = new Set([
  'fail', 'fails', 'failing', 'break', 'breaks', 'crash', 'crashes', 'hacked', 'hackable', 'leak', 'leaks', 'rust', 'rusts', 'glitch', 'glitches',
  'freeze', 'freezes', 'lag', 'lags', 'bug', 'bugs', 'outage', 'outages', 'downtime', 'breakdown', 'breakdowns', 'lost', 'puncture', 'punctures',
  'panne', 'pannes', 'plante', 'plantent', 'plantera', 'planteront', 'bugue', 'buguent', 'buguera', 'casse', 'cassent', 'cassera', 'casseront',
  'perdu', 'perdue', 'perdus', 'perdues', 'pirate', 'pirates', 'piratable', 'fuite', 'fuites', 'rouille', 'rouillent', 'rouillera', 'lache', 'lachent',
  'lachera', 'lacheront', 'crashe', 'coupure', 'coupures', 'interruption', 'interruptions', 'crevaison', 'crevaisons', 'creve', 'crevera',
]);
const LOSE = new Set(['lose', 'loses', 'perd', 'perdent', 'perdra', 'perdront', 'perdrez', 'perdras', 'perdre']);
const LOST_THINGS = new Set(['data', 'file', 'files', 'photo', 'photos', 'document', 'documents', 'anything', 'work', 'donnees', 'fichier', 'fichiers', 'rien', 'aucun', 'aucune', 'un', 'une', 'vos', 'your', 'a']);
const GO_DOWN = new Set(['go', 'goes', 'going', 'is', 'are', 'be', 'tombe', 'tombent', 'tombera', 'tomberont']);
const PAST = new Set(['should', 'must', "shouldn't", 'devrait', 'devraient', 'doit', 'doivent', 'has', 'have', 'had', 'did', 'was', 'were', 'went', "hasn't", "haven't", 'ont', 'avons', 'avez', 'ete', 'etait', 'etaient']);

const PURPOSE = new Set(['to', 'pour', 'afin', 'help', 'helps']);

/** Congratulating people for something they did ("Bravo à Léa… zero downtime"): a record of the past, not a promise. */
const KUDOS = defineLexicon('p09.kudos', {
  en: ['congrats', 'congratulations', 'kudos', 'well done', 'hats off', 'shoutout', 'shout-out', 'shout out', 'huge thanks to', 'proud of the team', 'props to'],
  fr: ['bravo', 'félicitations', 'chapeau', 'merci à', 'un grand merci à', 'fiers de', 'fière de', 'fier de'],
});
const RECORD = /^(zero|zéro|no|aucun|aucune|sans)$/;

/** "never crashes", « ne tombent jamais en panne », "will never lose your files": a promise that nothing can fail. */
function neverFails(view: TextView): Hit | null {
  const tokens = view.tokens;
  for (const sentence of view.sentences) {
    if (view.text.slice(sentence.start, sentence.end).includes('?')) continue;
    for (let i = sentence.from; i < sentence.to; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || !NEVER.has(t.forms[0]!)) continue;
      let past = false;
      for (let k = i - 1; k >= sentence.from && k >= i - 3; k--) {
        const f = tokens[k]!.forms[0]!;
        if (tokens[k]!.kind === 'word' && (PAST.has(f) || (f === 'a' && sentence.lang === 'fr'))) past = true;
      }
      if (past) continue;
      // "to never lose your photos", « pour ne jamais perdre vos souvenirs »: a goal, not a promise.
      let purpose = false;
      for (let k = i - 1; k >= sentence.from && k >= i - 2; k--) {
        const f = tokens[k]!.forms[0]!;
        if (tokens[k]!.kind === 'word' && PURPOSE.has(f)) purpose = true;
      }
      if (purpose) continue;
      const lo = Math.max(sentence.from, i - 2);
      const hi = Math.min(sentence.to, i + 5);
      for (let k = lo; k < hi; k++) {
        const w = tokens[k]!;
        if (w.kind === 'punct' && /[,.;:!]/.test(w.raw)) {
          if (k < i) continue;
          break;
        }
        if (w.kind !== 'word' || k === i) continue;
        const f = w.forms[0]!;
        const next = tokens[k + 1]?.forms[0];
        const prev = tokens[k - 1]?.forms[0] ?? '';
        const hit =
          (FAILURE.has(f) && !(next === 'to' && (f === 'fail' || f === 'fails'))) ||
          (LOSE.has(f) && next !== undefined && LOST_THINGS.has(next)) ||
          (f === 'down' && GO_DOWN.has(prev));
        if (hit) {
          const a = Math.min(i, k);
          const b = Math.max(i, k);
          return { lexicon: 'p09.never-fails', lang: 'any', start: tokens[a]!.start, end: tokens[b]!.end, from: a, to: b + 1 };
        }
      }
    }
  }
  return null;
}

/** « …du marché, point. »: a sentence closed by "point" as a full stop. */
function pointFinal(view: TextView): Hit | null {
  const tokens = view.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.forms[0] !== 'point') continue;
    const before = tokens[i - 1]!;
    const after = tokens[i + 1];
    if (before.kind === 'punct' && before.raw === ',' && (!after || (after.kind === 'punct' && /^[.!]/.test(after.raw)) || after.kind === 'emoji')) {
      return { lexicon: 'p09.point', lang: 'fr', start: t.start, end: t.end, from: i, to: i + 1 };
    }
  }
  return null;
}

export default definePractice({
  meta: {
    number: 9,
    slug: 'honest-value',
    title: { en: "Be transparent, offer real value", fr: "Être transparent et proposer une vraie valeur" },
    statement: {
      en: "Be open and sincere, and back what you say with real value and solutions, not hype, spin or promises nobody can keep.",
      fr: "Soyez transparent et sincère, et appuyez-vous sur une vraie valeur et de vraies solutions, pas sur du battage, de l'enfumage ou des promesses intenables.",
    },
    detection: 'partial',
    messages: {
      absolute: {
        text: {
          en: '"{term}" is an absolute promise no product can keep. The first customer it fails will quote it back, and it undermines everything true you say.',
          fr: '« {term} » est une promesse absolue qu’aucun produit ne peut tenir. Le premier client déçu la citera, et elle décrédibilise tout ce que vous dites de vrai.',
        },
        fix: {
          en: 'Say what you actually guarantee, with its limits (duration, conditions, figures people can check).',
          fr: 'Dites ce que vous garantissez vraiment, avec ses limites (durée, conditions, chiffres vérifiables).',
        },
      },
      spin: {
        text: {
          en: '"{term}" dresses up a cost as a benefit. People see through it, and it costs more trust than the news itself.',
          fr: '« {term} » présente un coût comme un avantage. Les gens ne sont pas dupes, et cela coûte plus de confiance que la nouvelle elle-même.',
        },
        fix: {
          en: 'Say it plainly (the price goes up, by how much and why) and what people get for it, if anything.',
          fr: 'Dites-le simplement (le prix augmente, de combien et pourquoi) et ce que les gens y gagnent, s’il y a quelque chose.',
        },
      },
      hype: {
        text: {
          en: '"{term}" is hype: a claim about being the best that you cannot back up. It reads as marketing, not as value.',
          fr: '« {term} » relève du battage : se dire le meilleur sans pouvoir le prouver. Cela se lit comme de la pub, pas comme une vraie valeur.',
        },
        fix: {
          en: 'Replace the superlative with a concrete benefit or a figure people can check.',
          fr: 'Remplacez le superlatif par un avantage concret ou un chiffre vérifiable.',
        },
      },
    },
  },
  lexicons: [KUDOS, ABSOLUTE, SPIN, SUPERLATIVE, SCOPE, HYPE, SOURCED],
  create(ctx) {
    const draft = ctx.draft;
    const live = (hits: Hit[]) => hits.filter((h) => !disowned(draft, h));

    // "never fails to amaze us" is an idiom, not a promise.
    const idiom = (h: Hit) => /^fails?$/.test(draft.tokens[h.to - 1]?.forms[0] ?? '') && draft.tokens[h.to]?.forms[0] === 'to';
    const kudos = draft.has(KUDOS);
    const record = (h: Hit) => kudos && RECORD.test(draft.tokens[h.from]?.forms[0] ?? '');
    const absolute = live(draft.find(ABSOLUTE)).find((h) => !idiom(h) && !record(h)) ?? neverFails(draft);
    if (absolute) {
      reportAt(ctx, absolute, 'absolute', 'warn');
      return;
    }
    const spin = draft.find(SPIN)[0];
    if (spin) {
      reportAt(ctx, spin, 'spin', 'warn');
      return;
    }
    // A sourced ranking ("voted best e-bike in the UK by…") is checkable: only absolute promises count then.
    if (draft.has(SOURCED)) return;
    const superlatives = live(draft.find(SUPERLATIVE));
    const scopes = live(draft.find(SCOPE));
    const point = pointFinal(draft);
    if (point) scopes.push(point);
    const scopeMarks = markTokens(draft, scopes);
    for (const s of superlatives) {
      if (markedNear(draft, scopeMarks, s, 6)) {
        reportAt(ctx, s, 'hype', 'warn');
        return;
      }
    }
    // Two distinct hype signals anywhere (superlatives, scopes, markers), e.g. "Guaranteed." + "NEVER".
    const all = [...superlatives, ...scopes, ...live(draft.find(HYPE))].sort((a, b) => a.start - b.start);
    let distinct = 0;
    let end = -1;
    for (const h of all) {
      if (h.start >= end) {
        distinct++;
        end = h.end;
      }
    }
    if (distinct >= 3) reportAt(ctx, all[0]!, 'hype', 'warn');
  },
});
