// Practice 8: The brand account is not your soapbox / Le compte de marque n'est pas une tribune personnelle.
// On the brand's account only, flags personal stances on divisive subjects: politics (parties, elections,
// governments, reforms), religion and divisive societal debates (bullfighting, veganism…). Two signals are
// needed: such a subject AND a stance on it in the same or the next sentence (support, opposition, a verdict
// such as "a disgrace", « une honte », a call to vote, "change our mind"), or a proclamation of faith.
// Support that serves the brand's mission (a bike maker backing a minister's bike-lane plan: the profile's
// topics in the same sentence) is the brand's own and is not flagged, unless an opinion or attack comes with it.
// Also flagged: a politician, party or political hashtag with a mocking remark ("LOL at … #debate"), religious
// exhortation (« sans Dieu… », "only God can…"; oaths like "oh my God" excluded), and a personal rant posted from
// the brand's account ("I" + swearing or contempt for a group of people).
import { definePractice } from '../practice';
import { defineLexicon, type Hit } from '../text/phrases';
import { reportAt, markTokens, marked } from '../helpers';
import type { TextView } from '../analysis';
import { INSULTS, MOCKING_EMOJI, NEGATIVE_JUDGEMENT, SWEARING } from '../lexicon/judgement';

/** Divisive subjects: politics, religion, societal debates. */
const SUBJECT = defineLexicon('p08.subject', {
  en: [
    'politics', 'political', 'politician*', 'government', 'governments', 'govt', 'the gov', 'prime minister', 'chancellor', 'parliament', 'mps', 'senator*',
    'congress', 'election', 'elections', 'general election', 'generalelection*', 'vote for', 'voting for', 'voted for', 'vote against',
    'voting against', 'candidate', 'candidates', 'ballot', 'referendum', 'left-wing', 'right-wing', 'far right', 'far-right', 'far left',
    'far-left', 'leftists', 'lefties', 'conservatives', 'tories', 'tory', 'labour party', 'lib dems', 'democrats', 'republicans', 'brexit',
    'remainers', 'brexiteers', 'monarchy', 'royal family', 'republic', 'taxpayers', "chancellor's budget", 'austerity', 'immigration',
    'immigrants', 'migrants', 'refugees', 'abortion', 'pro-life', 'pro-choice', 'gun control', 'death penalty', 'woke', 'anti-woke',
    'pension reform', 'the strike', 'strikers', 'voted leave', 'voted remain', 'religion', 'religious', 'jesus', 'the lord', 'allah', 'church', 'mosque', 'synagogue', 'bible', 'quran', 'koran',
    'christian*', 'muslim*', 'jewish', 'atheis*', 'pagan', 'heathen*', 'bullfighting', 'veganism', 'vegans', 'meat eaters', 'fox hunting',
    'hunting ban', 'trophy hunting',
    'anti-vax*', 'antivax*', 'climate hoax', 'voters', 'the electorate', 'the polls', 'political party', 'political parties', 'the party line',
    'god', 'the almighty', 'believers', 'non-believers', 'unbelievers', 'scripture', 'secularism',
    'strikes', 'on strike', 'rail strike*', 'general strike', 'walkout', 'picket line', 'unions', 'trade union*', 'protest', 'protests', 'protesters', 'march on',
    'city hall', 'the mayor', 'the opposition', 'referendum', 'new law', 'the law on', 'retirement age', 'welfare', 'benefits system', 'unemployment benefit*', 'minimum wage', 'taxes on the rich', 'wealth tax',
    'remote work', 'working from home', 'wfh', 'return to office', 'back to the office', 'vaccine*', 'vaccination*', 'mandatory vaccin*',
    'guns', 'hunting', 'hunters', 'bullfight*', 'ramadan', 'hijab', 'headscarf', 'burqa', 'same-sex marriage', 'gay marriage', 'trans rights',
    'transgender', 'climate activists', 'gender ideology', 'the death penalty', 'cannabis legalisation', 'legalise cannabis',
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
    'votent', 'voter', 'électeurs', 'électrices', 'électorat', 'les urnes', 'aux urnes', 'parti politique', 'partis politiques', 'les partis',
    'dieu', 'croyants', 'mécréants', 'laïcité',
    'grève', 'grèves', 'syndicat*', 'manifester', 'manifestation', 'manifestations', 'manifestants', 'cortège', 'la mairie', 'le maire',
    'la maire', "l'opposition", 'projet de loi', 'retraite à', 'la retraite à', 'âge de la retraite', 'âge de départ', 'assurance chômage', 'chômeurs',
    'les allocs', 'allocations', 'smic', 'isf', 'impôt sur la fortune', 'télétravail', 'retour au bureau', 'vaccin*', 'vaccination*',
    'pass sanitaire', 'la chasse', 'armes à feu', 'ramadan', 'le voile', 'port du voile', 'burqa', 'burkini', 'mariage pour tous', 'droits des trans',
    'réchauffement climatique', 'militants écolo*', 'théorie du genre', 'légalisation du cannabis', 'la réforme', 'cette réforme',
  ],
});

