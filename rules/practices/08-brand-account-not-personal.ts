// Practice 8: The brand account is not your soapbox / Le compte de marque n'est pas une tribune personnelle.
// On the brand's account only, flags personal stances on divisive subjects: politics (parties, elections,
// governments, reforms), religion and divisive societal debates (bullfighting, veganism…). Two signals are
// needed: such a subject AND a stance on it in the same or the next sentence (support, opposition, a verdict
// such as "a disgrace", « une honte », a call to vote, "change our mind"), or a proclamation of faith.
// Support that serves the brand's mission (a bike maker backing a minister's bike-lane plan: the profile's
// topics in the same sentence) is the brand's own and is not flagged, unless an opinion or attack comes with it.
import { definePractice } from '../practice';
import { defineLexicon, type Hit } from '../text/phrases';
import { reportAt } from '../helpers';
import type { TextView } from '../analysis';
import { INSULTS, NEGATIVE_JUDGEMENT } from '../lexicon/judgement';

/** Divisive subjects: politics, religion, societal debates. */
const SUBJECT = defineLexicon('p08.subject', {
  en: [
    'politics', 'political', 'politician*', 'government', 'govt', 'the gov', 'prime minister', 'chancellor', 'parliament', 'mps', 'senator*',
    'congress', 'election', 'elections', 'general election', 'generalelection*', 'vote for', 'voting for', 'voted for', 'vote against',
    'voting against', 'candidate', 'candidates', 'ballot', 'referendum', 'left-wing', 'right-wing', 'far right', 'far-right', 'far left',
    'far-left', 'leftists', 'lefties', 'conservatives', 'tories', 'tory', 'labour party', 'lib dems', 'democrats', 'republicans', 'brexit',
    'remainers', 'brexiteers', 'monarchy', 'royal family', 'republic', 'taxpayers', "chancellor's budget", 'austerity', 'immigration',
    'immigrants', 'migrants', 'refugees', 'abortion', 'pro-life', 'pro-choice', 'gun control', 'death penalty', 'woke', 'anti-woke',
    'pension reform', 'the strike', 'strikers', 'voted leave', 'voted remain', 'religion', 'religious', 'jesus', 'the lord', 'allah', 'church', 'mosque', 'synagogue', 'bible', 'quran', 'koran',
    'christian*', 'muslim*', 'jewish', 'atheis*', 'pagan', 'heathen*', 'bullfighting', 'veganism', 'vegans', 'meat eaters', 'fox hunting',
    'hunting ban', 'trophy hunting',
    'anti-vax*', 'antivax*', 'climate hoax',
  ],
  fr: [
    'politique', 'politiques', 'politicien*', 'gouvernement', 'ministre', 'premier ministre', 'président de la république', 'élysée',
    'assemblée nationale', 'député*', 'sénat', 'sénateur*', 'élection', 'élections', 'présidentielle', 'présidentielles', 'législatives',
    'municipales', 'européennes', 'votez', 'voter pour', 'votez pour', 'vote pour', 'votez contre', 'candidat', 'candidate', 'candidature',
    'candidats', 'scrutin', 'référendum', 'extrême droite', 'extrême gauche', 'les républicains', 'le rn', 'lfi', 'insoumis', 'macronie',
    'réforme des retraites', 'la grève', 'grévistes', 'manif', 'immigration', 'immigrés', 'migrants', 'réfugiés', 'avortement', 'ivg',
    'peine de mort', 'woke', 'wokisme', 'religion', 'religieu*', 'jésus', 'le seigneur', 'allah', 'église', 'mosquée', 'synagogue', 'bible', 'coran', 'chrétien*',
    'musulman*', 'juif', 'juive', 'juifs', 'athée*', 'païen*', 'païenne', 'corrida', 'tauromachie', 'chasse à courre', 'véganisme', 'vegan', 'végan*',
    'viandard*', 'chasseurs', 'antivax*', 'anti-vax*', 'la monarchie', 'contribuables', 'nos impôts',
  ],
  any: ['Trump', 'Biden', 'Obama', 'Macron', 'Le Pen', 'Mélenchon', 'Bardella', 'Zemmour', 'Starmer', 'Sunak', 'Farage'],
});

/** Votes and elections that are not politics: awards, polls, contests. */
const NOT_POLITICAL = defineLexicon('p08.not-political', {
  en: ['vote for us', 'vote for your favourite', 'vote for your favorite', 'vote for the best', 'voting for your favourite', 'vote in the', 'awards', 'poll'],
  fr: ['votez pour nous', 'voter pour nous', 'votez pour votre', 'votez pour le meilleur', 'votez pour la meilleure', 'trophées', 'sondage', 'concours'],
});

