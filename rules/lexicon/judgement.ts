// Negative judgement, insults, mockery and anger, shared by practices 5 (respect), 12 (step back),
// 14 (competitors), 16 (accountability), 20 (self-censor) and 23 (heated replies), plus small token-level
// helpers those practices use to tell who a remark is aimed at. Every helper is one pass over tokens.
import { defineLexicon, type Lexicon } from '../text/phrases';
import type { Token } from '../text/tokenize';
import type { TextView } from '../analysis';
import type { Span } from '../helpers';

/** Words that run something or someone down (a product, a service, a company). */
export const NEGATIVE_JUDGEMENT = defineLexicon(
  'shared.negative-judgement',
  {
    en: [
      'terrible', 'awful', 'horrible', 'horrendous', 'garbage', 'trash', 'trashy', 'rubbish', 'junk', 'crap', 'crappy', 'sucks', 'suck', 'sucked',
      'pathetic', 'useless', 'worthless', 'incompetent', 'incompetence', 'rude', 'clowns', 'clown show', 'amateurs', 'amateurish', 'amateur hour',
      'a joke', 'such a joke', 'what a joke', 'joke of a', 'laughable', 'laughing stock', 'disaster', 'disastrous', 'dumpster fire', 'train wreck', 'trainwreck',
      'scam', 'scams', 'scammers', 'scammy', 'fraud', 'frauds', 'fraudsters', 'shady', 'dodgy', 'unreliable', 'flimsy', 'rickety', 'shoddy', 'sloppy',
      'stone age', 'dinosaurs', 'prehistoric', 'worst', 'inferior', 'second-rate', 'third-rate', 'knock-off', 'knockoff', 'knock-offs', 'ripoff', 'rip-off', 'rip off',
      'overpriced', 'piece of junk', 'piece of crap', 'death trap', 'death traps', 'fire hazard', 'tin can', 'toy bikes', 'made of cardboard', 'cardboard',
      "don't know what they're doing", "doesn't know what they're doing", "know what they're doing", 'clueless', "don't have a clue", "haven't got a clue",
      'no clue', 'a mess', 'hot mess', 'embarrassing', 'shameful', 'go bankrupt', 'going bankrupt', 'going under', 'go bust', 'going bust', 'sinking ship', 'falling apart', 'fall apart',
      'steer clear', 'stay away from', 'run away from', 'avoid them', 'avoid like the plague', 'dumb', 'stupid', 'idiots', 'idiotic', 'moronic', 'morons',
      'losers', 'lame', 'cowboys', 'bodge', 'bodged', 'bodge job', 'gimmick', 'gimmicky', 'should be banned', 'should be ashamed', 'ashamed of themselves',
      'good luck getting', 'good luck reaching', 'never answer', 'never pick up',
    ],
    fr: [
      'nul', 'nuls', 'nulle', 'nulles', 'pourri', 'pourris', 'pourrie', 'pourries', 'naze', 'nazes', 'bidon', 'minable', 'minables', 'lamentable', 'lamentables',
      'catastrophique', 'catastrophiques', 'une catastrophe', 'la cata', 'calamiteu*', 'désastreu*', 'médiocre', 'médiocres', 'médiocrité',
      'incompétent*', 'impoli', 'impolie', 'impolis', 'amateurs', 'amateurisme', 'de vrais amateurs', 'clowns', 'escroc', 'escrocs', 'escroquerie', 'arnaque', 'arnaques', 'arnaqueur*',
      'à la ramasse', 'à la rue', 'à côté de la plaque', 'préhistorique*', 'de mathusalem', 'antédiluvien*', 'passoire', 'passoires',
      'bricolage', 'du bricolage', 'bricolé*', 'une blague', 'une vaste blague', 'honteu*', 'la honte', "j'ai honte pour", 'pitoyable*', 'ringard*',
      'à fuir', 'fuyez', 'évitez-les', 'merdique*', 'de la merde', 'de la daube', 'daube', 'foireu*', 'bancal', 'bancale', 'au rabais', 'de pacotille',
      'camelote', 'du toc', 'usine à gaz', 'en carton', 'de carton', 'hors de prix', 'prix de l\'or', "ne savent pas ce qu'ils font", "savent pas ce qu'ils font",
      "savent pas bosser", 'débile*', 'idiots', 'stupide*', 'largués', 'larguée', 'moisi*', 'en faillite', '(va|vont) (bientôt|) couler', 'truffé de bugs',
      'plante tout le temps', 'jamais joignables', 'injoignables', 'des jouets', 'jouets', 'des guignols',
      'devraient avoir honte', 'une honte', "c'est honteux", 'gadget', 'gadgets', "n'importe quoi", 'du grand n\'importe quoi', 'HS', 'bons à rien', 'à jeter',
    ],
  },
  { maskable: true },
);