/** Debates the brand may be asked to weigh in on (in the post replied to): laws and bans imposed on everyone. */
const ASKED_DEBATE = defineLexicon('p08.asked-debate', {
  en: ['proposed ban', 'ban on', 'the ban', 'imposed by law', 'by law', 'new law', 'the bill', 'four-day week', '4-day week', 'four day week', '4 day week', 'petrol cars', 'speed limits', 'legalising', 'legalizing'],
  fr: ['imposée par la loi', 'imposé par la loi', 'imposées par la loi', 'par la loi', 'la loi', "l'interdiction", 'interdiction des', 'interdiction de', 'semaine de 4 jours', 'semaine de quatre jours', 'voitures thermiques', 'projet de loi', 'légalisation'],
});

/** Names and labels that are politics on their own: politicians, parties, political hashtags (see politicalHashtag). */
const FIGURE = defineLexicon('p08.figure', {
  en: ['the democrats', 'the republicans', 'the gop', 'the tories', 'the labour party', 'reform uk', 'the lib dems', 'the snp', 'maga'],
  fr: [
    'ce parti', 'leur parti', 'ton parti', 'votre parti', 'le rn', 'le fn', 'la nupes', 'le nfp', 'les insoumis', 'la france insoumise',
    'les écolos', 'la macronie',
  ],
  any: [
    'Trump', 'Biden', 'Obama', 'Obamas', 'Romney', 'Clinton', 'Hillary', 'Kamala', 'DeSantis', 'Putin', 'Poutine', 'Zelensky', 'Netanyahu',
    'Boris Johnson', 'Liz Truss', 'Theresa May', 'Thatcher', 'Corbyn', 'Starmer', 'Sunak', 'Farage', 'Badenoch', 'Meloni', 'Orbán', 'Orban',
    'Merkel', 'Scholz', 'Modi', 'Macron', 'Le Pen', 'Marine Le Pen', 'Mélenchon', 'Bardella', 'Zemmour', 'Sarkozy', 'Hollande', 'Attal',
    'Bayrou', 'Barnier', 'Retailleau', 'Darmanin', 'Élisabeth Borne', 'Hidalgo', 'Pécresse', 'Ciotti', 'Glucksmann', 'Ruffin', 'Mitterrand', 'Chirac',
  ],
});

/** Hashtags of live political commentary: #nbcpolitics, #debate2024, #présidentielle. */
const POLITICAL_TAG = /politi|election|electoral|debate|vote|ballot|presidenti|legislativ|referendum|brexit|gopdebat|democrat|republican|parliament|congress|senat|gouvernement|macron|trump|biden/;

