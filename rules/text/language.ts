// Language of a draft, English or French, from function words and French spelling cues. Social posts are
// short and mixed ("Thanks pour le partage !"), so it counts evidence word by word and goes by the majority.
import type { Lang } from '../types';
import type { Token } from './tokenize';

// Folded forms. Words both languages use ("a", "on", "me", "as", "son", "plus") are left out.
const EN_WORDS = new Set(
  `the and is are was were to of in it you your you're we we're our i i'm my this that with for be been have has had
  not but what why how just can can't will would if they their at from so do does don't it's about all any get got
  thanks thank please hi hello yes out up by an who when there here more new one some today now like he she his her
  them us than then also really very still only any anyone someone everyone here's that's isn't didn't won't let's
  should could might must going gonna wanna into over after before because since while being our ours yours itself`.split(/\s+/),
);
const FR_WORDS = new Set(
  `le la les des du de et un une que qui pas ne je tu il elle nous vous ils elles avec sur dans mais ou ce cette ces
  sont est suis etes sommes tout tous toute toutes tres bien merci bonjour oui non votre vos mon ma mes ton ta tes
  leur leurs au aux y ete fait etre avoir chez sans comme quand aussi encore deja vraiment trop quoi pourquoi comment
  alors donc car parce puis peut faut avez avons ont sera etait ici voila enfin moins notre nos cela ca cest rien
  jamais toujours apres avant depuis pendant entre vers une`.split(/\s+/),
);
// Frequent content words of everyday posts, for short drafts with few function words ("Tellement vrai 👏").
const EN_CONTENT = new Set(
  `great thanks love awesome amazing happy excited proud today tomorrow week weekend morning night team new help
  back soon looking forward check sure true agree nice cool good best better well done update free join share
  please sorry question answer customer support order account issue working ride bike available guys folks`.split(/\s+/),
);
const FR_CONTENT = new Set(
  `tellement vrai merci super genial bravo trop top bonne bon nouvelle nouveau semaine demain aujourd'hui hier soir
  matin equipe enfin vivement vacances rentree bientot partage partager beaucoup rien toujours jamais vite velo
  pourquoi question reponse client commande compte probleme souci desole excuses rendez-vous felicitations coucou
  salut hate fier fiers fiere contents contente journee annee mois`.split(/\s+/),
);
const FRENCH_LETTERS = /[éèêëàâçùûîïôœ]/i;
const EN_SUFFIXES = ['ing', 'ness', 'ful', 'ght', 'ly'];
const FR_SUFFIXES = ['eau', 'eaux', 'eux', 'euse', 'oir', 'ette', 'ique', 'ait', 'aient', 'ez', 'ees'];

export interface LanguageEvidence {
  en: number;
  fr: number;
}

export function languageEvidence(tokens: readonly Token[]): LanguageEvidence {
  let en = 0;
  let fr = 0;
  for (const t of tokens) {
    if (t.kind === 'hashtag') {
      // "#véloélectrique": accents and known words count, at half weight.
      const w = t.forms[1] ?? '';
      if (EN_CONTENT.has(w) || EN_WORDS.has(w)) en += 0.5;
      else if (FR_CONTENT.has(w) || FR_WORDS.has(w)) fr += 0.5;
      if (FRENCH_LETTERS.test(t.raw)) fr += 0.5;
      continue;
    }
    if (t.kind !== 'word') continue;
    const w = t.forms[0]!;
    if (w.endsWith("'") && w.length <= 7) {
      fr += 1; // elision: l' d' j' qu'
      continue;
    }
    if (EN_WORDS.has(w)) en += 1;
    else if (FR_WORDS.has(w)) fr += 1;
    else if (w.endsWith("n't") || w.endsWith("'s") || w.endsWith("'re") || w.endsWith("'ll") || w.endsWith("'ve")) en += 1;
    else if (EN_CONTENT.has(w)) en += 0.5;
    else if (FR_CONTENT.has(w)) fr += 0.5;
    else if (w.length >= 5) {
      if (EN_SUFFIXES.some((x) => w.endsWith(x))) en += 0.25;
      else if (FR_SUFFIXES.some((x) => w.endsWith(x))) fr += 0.25;
    }
    if (FRENCH_LETTERS.test(t.raw)) fr += 0.5;
  }
  return { en, fr };
}

/** The majority language of the evidence; `fallback` when there is none. */
export function decideLanguage(evidence: LanguageEvidence, fallback: Lang = 'en'): Lang {
  if (evidence.en === evidence.fr) return fallback;
  return evidence.fr > evidence.en ? 'fr' : 'en';
}