/** Name-calling and crude insults aimed at a person. */
export const INSULTS = defineLexicon(
  'shared.insults',
  {
    en: [
      'idiot', 'idiots', 'moron*', 'stupid', 'dumb', 'dumbass', 'dumb ass', 'imbecile*', 'loser', 'losers', 'clown', 'clowns', 'jerk', 'jerks', 'fool', 'fools',
      'get a life', 'shut up', 'stfu', 'screw you', 'f*ck you', 'fuck you', 'fuck off', 'piss off', 'asshole*', 'arsehole*', 'bitch', 'bitches', 'dickhead*',
      'twat*', 'wanker*', 'tosser*', 'prick', 'pricks', 'dipshit*', 'numpty', 'muppet*', 'halfwit*', 'nitwit*', 'dimwit*', 'cretin*', 'pathetic', 'clueless',
      'snowflake*', 'crybaby', 'cry baby', 'whiner', 'brain dead', 'braindead', 'brain cells', 'needs their head checked', 'need your head checked',
      'needs his head checked', 'needs her head checked', 'shill', 'shills', 'bootlicker*', 'parasite*', 'scum', 'scumbag*', 'lowlife', 'low life', 'troll', 'trolls',
      'idiotic', 'you muppet', 'absolute weapon', 'weirdo', 'creep', 'dinosaur', 'fossil',
      // "Not the sharpest tool in the shed", "not the brightest bulb": name-calling dressed as an idiom.
      'sharpest tool in the shed', 'not the sharpest', 'brightest bulb', 'not the brightest', 'few sandwiches short', 'lights are on but',
    ],
    fr: [
      'idiot', 'idiots', 'idiote', 'idiotes', 'imbécile*', 'abruti*', 'crétin*', 'débile', 'débiles', 'con', 'cons', 'conne', 'connes', 'connard*', 'connasse*',
      'pauvre type', 'pauvre con', 'pauvre conne', 'pauvre fille', 'ta gueule', 'vos gueules', 'ferme-la', 'fermez-la', 'boloss*', 'bolos', 'bouffon*', 'guignol*',
      'tocard*', 'minable', 'larbin*', 'clown', 'clowns', 'enfoiré*', 'salaud*', 'salope*', 'gros naze', 'pov\' type', 'pov type', 'ouin-ouin', 'ouin ouin',
      'âge mental', "ans d'âge mental", "t'es bête", 'bête comme', 'cassos', 'beauf', 'beaufs', 'feignasse*', 'feignant*', 'fainéant*', 'parasite*',
      'sale con', 'sale type', 'sale menteur', 'sale menteuse', 'pignouf*', 'andouille*', 'neuneu', 'teubé', 'golmon', 'mongol*', 'cinglé*', 'taré*',
      'dinosaure', 'fossile', 'pas une lumière', 'pas très futé', 'pas très futée', "inventé l'eau tiède", "inventé le fil à couper le beurre", 'la lumière est allumée mais',
      'va te faire', 'casse-toi', 'dégage', 'nique', 'boulet', 'boulets', 'espèce de', 'gogol', 'baltringue*', 'troll', 'trolls',
    ],
  },
  { maskable: true },
);

/** Swearing that is not name-calling: a rant's marker, not an insult by itself. */
export const SWEARING = defineLexicon(
  'shared.swearing',
  {
    en: ['fuck*', 'f*ck*', 'fck*', 'shit', 'shitty', 'bullshit', 'wtf', 'damn it', 'goddamn*', 'bloody hell', 'ffs', 'pissed off', 'screw this'],
    fr: ['putain', 'ptn', 'merde', 'bordel', 'fait chier', 'ça me fait chier', 'chier', 'fais chier', 'fais ch*er', 'bordel de merde', 'pff', 'ras-le-bol', 'ras le bol', 'marre'],
  },
  { maskable: true },
);