/** A remark on a politician or party: enough, next to such a name, to make it commentary. */
const REMARK = defineLexicon('p08.remark', {
  en: [
    'bad', 'terrible', 'wrong', 'ironic', 'funny', 'hilarious', 'lol', 'lmao', 'haha', 'knew it', 'died', 'dead', 'crazy', 'insane', 'liar',
    'clown', 'worst', 'hate', 'bye bye', 'good riddance', 'what a joke',
  ],
  fr: [
    'nul', 'nulle', 'tort', 'drôle', 'mdr', 'ptdr', 'lol', 'mort', 'morte', 'fou', 'folle', 'menteur', 'menteuse', 'clown', 'guignol*',
    'le pire', 'bon débarras', 'on ne les comprend pas', 'on ne comprend pas', 'quelle blague',
  ],
});

/** Votes and elections that are not politics: awards, polls, contests. */
const NOT_POLITICAL = defineLexicon('p08.not-political', {
  en: ['job hunting', 'bug hunting', 'bargain hunting', 'house hunting', 'hunting for', 'vote for us', 'vote for your favourite', 'vote for your favorite', 'vote for the best', 'voting for your favourite', 'vote in the', 'awards', 'poll'],
  fr: ['votez pour nous', 'voter pour nous', 'votez pour votre', 'votez pour le meilleur', 'votez pour la meilleure', 'la chasse aux', 'chasse au trésor', 'trophées', 'sondage', 'concours', 'parti pris', 'parti-pris', 'tirer parti', 'tire parti', 'prendre le parti'],
});

