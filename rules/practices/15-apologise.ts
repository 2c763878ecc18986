// Practice 15: Apologise when it is due / S'excuser quand il le faut.
// Three signals, read against the post being answered:
// - a fake apology that blames the reader's feelings or hedges the harm ("sorry if you feel",
//   « la gêne éventuellement occasionnée »), in any draft;
// - a legal or regulatory threat in the parent (lawyer, court, regulator) answered by arguing it in public,
//   or neither apologised for nor taken to DM / the legal team;
// - a brand reply to a complaint showing real harm or the company's fault, with no apology at all (or only
//   "sorry for any inconvenience"). Outrage alone ("a disgrace") is also answered by acknowledging it; what the
//   person only heard about ("is it true your update…?") and thanks ("you saved my photos") need no apology.
import { definePractice } from '../practice';
import { reportAt, type Span } from '../helpers';
import type { TextView } from '../analysis';
import { defineLexicon, type Hit } from '../text/phrases';
import { ANGRY_EMOJI } from '../lexicon/judgement';
import { APOLOGY, COMPLAINT, COMPLAINT_WEAK, EMPATHY, ESCALATION, HEARSAY, LEGAL_THREAT, NON_APOLOGY, OUTRAGE, PRAISE, PUBLIC_DEBATE, STOCK_APOLOGY, TAKE_CHARGE } from '../lexicon/support';

const UPSET_EMOJI = new Set([...ANGRY_EMOJI, '😭', '😢', '😤', '💔', '😞', '😩', '😫', '🤦', '🤦‍♂️', '🤦‍♀️']);

const NEGATIONS = new Set(['not', 'never', 'no', 'nobody', "isn't", "aren't", "wasn't", "weren't", "don't", "didn't", "won't", 'ne', "n'", 'pas', 'jamais', 'personne', 'aucun', 'aucune']);

/** Hits that none of the two words just before negates, without crossing punctuation (« personne n'est blessé », "not sorry"). */
function affirmed(view: TextView, hits: readonly Hit[]): Hit[] {
  return hits.filter((h) => {
    for (let k = h.from - 1; k >= 0 && k >= h.from - 2; k--) {
      const t = view.tokens[k]!;
      if (t.kind !== 'word') return true;
      if (NEGATIONS.has(t.forms[0]!)) return false;
    }
    return true;
  });
}

/** Non-overlapping hits, counted once each; the same words repeated ("nul nul nul") count once. */
function distinctCount(view: TextView, hits: readonly Hit[]): number {
  let count = 0;
  let end = -1;
  const seen = new Set<string>();
  for (const h of [...hits].sort((a, b) => a.start - b.start)) {
    if (h.start < end) continue;
    end = h.end;
    const key = view.tokens.slice(h.from, h.to).map((t) => t.forms[0]).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    count++;
  }
  return count;
}

/** Harm that may be the person's own doing ("I deleted it by mistake", « je n'ai plus accès à mon mail »,
 *  "locked out after switching phones"): counts as the company's only when the sentence also points at it. */
const SELF_CAUSED = defineLexicon('p15.self-caused', {
  en: ['by mistake', 'by accident', 'accidentally', 'locked out of', 'locked out', 'client deadline', 'missed my', 'missed a deadline', 'lost access', 'no longer have access', "don't have access", 'cost me'],
  fr: ['par erreur', 'par mégarde', 'sans faire exprès', "n'ai plus accès", 'plus accès à', "n'a plus accès", "j'ai raté", "m'a coûté", 'bloqué hors de'],
});
const SECOND_PERSON = new Set(['you', 'your', "you've", "you're", 'yours', 'vous', 'votre', 'vos', 'ton', 'ta', 'tes', 'tu']);

/** Whether the sentence holding an ambiguous harm leaves the company out of it (no "you", « vous », "your"). */
function ownDoing(view: TextView, h: Span): boolean {
  const s = view.sentenceAt(h.start);
  if (!s) return false;
  for (let i = s.from; i < s.to; i++) {
    const t = view.tokens[i]!;
    if (t.kind === 'word' && SECOND_PERSON.has(t.forms[0]!)) return false;
  }
  return true;
}