/** Sarcasm and condescension aimed at the person one talks to: strong enough to stand alone in a reply. */
export const MOCKERY = defineLexicon('shared.mockery', {
  en: [
    'skill issue', 'cry more', 'cry about it', 'stay mad', 'seethe', 'touch grass', 'ok boomer', 'okay boomer', 'nobody asked', 'no one asked', 'who asked',
    // Digs at a reader's reading or looks: "reading helps", "have you looked at your photos lately?".
    'reading helps', 'reading is fun', 'reading is free', 'have you (looked|tried looking) (at yourself|in (a|the) mirror|at your (photos|pics|pictures|profile|face))', 'looked in a mirror lately',
    "maybe it's not the (algorithm|app|algo|platform)", '(armchair|comment section|comments section|keyboard) (experts|expert|engineers|lawyers|critics)', 'explain(s|ing|) our (own|) (job|jobs|business|work) to us', 'taking notes, promise',
    'learn to read', 'learn to code', 'learn to ride', 'learn how to read', "can't read", "can't you read", 'reading is hard', 'try reading', 'reading comprehension', 'rtfm',
    "it's not rocket science", 'not rocket science', "if you'd bothered", 'if you had bothered', 'if you bothered', "if you'd actually read", 'if you had actually read',
    'people with jobs', 'imagine being this', 'imagine not knowing', 'imagine thinking', 'bless your heart', 'bless your little', 'ok karen', 'okay karen',
    'captain obvious', 'no shit sherlock', 'ok einstein', 'thanks einstein', 'nice one einstein', 'get a grip', 'grow up', 'get over yourself', 'get a life',
    'cope harder', 'l + ratio', 'bye felicia', 'try to keep up', 'whatever helps you sleep', 'sure, jan', 'sure jan', 'thanks for the input genius',
    'welcome to the real world', 'welcome to adulthood', 'use your brain', 'use your head', 'nobody cares', 'no one cares', 'who cares',
    'friends who can read', 'people who can read', 'smarter than you', 'too hard for you', 'too complicated for you', 'i know big words are hard',
    'between the chair and the keyboard', 'pebkac', 'layer 8', 'nobody needed', 'no one needed', 'nobody wanted', 'no one wanted', 'very important opinion',
    'your valuable opinion', 'thanks for your (valuable|very important|expert|brilliant) (opinion|input|take)', 'unsolicited opinion', 'check your own tone',
    'sounds like someone', "someone's salty", "someone's jealous", "someone's bitter", 'someone is salty', 'better luck next time', 'little lady', 'young lady',
    'coming from (someone|somebody|a guy|the guy|the person) who', "we won't miss", "won't miss you", 'good riddance', "don't let the door", 'the abuse',
    'even a child could', 'a child could', 'a five year old could', 'a five-year-old could', 'my grandma could', 'my nan could', 'a real job', 'get a real job',
    'says the guy who', 'says the person who', 'says the one who', 'says someone who', 'get a job', 'cool story', 'cool story bro', 'oh sweetie', 'oh honey',
    'bless your cotton socks', 'not your strong suit', 'critical thinking', 'did you even read', 'did you even look', 'how hard is it', "it's not that hard",
    'maybe learn', 'go back to school', 'back to school for you', 'stay in your lane', 'stick to your day job', 'keep crying', 'cry harder', 'nice meltdown',
    // Mock gratitude for being lectured: "thanks for the sermon", "thank you for the masterclass in…".
    '(thanks|thank you|cheers) (so much|) for the (lecture|sermon|ted talk|masterclass|life lesson|pearls of wisdom|mansplaining)',
    '(thanks|thank you) for (this|that|your) (lecture|sermon|ted talk|masterclass|life lesson)',
    // Belittling the complaint or the person: "first world problems", "a you problem", "who hurt you?", "learn to spell".
    'first world problem*', 'first-world problem*', 'however will you survive', 'how will you (ever|) survive', 'how ever will you', 'oh the humanity', 'a you problem',
    'who hurt you', 'someone needs a nap', 'somebody needs a nap', 'needs a nap', 'someone needs a hug', "someone's grumpy", 'someone is grumpy', "someone's cranky",
    '(someone|somebody) (woke|got) up on the wrong side', 'learn to spell', 'learn how to spell', 'learn to write', 'learn some grammar', 'spell check is free',
    'entitled (customer|customers|brat|brats|people|user|users|client|clients)', 'so entitled', 'choosing beggar*',
    // "You clearly have no idea…", "noted and ignored", "shouldn't be allowed near a computer", "ask your grandkids".
    '(you|u) (clearly|obviously) (have no idea|have no clue|don\'t understand|do not understand|haven\'t got a clue|know nothing)', "(no idea|no clue) what (you're|you are|ur) talking about",
    "(you|u) (don't|do not) know what (you're|you are) talking about", 'what did you expect for', 'what do you expect for', 'noted and ignored', "shouldn't be allowed (near|to use|to own|to touch|on)",
    'should not be allowed (near|to use|to own|to touch)', 'ask your (grandkids|grandchildren|kids|children|grandson|granddaughter|teenager) to', 'get your (grandkids|grandchildren|kids) to',
  ],
  fr: [
    // « Peut-être une question de lecture ? », « on va vous faire un dessin », « vu comment tu écris ».
    'question de lecture', 'un problème de lecture', '(on|je) (va|vais) (vous|te) faire un dessin', 'faut (vous|te) faire un dessin', 'on part de loin', 'vu comment (tu|vous) (écris|écrivez|parles|parlez|conduis|conduisez)',
    '(experts|spécialistes|génies) (en|de|du|des) * (de la section|des) commentaires', '(experts|spécialistes) des commentaires', 'nous expliquent notre (métier|travail|boulot)',
    'vous êtes-vous regardé', "t'es-tu regardé", "(c'est|c) peut-être pas (l'algo|l'algorithme|l'appli|l'application)", '(les|ces) boomers et', 'comme un torchon',
    'apprends à lire', 'apprenez à lire', 'savoir lire', 'sait pas lire', 'savez pas lire', 'sais pas lire', 'il suffit de savoir', 'faut savoir lire',
    'va apprendre', 'allez apprendre', 'apprends à coder', 'apprends à rouler', "c'est pas sorcier", "c'est pas compliqué pourtant", 'pas compliqué pourtant',
    'dit le mec qui', 'dit la fille qui', 'dit celui qui', 'dit celle qui', 'dit la personne qui', "t'as pas honte", "vous n'avez pas honte", 'vous avez pas honte',
    "d'une finesse rare", 'quelle finesse', "d'une rare finesse", "d'une grande finesse", "d'une finesse", "d'une subtilité", 'quel sens de la nuance', 'merci pour cette analyse', 'merci pour cette brillante', 'quel génie', 'bravo le génie',
    'bravo einstein', 'merci sherlock', "ce qu'on appelle un expert", 'continuez comme ça champion', 'ok boomer', "va toucher de l'herbe", 'retourne jouer',
    'retourne à tes', 'retournez jouer', 'allez jouer ailleurs', 'va jouer ailleurs', "personne ne t'a demandé", "personne t'a demandé", 'personne ne vous a demandé', "on t'a pas sonné", "on vous a pas sonné", 'cheh',
    'bien fait pour toi', 'bien fait pour vous', "tout le monde n'a pas ta", "tout le monde n'a pas votre", 'bienvenue dans la vraie vie',
    'sers-toi de ton cerveau', 'utilise ton cerveau', 'tout le monde s\'en fout', "on s'en fout", 'on s\'en fiche', 'trop compliqué pour toi',
    'entre la chaise et le clavier', 'personne ne demandait', "personne ne t'a rien demandé", 'avis passionnant', 'ton avis que personne', 'votre avis que personne',
    'avis non sollicité', 'allez pleurer ailleurs', 'va pleurer ailleurs', 'personne ne vous force', 'personne te force', 'ma petite dame', 'mon petit monsieur', 'mon bon monsieur', 'ma bonne dame', "venant de quelqu'un qui", 'venant de la part de', "c'est flatteur",
    'bon débarras', 'on ne vous regrettera pas', 'on va pas vous regretter', 'personne ne vous retient', 'la porte est (là|ouverte)',
    'trop compliqué pour vous', 'plus intelligent que toi', 'tu comprendras plus tard', 'même un enfant', 'un enfant de (5|6|cinq|six|3|trois|4|quatre) ans',
    'un gamin de (5|6|cinq|six) ans', 'même ma grand-mère', 'même ma mère', 'un vrai salaire', 'un vrai travail', 'un vrai boulot', 'faut juste avoir', 'pauvre chou', 'mon pauvre', 'ma pauvre', 'mon pauvre ami',
    'retourne à l\'école', 'retournez à l\'école', 'va réviser', 'allez réviser', 'bisous les rageux', 'continue de pleurer', 'continuez de pleurer', "c'est si dur que ça",
    "c'est pourtant pas compliqué", 'faut tout vous expliquer', 'faut tout t\'expliquer', 'il faut tout vous expliquer',
    // Rabaisser la plainte ou la personne : « problème de riche », « qui vous a fait du mal ? », « apprenez à écrire ».
    'problème de riche*', 'problèmes de riche*', 'vous allez survivre', 'tu vas survivre', 'vous allez y survivre', 'tu vas y survivre', "qui t'a fait du mal", 'qui vous a fait du mal',
    "quelqu'un s'est levé du mauvais pied", "on s'est levé du mauvais pied", "t'es levé du mauvais pied", 'vous êtes levé du mauvais pied', "besoin d'une sieste",
    'apprenez à écrire', 'apprends à écrire', "apprenez l'orthographe", "apprends l'orthographe", 'le correcteur est gratuit', 'charabia',
    "(tout|que tout) (lui|vous|leur|te) est dû", 'enfant gâté', 'enfants gâtés', 'enfant pourri gâté',
    "(vous n'y connaissez|tu n'y connais|vous y connaissez|tu y connais) (visiblement|vraiment|clairement|manifestement|absolument|) rien", "(tu sais|vous savez|tu ne sais|vous ne savez) (même pas|pas|vraiment pas) de quoi (tu parles|vous parlez)",
    "(tu ne|vous ne|tu|vous) (comprends|comprenez) (visiblement|vraiment|) rien", '(vous vous attendiez|tu t\'attendais) à quoi', 'noté et ignoré', 'classé sans suite', 'direct à la (poubelle|corbeille)',
    "(ne devraient|devraient) pas avoir le droit de (toucher|utiliser|posséder)", 'demandez à (vos|votre) (petits-enfants|petit-fils|petite-fille|enfants|ado)', 'demande à (tes|ton|ta) (petits-enfants|enfants|ado)',
    // « Merci pour la leçon de morale », « merci pour ce cours magistral ».
    'merci (beaucoup|) (pour|de) (la|cette|votre|ta) (leçon de morale|leçon de politesse|leçon de savoir-vivre|leçon de communication|leçon de marketing|leçon de vie|conférence|morale)', 'merci (beaucoup|) (pour|de) (le|ce|votre|ton) (sermon|cours magistral|cours de morale|tedx|prêche)',
  ],
});