/** Taking a side: support, opposition, verdicts, calls to act. */
const STANCE = defineLexicon('p08.stance', {
  en: [
    'we oppose', 'we are against', "we're against", 'we are with the', "we're with the", 'we stand with the', 'in solidarity with', 'solidarity with the',
    '(must|should|has to|needs to|need to) (back down|u-turn|withdraw|scrap it|scrap this|drop it|drop this|stay out of it|keep out of it|butt out)', 'should stay out of',
    'imho', 'imo', 'in my opinion', 'ridiculous idea', 'stupid idea', 'terrible idea', 'dumb idea', 'we condemn', 'we say no to', 'we refuse', 'against the', 'needs to go', 'must go', 'has to go', 'should resign', 'must resign', 'step down',
    'a disgrace', 'disgraceful', 'shameful', 'a shame', 'a joke', 'a waste', 'waste of', 'long overdue', 'the best thing that ever happened',
    'best thing that ever happened', 'worst thing that ever happened', 'change our mind', 'change my mind', 'fight me',
    'we have to say it', 'we need to say it', 'we had to say it', 'not bike-related', 'not product-related', 'off topic but', 'off-topic but',
    'stay out of politics', 'we normally stay out', 'we never talk politics', 'unpopular opinion', 'hot take', 'honestly', 'frankly',
    'personally we', 'vote for', 'vote them out', 'go vote', 'get out and vote', "don't vote", 'is a cult', 'is evil', 'is murder',
    'really about', 'is about', 'true meaning', 'the reason for the season', 'needs their head checked', 'brainwashed', 'enough is enough',
    'never forget', 'anyone who voted', 'those who voted', 'anyone who votes', 'people who vote', 'those who vote', 'anyone still voting',
    'still voting for', 'still vote for', 'wake up', 'open your eyes',
    "we're for", 'we are for', 'we are pro', "we're pro", 'we believe', 'we think', 'our view', 'our opinion', 'our take', 'we said it',
    'should be mandatory', 'must be mandatory', 'should be compulsory', 'should be illegal', 'should be outlawed', 'is killing',
    'are killing', 'are lazy', 'lazy', 'freeloaders', 'scroungers', 'holding * hostage', 'holding the (whole|) country hostage',
    'go back to work', 'get back to work', 'vote wisely', "vote (yes|no)", "voting (yes|no)", "time for a change", 'it was about time',
    'about time', 'hopes you will too', 'hope you will too', 'join us (at|on) the', 'see you at the march', 'take to the streets',
    'except (for|) those who', 'anyone who disagrees', 'whoever disagrees', 'people who refuse', 'those who refuse',
    'abuse the system', 'milking the system', 'how can anyone', 'how anyone can', "can't understand how", 'sheeple', 'nobody to blame but', 'should be abolished', 'must be abolished', 'must stop', 'has to stop', 'must end', 'should be banned', 'must be banned',
  ],
  fr: [
    'nous sommes contre', 'on est contre', 'on est avec les', 'nous sommes avec les', 'aux côtés des grévistes', 'solidaires des', 'solidaires avec', 'en soutien aux',
    '(doit|doivent|devrait|devraient) (reculer|céder|retirer sa réforme|retirer son projet|plier|abandonner)', 'idée ridicule', 'idée stupide', "idée de gens qui", 'une idée débile', 'à mon humble avis', 'nous disons non', 'on dit non', 'nous condamnons', 'on condamne', 'nous refusons', 'on refuse',
    'doit partir', 'doit démissionner', 'démission',
    'une honte', 'honteu*', 'scandaleu*', 'une blague', 'un gâchis', 'gaspillage', "il est temps que", "il était temps",
    'haut et fort', 'doit cesser', 'doivent cesser', 'il faut arrêter', 'stop à', 'non à', 'oui à', 'changez-nous d\'avis',
    'perso on', 'perso nous', 'personnellement nous', 'franchement', 'honnêtement', 'on le dit', 'nous le disons', 'il faut le dire',
    'rien à voir avec le vélo', 'hors sujet mais', 'on sort de notre réserve', 'votez', 'allez voter', 'votez pour', 'ne votez pas',
    'une secte', 'barbare', 'un crime', 'contraire à nos valeurs', 'nos valeurs chrétiennes', 'on ne fête pas', 'nous ne fêtons pas',
    'vrai sens', 'doit être interdit*', 'il faut interdire', "n'oubliez jamais", 'ceux qui ont voté', 'doit être aboli*',
    'ceux qui votent', 'ceux qui votent encore',
    'on est pour', 'nous sommes pour', 'nous, on est pour', 'on est pour la', 'notre avis', 'on l\'assume', 'nous l\'assumons', 'point barre',
    'coup de gueule', '(devrait|devraient) être interdit*', '(devrait|devraient) être obligatoire*', 'doit être obligatoire', 'devrait être aboli*',
    "qu'il était temps", 'il était temps', 'profitent du système', 'profiter du système', 'assistés', 'feignants', 'fainéants', 'paresseux',
    'prennent (le pays|la france|les usagers|tout le monde) en otage', 'en otage', 'retournez bosser', 'retournez travailler',
    'votez bien', 'ira manifester', 'irons manifester', 'on compte sur vous', 'tous dans la rue', 'descendez dans la rue',
    'sauf (à|a|pour) ceux qui', 'ceux qui veulent imposer', 'trop de gens', 'votent encore', 'votez encore', 'réveillez-vous', 'ouvrez les yeux', 'on ne les comprend pas',
    'on ne comprend pas ceux', 'je ne comprends pas ceux', 'comment peut-on encore', 'comment peut-on voter', 'les moutons',
  ],
});

/** Owning an opinion as the brand's: "that's our view", « on l'assume », « point barre ». */
const OWNED_OPINION = defineLexicon('p08.owned-opinion', {
  en: ["that's our view", 'that is our view', "that's our opinion", 'our honest opinion', 'we stand by it', 'we said it', 'we said what we said', 'hot take', 'unpopular opinion', 'fight us', 'change our minds', 'and we mean it', 'full stop'],
  fr: ["c'est notre avis", 'notre avis', "on l'assume", "nous l'assumons", 'point barre', 'coup de gueule', "on l'a dit", 'on le dit', 'nous le disons', 'avis impopulaire', 'on persiste et on signe'],
});

/** A ruling on how society should be: "should be banned", « devraient être interdites ». */
const SOCIETAL_RULING = defineLexicon('p08.societal-ruling', {
  en: ['should be (banned|outlawed|illegal|mandatory|compulsory|abolished)', 'must be (banned|outlawed|abolished)', 'ought to be (banned|outlawed|illegal|mandatory)', 'are lazy', 'is ruining (the|this) country'],
  fr: ['(devrait|devraient) être (interdit*|interdite|interdites|obligatoire|obligatoires|aboli*)', '(doit|doivent) être (interdit*|aboli*|obligatoire|obligatoires)', 'il faut interdire', 'il faudrait interdire', "c'est pour les (feignants|fainéants|paresseux)"],
});

