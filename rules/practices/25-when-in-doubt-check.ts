// Practice 25: When in doubt, check / Dans le doute, vérifier.
// Signals: appeals to research that name no one ("studies show", « des études montrent »); statistics about
// people ("70% of commuters", « un Français sur trois ») with no source; rumour relays ("rumour has it",
// « on m'a dit que », "can anyone confirm?"), and hearsay ("apparently", « il paraît », « serait ») carrying
// alarming news about a named company. A source (a name after "according to" / « selon », a link, "our
// survey of 1,200 riders") clears statistics and appeals to research; a denial clears rumours. A link to the
// brand's own sales page is not a source. Also: scare rates ("every 11 seconds"), figures asserted as "just a fact",
// and hearsay from a friend or a colleague ("heard from a mate who works there") carrying alarming news.
import { definePractice } from '../practice';
import { defineLexicon, type Hit } from '../text/phrases';
import { negated, reportAt } from '../helpers';
import type { TextView } from '../analysis';
import type { Token } from '../text/tokenize';
import type { Profile } from '../types';
import { fold } from '../text/fold';
import { ALARMING_NEWS, HEARSAY, HEARSAY_WEAK, POPULATION, RATIOS, RUMOUR, SOURCE_MARKERS, VAGUE_AUTHORITY } from '../lexicon/claims';