/** Softer sarcasm cues: each counts only together with another cue. */
export const SNARK = defineLexicon('shared.snark', {
  en: [
    'genius', 'bless', 'champ', 'sweetie', 'sweetheart', 'hun', 'honey', 'einstein', 'sherlock', 'karen', 'boomer', 'troll', 'trolls', 'cope', 'nice try',
    'do you even', 'not everyone has', 'some of us', 'expert opinion', 'tbh', 'lol', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'just saying', 'good luck with that',
    'how cute', 'adorable', 'as if', 'yeah right', 'sure thing', 'maybe try', 'try again', 'in the first place', 'newsflash', 'news flash', 'funny how',
    'not our problem', 'your problem', 'poor thing', 'poor you', 'aww', 'oh dear', 'mate', 'buddy', 'pal', 'wow', 'k thx', 'ok and', 'bye',
    'oh right', 'oh wait', 'oh look', 'calm down', 'chill', 'relax', 'apparently', 'just a thought', 'not for everyone', 'some people', 'shocking', 'who knew', 'what a surprise', 'imagine that', 'go figure',
    // Mock wonder at a critic's advice: "truly enlightening", "we'll be sure to frame it".
    'truly enlightening', 'so enlightening', 'how enlightening', 'very enlightening', "we'll (be sure to|) frame it", 'we will (be sure to|) frame it', "we'll treasure",
    "we'd never have thought", 'never would have thought', "we'll survive", "we'll get over it", 'we will survive', 'duly noted',
    // Insisting nothing is wrong: "works perfectly", "works just fine".
    'works (perfectly|fine|just fine|great|perfectly well)', 'working (perfectly|fine|just fine)',
    // Whining, as said of the people complaining; "the rest of you can always…".
    'moan', 'moaning', 'moans', 'whine', 'whining', 'whinge', 'whingeing', 'whinging', 'crying', 'cry about', 'real fans', 'true fans',
    'real customers', 'everyone else can', 'the rest (of you|) can', 'the others can', 'can always (go|leave|watch|switch|unfollow|cancel|find)', 'know where the (door|exit) is',
    'feel free to (leave|go|unfollow|cancel|take your)',
    // Mock congratulations and third-person pity: "congrats, you've discovered…", "bless him, he thinks…".
    "(you've|you have) discovered", "we're getting there", 'baby steps',
    'he thinks', 'she thinks', 'thinks (he|she|they) (is|are|deserve|deserves|can)', 'typical customer', 'typical user', 'another customer who', 'one of those customers',
    'the horror', 'what a tragedy', 'what a drama', 'so dramatic', 'drama queen', 'bit dramatic', 'a little dramatic',
    'think before you', 'and ignored', '(has|have) been noted',
    // Thanking a critic for instruction, then pulling rank: "thanks for the lesson… our rules", "consider yourself…".
    'thanks for the (lesson|lessons|advice|pointers)', 'thank you for the (lesson|lessons|advice|pointers)', "that's how it is", 'consider yourself (lucky|told|warned|corrected|schooled|educated)', 'consider yourself',
    "real * (don't|do not|never)", "true * (don't|do not|never)", '(the rest|everyone else|the others) can (always|just)', 'what did you expect', 'what do you expect', 'you get what you pay for', 'nobody forced you', 'no one forced you',
    'the exit is', 'the door is (that way|right there|over there)', "(it's|that's) called a", "that's (kind of|sort of|) the (whole|) point", 'at your age', 'some people shouldn\'t', 'go on', 'but sure', 'sure, go on', 'entertaining',
  ],
  fr: [
    'génie', 'mdr', 'ptdr', 'lol', 'haha', 'ahah', 'hahaha', 'hein', 'expert en', 'experte en', "c'est ça ?", 'bien joué', 'comme par hasard', 'sans rancune',
    'champion', 'championne', 'mon grand', 'ma grande', 'mon petit', 'ma petite', 'ma belle', 'mon chou', 'ma chérie', 'mon coco', 'on en parle', 'on imagine que vous',
    'on imagine que tu', 'pleure', 'pleurer', 'chouine', 'boomer', 'troll', 'trolls', 'sors dehors', "tout le monde n'a pas", 'mon pote', 'vous-même', 'toi-même',
    'pas notre problème', 'votre problème', 'ton problème', 'einstein', 'sherlock', 'continuez comme ça', 'continue comme ça', 'vraiment ?', 'sérieusement ?',
    'peut-être ?', 'ah bon ?', 'calmez-vous', 'calme-toi', 'du calme', 'on se calme', 'visiblement', 'apparemment', 'pourtant', 'pas pour tout le monde', 'certains', 'faut juste', 'il faut juste', 'et vous,', 'et toi,', 'allez,', 'bisous', 'ah oui pardon', 'ah mais oui', 'quelle surprise', 'étonnant', 'qui l\'eût cru',
    // « on n'y aurait jamais pensé », « on va s'en remettre ».
    "on n'y aurait jamais pensé", "on n'y avait jamais pensé", "on va s'en remettre", 'on va survivre', 'on devrait survivre', 'quelle révélation', 'passionnant', 'fascinant',
    // « ça marche très bien » said to someone for whom it does not.
    '(marche|fonctionne|marchent|fonctionnent) (très bien|parfaitement|nickel|à merveille)',
    // Whining, as said of the people complaining; « les autres peuvent toujours… ».
    'pleurent', 'pleurnich*', 'chouinent', 'chialent', 'chialer', 'râlent', 'geignent', 'les vrais (fans|clients|clientes|abonnés|utilisateurs)', 'vrais fans',
    'vous pouvez toujours (aller|partir|regarder|résilier|changer|vous désabonner)', 'où est la sortie', 'où se trouve la sortie',
    'libre à (vous|toi) de (partir|vous désabonner|te désabonner|aller voir|résilier|changer)',
    // Fausses félicitations, pitié en troisième personne : « bravo, vous avez trouvé… », « il croit que… ».
    '(vous avez|tu as) découvert (le|la|les|l\')', 'on progresse', 'petit à petit',
    'il croit', 'elle croit', 'ils croient', 'elles croient', 'encore un client qui', 'encore une cliente qui', 'typique', 'quel drame', 'quelle tragédie',
    'un peu dramatique', 'sens du drame', 'mélodramatique',
    'merci pour la leçon', 'merci pour les leçons', 'merci du conseil', 'considérez-vous', 'les vrais *', 'peuvent toujours',
    'réfléchis avant', 'réfléchissez avant', "ça s'appelle (un|une|le|la)", "on en a pour son argent", "personne ne vous a forcé", "personne t'a forcé",
    'la sortie est (là|par ici|à droite|à gauche)', "c'est (un peu|justement|) le principe", 'à votre âge', 'à ton âge', "c'est divertissant", "c'est distrayant", 'continuez, c\'est', 'retourne sur',
  ],
});