/** Support: a stance that may be the brand's own cause when it serves its mission. */
const SUPPORT = defineLexicon('p08.support', {
  en: ['we support', 'we stand with', 'we back', 'we welcome', 'we applaud', 'stand with', 'support the', 'in support of', 'proud to support'],
  fr: ['nous soutenons', 'on soutient', 'soutien à', 'soutien aux', 'nous saluons', 'on salue', 'on applaudit', 'nous applaudissons', 'oui à', 'fiers de soutenir'],
});

/** Proclamations of faith and religious exhortation: enough on their own from a brand account. */
const CREED = defineLexicon('p08.creed', {
  en: [
    'he is risen', 'christ is risen', 'jesus is lord', 'jesus saves', 'praise the lord', 'praise god', 'god is great', 'allahu akbar', 'keep christ in christmas',
    'jesus is the reason', 'without god', 'without jesus', 'only god', 'only jesus', 'god is (good|love|the answer|in control|watching)', 'trust in god',
    'trust in the lord', 'put your faith in', 'believe in god', 'believe in jesus', '(jesus|god) loves you', 'accept jesus', 'give your life to',
    'the bible says', 'the quran says', 'the word of god', 'the lord is', 'pray to', 'let us pray', "let's pray", 'repent', 'turn to god', 'god willing',
    'thank (god|jesus|the lord) for', 'blessed by god', 'in god we trust', 'one true god', 'the true faith', 'nonbelievers will', 'non-believers will',
    '(god|the lord|jesus) has a plan', "god's plan for", '(god|the lord) will provide', '(god|the lord|jesus) is with you', '(god|the lord) (watches|is watching) over',
    'go to church', 'go to mass', 'get to church', 'come to church', 'attend church', 'attend mass', 'read your bible', 'open your bible', 'say your prayers', 'keep praying',
  ],
  fr: [
    'il est ressuscité', 'christ est ressuscité', 'jésus est vivant', 'gloire à dieu', 'dieu est grand', 'loué soit', 'jésus vous aime', 'jésus sauve',
    'sans dieu', 'sans jésus', 'seul dieu', 'dieu seul', 'seul jésus', 'dieu est (amour|bon|la réponse|partout|avec nous)', 'dieu vous aime', 'dieu nous aime',
    'confiance en dieu', 'confiance au seigneur', 'croyez en dieu', 'croire en dieu', 'croyez en jésus', 'remettez-vous à dieu', 'tournez-vous vers dieu',
    'la bible dit', 'le coran dit', 'la parole de dieu', 'le seigneur est', 'priez pour', 'priez le seigneur', 'priez dieu', 'prions pour', 'prions le seigneur', 'prions dieu', 'prions ensemble', 'repentez-vous', 'convertissez-vous',
    'inch allah', 'inchallah', 'la vraie foi', 'le seul vrai dieu', 'les mécréants', 'les non-croyants',
    '(dieu|le seigneur|jésus) a un plan', 'dieu pourvoira', '(dieu|le seigneur|jésus) est avec vous', '(dieu|le seigneur) veille sur', 'allez à la messe', "allez à l'église",
    'venez à la messe', "venez à l'église", 'lisez la bible', 'ouvrez la bible', 'faites vos prières', 'continuez de prier', 'continuez à prier',
  ],
});

/** Interjections that name God without professing anything ("oh my God", « Dieu merci »). */
const OATH = defineLexicon('p08.oath', {
  en: ['oh my god', 'my god', 'omg', 'thank god', 'god knows', "for god's sake", 'god forbid', 'godspeed', 'good god', 'god bless'],
  fr: ['mon dieu', 'oh mon dieu', 'dieu merci', 'dieu sait', 'bon dieu', 'nom de dieu', 'grâce à dieu', 'à dieu vat', 'pour l\'amour de dieu'],
});