/** Taking a side: support, opposition, verdicts, calls to act. */
const STANCE = defineLexicon('p08.stance', {
  en: [
    'we oppose', 'we are against', "we're against", 'we condemn', 'we say no to', 'we refuse', 'against the', 'needs to go', 'must go', 'has to go', 'should resign', 'must resign', 'step down',
    'a disgrace', 'disgraceful', 'shameful', 'a shame', 'a joke', 'a waste', 'waste of', 'long overdue', 'the best thing that ever happened',
    'best thing that ever happened', 'worst thing that ever happened', 'change our mind', 'change my mind', 'fight me',
    'we have to say it', 'we need to say it', 'we had to say it', 'not bike-related', 'not product-related', 'off topic but', 'off-topic but',
    'stay out of politics', 'we normally stay out', 'we never talk politics', 'unpopular opinion', 'hot take', 'honestly', 'frankly',
    'personally we', 'vote for', 'vote them out', 'go vote', 'get out and vote', "don't vote", 'is a cult', 'is evil', 'is murder',
    'really about', 'is about', 'true meaning', 'the reason for the season', 'needs their head checked', 'brainwashed', 'enough is enough',
    'never forget', 'anyone who voted', 'those who voted', 'nobody to blame but', 'should be abolished', 'must be abolished', 'must stop', 'has to stop', 'must end', 'should be banned', 'must be banned',
  ],
  fr: [
    'nous sommes contre', 'on est contre', 'nous disons non', 'on dit non', 'nous condamnons', 'on condamne', 'nous refusons', 'on refuse',
    'doit partir', 'doit démissionner', 'démission',
    'une honte', 'honteu*', 'scandaleu*', 'une blague', 'un gâchis', 'gaspillage', "il est temps que", "il était temps",
    'haut et fort', 'doit cesser', 'doivent cesser', 'il faut arrêter', 'stop à', 'non à', 'oui à', 'changez-nous d\'avis',
    'perso on', 'perso nous', 'personnellement nous', 'franchement', 'honnêtement', 'on le dit', 'nous le disons', 'il faut le dire',
    'rien à voir avec le vélo', 'hors sujet mais', 'on sort de notre réserve', 'votez', 'allez voter', 'votez pour', 'ne votez pas',
    'une secte', 'barbare', 'un crime', 'contraire à nos valeurs', 'nos valeurs chrétiennes', 'on ne fête pas', 'nous ne fêtons pas',
    'vrai sens', 'doit être interdit*', 'il faut interdire', "n'oubliez jamais", 'ceux qui ont voté', 'doit être aboli*',
  ],
});

/** Support: a stance that may be the brand's own cause when it serves its mission. */
const SUPPORT = defineLexicon('p08.support', {
  en: ['we support', 'we stand with', 'we back', 'we welcome', 'we applaud', 'stand with', 'support the', 'in support of', 'proud to support'],
  fr: ['nous soutenons', 'on soutient', 'soutien à', 'soutien aux', 'nous saluons', 'on salue', 'on applaudit', 'nous applaudissons', 'oui à', 'fiers de soutenir'],
});

/** Proclamations of faith: enough on their own from a brand account. */
const CREED = defineLexicon('p08.creed', {
  en: ['he is risen', 'christ is risen', 'jesus is lord', 'jesus saves', 'praise the lord', 'praise god', 'god is great', 'allahu akbar', 'keep christ in christmas', 'jesus is the reason'],
  fr: ['il est ressuscité', 'christ est ressuscité', 'jésus est vivant', 'gloire à dieu', 'dieu est grand', 'loué soit', 'jésus vous aime', 'jésus sauve'],
});

const SUBJECT_EMOJI = new Set(['🗳️', '🗳', '✝️', '✝', '☪️', '☪', '✡️', '✡', '🛐', '☦️', '✊']);

/** Index of the sentence holding offset `at` (binary search). */
function sentenceIndex(view: TextView, at: number): number {
  const list = view.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, list.length - 1);
}

/** Token indexes covered by some hit. */
function markTokens(view: TextView, hits: readonly Hit[]): Uint8Array {
  const marks = new Uint8Array(view.tokens.length);
  for (const h of hits) marks.fill(1, h.from, h.to);
  return marks;
}

function marked(marks: Uint8Array, h: Hit): boolean {
  for (let i = h.from; i < h.to; i++) if (marks[i]) return true;
  return false;
}

