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
    // Reach traded for reward: "the more comments we get, the more…", "like = 1 …".
    'the more (likes|comments|shares|retweets|rts|reactions|follows|followers|tags)', 'the more you (share|comment|like|retweet|tag)',
    'like =', 'share =', 'rt =', 'comment =', 'every follow', 'every tag', 'each like', 'each share', 'each comment', 'each rt',
    // Guilt and dares: "don't scroll past", "99% won't share".
    "don't scroll", 'do not scroll', "don't scroll past", "don't you dare scroll", "don't leave without", 'scroll past without',
    '99 % (of people|) (won\'t|will not|wont)', 'most people (won\'t|will not) share', 'only 1 % (of people|)', 'only a real',
    'vote with a (like|heart|reaction|comment)', 'like this (post|tweet|photo|video|reel)', 'like our (post|page)',
    'follow us (and|&|+) (like|share|rt|retweet|tag|comment)', '(like|share|rt|retweet) (and|&|+) follow us',
    '(tag|mention) (*|) (friend|friends|mate|mates|bestie|besties|sister|brother|mum|mom|colleague|colleagues|partner|person|someone|bff|buddy|workout buddy|gym buddy|girls|squad)',
    '(tag|mention) (someone|the person|the friend|a person) (who|that)',
    // Reactions asked for their own sake: "comment with an emoji to see what happens".
    '(comment|reply|react|respond|answer) (with|using) (a|an|your|one|) (emoji|emojis|gif|gifs|sticker|word|letter|number|heart)',
    '(to|and) see what happens', 'see what (you get|happens next|your result is)', 'the first (word|emoji|letter) you (see|get)',
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
    // La portée contre une récompense : « plus il y a de commentaires, plus… », « like = 1 … ».
    'plus il y a de (likes|commentaires|partages|réactions|rt|abonnés)', 'plus vous (êtes|serez) nombreux', 'plus vous (partagez|commentez|likez|likerez|partagerez|commenterez)',
    'plus on aura de (likes|commentaires|partages)', 'plus on a de (likes|commentaires|partages)', 'à vos partages', 'à vos likes',
    'like =', 'partage =', 'commentaire =', 'rt =', '1 commentaire =', 'un commentaire =', 'chaque abonné', 'chaque identification',
    // Culpabilisation et défis : « ne scrolle pas sans… », « 99 % ne partageront pas ».
    'ne scrolle pas', 'ne scrollez pas', 'ne passe pas sans', 'ne passez pas sans', 'ne partez pas sans', 'ne pars pas sans',
    '99 % (des gens|) ne (partageront|partagera|likeront)', 'seulement 1 %', 'votez avec un (like|cœur|coeur)', 'like ce post', 'likez ce post',
    '(abonnez-vous|abonne-toi|suivez-nous|suis-nous) et (likez|like|partagez|partage|commentez|commente|identifiez|identifie)',
    '(partagez|partage) ce (post|poste|tweet|message) (à|avec) * (amis|personnes|potes|proches)',
    '(tag|tague|taggue|tagge|taguez|identifie|identifiez|mentionne|mentionnez|invite|invitez) (*|) (ami|amie|amis|amies|pote|potes|copain|copine|copains|copines|collègue|collègues|proche|proches|personne|personnes|sœur|frère|mère|bff|binôme|meilleure amie|meilleur ami|acolyte|coloc)',
    // Réactions réclamées pour elles-mêmes : « commentez avec un emoji pour voir ce qui se passe ».
    '(commente|commentez|réponds|répondez|réagis|réagissez) (avec|par) (un|une|ton|votre|vos|tes|) (emoji|émoji|emojis|émojis|smiley|gif|mot|lettre|chiffre|sticker|cœur|coeur)',
    'pour voir ce qui se passe', 'pour voir ce que ça donne', 'le premier (mot|emoji|émoji) que vous (voyez|verrez)',
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
    // Praise that fits any post: "Great post!", "Agree 100%", "Thanks for sharing", « Super article, merci du partage ».
    'great (post|read|article|share|thread|piece|point|points|insight|insights|stuff|content|video|list|summary)',
    '(nice|good|interesting|insightful|excellent|brilliant|fantastic|solid|useful|helpful|important|powerful|thoughtful|inspiring|amazing|awesome|fascinating|timely) (post|read|article|share|thread|piece|point|points|content|reminder|summary|take|perspective|insight|insights)',
    '(such|what) (a|an) * (post|read|article|share|thread|piece|point|content|reminder|summary|take|perspective|insight)',
    '(very|so|super|really|truly|) (interesting|insightful|informative|helpful|useful|relevant)', 'food for thought', 'worth sharing',
    '(thanks|thank you|thx|ty) for (sharing|posting|this)', '(i|) (totally|fully|completely|strongly|absolutely|) agree', 'agree 100 %', '100 % agree',
    '100 %', '100', 'agree with (this|you|all of this)', 'could not agree more', 'couldn\'t have said it better', 'well put', 'so well put',
    'well written', 'very true', 'on point', 'key point',
    '(quel|quelle|un|une|) (super|top|excellent|excellente|très bon|bon|bel|belle|beau|chouette|passionnant|très bel|très belle) (post|article|publication|partage|fil|thread|résumé|rappel|analyse|contenu|réflexion)',
    '(article|post|publication) (très|super|hyper|) (intéressant|intéressante|inspirant|inspirante)',
    '(très|super|hyper|trop|vraiment|) (intéressant|instructif|pertinent|utile|inspirant|juste)', 'passionnant',
    'merci (du|pour le|pour ce|de ce) partage', 'merci de (partager|partager ça)',
    '(merci|thanks|thank you) (pour|for) (ce|cet|cette|ces|this|the|these) (rappel|article|post|partage|contenu|info|infos|conseil|conseils|infographie|thread|fil|publication|reminder|tip|tips|insight|insights|guide|list|summary|read|share)',
    '(tout à fait|totalement|complètement|tellement|entièrement|carrément|je suis) d\'accord', 'd\'accord à 100 %', '100 % d\'accord',
    'bien vu', 'très vrai', '(un grand|mille fois|) oui', 'oui oui', '(a big|hell|big) yes', 'yes', 'yes yes', '(very|so|really) well said',
    // One-word agreement: "Absolutely 💯", « Carrément », « Top 👍 ».
    'carrément', 'absolument', 'totalement', 'grave', 'clair', 'trop juste', 'absolutely', 'definitely', 'totally', 'yup', 'yep', 'true that', 'top', 'same',
  ],
});