/** Contempt for a whole group of people: "nobody here knows how to drive", « les gens d'ici ». */
const CONTEMPT = defineLexicon('p08.contempt', {
  en: [
    'no one here knows', 'nobody here knows', 'no one in this (town|city|country) (knows|can)', 'nobody in this (town|city|country) (knows|can)',
    'people in this (town|city|country)', 'these people', 'typical of them', 'this town is', 'this city is',
  ],
  fr: [
    'personne ici ne sait', 'personne ne sait conduire', 'personne ne sait rouler', "les gens d'ici", 'dans ce pays de', 'ces gens-là', 'ces gens',
    'cette ville de', 'ce pays de',
  ],
});

/** Speaking as "I" with an opinion or a grievance: a personal post on the brand's account. */
const I_OPINION = defineLexicon('p08.i-opinion', {
  en: [
    'i find it', 'i find', 'i think', 'i hate', "i can't stand", 'i cannot stand', "i'm sick of", 'i am sick of', "i'm so done", "i'm tired of",
    'i swear', 'i just', 'my commute', 'my neighbours', 'my neighbors', 'my ex', 'my boss', 'personally i', 'if you ask me', 'me personally',
  ],
  fr: [
    'je trouve', 'je pense', 'je déteste', 'je supporte pas', 'je ne supporte pas', "j'en ai marre", "j'en peux plus", 'perso je', 'moi je',
    'personnellement je', 'je vous jure', 'mes voisins', 'mon ex', 'mon boss', 'mon patron', 'ça me saoule', 'ça me gonfle',
  ],
});

const SUBJECT_EMOJI = new Set(['🗳️', '🗳', '✝️', '✝', '☪️', '☪', '✡️', '✡', '🛐', '☦️', '✊']);

/** One-token hits of the tokens that pass a test. */
function tokenHits(view: TextView, id: string, test: (raw: string, form: string, kind: string) => boolean): Hit[] {
  const hits: Hit[] = [];
  view.tokens.forEach((t, i) => {
    if (test(t.raw, t.forms[0] ?? '', t.kind)) hits.push({ lexicon: id, lang: 'any', start: t.start, end: t.end, from: i, to: i + 1 });
  });
  return hits;
}

const ME = new Set(['i', "i'm", 'im', "i've", "i'd", "i'll", 'me', 'my', 'myself', 'je', "j'", 'moi', 'mon', 'ma', 'mes']);

/** "I", "me", « je », « moi »: the first sign of a personal post. */
function firstPersonSingular(view: TextView): Hit | undefined {
  return tokenHits(view, 'p08.me', (_raw, form, kind) => kind === 'word' && ME.has(form))[0];
}

