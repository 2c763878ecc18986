// Practice 4: Add value every time / Apporter de la valeur à chaque fois.
// Three signals, each enough on its own:
// - engagement bait: "RT if…", "tag 3 friends who…", « like si t'es là », "every 🔥 = 1 more second",
//   « commente "VÉLO" » (personal accounts too: bait is bait);
// - empty amplification: a reply that says nothing but "This 👆", "+1 💯", « tellement vrai 👏 »
//   (brand account; on a personal account it is only a hint);
// - hashtag stuffing: six or more hashtags outweighing the words (brand account; hint otherwise).
import { definePractice } from '../practice';
import { reportAt } from '../helpers';
import { defineLexicon } from '../text/phrases';
import type { Token } from '../text/tokenize';

const BAIT = defineLexicon('p04.bait', {
  en: [
    'rt if', 'retweet if', 'like if', 'like this if', 'share if', 'share this if', 'repost if', 'like and share',
    'like and retweet', 'like and rt', 'like & share', 'like + share', 'like and follow', 'follow and rt', 'follow and retweet',
    'follow + rt', 'rt + follow', 'rt and follow', 'smash that like', 'hit like if', 'hit the like button', 'double tap if',
    'tag a friend', 'tag your friend', 'tag your friends', 'tag a mate', 'tag your mates', 'tag someone', 'tag the person',
    'tag * friends', 'tag * mates', 'tag * people', 'tag * friend who', 'tag a * who', 'tag your bestie', 'tag your bff',
    'type yes if', 'type amen', 'comment yes if', 'comment * if you agree', 'reply with a if', 'comment with a if',
    'drop a if', 'drop a * if', 'drop an if', 'every like', 'every share', 'every rt', 'every retweet', 'every comment',
    'if this gets', 'if this post gets', 'if we get * likes', 'if we hit * likes',
    'only true fans', 'bet you can\'t', 'nobody will share', 'ignore if you', 'share this with everyone',
    'share this post', 'share before', 'share to win', 'like to win', 'rt to win', 'hit like', 'hit share', 'hit the like',
    'hit rt', 'hit retweet', 'smash like', 'smash the like', 'rt this', 'retweet this', 'rt to enter', 'retweet to enter',
    'follow us and rt', 'follow us and retweet', 'follow us + rt', 'one like =', '1 like =', 'one rt =', '1 rt =',
    'one share =', '1 share =', 'likes =', 'rts =', 'share like crazy', 'share with everyone you know',
  ],
  fr: [
    'rt si', 'retweet si', 'retweete si', 'retweetez si', 'rt pour le', 'rt pour la', 'like pour le', 'like pour la', 'like si', 'likez si', 'like ce post si', 'partage si', 'partagez si',
    'partage ce post', 'partagez ce post', 'partage à tous', 'like et partage', 'likez et partagez', 'like & partage',
    'like + partage', 'like et rt', 'rt et follow', 'rt + follow', 'follow et rt', 'tag la personne', 'tague la personne',
    'taggue la personne', 'tagge la personne', 'taguez la personne', 'identifie la personne', 'identifiez la personne',
    'identifie un ami', 'identifiez un ami', 'identifie une amie', 'identifie * amis', 'identifiez * amis',
    'identifie * potes', 'tag un pote', 'tague un pote', 'tag * potes', 'tague * potes', 'tag ton pote', 'tag ta pote',
    'tague ton', 'tag ton', 'identifie ton', 'identifiez votre', 'mentionne un ami', 'mentionnez un ami', 'réponds avec un si',
    'chaque like', 'chaque rt', 'chaque partage', 'chaque commentaire', 'si ce post atteint', 'si on atteint * likes',
    'si ce tweet atteint', 'un like si', 'like si t\'es', 'rt si t\'es', 'mets un like', 'mettez un like', 'lâche un like',
    'lâchez un like', 'lâche un * si', 'lâchez un * si', 'seuls les vrais', 'un like =', '1 like =', 'un rt =', '1 rt =',
    'un partage =', '1 partage =', 'likes =', 'partagez en masse', 'partagez un max', 'partagez à fond', 'rt ce post', 'rt ce tweet',
    'retweetez ce', 'rt pour participer', 'retweete pour participer', 'follow et rt', 'abonne-toi et rt',
  ],
});