/** Sources that need no name after them. */
const SELF_SOURCED = /^(our survey|our own survey|we surveyed|our study|our data|our figures|based on|sample of|survey of|link in bio|link below|full study|full report|read the study|read the report|notre enquete|notre sondage|notre etude|nous avons interroge|on a interroge|sur la base de|echantillon|lien en bio|lien en commentaire|lien ci-dessous|l'etude complete|le rapport complet|barometre|sondage)$/;

/** Denials and debunking: talking about a rumour to put it down is what a brand should do. */
const DENIAL = defineLexicon('p25.denial', {
  en: ['not true', 'untrue', 'false', 'fake', 'fake news', 'debunk*', 'put to rest', 'put that to rest', 'baseless', 'unfounded', 'no truth', 'deny', 'denies', 'we deny', 'is wrong', 'misinformation', 'hoax', "don't believe", 'do not believe', 'no comment', 'myth', 'myths', 'prove them wrong', 'prove it wrong', 'the opposite'],
  fr: ['pas vrai', 'faux', 'fausse', 'fake', "c'est de l'intox", "de l'intox", "c'est une infox", 'une infox', 'démentir', 'dément', 'démentons', 'démenti', 'infondé', 'infondée', 'infondées', 'aucun fondement', 'rien de vrai', 'aucune vérité', 'ne croyez pas', 'croyez pas', 'désinformation', 'canular', 'aucun commentaire', 'rumeurs infondées', 'le contraire', 'idée reçue', 'idées reçues', 'mythe', 'mythes', 'cliché'],
});

/** Telling people to check: the responsible way to mention a rumour. */
const CHECK_ADVICE = defineLexicon('p25.check-advice', {
  en: ['check', 'check the', 'verify', 'confirm with', 'official source', 'official sources', 'wait for confirmation', 'set the record straight', 'clear things up', 'clear up',
    "(waiting|wait|i'll wait|i'm waiting|we'll wait) for (their|the|an|his|her|official|a) (statement|confirmation|announcement|official word|press release|update)", "(don't|do not|not sure if|no idea if) (it's|this is|that's|the rumour is|the rumor is) (true|real)", "(don't|won't) (share|repost|relay|spread) (it|this|rumours|rumors) (until|before)", 'before (i|we) (share|say|post|repost) anything'],
  fr: ['vérifiez', 'vérifier', "(j'attends|on attend|attendons|attendez|j'attendrai) (leur|le|la|un|une|son|sa) (communiqué|confirmation|annonce|version officielle)", "(je sais pas|je ne sais pas|aucune idée) si (c'est|ça) (vrai|vraie)", "(je sais pas|je ne sais pas|aucune idée) si (la rumeur|l'info|cette rumeur|cette info) (*|* *|* * *|* * * *) (est|sont) (vrai|vraie|vraies|vrais)", "avant d'en parler", 'avant de relayer', 'avant de partager', 'consultez', 'source officielle', 'sources officielles', 'attendez la confirmation', 'couper court', 'rétablir la vérité', 'mettre les choses au clair', 'mettons les choses au clair'],
});

/** The post replied to asks about a rumour. */
const RUMOUR_QUESTION = defineLexicon('p25.rumour-question', {
  en: ['is it true', 'is this true', 'is that true', 'true that', 'heard', 'rumour', 'rumours', 'rumor', 'rumors', 'apparently', 'anyone confirm', 'can you confirm', 'can anyone confirm', 'is it real', 'word is', 'saw that', 'read that', 'supposedly', 'allegedly'],
  fr: ["c'est vrai que", 'est-ce vrai', "est-ce que c'est vrai", "c'est vrai", 'vous confirmez', 'tu confirmes', 'confirmez', 'rumeur', 'rumeurs', "j'ai entendu", 'entendu dire', 'apparemment', 'il paraît', 'il parait', 'paraît-il', "on m'a dit", 'vu que', 'lu que', 'soi-disant'],
});

/** A figure asserted as settled fact: "…after 4 years. That's just a fact.", « c'est un fait ». */
const FACT = defineLexicon('p25.fact', {
  en: ["that's (just|simply|) a fact", "it's (just|simply|) a fact", 'that is (just|simply|) a fact', 'it is (just|simply|) a fact', "that's science", "that's just science", "it's science", 'end of story'],
  fr: ["c'est un fait", "c'est (juste|simplement) un fait", "c'est factuel", "c'est la science", 'point barre', 'un point c\'est tout'],
});

/** Deals and product specs: "20% off", « -30 % », "charge to 80%" are not statistics about the world. */
const NOT_A_STAT = defineLexicon('p25.not-a-stat', {
  en: ['off', 'discount', 'sale', 'promo', 'code', 'coupon', 'cashback', 'battery', 'charge', 'charged', 'recycled', 'recyclable', 'interest', 'apr', 'vat', 'tax', 'tip', 'deposit', 'commission', 'fee', 'fees', 'rebate'],
  fr: ['réduction', 'remise', 'rabais', 'promo', 'soldes', 'code', 'offert', 'offerte', 'batterie', 'charge', 'chargée', 'recyclé', 'recyclable', 'recyclables', 'taux', 'tva', 'acompte', 'commission', 'frais', 'cashback'],
});

export default definePractice({
  meta: {
    number: 25,
    slug: 'when-in-doubt-check',
    title: { en: "When in doubt, check", fr: "Dans le doute, vérifier" },
    statement: {
      en: "When in doubt, find out before you post: no unsourced figures, rumours or claims you haven't checked.",
      fr: "Dans le doute, renseignez-vous avant de publier : ni chiffre sans source, ni rumeur, ni affirmation non vérifiée.",
    },
    detection: 'partial',
    messages: {
      vagueSource: {
        text: {
          en: '"{term}": says who? A claim backed by research nobody can find reads as made up, and gets called out.',
          fr: '« {term} » : selon qui ? Une affirmation appuyée sur des recherches introuvables passe pour inventée, et on vous le fera remarquer.',
        },
        fix: {
          en: 'Name the study (who, when) and link to it, or drop the claim.',
          fr: 'Citez l’étude (qui, quand) avec un lien, ou retirez l’affirmation.',
        },
      },
      statistic: {
        text: {
          en: '"{term}" is a statistic with no source. Check where the figure comes from before publishing it.',
          fr: '« {term} » est un chiffre sans source. Vérifiez d’où il vient avant de le publier.',
        },
        fix: {
          en: 'Add the source (organisation, year, link), or remove the figure if you cannot find one.',
          fr: 'Ajoutez la source (organisme, année, lien), ou retirez le chiffre si vous n’en trouvez pas.',
        },
      },
      rumour: {
        text: {
          en: '"{term}": this relays something unconfirmed. Sharing a rumour spreads it, whoever it is about.',
          fr: '« {term} » : cela relaie une information non confirmée. Partager une rumeur, c’est la propager, quelle que soit la cible.',
        },
        fix: {
          en: "Check it with a reliable source first; if you can't, don't post it.",
          fr: 'Vérifiez auprès d’une source fiable d’abord ; si vous ne pouvez pas, ne publiez pas.',
        },
      },
    },
  },
  lexicons: [VAGUE_AUTHORITY, SOURCE_MARKERS, RUMOUR, HEARSAY, HEARSAY_WEAK, ALARMING_NEWS, POPULATION, RATIOS, DENIAL, NOT_A_STAT, CHECK_ADVICE, RUMOUR_QUESTION, FACT],
  create(ctx) {
    const d = ctx.draft;
    const sourced = hasSource(d, ownSites(ctx.profile));

    // 1. "Studies show", « des études montrent » with no source.
    if (!sourced) {
      const vague = d.find(VAGUE_AUTHORITY).find((h) => !negated(d, h, 2));
      if (vague) reportAt(ctx, vague, 'vagueSource', 'warn');
      else {
        const stat = findStatistic(d) ?? assertedFigure(d);
        if (stat) reportAt(ctx, stat, 'statistic', 'warn');
      }
    }

    // 2. Rumours: relays count alone, hearsay when it carries news about a competitor or alarming news about someone.
    if (d.find(DENIAL).length > 0 || d.find(CHECK_ADVICE).length > 0) return;
    const brandAccount = ctx.context.account === 'brand';
    const rumour = d.find(RUMOUR).find((h) => !negated(d, h, 2) && !aboutYou(d, h) && !(brandAccount && ownNews(d, h)) && newsworthy(d, h));
    if (rumour) {
      reportAt(ctx, rumour, 'rumour', 'warn');
      return;
    }
    const alarming = d.find(ALARMING_NEWS);
    const competitors = d.profileTerms('competitors');
    const brand = d.profileTerms('brand');
    const usable = (h: Hit) => !negated(d, h, 2) && !aboutYou(d, h) && !(brandAccount && ownNews(d, h, true));
    const hedges: Array<[Hit, boolean]> = [...d.find(HEARSAY).filter(usable).map((h): [Hit, boolean] => [h, true]), ...d.find(HEARSAY_WEAK).filter(usable).map((h): [Hit, boolean] => [h, false])];
    for (const [h, medium] of hedges) {
      const sentence = d.sentenceAt(h.start);
      const here = (list: Hit[]) => list.some((x) => d.sentenceAt(x.start) === sentence);
      const news = here(alarming);
      // "It's probably because of the new law": a guess given as the cause of alarming news.
      if (news && OPINION.test(d.tokens.slice(h.from, h.to).map((t) => t.forms[0]).join(' ')) && causal(d, sentence)) {
        reportAt(ctx, h, 'rumour', 'warn');
        return;
      }
      // Hearsay about a competitor; "apparently" / « il paraît que » with alarming news; weaker hedges need a name too.
      const opinion = OPINION.test(d.tokens.slice(h.from, h.to).map((t) => t.forms[0]).join(' '));
      // "we had a breach, you're probably fine": an insider's own news; "I think X should be mandatory": a view.
      if (opinion && (ownNews(d, h, true) || opinionModal(d, sentence))) continue;
      if ((here(competitors) && (!opinion || news)) || (news && (medium || here(brand) || properNameIn(d, sentence?.from ?? 0, sentence?.to ?? 0, h)))) {
        reportAt(ctx, h, 'rumour', 'warn');
        return;
      }
    }

    // 3. A reply confirming the rumour the parent asks about ("is it true…?" → "Yep, confirmed").
    if (ctx.parent && !sourced && ctx.context.account === 'personal' && confirmsRumour(ctx.parent, d)) {
      const first = d.tokens.find((t) => t.kind === 'word');
      if (first) ctx.report({ messageId: 'rumour', severity: 'warn', start: first.start, end: first.end, data: { term: first.raw } });
    }
  },
});

/** What the parent asks is a rumour ("is it true", « c'est vrai que », "heard"), and the reply says yes. */
const AFFIRM = /^(yes|yep|yeah|yup|confirmed|true|indeed|absolutely|totally|correct|oui|ouais|ouep|confirme|confirmee|exact|exactement|effectivement|vrai)$/;
function confirmsRumour(parent: TextView, d: TextView): boolean {
  const asks = parent.find(RUMOUR_QUESTION).length > 0 || parent.find(RUMOUR).length > 0;
  // Only news that would hurt if false (a ban, a closure, a recall): "is it true there's a ride on Sunday?" is not a rumour.
  if (!asks || parent.find(ALARMING_NEWS).length === 0) return false;
  let words = 0;
  for (const t of d.tokens) {
    if (t.kind !== 'word') continue;
    if (AFFIRM.test(t.forms[0]!)) return true;
    if (++words >= 3) break;
  }
  return false;
}

/** "because of", « à cause de », "due to": an explanation offered. */
function causal(d: TextView, s: { from: number; to: number } | undefined): boolean {
  if (!s) return false;
  for (let k = s.from; k < s.to; k++) if (WORD(d.tokens[k], /^(because|cause|due|parce|faute)$/)) return true;
  return false;
}

const MODAL = /^(should|must|ought|shouldn't|devrait|devraient|doit|doivent|faudrait|faut)$/;
/** "I think vaccines should be mandatory": a hedge on a view, not on a fact. */
function opinionModal(d: TextView, s: { from: number; to: number } | undefined): boolean {
  if (!s) return false;
  for (let k = s.from; k < s.to; k++) if (WORD(d.tokens[k], MODAL)) return true;
  return false;
}

/** Words that make a rumour about something that matters: money, jobs, launches, people, safety. */
const NEWSY = /^(price|prices|pricing|prix|tarif|tarifs|launch|launching|lancement|lance|release|sortie|job|jobs|poste|postes|salary|salaries|salaire|salaires|bonus|primes?|budget|restructuring|restructuration|reorg|boss|ceo|pdg|director|directeur|directrice|manager|management|direction|contract|contrat|deal|client|clients|customer|customers|data|donnees|security|securite|police|court|tribunal|election|government|gouvernement|law|loi|tax|impots?|vaccine|vaccin|virus|outage|panne|bug|bugs|crash|hack|leak|fuite)$/;

/**
 * A relayed rumour is worth flagging when it is about something that matters: alarming news, a company or a
 * person (a name, the brand, a competitor), a figure, or money, jobs and launches. "Rumour has it there's cake
 * in the kitchen" is office chatter, not a rumour anyone will hold against you.
 */
function newsworthy(d: TextView, h: Hit): boolean {
  const s = d.sentenceAt(h.start);
  if (!s) return true;
  const i = d.sentenceIndexAt(h.start);
  const next = d.sentences[i + 1];
  const to = next && s.to - h.to < 3 ? next.to : s.to;
  const inside = (x: Hit) => x.from >= s.from && x.from < to;
  if (d.find(ALARMING_NEWS).some(inside) || d.profileTerms('brand').some(inside) || d.profileTerms('competitors').some(inside) || d.profileTerms('codenames').some(inside)) return true;
  if (properNameIn(d, s.from, to, h)) return true;
  for (let k = s.from; k < to; k++) {
    const t = d.tokens[k]!;
    if (k >= h.from && k < h.to) continue;
    if (t.kind === 'mention' || t.kind === 'url' || t.kind === 'hashtag') return true;
    if (t.kind === 'word' && (/\d/.test(t.raw) || NEWSY.test(t.forms[0]!))) return true;
    if (t.kind === 'punct' && /^[€$£%]$/.test(t.raw)) return true;
  }
  return false;
}

/** Opinion hedges: a rumour only with alarming news in them. */
const OPINION = /^(i think|probably|looks like|seems like|just saying|je crois que|surement|a mon avis|je dis ca|je dis ca je dis rien)$/;

const WORD = (t: Token | undefined, re: RegExp) => t !== undefined && t.kind === 'word' && re.test(t.forms[0]!);

/** A link, an attachment of the source, or a source marker followed by a name, year or handle. */
function hasSource(d: TextView, own: string[]): boolean {
  // A link is a source, unless it only points to the brand's own shop page ("nuvola.com/pro").
  for (const t of d.tokens) if (t.kind === 'url' && !ownPage(t.raw, own)) return true;
  if (/\[(?:link|lien|source|study|étude|etude|report|rapport)/i.test(d.text)) return true;
  const vague = d.find(VAGUE_AUTHORITY);
  const population = d.find(POPULATION);
  for (const h of d.find(SOURCE_MARKERS)) {
    if (vague.some((v) => v.start <= h.start && v.end >= h.end)) continue;
    const words = d.tokens.slice(h.from, h.to).map((t) => t.forms[0]).join(' ');
    if (SELF_SOURCED.test(words)) return true;
    const first = d.tokens[h.to];
    if (WORD(first, /^(moi|nous|vous|me|us|you|them|eux|lui|elle|ma|mon|my|our|notre|nos|ces)$/)) continue;
    for (let k = h.to; k < d.tokens.length && k <= h.to + 5; k++) {
      const t = d.tokens[k]!;
      if (t.kind === 'mention' || t.kind === 'url' || t.kind === 'hashtag') return true;
      if (t.kind === 'punct' && /[.!?]/.test(t.raw)) break;
      if (t.kind === 'word' && /^(19|20)\d\d$/.test(t.raw)) return true;
      if (t.kind === 'word' && /^\p{Lu}/u.test(t.raw) && !population.some((p) => p.from === k)) return true;
    }
  }
  return false;
}

/** The brand's names, compacted, as they appear in its domains ("nuvola", "nuvolacloud"). */
function ownSites(profile: Readonly<Profile> | null): string[] {
  if (!profile) return [];
  return [profile.brand, ...profile.aliases].map((n) => fold(n).replace(/[^a-z0-9]/g, '')).filter((n) => n.length >= 3);
}

/** Research words in a link's path: the brand's own study or report is a source. */
const SOURCE_PATH = /(stud|survey|report|research|data|dbir|whitepaper|white-paper|barometre|barometer|etude|enquete|rapport|sondage|methodolog|source|\.pdf)/;

/** A link on the brand's own domain that is not a study or report: a sales page, not a source. */
function ownPage(url: string, own: string[]): boolean {
  if (own.length === 0) return false;
  const lower = url.toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '');
  const cut = lower.search(/[/?#]/);
  const host = (cut >= 0 ? lower.slice(0, cut) : lower).replace(/[^a-z0-9.]/g, '');
  const path = cut >= 0 ? lower.slice(cut) : '';
  if (!own.some((n) => host.replace(/\./g, '').includes(n))) return false;
  return !SOURCE_PATH.test(path);
}

const NUMBER_WORDS = /^(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix)$/;
const DENOMINATOR = /^(3|4|5|10|100|1000|three|four|five|ten|hundred|trois|quatre|cinq|dix|cent|mille)$/;
const NUMBER_NAMES: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, hundred: 100, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, cent: 100, mille: 1000 };
const toNumber = (w: string): number => (/^\d+$/.test(w) ? Number(w) : NUMBER_NAMES[w] ?? 0);
const CONNECTOR = /^(of|among|des|de|d'|du|parmi|chez|in)$/;
const RISK_WORDS = /^(likely|likelier|risk|risks|chance|chances|risque|risques|probable|probables)$/;
const COMPARATIVE = /^(lower|higher|greater|fewer|less|more|plus|moins|reduced|increased|happier|healthier)$/;
const AVERAGE = /^(on average|en moyenne|on avg|in average|en general|typically)$/;

/** "70% of people", « 7 Français sur 10 », "one in three cyclists", "most commuters", "live 7 years longer on average". */
function findStatistic(d: TextView): Hit | undefined {
  const population = d.find(POPULATION);
  const notStat = d.find(NOT_A_STAT);
  const inSentence = (list: Hit[], at: number) => list.some((x) => d.sentenceAt(x.start) === d.sentenceAt(at));
  const popAt = (k: number) => population.find((p) => p.from === k && !ownGroup(d, p));
  const span = (from: number, to: number): Hit => ({ lexicon: 'p25.statistic', lang: 'any', start: d.tokens[from]!.start, end: d.tokens[to - 1]!.end, from, to });
  for (let i = 0; i < d.tokens.length - 1; i++) {
    const t = d.tokens[i]!;
    if (t.kind !== 'word') continue;
    // "Ransomware attacks rose 400% this year", « ont augmenté de 400 % »: a trend about the world.
    if (/^\d{1,4}(?:[.,]\d+)?$/.test(t.raw) && d.tokens[i + 1]?.kind === 'punct' && d.tokens[i + 1]!.raw === '%' && !inSentence(notStat, t.start) && growthBefore(d, i)) return span(Math.max(0, i - 2), i + 2);
    // Percentages: "70% of people", « 70 % des Français », "41% lower risk".
    if (/^\d{1,2}(?:[.,]\d+)?$/.test(t.raw)) {
      const next = d.tokens[i + 1]!;
      const pct = (next.kind === 'punct' && next.raw === '%') || WORD(next, /^(percent|pourcent)$/) || (WORD(next, /^pour$/) && WORD(d.tokens[i + 2], /^cent$/));
      if (pct && !(i > 0 && d.tokens[i - 1]!.kind === 'punct' && /^[-–]$/.test(d.tokens[i - 1]!.raw)) && !inSentence(notStat, t.start)) {
        const after = WORD(next, /^pour$/) ? i + 3 : i + 2;
        for (let k = after; k < d.tokens.length && k <= after + 4; k++) {
          const w = d.tokens[k]!;
          if (w.kind === 'punct' && /[.!?;]/.test(w.raw)) break;
          if (k === after && WORD(w, RISK_WORDS)) return span(i, k + 1);
          // "41% lower risk", « 30 % de risques en moins », "40% happier" (about people, not a product spec).
          if (k === after && WORD(w, COMPARATIVE) && (WORD(d.tokens[k + 1], RISK_WORDS) || WORD(d.tokens[k + 2], RISK_WORDS) || /^(happier|healthier)$/.test(w.forms[0]!))) return span(i, k + 2);
          // "Cyclists spend 40% more than drivers": a comparison about a group of people.
          if (k === after && WORD(w, COMPARATIVE) && inSentence(population.filter((p) => !ownGroup(d, p)), t.start)) return span(i, k + 1);
          const pop = popAt(k);
          if (pop && k > after && WORD(d.tokens[k - 1], CONNECTOR)) return span(i, pop.to);
          if (pop && k > after + 1 && WORD(d.tokens[k - 2], CONNECTOR) && WORD(d.tokens[k - 1], /^(all|the|les|tous|toutes|french|british|uk|us|young|jeunes)$/)) return span(i, pop.to);
          // "60% of small businesses", « 40 % des petites entreprises »: one or two words between.
          if (pop && WORD(d.tokens[after], CONNECTOR) && k - after >= 2 && k - after <= 3 && d.tokens.slice(after + 1, k).every((x) => x.kind === 'word')) return span(i, pop.to);
        }
      }
    }
    // "7 Français sur 10", "one in three cyclists", "9 out of 10 riders".
    if (NUMBER_WORDS.test(t.forms[0]!)) {
      let k = i + 1;
      const pop1 = popAt(k);
      if (pop1) k = pop1.to;
      const w = d.tokens[k];
      let m = -1;
      if (WORD(w, /^(sur|in)$/)) m = k + 1;
      else if (WORD(w, /^out$/) && WORD(d.tokens[k + 1], /^of$/)) m = k + 2;
      if (m > 0 && WORD(d.tokens[m], DENOMINATOR) && !inSentence(notStat, t.start) && Number(toNumber(t.forms[0]!)) < Number(toNumber(d.tokens[m]!.forms[0]!))) {
        const pop2 = popAt(m + 1);
        return span(i, pop2 ? pop2.to : m + 1);
      }
    }
  }
  for (const r of d.find(RATIOS)) {
    if (inSentence(notStat, r.start)) continue;
    const words = d.tokens.slice(r.from, r.to).map((t) => t.forms[0]).join(' ');
    const pop = population.find((p) => p.from >= r.from && p.from <= r.to + 3 && !ownGroup(d, p));
    if (pop) return { ...r, end: Math.max(r.end, pop.end), to: Math.max(r.to, pop.to) };
    if (/fois|times|likely|x (more|less)/.test(words)) return r;
  }
  // "The average employee wastes 2 hours a day", « le Français moyen »: a figure about a typical person.
  for (let i = 0; i + 1 < d.tokens.length; i++) {
    const a = d.tokens[i]!;
    const b = d.tokens[i + 1]!;
    const en = WORD(a, /^average$/) && WORD(b, TYPICAL) && !WORD(d.tokens[i - 1], /^(our|your|my|nos|vos)$/);
    const fr = WORD(a, TYPICAL) && WORD(b, /^(moyen|moyenne|lambda)$/) && !WORD(d.tokens[i - 1], /^(notre|votre|mon|ma)$/);
    if (!en && !fr) continue;
    const s = d.sentenceAt(a.start);
    if (!s || notStat.some((x) => x.from >= s.from && x.from < s.to)) continue;
    for (let k = s.from; k < s.to; k++) if (d.tokens[k]!.kind === 'word' && /\d/.test(d.tokens[k]!.raw) && !/^(19|20)\d\d$/.test(d.tokens[k]!.raw)) return span(i, i + 2);
  }
  // "Every 11 seconds a business is hit by ransomware", « toutes les 7 secondes »: a scare rate.
  for (let i = 0; i + 2 < d.tokens.length; i++) {
    const t = d.tokens[i]!;
    let n = -1;
    if (WORD(t, /^every$/)) n = i + 1;
    else if (WORD(t, /^toutes$/) && WORD(d.tokens[i + 1], /^les$/)) n = i + 2;
    if (n < 0 || !WORD(d.tokens[n], /^\d{1,3}$/)) continue;
    // A timetable or a product spec ("a bus every 8 minutes", "backs up every 15 minutes") is not a scare rate:
    // the sentence must name a harm or a group of people.
    if (WORD(d.tokens[n + 1], /^(seconds?|minutes?|secondes?)$/) && !inSentence(notStat, t.start) && harmInSentence(d, t.start, population)) return span(i, n + 2);
  }
  // "Riders live 7 years longer on average": a figure stated as an average about people.
  for (const s of d.sentences) {
    let avg = -1;
    let digit = false;
    for (let k = s.from; k < s.to; k++) {
      const t = d.tokens[k]!;
      if (t.kind === 'word' && /\d/.test(t.raw)) digit = true;
      const two = k + 1 < s.to ? `${t.forms[0]} ${d.tokens[k + 1]!.forms[0]}` : '';
      if (AVERAGE.test(two) || AVERAGE.test(t.forms[0]!)) avg = k;
    }
    if (avg < 0 || !digit || notStat.some((x) => x.from >= s.from && x.from < s.to)) continue;
    let own = false;
    let health = false;
    for (let k = s.from; k < s.to; k++) {
      if (WORD(d.tokens[k], /^(our|nos|notre|my|mes|mon|ma)$/)) own = true;
      if (WORD(d.tokens[k], /^(life|lives|vie|longer|longtemps|healthier|health|sante|risk|risque|risques|happier|heureux)$/)) health = true;
    }
    if (!own && (health || population.some((p) => p.from >= s.from && p.from < s.to && !ownGroup(d, p)))) {
      return span(avg, Math.min(avg + 2, s.to));
    }
  }
  return undefined;
}

const TYPICAL = /^(person|people|employee|employees|worker|workers|user|users|adult|adults|household|family|consumer|consumers|brit|american|european|office|commuter|commuters|driver|drivers|rider|riders|cyclist|cyclists|motorist|motorists|student|students|francais|francaise|salarie|salariee|utilisateur|utilisatrice|internaute|consommateur|consommatrice|menage|foyer|actif|cycliste|automobiliste)$/;
const GROWTH = /^(rose|risen|grew|grown|jumped|surged|soared|increased|climbed|doubled|up|augmente|augmentes|augmentees|bondi|explose|progresse|grimpe|hausse|croissance|increase|increases|rise|growth)$/;

/** A growth verb just before the percentage, in a sentence that is not about "our" or "we". */
function growthBefore(d: TextView, i: number): boolean {
  let growth = false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (WORD(d.tokens[k], GROWTH)) growth = true;
  if (!growth) return false;
  const s = d.sentenceAt(d.tokens[i]!.start);
  if (!s) return false;
  // Only the subject of the trend matters: "our sales rose 30%" is the brand's own figure.
  for (let k = s.from; k < i; k++) if (WORD(d.tokens[k], /^(our|we|we've|we're|nos|notre|nous|my|mon|ma|mes|your|vos|votre|ton|ta|tes)$/)) return false;
  return true;
}

/** "Drives die after 4 years. That's just a fact.": a figure in the sentence or the one before, stated as fact. */
function assertedFigure(d: TextView): Hit | undefined {
  const notStat = d.find(NOT_A_STAT);
  for (const h of d.find(FACT)) {
    if (negated(d, h, 2)) continue;
    const s = d.sentenceAt(h.start);
    if (!s) continue;
    const i = d.sentenceIndexAt(h.start);
    const from = i > 0 ? d.sentences[i - 1]!.from : s.from;
    let figure = false;
    for (let k = from; k < s.to; k++) {
      const t = d.tokens[k]!;
      if (t.kind === 'word' && /^\d/.test(t.raw) && !/^(19|20)\d\d$/.test(t.raw)) figure = true;
    }
    if (figure && !notStat.some((x) => x.from >= from && x.from < s.to)) return h;
  }
  return undefined;
}

/** "of our customers", « de nos clients »: the brand's own figures, not a claim about the world. */
function ownGroup(d: TextView, p: Hit): boolean {
  for (let k = p.from - 1; k >= 0 && k >= p.from - 3; k--) {
    if (WORD(d.tokens[k], /^(our|nos|notre|my|mes|your|vos|their|leurs)$/)) return true;
  }
  return false;
}

/** "I heard that you…", « on m'a dit que vous… »: talking to someone about them, not relaying news. */
function aboutYou(d: TextView, h: Hit): boolean {
  for (let k = h.to; k < d.tokens.length && k <= h.to + 1; k++) {
    if (WORD(d.tokens[k], /^(you|your|vous|tu|t'|you're|youre)$/)) return true;
  }
  return false;
}

/** The brand teasing its own news ("rumour has it our new bike…"): its own to tell. */
function ownNews(d: TextView, h: Hit, subject = false): boolean {
  const s = d.sentenceAt(h.start);
  if (!s) return false;
  const re = subject ? /^(our|notre|nos|we|we're|we've|we'll|nous)$/ : /^(our|notre|nos)$/;
  for (let k = s.from; k < s.to; k++) if (WORD(d.tokens[k], re)) return true;
  return false;
}

/** A capitalised word in the sentence that does not start it: a company or a person the news is about. */
function properNameIn(d: TextView, from: number, to: number, hearsay: Hit): boolean {
  let first = true;
  for (let k = from; k < to; k++) {
    const t = d.tokens[k]!;
    if (t.kind === 'mention') return true;
    if (t.kind !== 'word') continue;
    if (!first && k !== hearsay.from && /^\p{Lu}/u.test(t.raw) && t.raw.length > 1 && !/^(I|I'm|I've|I'd|Je|J'|On|Il|Elle|Ils|OK|Ok)$/.test(t.raw)) return true;
    first = false;
  }
  return false;
}

/** Harm words for scare rates: victims, attacks, deaths, thefts, accidents (folded forms, by prefix). */
const HARM = /^(die|dies|died|dying|death|deaths|dead|kill|killed|killing|victim|victims|hit|hacked|hack|hacker|hackers|attack|attacked|attacks|breach|breached|ransomware|cyberattack|cyberattacks|stolen|steal|stole|theft|thefts|robbed|scam|scammed|fraud|accident|accidents|crash|crashes|abuse|abused|assault|assaulted|suicide|meurt|meurent|mort|morts|deces|decede|tue|tues|victime|victimes|attaque|attaques|attaquee|pirate|piratee|piratage|cyberattaque|vole|volee|voles|vol|vols|arnaque|arnaques|fraude|blesse|blesses|viol)$|^(burgl|injur|cambriol|agress|harcel)/;

function harmInSentence(d: TextView, at: number, population: Hit[]): boolean {
  const s = d.sentenceAt(at);
  if (!s) return true;
  if (population.some((p) => p.from >= s.from && p.from < s.to && !ownGroup(d, p))) return true;
  for (let k = s.from; k < s.to; k++) if (WORD(d.tokens[k], HARM)) return true;
  return false;
}