/** Words and phrases of anger, exasperation and a defensive snap ("do you think it's easy?!"). */
export const ANGER = defineLexicon(
  'shared.anger',
  {
    en: [
      'how dare you', 'are you kidding', 'are you kidding me', 'you kidding me', 'are you serious', 'seriously', 'unbelievable', 'ridiculous', 'enough',
      "that's enough", 'enough is enough', 'your tone', 'watch your tone', 'check your tone', 'we are never', "we're never", 'how about you', 'cancel then', 'go ahead and cancel', 'bye then', 'so long', 'résiliez alors', 'partez alors', 'allez-y résiliez', 'give us a break', 'give me a break', 'cut us some slack', 'we work', "we've been working", 'not our fault', 'do you really think', 'you really think', 'you honestly think', "you're not our only", 'not our only customer',
      'never happy', 'never satisfied', 'always complaining', 'before complaining', 'before you complain', 'stop moaning', 'quit moaning', 'moan', 'moaning', 'do your research', 'post nonsense', 'talking nonsense', 'sick of', 'sick and tired', 'fed up', 'so done', "i'm done", 'we are done', 'stop whining', 'stop complaining',
      'stop crying', 'quit whining', 'do you think this is easy', 'you think this is easy', "you think it's easy", 'we do our best', "we're doing our best",
      'doing what we can', 'what do you want from us', 'what more do you want', "what's your problem", 'what is your problem', 'get lost', 'go away',
      'leave us alone', 'nonsense', 'lies', 'liar', 'liars', 'outrageous', 'disgusting', 'furious', 'angry', 'pissed', 'rage', 'hate', 'hate you',
      'not our fault', "it's not our fault", 'mind your own', 'back off', 'deal with it', 'take it or leave it', "don't like it",
      "(we|i) (don't|do not) have to take this", "(we're|we are|i'm|i am) not (going to|gonna) take this", "won't be spoken to like",
    ],
    fr: [
      'comment osez-vous', 'vous rigolez', 'tu rigoles', 'votre ton', 'ton ton', 'surveillez votre ton', 'on est jamais', "on n'est jamais", 'lâchez-nous la grappe', 'laissez-nous tranquilles', 'on fait notre maximum', 'on bosse', 'vous pensez vraiment', 'tu penses vraiment', 'vous pensez que', 'tu penses que',
      "qu'on a que vous", "on n'a pas que vous", "on a pas que vous", 'pas que vous', 'débordés', 'on est débordés', 'vous êtes jamais content*', 'jamais contents', 'vous plaisantez', 'tu plaisantes', 'sérieusement', 'sérieux', 'incroyable', 'ridicule', 'ça suffit',
      'ca suffit', 'assez', "j'en ai marre", "on en a marre", 'ras-le-bol', 'ras le bol', 'marre', 'arrêtez de', 'arrête de', 'arrêtez de vous plaindre',
      'vous croyez que', 'tu crois que', "c'est facile", 'on fait ce qu\'on peut', 'on fait de notre mieux', 'on fait au mieux', 'vous voulez quoi',
      'tu veux quoi', "c'est quoi ton problème", "c'est quoi votre problème", "n'importe quoi", 'mensonge', 'mensonges', 'menteur', 'menteurs', 'menteuse',
      'scandaleux', 'dégoûtant', 'furieux', 'furieuse', 'en colère', 'la rage', 'je hais', 'on hait', 'dégagez', 'dégage', 'foutez-nous la paix',
      'lâchez-nous', 'lâche-moi', "c'est pas notre faute", "ce n'est pas notre faute", 'débrouillez-vous', 'débrouille-toi', "si c'est pas content",
      "si vous n'êtes pas content", "si t'es pas content", 'allez voir ailleurs', 'va voir ailleurs', 'avant de râler', 'arrêtez de râler', 'arrête de râler',
      'avant de vous plaindre', 'avant de te plaindre', 'râler', 'râleur', 'râleurs', "(on|je) (n'a|a|n'ai|ai) pas à (subir|supporter|accepter) (ça|ce ton)",
      'faut pas exagérer', 'il ne faut pas exagérer', 'faudrait pas exagérer',
    ],
  },
  { maskable: true },
);