/** Words that only agree with or point at something else. */
const AMPLIFY = defineLexicon('p04.amplify', {
  // Listed under `any`: a one-word reply (« Exactement 💯 ») gives too little to tell its language.
  any: [
    'this', 'so this', 'so much this', 'this right here', 'this is it', 'so true', 'true', 'facts', 'preach',
    'exactly', 'agreed', 'well said', 'spot on', 'couldn\'t agree more', 'big if true',
    'must read', 'must-read', 'worth a read', 'read this', 'nailed it', 'bump', 'word', 'indeed', 'this is the way',
    'important', 'signal boost', 'boosting', 'all of this', 'needed this', 'we said what we said', 'check this out',
    'this is so true', 'so so true', 'this is so important', 'this is important', 'so important', 'this is gold',
    'this is spot on', 'so much yes', 'read it', 'must watch', 'worth a watch', 'this is huge',
    // French
    'ceci', 'ça', 'tellement vrai', 'trop vrai', 'si vrai', 'tout est dit', 'exactement', 'exact', 'clairement', 'tellement',
    'on valide', 'validé', 'je valide', 'bien dit', 'voilà', 'plussoie', 'on plussoie',
    'entièrement d\'accord', 'à lire', 'à lire absolument', 'à voir', 'la base', 'c\'est ça', 'à partager', 'à méditer',
    'c\'est tellement vrai', 'c\'est si vrai', 'tellement ça', 'c\'est exactement ça', 'tout à fait ça', 'trop ça', 'mais tellement',
    'tout est dit', 'rien à ajouter', 'on ne peut pas mieux dire', 'on signe', 'on approuve', 'pépite',
  ],
});

const POINTING_EMOJI = /^(👆|☝|💯|👉|⬆|🔝|‼)/u;
const BAIT_VERBS = new Set(['comment', 'commente', 'commentez', 'type', 'tape', 'tapez', 'ecris', 'ecrivez', 'reponds', 'repondez', 'reply']);
const QUOTE_MARKS = new Set(['«', '»', '"', '“', '”', "'", '‘', '’', ':']);

/** « Commente "VÉLO" », "Comment BIKE below", "every 🔥 = 1 second": bait the lexicon cannot spell out. */
function structuralBait(tokens: readonly Token[]): Token | null {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    const w = t.forms[0]!;
    if (BAIT_VERBS.has(w)) {
      let j = k + 1;
      let quoted = false;
      while (j < tokens.length && tokens[j]!.kind === 'punct' && QUOTE_MARKS.has(tokens[j]!.raw[0]!)) {
        quoted = true;
        j++;
      }
      const next = tokens[j];
      const close = tokens[j + 1];
      if (next && next.kind === 'word' && /\p{L}/u.test(next.raw)) {
        const shouted = next.raw.length >= 2 && next.raw === next.raw.toUpperCase() && next.raw !== next.raw.toLowerCase();
        const closed = quoted && close !== undefined && close.kind === 'punct' && QUOTE_MARKS.has(close.raw[0]!);
        if (shouted || closed) return t;
      }
      if (next && next.kind === 'emoji') return t; // "comment 🔥", « commente 🚲 »
    }
    if ((w === 'every' || w === 'chaque') && tokens[k + 1]?.kind === 'emoji') {
      const after = tokens[k + 2];
      if (after && after.kind === 'punct' && (after.raw === '=' || after.raw === '→' || after.raw === '->')) return t;
    }
  }
  return null;
}