/** Someone other than the company the threat may be aimed at: a landlord, an employer, a neighbour. */
const THIRD_PARTY = defineLexicon('p15.third-party', {
  en: ['landlord', 'landlady', 'letting agent', 'my employer', 'my boss', 'my ex', 'neighbour', 'neighbor', 'my builder', 'the seller', 'my bank', 'my insurer'],
  fr: ['propriétaire', 'proprio', 'bailleur', 'mon employeur', 'mon patron', 'ma patronne', 'mon ex', 'voisin', 'voisine', 'voisins', 'syndic', 'le vendeur', 'mon assureur', 'ma banque'],
});

/** "Can I take my landlord to small claims?", « c'est quoi cette enquête de l'Arcep ? »: a question or a
 *  dispute with someone else, not a threat against the company. */
function realThreat(view: TextView, h: Span): boolean {
  const s = view.sentenceAt(h.start);
  const text = s ? view.text.slice(s.start, s.end) : view.text;
  if (text.includes('?')) return false;
  return !view.has(THIRD_PARTY);
}

/** How the parent complains: a sign of real harm or fault, or how many minor signs (upset emoji included). */
function complaintStrength(parent: TextView): { harm: boolean; outrage: boolean; minor: number; own: boolean; cue: Span | null } {
  // What the person only heard about ("is it true your update wiped files?") is not harm they suffered.
  const index = new Map(parent.sentences.map((s, i) => [s, i]));
  const at = (h: Span) => index.get(parent.sentenceAt(h.start)!) ?? 0;
  const hearsay = new Set(parent.find(HEARSAY).map(at));
  const heard = (h: Span) => hearsay.has(at(h)) || hearsay.has(at(h) - 1) || hearsay.has(at(h) + 1);
  const selfCaused = parent.find(SELF_CAUSED).filter((h) => ownDoing(parent, h));
  const ownMarks = new Set(selfCaused.flatMap((h) => Array.from({ length: h.to - h.from }, (_, k) => h.from + k)));
  const strong = affirmed(parent, parent.find(COMPLAINT)).filter((h) => !heard(h) && !ownMarks.has(h.from));
  const outrage = affirmed(parent, parent.find(OUTRAGE));
  const weak = affirmed(parent, parent.find(COMPLAINT_WEAK));
  let emoji = 0;
  for (const t of parent.tokens) if (t.kind === 'emoji' && UPSET_EMOJI.has(t.raw)) emoji = 1;
  return { harm: strong.length > 0, outrage: outrage.length > 0, minor: distinctCount(parent, weak) + emoji, own: selfCaused.length > 0, cue: strong[0] ?? outrage[0] ?? weak[0] ?? null };
}