/** Subject hits, plus the emoji of politics and faith as one-token hits. */
function subjects(view: TextView): Hit[] {
  const hits = [...view.find(SUBJECT)];
  view.tokens.forEach((t, i) => {
    if (t.kind === 'emoji' && SUBJECT_EMOJI.has(t.raw)) hits.push({ lexicon: 'p08.emoji', lang: 'any', start: t.start, end: t.end, from: i, to: i + 1 });
  });
  return hits;
}

export default definePractice({
  meta: {
    number: 8,
    slug: 'brand-account-not-personal',
    title: { en: "The brand account is not your soapbox", fr: "Le compte de marque n'est pas une tribune personnelle" },
    statement: {
      en: "Don't use the brand's account for your personal views (politics, religion, causes) unless the stance is the brand's own and fits its charter.",
      fr: "N'utilisez pas le compte de la marque pour vos opinions personnelles (politique, religion, causes), sauf si la position est celle de la marque et conforme à sa charte.",
    },
    detection: 'partial',
    messages: {
      stance: {
        text: {
          en: '"{term}" takes a side on "{subject}" from the brand\'s account. Every customer who disagrees now disagrees with the brand, and the brand never decided to say it.',
          fr: '« {term} » prend parti sur « {subject} » depuis le compte de la marque. Chaque client en désaccord l’est désormais avec la marque, qui n’a jamais décidé de le dire.',
        },
        fix: {
          en: 'Keep personal views for your own account. If the brand really has a position, check it is approved and tied to its mission, and say it without attacking anyone.',
          fr: 'Gardez vos opinions pour votre compte personnel. Si la marque a vraiment une position, vérifiez qu’elle est validée et liée à sa mission, et exprimez-la sans attaquer personne.',
        },
      },
      creed: {
        text: {
          en: '"{term}" is a statement of faith on the brand\'s account. Customers of every belief follow it.',
          fr: '« {term} » est une profession de foi sur le compte de la marque. Des clients de toutes croyances la suivent.',
        },
        fix: {
          en: 'Keep greetings inclusive ("Happy Easter to everyone celebrating") and leave beliefs to personal accounts.',
          fr: 'Gardez des vœux inclusifs (« Joyeuses Pâques à celles et ceux qui la fêtent ») et laissez les convictions aux comptes personnels.',
        },
      },
    },
  },
  lexicons: [SUBJECT, NOT_POLITICAL, STANCE, SUPPORT, CREED, NEGATIVE_JUDGEMENT, INSULTS],
  create(ctx) {
    if (ctx.context.account !== 'brand') return;
    const draft = ctx.draft;
    const creed = draft.find(CREED)[0];
    if (creed) {
      reportAt(ctx, creed, 'creed', 'warn');
      return;
    }
    const excluded = markTokens(draft, draft.find(NOT_POLITICAL));
    const outside = (h: Hit) => !marked(excluded, h);
    const topics = subjects(draft).filter(outside);
    if (topics.length === 0) return;
    const sentence = (h: Hit) => sentenceIndex(draft, h.start);
    const topicsBySentence = new Map<number, Hit[]>();
    for (const t of topics) {
      const list = topicsBySentence.get(sentence(t));
      if (list) list.push(t);
      else topicsBySentence.set(sentence(t), [t]);
    }
    const attacks = [...draft.find(NEGATIVE_JUDGEMENT), ...draft.find(INSULTS)];
    const support = draft.find(SUPPORT);
    const opinions = [...draft.find(STANCE), ...attacks].filter(outside);
    const opinionSentences = new Set(opinions.map(sentence));
    const missionSentences = new Set((ctx.profile ? draft.profileTerms('topics') : []).map(sentence));
    const supportSet = new Set(support);
    const stances = [...opinions, ...support.filter(outside)].sort((a, b) => a.start - b.start);
    for (const stance of stances) {
      const si = sentence(stance);
      let topic: Hit | undefined;
      for (let k = si - 1; k <= si + 1 && !topic; k++) topic = topicsBySentence.get(k)?.find((t) => t.start !== stance.start);
      if (!topic) continue;
      // The brand's own cause: support with its topics in the same sentence, and no opinion or attack around.
      const ownCause =
        supportSet.has(stance) &&
        missionSentences.has(si) &&
        !opinionSentences.has(si - 1) &&
        !opinionSentences.has(si) &&
        !opinionSentences.has(si + 1);
      if (ownCause) continue;
      const subject = draft.text.slice(topic.start, topic.end);
      reportAt(ctx, stance, 'stance', 'warn', { subject });
      return;
    }
  },
});