/** Uses of trigger words that are harmless: "not a stupid question", « nulle part », « pour les nuls ». */
export const HARMLESS_TRIGGERS = defineLexicon('shared.harmless-triggers', {
  en: [
    'stupid question', 'stupid questions', 'dumb question', 'dumb questions', 'silly question', 'no such thing as a', 'idiot-proof', 'idiot proof',
    'fool-proof', 'foolproof', 'for dummies', 'april fool', "april fools", 'the fool', 'dumb phone', 'dumbphone', 'dumbbell*', 'worst case', 'worst-case',
    'at worst', 'the worst is over', 'the worst of', 'junk mail', 'junk folder', 'spam folder', 'trash can', 'trash bin', 'in the trash', 'joke aside',
    'no joke', 'clown costume', 'clowning around', 'not a disaster', 'disaster recovery', 'scam alert', 'beware of scams', 'scam warning', 'fraud alert',
    'anti-fraud', 'fraud prevention', 'phishing scam', 'protect yourself from', 'prayer', 'cardboard box', 'cardboard packaging', 'cardboard boxes',
    'recycled cardboard', 'honey mustard', 'stupidly good', 'stupidly fast', 'stupidly easy', 'ridiculously good', 'ridiculously easy', 'ridiculously fast',
    'silly', 'karen from', 'troll toll', 'rage quit', "that's awful", "that's terrible", "that's horrible", 'how awful', 'how terrible', 'sounds awful',
    'sounds terrible', 'sounds horrible', 'what a nightmare', 'awful news', 'terrible news', 'horrible experience', 'awful experience', 'terrible experience',
    // A friend as a noun, not a vocative: "heard from a mate", "my buddy at work".
    '(a|my|his|her|our|their|some|one) (mate|mates|buddy|buddies|pal|pals)', '(mate|buddy|pal) of (mine|ours)',
  ],
  fr: [
    'question bête', 'questions bêtes', 'question idiote', 'question con', 'pas de question bête', 'pas bête', 'pas con', "c'est pas con", 'pas idiot',
    'pas nul', 'pas si nul', 'nulle part', 'pour les nuls', 'match nul', 'nul besoin', 'nulle besoin', 'carton plein', 'en carton recyclé', 'carton d\'emballage',
    'cartons', 'le carton', 'un carton', 'fais pas le con', 'à la con', 'champion du monde', 'championne du monde', 'champions du monde', 'champion de france',
    'championnat', 'ma petite entreprise', 'en gros caractères', 'gros plan', 'bricolage du dimanche', 'atelier bricolage',
    "d'arnaques", 'attention aux arnaques', 'méfiez-vous des arnaques', 'arnaques en ligne', 'tentatives d\'arnaque', 'catastrophe naturelle',
    'mon grand-père', 'ma grand-mère', 'mon grand frère', 'ma grande sœur', 'ma grande soeur', "c'est horrible", "c'est terrible", 'quelle horreur',
    'quelle galère', "c'est affreux", 'expérience horrible', 'expérience terrible', 'expérience catastrophique',
  ],
});

