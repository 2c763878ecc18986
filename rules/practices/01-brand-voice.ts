// Practice 1: Speak in the brand's voice / Parler avec la voix de la marque.
// Checks a brand-account draft against the voice the profile defines: the words it has banned, the
// person it speaks in ("we" brands writing "I"), its emoji policy and its register (letter formulas for a
// friendly brand, slang for a formal one). Personal accounts have their own voice: nothing is checked there.
// Without a profile there is no voice to compare with, so nothing is reported.
import { definePractice } from '../practice';
import { negated, reportAt } from '../helpers';
import { ADMIN_WORDING, CASUAL_SLANG, EXASPERATED_SELF, firstPersonSingular, inSpans, quotedSpans, STIFF_FORMULAS } from '../lexicon/style';
import { fold } from '../text/fold';
import { toneScore } from './03-conversational-tone';
import type { Hit } from '../text/phrases';
import type { Token } from '../text/tokenize';

/** Letter salutations (folded, letters only): stiff, but not enough alone to call the whole reply off-voice. */
const SALUTATION = new Set(['madame monsieur', 'mesdames messieurs', 'dear sir or madam', 'dear sir madam', 'dear sirs', 'dear customer', 'cher client', 'chere cliente', 'chers clients']);

/** Notice openers (folded, letters only): stiff, but in an administrative notice they are part of its jargon. */
const NOTICE = new Set(['please be advised', 'kindly be advised', 'kindly be informed', 'kindly note', 'we wish to inform you', 'we would like to inform you',
  'we hereby inform', 'we wish to advise', 'nous vous informons que', 'porter a votre connaissance', 'la direction vous informe', 'nous tenons a vous informer']);

/** A reply signed by the community manager ("^Mia", "– Sam"): the brand lets a named person speak as "I". */
function signed(tokens: readonly Token[]): boolean {
  const n = tokens.length;
  for (let k = Math.max(0, n - 4); k < n - 1; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    if (t.kind !== 'punct' || next.kind !== 'word') continue;
    if (t.raw === '^' && next.start === t.end) return true;
    if (['-', '–', '—', '/', '~'].includes(t.raw) && /^\p{Lu}/u.test(next.raw) && k + 2 >= n - 1) return true;
  }
  return false;
}