/** Calls for comments that are the whole post when nothing else is said. */
const POLL = defineLexicon('p04.poll', {
  en: ['agree', 'agreed', 'thoughts', 'who agrees', 'yes or no', 'true or false', 'am i wrong', 'discuss', 'who else', 'your take', 'hot take', 'fight me', 'who is with us', "who's with us", 'right'],
  fr: ['d\'accord', 'vous validez', 'tu valides', 'oui ou non', 'vrai ou faux', 'des avis', 'votre avis', 'vous en pensez quoi', 'qui est d\'accord', 'on en parle', 'qui valide', 'on débat', 'team qui'],
});

/** Words written by the author, outside square-bracketed attachment descriptions ("[image: …]"). */
function ownWords(tokens: readonly Token[]): number {
  let depth = 0;
  let n = 0;
  for (const t of tokens) {
    if (t.kind === 'punct' && t.raw.includes('[')) depth++;
    else if (t.kind === 'punct' && t.raw.includes(']')) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (t.kind === 'word' || t.kind === 'hashtag')) n++;
  }
  return n;
}

/** The account plugging itself: "Follow us for more!", « abonnez-vous à notre page pour plus de contenus ». */
const PLUG = defineLexicon('p04.plug', {
  en: [
    '(follow|subscribe to|like) (us|our page|our account|our channel|me) (for|to get|to see) (more|daily|weekly|the latest)', 'follow for more',
    'subscribe for more', 'for more (tips|content|posts|videos|updates|news|deals|like this)', 'for more * (tips|content|posts|videos|updates|news|deals|advice)', '(follow|subscribe|join) (us|) (now|today) (for|to get) more', 'check out our (page|profile|account|channel)',
    "don't forget to (follow|subscribe)", 'hit (follow|subscribe)', 'make sure to follow us',
  ],
  fr: [
    '(abonnez-vous|abonne-toi|suivez-nous|suis-nous|suivez notre page|likez notre page|likez la page) (à notre page|à notre compte|à la page|sur|) (pour|afin d\'avoir|afin de ne rien rater) (plus|encore plus|d\'autres|davantage|ne rien rater)',
    '(abonnez-vous|abonne-toi|suivez-nous|suis-nous) (pour plus|pour ne rien rater)', 'pour (plus|encore plus|davantage) (de|d\') (contenus|contenu|conseils|astuces|tips|news|vidéos|posts|infos|actus|bons plans)', 'n\'oubliez pas de vous abonner', 'n\'oublie pas de t\'abonner',
    'pensez à vous abonner', 'pense à t\'abonner', 'rejoignez-nous sur notre page',
  ],
});