/** Emoji that roll eyes, laugh at or mock someone. */
export const MOCKING_EMOJI = new Set(['🙄', '🤡', '😂', '🤣', '💀', '🙃', '😏', '🥱', '🤦', '🤦‍♂️', '🤦‍♀️', '😘', '🤭', '😹', '🤪', '🫠', '😒', '🤷', '🤷‍♂️', '🤷‍♀️', '😬', '🐑', '🧂']);
/** Emoji of anger. */
export const ANGRY_EMOJI = new Set(['😡', '🤬', '😠', '💢', '👿', '🖕']);

const SECOND_PERSON = new Set([
  'you', 'your', "you're", 'youre', 'yours', 'yourself', "you've", "you'd", "you'll", 'u', 'ur', 'ya', 'y\'all',
  'tu', 'toi', 'te', "t'", 'ton', 'ta', 'tes', "t'es", "t'as", 'vous', 'votre', 'vos', 'toi-meme', 'vous-meme',
]);
const FIRST_PERSON = new Set([
  'i', "i'm", 'im', 'me', 'myself', 'my', 'je', "j'", 'moi', 'suis', 'moi-meme', "i've", "i'd", 'we', "we're", 'us', 'ourselves', 'nous', 'sommes',
]);

/** Whether the token is a second-person word ("you", « t'as », « vous »). */
export function isSecondPerson(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && SECOND_PERSON.has(t.forms[0]!);
}