/** Politicians, parties and political hashtags. */
function figuresOf(view: TextView): Hit[] {
  const tags = tokenHits(view, 'p08.tag', (raw, _form, kind) => kind === 'hashtag' && POLITICAL_TAG.test(raw.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')));
  return [...view.find(FIGURE), ...tags];
}

function mockingEmoji(view: TextView): Hit[] {
  return tokenHits(view, 'p08.mock', (raw, _form, kind) => kind === 'emoji' && MOCKING_EMOJI.has(raw));
}

/** Subject hits, plus the emoji of politics and faith as one-token hits. */
function subjects(view: TextView): Hit[] {
  const hits = [...view.find(SUBJECT), ...figuresOf(view)];
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
      rant: {
        text: {
          en: '"{term}" reads as a personal rant, and it is going out on the brand\'s account. Followers will take it as the company speaking.',
          fr: '« {term} » ressemble à un coup de gueule personnel, et il part du compte de la marque. Les abonnés le liront comme la parole de l’entreprise.',
        },
        fix: {
          en: 'Check which account you are logged into. Personal opinions and venting belong on your own profile, if anywhere.',
          fr: 'Vérifiez sur quel compte vous êtes connecté. Les opinions et coups de gueule personnels vont sur votre propre profil, si tant est qu’ils y aillent.',
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
  lexicons: [ASKED_DEBATE, OWNED_OPINION, SOCIETAL_RULING, SUBJECT, FIGURE, REMARK, NOT_POLITICAL, STANCE, SUPPORT, CREED, OATH, CONTEMPT, I_OPINION, NEGATIVE_JUDGEMENT, INSULTS, SWEARING],
  create(ctx) {
    if (ctx.context.account !== 'brand') return;
    const draft = ctx.draft;
    const parent = ctx.parent;
    const oaths = markTokens(draft, draft.find(OATH));
    const creed = draft.find(CREED).find((h) => !marked(oaths, h));
    if (creed) {
      reportAt(ctx, creed, 'creed', 'warn');
      return;
    }
    // A personal rant posted from the brand's account: "I" plus swearing or contempt for a group of people.
    if (ctx.context.kind === 'post' && ctx.profile?.voice.person !== 'i') {
      const me = draft.find(I_OPINION)[0] ?? (draft.has(SWEARING) ? firstPersonSingular(draft) : undefined);
      const rant = draft.find(SWEARING)[0] ?? draft.find(INSULTS)[0] ?? draft.find(CONTEMPT)[0];
      if (me && rant) {
        reportAt(ctx, rant, 'rant', 'warn');
        return;
      }
    }
    // A politician, a party or a political hashtag with a mocking remark: live political commentary.
    const figures = figuresOf(draft);
    if (figures.length) {
      const remarkBySentence = new Map<number, Hit>();
      for (const r of [...draft.find(REMARK), ...draft.find(INSULTS), ...mockingEmoji(draft)]) {
        const k = draft.sentenceIndexAt(r.start);
        if (!remarkBySentence.has(k)) remarkBySentence.set(k, r);
      }
      const topicSentences = new Set((ctx.profile ? draft.profileTerms('topics') : []).map((h) => draft.sentenceAt(h.start)));
      for (const f of figures) {
        const si = draft.sentenceIndexAt(f.start);
        const remark = remarkBySentence.get(si) ?? remarkBySentence.get(si - 1) ?? remarkBySentence.get(si + 1);
        if (remark && !topicSentences.has(draft.sentenceAt(f.start))) {
          reportAt(ctx, remark, 'stance', 'warn', { subject: draft.text.slice(f.start, f.end) });
          return;
        }
      }
    }
    const excluded = markTokens(draft, [...draft.find(NOT_POLITICAL), ...draft.find(OATH)]);
    const outside = (h: Hit) => !marked(excluded, h);
    // "X should be banned. That's our view and we stand by it": a verdict on society, owned as the brand's opinion,
    // about something that is not the brand's subject.
    if (ctx.context.kind === 'post') {
      const owned = draft.find(OWNED_OPINION)[0];
      const ruling = owned ? draft.find(SOCIETAL_RULING)[0] : undefined;
      if (owned && ruling) {
        const missionHere = (ctx.profile ? draft.profileTerms('topics') : []).some((t) => draft.sentenceAt(t.start) === draft.sentenceAt(ruling.start));
        if (!missionHere) {
          reportAt(ctx, ruling, 'stance', 'warn', { subject: draft.text.slice(ruling.start, ruling.end) });
          return;
        }
      }
    }
    const topics = subjects(draft).filter(outside);
    if (topics.length === 0) {
      // Asked for its view on a divisive subject ("what do you think of the pension reform?"), the brand gives one.
      const asked = parent && ctx.context.kind === 'reply' ? parent.find(SUBJECT)[0] ?? figuresOf(parent)[0] ?? parent.find(ASKED_DEBATE)[0] : undefined;
      const verdict = asked ? [...draft.find(STANCE), ...draft.find(NEGATIVE_JUDGEMENT), ...draft.find(INSULTS)].filter(outside)[0] : undefined;
      if (asked && verdict && parent) reportAt(ctx, verdict, 'stance', 'warn', { subject: parent.text.slice(asked.start, asked.end) });
      return;
    }
    const sentence = (h: Hit) => draft.sentenceIndexAt(h.start);
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