export default definePractice({
  meta: {
    number: 15,
    slug: 'apologise',
    title: { en: "Apologise when it is due", fr: "S'excuser quand il le faut" },
    statement: {
      en: "Apologise when you should, sincerely and without conditions, as your code of conduct says; when a situation isn't covered (a legal threat, a regulator), ask your management or legal team first.",
      fr: "Excusez-vous quand il le faut, sincèrement et sans condition, comme le prévoit votre code de conduite ; quand la situation n'est pas prévue (menace juridique, régulateur), demandez d'abord à votre direction ou au service juridique.",
    },
    detection: 'partial',
    messages: {
      nonApology: {
        text: {
          en: '"{term}" is an apology that puts the problem on how people feel, not on what happened. Readers see it as no apology at all.',
          fr: '« {term} » est une excuse qui met le problème sur le ressenti des gens, pas sur ce qui s’est passé. Elle est lue comme une absence d’excuse.',
        },
        fix: {
          en: 'Say sorry for what went wrong, plainly and without "if": name the problem and what you are doing about it.',
          fr: 'Excusez-vous pour ce qui n’a pas marché, simplement et sans « si » : nommez le problème et ce que vous faites pour le régler.',
        },
      },
      stockApology: {
        text: {
          en: 'The post you are answering reports real harm ("{complaint}"), and "{term}" is a stock line that does not own it.',
          fr: 'Le message auquel vous répondez signale un vrai préjudice (« {complaint} »), et « {term} » est une formule toute faite qui ne l’assume pas.',
        },
        fix: {
          en: 'Apologise for this specific problem in your own words, then say what happens next.',
          fr: 'Excusez-vous pour ce problème précis, avec vos mots, puis dites ce qui va se passer.',
        },
      },
      noApology: {
        text: {
          en: 'The post you are answering reports real harm or a mistake on your side ("{complaint}"), and this reply has no apology.',
          fr: 'Le message auquel vous répondez signale un préjudice ou une erreur de votre part (« {complaint} »), et cette réponse ne contient aucune excuse.',
        },
        fix: {
          en: 'Start with a sincere apology for what happened, then the fix or the next step. Explanations come after, not instead.',
          fr: 'Commencez par des excuses sincères pour ce qui s’est passé, puis la solution ou la prochaine étape. Les explications viennent après, pas à la place.',
        },
      },
      publicDebate: {
        text: {
          en: 'The post you are answering makes a legal or regulatory threat ("{threat}"). Arguing it in public can be used against the company.',
          fr: 'Le message auquel vous répondez contient une menace juridique ou réglementaire (« {threat} »). En débattre en public peut se retourner contre l’entreprise.',
        },
        fix: {
          en: "Don't argue the point here: acknowledge the complaint, move it to a private channel and ask your legal team (or DPO) before saying more.",
          fr: 'Ne débattez pas ici : prenez acte de la réclamation, passez en message privé et demandez au service juridique (ou au DPO) avant d’en dire plus.',
        },
      },
    },
  },
  lexicons: [SELF_CAUSED, THIRD_PARTY, APOLOGY, NON_APOLOGY, STOCK_APOLOGY, COMPLAINT, OUTRAGE, HEARSAY, PRAISE, COMPLAINT_WEAK, EMPATHY, LEGAL_THREAT, ESCALATION, PUBLIC_DEBATE, TAKE_CHARGE],
  create(ctx) {
    const draft = ctx.draft;
    // "Sorry not sorry" about the last slice of cake, on someone's own account, is a joke.
    const joking = (h: Hit) => ctx.context.account === 'personal' && !ctx.parent && /\b(not sorry|pas désolée?s?)\b/i.test(draft.text.slice(h.start, h.end));
    const fake = draft.find(NON_APOLOGY).find((h) => !joking(h));
    if (fake) {
      reportAt(ctx, fake, 'nonApology', 'warn');
      return;
    }
    const parent = ctx.parent;
    if (!parent) return;

    // Apology words in a sentence holding a stock formula do not count as a real apology.
    const stock = draft.find(STOCK_APOLOGY);
    const stockSentences = new Set(stock.map((h) => draft.sentenceAt(h.start)));
    const apologies = affirmed(draft, draft.find(APOLOGY)).filter((h) => !stockSentences.has(draft.sentenceAt(h.start)));
    const apologised = apologies.length > 0;

    const threat = parent.find(LEGAL_THREAT).find((h) => realThreat(parent, h));
    if (threat) {
      const debate = draft.find(PUBLIC_DEBATE)[0];
      const threatText = parent.text.slice(threat.start, threat.end);
      if (debate) {
        reportAt(ctx, debate, 'publicDebate', 'risk', { threat: threatText });
        return;
      }
      if (!apologised && !draft.has(ESCALATION)) {
        ctx.report({ messageId: 'publicDebate', severity: 'risk', data: { threat: threatText } });
        return;
      }
    }

    if (ctx.context.account !== 'brand' || apologised) return;
    // Real harm calls for an apology; minor trouble is also answered by acknowledging it ("that sounds frustrating").
    // Outrage alone ("a disgrace") is also answered by acknowledging it ("we understand") with a concrete step.
    const { harm, outrage, minor, own, cue } = complaintStrength(parent);
    // Trouble of the person's own making ("locked out after switching phones", « supprimé par erreur »), urgent as it may be,
    // calls for help rather than an apology.
    if (own && !harm && !outrage) return;
    // Minor trouble ("sync stuck again 😩") taken in hand at once (« je regarde ça tout de suite ») is answered.
    if (!cue || !(harm || ((outrage || minor >= 3) && !draft.has(EMPATHY) && !(minor >= 3 && !outrage && draft.has(TAKE_CHARGE))))) return;
    // Thanks that mention what went wrong before ("you saved 10 years of photos I deleted by mistake") call for no apology.
    if (parent.has(PRAISE) && !outrage && !parent.text.includes('?') && minor < 3) return;
    const complaint = parent.text.slice(cue.start, cue.end);
    if (stock[0]) reportAt(ctx, stock[0], 'stockApology', 'warn', { complaint });
    else ctx.report({ messageId: 'noApology', severity: 'warn', data: { complaint } });
  },
});