export default definePractice({
  meta: {
    number: 1,
    slug: 'brand-voice',
    title: { en: "Speak in the brand's voice", fr: "Parler avec la voix de la marque" },
    statement: {
      en: "Give the brand one defined voice and persona that reflect its mission and character, and keep to it: the person, the register, the emoji and the words the brand has chosen.",
      fr: "Donnez à la marque une voix et un personnage définis, fidèles à sa mission et à son caractère, et tenez-vous-y : la personne, le registre, les émojis et les mots qu'elle a choisis.",
    },
    detection: 'partial',
    messages: {
      bannedTerm: {
        text: {
          en: '"{term}" is on {brand}\'s list of words to avoid.',
          fr: '« {term} » fait partie des mots que {brand} s’interdit.',
        },
        fix: {
          en: 'Say it another way, with the words the brand has chosen (for a price: "from £39 a month", not "cheap").',
          fr: 'Formulez-le autrement, avec les mots choisis par la marque (pour un prix : « dès 39 € par mois » plutôt que « pas cher »).',
        },
      },
      singular: {
        text: {
          en: 'The brand account speaks as "I" ("{term}"), but {brand}\'s voice is "we".',
          fr: 'Le compte de la marque parle à la première personne du singulier (« {term} »), alors que la voix de {brand} est le « nous ».',
        },
        fix: {
          en: 'Write as the team: "we", "our". If a person should speak, sign the reply (^Sam) or answer from their own account.',
          fr: 'Écrivez au nom de l’équipe : « nous », « on », « notre ». Si une personne doit s’exprimer, signez la réponse (^Sam) ou répondez depuis son propre compte.',
        },
      },
      emojiNever: {
        text: {
          en: '{brand}\'s voice uses no emoji, and this draft has {count}.',
          fr: 'La voix de {brand} n’utilise pas d’émojis, et ce brouillon en contient {count}.',
        },
        fix: {
          en: 'Remove the emoji and let the words carry the tone.',
          fr: 'Retirez les émojis et laissez les mots porter le ton.',
        },
      },
      emojiOverload: {
        text: {
          en: '{count} emoji in one draft: {brand}\'s voice uses them sparingly.',
          fr: '{count} émojis dans un seul brouillon : la voix de {brand} les emploie avec parcimonie.',
        },
        fix: {
          en: 'Keep one or two that add meaning and drop the rest.',
          fr: 'Gardez-en un ou deux qui apportent quelque chose et supprimez les autres.',
        },
      },
      emojiMany: {
        text: {
          en: '{count} emoji: even a playful voice reads better with fewer.',
          fr: '{count} émojis : même une voix décontractée gagne à en mettre moins.',
        },
        fix: {
          en: 'Keep the one or two emoji that add meaning.',
          fr: 'Gardez un ou deux émojis, ceux qui ajoutent du sens.',
        },
      },
      tooStiff: {
        text: {
          en: '"{term}" reads like a formal letter; {brand}\'s voice is plainer and warmer than that.',
          fr: '« {term} » sonne comme un courrier officiel ; la voix de {brand} est plus simple et plus chaleureuse.',
        },
        fix: {
          en: 'Say it as you would to a customer in the shop: short, direct, warm.',
          fr: 'Dites-le comme à un client en boutique : court, direct, chaleureux.',
        },
      },
      tooCasual: {
        text: {
          en: '"{term}" is too casual for {brand}\'s formal voice.',
          fr: '« {term} » est trop familier pour la voix soutenue de {brand}.',
        },
        fix: {
          en: 'Keep the warmth but use the brand\'s register: no slang, no text-speak.',
          fr: 'Gardez la chaleur du message, mais dans le registre de la marque : ni argot ni langage SMS.',
        },
      },
    },
  },
  lexicons: [STIFF_FORMULAS, CASUAL_SLANG, ADMIN_WORDING, EXASPERATED_SELF],
  create(ctx) {
    const profile = ctx.profile;
    if (!profile || ctx.context.account !== 'brand') return;
    const { draft } = ctx;
    const quotes = quotedSpans(draft.text);
    const own = (h: Hit) => !inSpans(quotes, h.start);
    const brand = profile.brand;

    // 1. Banned terms, unless quoted or negated ("not cheap").
    const banned = draft.profileTerms('bannedTerms').filter((h) => own(h) && !negated(draft, h, 4));
    if (banned[0]) reportAt(ctx, banned[0], 'bannedTerm', 'warn', { brand });

    // 2. Person: a "we" brand writing "I" / « je » (two first-person words, one a subject).
    if (profile.voice.person === 'we' && !signed(draft.tokens)) {
      // An exasperated "I" in a quarrel ("I'm not repeating myself", « je ne vais pas me répéter ») is part
      // of the argument practice 12 reports, not the brand slipping into a persona: those words don't count.
      const aside = draft.find(EXASPERATED_SELF).map((h): [number, number] => [h.start, h.end]);
      const fp = firstPersonSingular(draft, quotes);
      const inAside = (t: Token) => aside.some(([s, e]) => t.start >= s && t.start < e);
      const all = fp.all.filter((t) => !inAside(t));
      const subjects = fp.subjects.filter((t) => !inAside(t));
      const first = subjects[0];
      if (first && all.length >= 2) reportAt(ctx, { start: first.start, end: first.end, from: 0, to: 0 }, 'singular', 'warn', { brand });
    }

    // 3. Emoji policy.
    const emoji = draft.tokens.filter((t) => t.kind === 'emoji' && !inSpans(quotes, t.start));
    if (emoji.length > 0) {
      let run = 1;
      let longest = 1;
      for (let k = 1; k < emoji.length; k++) {
        run = emoji[k]!.start === emoji[k - 1]!.end ? run + 1 : 1;
        if (run > longest) longest = run;
      }
      const first = emoji[0]!;
      const at = { start: first.start, end: first.end, from: 0, to: 0 };
      const count = emoji.length;
      if (profile.voice.emoji === 'never') reportAt(ctx, at, 'emojiNever', 'warn', { brand, count });
      else if (profile.voice.emoji === 'sparingly' && (count >= 5 || (count >= 4 && longest >= 3))) {
        reportAt(ctx, at, 'emojiOverload', 'warn', { brand, count });
      } else if (profile.voice.emoji === 'ok' && count >= 12) reportAt(ctx, at, 'emojiMany', 'info', { brand, count });
    }

    // 4. Register.
    if (profile.voice.formality !== 'formal') {
      const stiff = draft.find(STIFF_FORMULAS).filter(own);
      // A letter salutation alone (« Madame, Monsieur, » before a plain reply) is only a hint; with a
      // second formula or notice wording ("please be advised", « veuillez agréer ») it sets the register.
      const letterOnly = stiff.every((h) => SALUTATION.has(fold(draft.text.slice(h.start, h.end)).replace(/[^a-z]+/g, ' ').trim()));
      if (stiff[0]) {
        let strong = !letterOnly || new Set(stiff.map((h) => h.from)).size >= 2 || draft.find(ADMIN_WORDING).some(own);
        // Notice wording ("please be advised", « nous vous informons que ») with no letter frame (no
        // salutation, no closing formula) inside prose that is administrative throughout: the problem is the
        // jargon, which practice 3 reports; calling it off-voice too would nag twice about one thing.
        if (strong && stiff.every((h) => NOTICE.has(fold(draft.text.slice(h.start, h.end)).replace(/[^a-z]+/g, ' ').trim()))) {
          const tone = toneScore(draft);
          if (tone.hits.length >= 3 || (tone.hits.length >= 2 && tone.score >= 4)) strong = false;
        }
        reportAt(ctx, stiff[0], 'tooStiff', strong ? 'warn' : 'info', { brand });
      }
    } else {
      const slang = draft.find(CASUAL_SLANG).filter(own);
      if (slang[0]) reportAt(ctx, slang[0], 'tooCasual', 'warn', { brand });
    }
  },
});