/** Intensifiers and interjections around an agreement ("Oh so very true", « Ah mais carrément ») that add nothing. */
const SOFT_WORDS = new Set([
  'very', 'so', 'really', 'totally', 'truly', 'just', 'absolutely', 'such', 'a', 'an', 'this', 'is', 'it', 'that', 'the', 'oh', 'wow',
  'omg', 'lol', 'haha', 'ah', 'and', 'et', 'le', 'la', 'un', 'une', 'si', 'trop', 'vraiment', 'carrement', 'grave', 'ca', "c'est",
  'ah', 'oh', 'waouh', 'mais', 'alors', 'bien', 'tres', 'grand', 'grande', 'tellement', 'yes', 'oui',
]);

const POINTING_EMOJI = /^(👆|☝|💯|👉|⬆|🔝|‼)/u;
const BAIT_VERBS = new Set(['comment', 'commente', 'commentez', 'type', 'tape', 'tapez', 'ecris', 'ecrivez', 'reponds', 'repondez', 'reply', 'react', 'reagis', 'reagissez']);
/** Verbs that bait only when an emoji follows: "vote with a ❤️". */
const EMOJI_VOTE_VERBS = new Set(['vote', 'votez']);
/** Small words allowed between a bait verb and its emoji: "react with ❤️", « réagissez avec un 🔥 ». */
const BAIT_LINKS = new Set(['with', 'a', 'an', 'avec', 'un', 'une', 'par']);
/** Words that may come before an order: "just comment…", « allez, tapez… ». */
const CLAUSE_OPENERS = new Set(['just', 'simply', 'now', 'please', 'so', 'and', 'then', 'go', 'juste', 'simplement', 'alors', 'allez', 'et', 'puis', 'svp', 'stp', 'vite', 'donc']);
const QUOTE_MARKS = new Set(['«', '»', '"', '“', '”', "'", '‘', '’', ':']);

/** « Commente "VÉLO" », "Comment BIKE below", "every 🔥 = 1 second": bait the lexicon cannot spell out. */
function structuralBait(tokens: readonly Token[]): Token | null {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    const w = t.forms[0]!;
    // An order opens its clause ("Comment 🔥", « Allez, commentez 🚲 »); "held together with duct tape 🩹" is no order.
    const prev = tokens[k - 1];
    if ((BAIT_VERBS.has(w) || EMOJI_VOTE_VERBS.has(w)) && prev && prev.kind === 'word' && !CLAUSE_OPENERS.has(prev.forms[0]!)) continue;
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
    if (BAIT_VERBS.has(w) || EMOJI_VOTE_VERBS.has(w)) {
      // "react with ❤️", "vote with a 🔥", « réagissez avec un 🔥 »: up to two small words before the emoji.
      let m = k + 1;
      while (m < tokens.length && m <= k + 2 && tokens[m]!.kind === 'word' && BAIT_LINKS.has(tokens[m]!.forms[0]!)) m++;
      if (m > k + 1 && tokens[m]?.kind === 'emoji') return t;
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
  lexicons: [BAIT, AMPLIFY, PLUG, POLL],
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
    const plug = draft.find(PLUG);
    const covered = new Set<number>();
    for (const h of [...amplify, ...plug]) for (let k = h.from; k < h.to; k++) covered.add(k);
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
        else if (!covered.has(k) && !SOFT_WORDS.has(t.forms[0]!)) other++;
      } else if (t.kind === 'hashtag' || t.kind === 'mention') {
        other++;
      }
    });
    const onlyPointing = words === 0 && emoji > 0 && pointing === emoji;
    // "Exactly!" under a question is an answer, not amplification.
    const answersQuestion = (ctx.parent?.stats.questions ?? 0) > 0;
    // A plug under someone else's post ("So true! Follow us for more") is as empty, a little longer.
    const limit = plug.length > 0 ? 16 : 8;
    if (!answersQuestion && other === 0 && words <= limit && (amplify.length > 0 || plusOne || onlyPointing || plug.length > 0) && ctx.context.kind === 'reply') {
      const first = draft.tokens.find((t) => t.kind !== 'punct') ?? draft.tokens[0]!;
      const last = draft.tokens[draft.tokens.length - 1]!;
      reportAt(ctx, { start: first.start, end: last.end, from: 0, to: 0 }, 'empty', brand ? 'warn' : 'info');
      return;
    }

    // 3. A brand post that is only a call for comments ("Agree? 👇", « Vous validez ? ») over a picture.
    if (brand && ctx.context.kind === 'post') {
      const poll = draft.find(POLL)[0];
      if (poll && ownWords(draft.tokens) <= 4) {
        reportAt(ctx, poll, 'bait', 'warn');
        return;
      }
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