export default definePractice({
  meta: {
    number: 4,
    slug: 'add-value',
    title: { en: "Add value every time", fr: "Apporter de la valeur à chaque fois" },
    statement: {
      en: "Every post or reply should give something: information, help, a real point of view. Empty amplification, bait and hashtag stuffing cheapen the brand.",
      fr: "Chaque publication ou réponse doit apporter quelque chose : une information, une aide, un vrai point de vue. Le relais creux, les appâts à partages et l'avalanche de hashtags dévalorisent la marque.",
    },
    detection: 'auto',
    messages: {
      bait: {
        text: {
          en: '"{term}" is engagement bait: it asks for likes, shares or tags without giving anything back, and platforms demote it.',
          fr: '« {term} » est un appât à interactions : on réclame des likes, des partages ou des identifications sans rien apporter, et les plateformes le pénalisent.',
        },
        fix: {
          en: 'Give people a reason to react: a tip, a real question about their experience, a useful link.',
          fr: 'Donnez une raison de réagir : une astuce, une vraie question sur leur expérience, un lien utile.',
        },
      },
      empty: {
        text: {
          en: '"{term}" adds nothing: the brand just amplifies someone else\'s post.',
          fr: '« {term} » n’apporte rien : la marque se contente de relayer la publication de quelqu’un d’autre.',
        },
        fix: {
          en: 'Say why it matters to your audience, add a figure, a tip or your own experience, or simply share it without comment.',
          fr: 'Dites pourquoi c’est utile à votre audience, ajoutez un chiffre, une astuce ou votre expérience, ou partagez simplement sans commentaire.',
        },
      },
      hashtags: {
        text: {
          en: '{count} hashtags for {words} words: hashtag stuffing looks like spam and buries the message.',
          fr: '{count} hashtags pour {words} mots : l’avalanche de hashtags fait spam et noie le message.',
        },
        fix: {
          en: 'Keep the one to three hashtags your audience actually follows, and say something about the picture or the news.',
          fr: 'Gardez un à trois hashtags que votre audience suit vraiment, et dites quelque chose sur la photo ou l’actualité.',
        },
      },
    },
  },
  lexicons: [BAIT, AMPLIFY],
  create(ctx) {
    const { draft } = ctx;
    const brand = ctx.context.account === 'brand';

    // 1. Engagement bait.
    const bait = draft.find(BAIT)[0];
    if (bait) {
      reportAt(ctx, bait, 'bait', 'warn');
      return;
    }
    const structural = structuralBait(draft.tokens);
    if (structural) {
      const end = draft.tokens[Math.min(draft.tokens.indexOf(structural) + 1, draft.tokens.length - 1)]!.end;
      reportAt(ctx, { start: structural.start, end, from: 0, to: 0 }, 'bait', 'warn');
      return;
    }

    // 2. Empty amplification: every word is agreement or pointing, and there is at most a link besides.
    const amplify = draft.find(AMPLIFY);
    const covered = new Set<number>();
    for (const h of amplify) for (let k = h.from; k < h.to; k++) covered.add(k);
    let words = 0;
    let other = 0;
    let plusOne = false;
    let pointing = 0;
    let emoji = 0;
    draft.tokens.forEach((t, k) => {
      if (t.kind === 'emoji') {
        emoji++;
        if (POINTING_EMOJI.test(t.raw)) pointing++;
      } else if (t.kind === 'word') {
        words++;
        if (t.raw === '1' && draft.tokens[k - 1]?.raw === '+') plusOne = true;
        else if (!covered.has(k)) other++;
      } else if (t.kind === 'hashtag' || t.kind === 'mention') {
        other++;
      }
    });
    const onlyPointing = words === 0 && emoji > 0 && pointing === emoji;
    // "Exactly!" under a question is an answer, not amplification.
    const answersQuestion = (ctx.parent?.stats.questions ?? 0) > 0;
    if (!answersQuestion && other === 0 && words <= 5 && (amplify.length > 0 || plusOne || onlyPointing) && ctx.context.kind === 'reply') {
      const first = draft.tokens.find((t) => t.kind !== 'punct') ?? draft.tokens[0]!;
      const last = draft.tokens[draft.tokens.length - 1]!;
      reportAt(ctx, { start: first.start, end: last.end, from: 0, to: 0 }, 'empty', brand ? 'warn' : 'info');
      return;
    }

    // 3. Hashtag stuffing.
    const { hashtags } = draft.stats;
    if (hashtags >= 6 && (hashtags * 2 >= draft.stats.words || hashtags >= 10)) {
      const first = draft.tokens.find((t) => t.kind === 'hashtag')!;
      reportAt(ctx, { start: first.start, end: first.end, from: 0, to: 0 }, 'hashtags', brand ? 'warn' : 'info', {
        count: hashtags,
        words: draft.stats.words,
      });
    }
  },
});