/** Whether a second-person word or an @mention sits within `window` tokens of the span, in its sentence. */
export function addressed(view: TextView, span: Span, window = 6): boolean {
  const s = view.sentenceAt(view.tokens[span.from]?.start ?? 0);
  const lo = Math.max(s ? s.from : 0, span.from - window);
  const hi = Math.min(s ? s.to : view.tokens.length, span.to + window);
  for (let k = lo; k < hi; k++) {
    const t = view.tokens[k]!;
    if (t.kind === 'mention' || isSecondPerson(t)) return true;
  }
  return false;
}

/** Whether the speaker aims the words at themself ("I'm such an idiot", « je suis con »). */
export function selfDirected(view: TextView, span: Span, window = 3): boolean {
  for (let k = span.from - 1; k >= 0 && k >= span.from - window; k--) {
    const t = view.tokens[k]!;
    if (t.kind === 'punct' && /[.!?;]/.test(t.raw)) return false;
    if (t.kind === 'word' && FIRST_PERSON.has(t.forms[0]!)) return true;
  }
  return false;
}

const coverage = new WeakMap<TextView, Map<string, Uint8Array>>();

/**
 * Whether every token of a span is covered by hits of a lexicon ("stupid" inside "stupid question").
 * The coverage is computed once per text and lexicon, so each call is O(length of the span).
 */
export function coveredBy(view: TextView, lexicon: Lexicon, span: Span): boolean {
  let perView = coverage.get(view);
  if (!perView) coverage.set(view, (perView = new Map()));
  let marks = perView.get(lexicon.id);
  if (!marks) {
    marks = new Uint8Array(view.tokens.length);
    for (const h of view.find(lexicon)) for (let k = h.from; k < h.to; k++) marks[k] = 1;
    perView.set(lexicon.id, marks);
  }
  if (span.to <= span.from) return false;
  for (let k = span.from; k < span.to; k++) if (!marks[k]) return false;
  return true;
}

/** Whether a span lies inside a harmless use ("not a stupid question", « nulle part »). */
export function harmless(view: TextView, span: Span): boolean {
  return view.has(HARMLESS_TRIGGERS) && coveredBy(view, HARMLESS_TRIGGERS, span);
}

/** Hits not nested in another one ("here we go" inside "here we go again"), in text order. */
export function outermost<T extends Span>(hits: readonly T[]): T[] {
  const sorted = [...hits].sort((a, b) => a.from - b.from || b.to - a.to);
  const out: T[] = [];
  let reach = -1;
  for (const h of sorted) {
    if (h.to <= reach) continue;
    out.push(h);
    reach = Math.max(reach, h.to);
  }
  return out;
}

/** At most `n` items: detectors stop looking after the first few dozen hits, so pathological drafts stay linear. */
export function firstFew<T>(list: readonly T[], n = 64): readonly T[] {
  return list.length > n ? list.slice(0, n) : list;
}

/** Emoji tokens of a set, as spans. */
export function emojiIn(view: TextView, set: ReadonlySet<string>): Span[] {
  const out: Span[] = [];
  view.tokens.forEach((t, k) => {
    if (t.kind === 'emoji' && set.has(t.raw.replace(/[\u{1F3FB}-\u{1F3FF}\uFE0F]/gu, ''))) out.push({ start: t.start, end: t.end, from: k, to: k + 1 });
  });
  return out;
}

/** How heated the typing is: shouted words (in runs, or long ones), runs of !!! and ?!, angry emoji. */
export function heat(view: TextView): { shouted: number; bangRuns: number; interrobang: number; angryEmoji: number } {
  let bangRuns = 0;
  let interrobang = 0;
  let shouted = 0;
  let run = 0;
  let runLetters = 0;
  const close = () => {
    // Two capitalised words in a row, or one long one, is shouting; "SAV", "GPS", "UK" alone are acronyms.
    if (run >= 2 || runLetters >= 5) shouted += run;
    run = 0;
    runLetters = 0;
  };
  for (let k = 0; k < view.tokens.length; k++) {
    const t = view.tokens[k]!;
    if (t.kind === 'punct') {
      if (t.raw[0] === '!' && t.raw.length >= 3) bangRuns++;
      const next = view.tokens[k + 1];
      if ((t.raw[0] === '?' || t.raw[0] === '!') && next?.kind === 'punct' && next.start === t.end) {
        const n = next.raw[0];
        if ((n === '!' || n === '?') && n !== t.raw[0]) interrobang++;
      }
      continue; // punctuation inside a shouted sentence does not end the run ("STOP. NOW.")
    }
    if (t.kind !== 'word') {
      close();
      continue;
    }
    let letters = 0;
    let up = 0;
    for (const ch of t.raw) {
      if (ch.toLowerCase() !== ch.toUpperCase()) {
        letters++;
        if (ch === ch.toUpperCase()) up++;
      }
    }
    if (letters >= 1 && up === letters && (letters >= 2 || run > 0)) {
      run++;
      runLetters += letters;
    } else close();
  }
  close();
  return { shouted, bangRuns, interrobang, angryEmoji: emojiIn(view, ANGRY_EMOJI).length };
}
