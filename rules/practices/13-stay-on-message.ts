// Practice 13: Stay on message / Rester dans son sujet.
// Flags a brand-account post built on small talk that has nothing to do with the business: football
// scores, food debates, "National Donut Day", « bonne fête aux Mireille », "Monday mood" memes, "which film…".
// Two signals are needed: an off-topic hook AND no link back to the brand (none of the profile's topics,
// names or products, no offer or service mentioned). A hook whose field is the brand's own trade (a bakery
// asking « pain au chocolat ou chocolatine ? ») is not off-topic. Without a profile nothing is reported.
import { definePractice } from '../practice';
import { reportAt, sameSentence } from '../helpers';
import { defineLexicon, type Lexicon } from '../text/phrases';
import { fold } from '../text/fold';
import type { TextView } from '../analysis';

interface Family {
  lexicon: Lexicon;
  /** Profile topics that make this family of hooks on-topic for the brand. */
  domain: string[];
}

const family = (name: string, domain: string[], phrases: Lexicon['phrases']): Family => ({
  lexicon: defineLexicon(`p13.${name}`, phrases),
  domain,
});

const FAMILIES: Family[] = [
  family('sport', ['sport', 'football', 'foot', 'rugby', 'tennis', 'stade', 'stadium', 'match', 'betting', 'paris sportifs', 'fitness', 'running', 'basket'], {
    en: [
      'champions league', 'premier league', 'world cup', 'super bowl', 'the match', 'the game tonight', 'the final tonight',
      'who\'s watching', 'who is watching', 'anyone watching', 'score predictions', 'your predictions', 'kick-off',
      'kick off tonight', 'the euros', 'six nations', 'wimbledon', 'grand prix', 'formula 1', 'f1', 'olympics', 'the ashes',
      'nba', 'nfl', 'come on england', 'football', 'footie', 'rugby', 'cricket', 'goal of the season', 'penalty shootout',
      'the big game', 'big match', 'game day', 'cheering for', 'rooting for', 'who are you supporting', 'touchdown', 'halftime',
      'half-time', 'semi-final', 'quarter-final', 'final whistle', 'the derby', 'fantasy football', 'transfer window',
      // Results and cheering: "through to the final!", "what a match", club names.
      'in the final', 'into the final', 'through to the final', 'what a match', 'what a game', 'what a finish', 'grand slam',
      'come on you', 'psg', 'real madrid', 'barcelona', 'man utd', 'man united', 'manchester united', 'man city', 'arsenal',
      'liverpool', 'chelsea', 'tottenham', 'juventus', 'bayern', 'all blacks', 'the wallabies', 'the springboks',
      // Congratulating a club on its trophy: "congrats to X on the title", "back-to-back champions", "lifted the cup".
      '(congrats|congratulations|well done|hats off) to * (on|for) (the|their|a) (title|league|league title|trophy|championship|cup|treble)',
      '(congrats|congratulations|well done|hats off) to * * (on|for) (the|their|a) (title|league|league title|trophy|championship|cup|treble)',
      '(congrats|congratulations|well done|hats off) to * * * (on|for) (the|their|a) (title|league|league title|trophy|championship|cup|treble)',
      '(won|winning|win|wins|clinched|clinching|clinch|lifted|lifting|lift) the (title|league|league title|trophy|cup|championship|treble)',
      'league title', 'title race', 'back-to-back champions', 'champions again', 'league champions', 'cup winners', 'the treble', 'manchester city',
    ],
    fr: [
      'ligue des champions', 'coupe du monde', 'le match', 'ce soir le match', 'devant le match', 'qui regarde',
      'vos pronostics', 'vos pronos', 'pronostics', 'allez les bleus', 'les bleus', 'l\'euro', 'roland-garros',
      'roland garros', 'six nations', 'grand prix', 'formule 1', 'jeux olympiques', 'les jo', 'ligue 1', 'le classico',
      'le grand match', 'gros match', 'vous supportez qui', 'vous êtes pour qui', 'qui va gagner ce soir', 'demi-finale', 'quart de finale',
      'coup d\'envoi', 'le derby', 'mercato',
      'football', 'le foot', 'rugby', 'mi-temps', 'tirs au but', 'le ballon d\'or',
      // Résultats et encouragements : « en finale ! », « quel match », noms de clubs et d'équipes.
      'en finale', 'quelle fin de match', 'fin de match', 'quel match', 'grand chelem', 'xv de france', 'le quinze de france', 'l\'équipe de france',
      'allez paris', 'allez l\'om', 'allez lyon', 'allez les bleus', 'allez les verts', 'psg', 'l\'om', 'l\'ol', 'l\'asse', 'le losc', 'le stade toulousain', 'les verts',
      'real madrid', 'le barça', 'le barca', 'les all blacks',
      // Féliciter un club pour son titre : « bravo à X pour le titre », « champions de France ! », « soulever la coupe ».
      '(bravo|félicitations|chapeau) (à|au|aux) * (pour|sur) (le|leur|ce|un) (titre|sacre|trophée|doublé|triplé|championnat)',
      '(bravo|félicitations|chapeau) (à|au|aux) * * (pour|sur) (le|leur|ce|un) (titre|sacre|trophée|doublé|triplé|championnat)',
      '(remporte|remporté|remporter|décroche|décroché|soulève|soulevé|soulever) (le titre|la coupe|le trophée|le championnat)',
      'champions de france', 'champions d\'europe', 'champions du monde', 'sacrés champions', 'sacré champion', 'titre de champion', 'le sacre de',
    ],
  }),
  family('cycling-sport', ['vélo', 'velo', 'bike', 'bikes', 'cycling', 'cyclisme', 'e-bike', 'cycle', 'cycles', 'sport'], {
    en: ['tour de france', 'giro', 'vuelta', 'yellow jersey', 'the peloton', 'paris-roubaix'],
    fr: ['tour de france', 'maillot jaune', 'le peloton', 'paris-roubaix', 'la grande boucle'],
  }),
  family('food', ['pain', 'boulangerie', 'bakery', 'food', 'restaurant', 'café', 'coffee', 'cuisine', 'pizza', 'viennoiserie', 'viennoiseries', 'croissant', 'pâtisserie', 'bar', 'recette', 'recipes', 'épicerie', 'traiteur', 'chocolat', 'goûter', 'brioche', 'galette', 'snack', 'drinks', 'boissons'], {
    en: [
      'pineapple on pizza', 'pineapple belongs on pizza', 'pizza', 'donut', 'donuts', 'doughnut', 'doughnuts', 'go-to flavour',
      'go-to flavor', 'favourite flavour', 'favorite flavor', 'taco tuesday', 'pancake day', 'burger', 'burgers',
      'chocolate', 'cheese', 'brunch', 'coffee machine', 'cup of tea', 'biscuits', 'avocado toast', 'ice cream',
      // Dishes and cooking: a recipe posted by a brand that does not sell food.
      'recipe', 'our recipe', 'favourite recipe', 'favorite recipe', 'lasagne', 'lasagna', 'pasta', 'spaghetti', 'risotto', 'soup',
      'stew', 'curry', 'casserole', 'roast dinner', 'sunday roast', 'pancakes', 'banana bread', 'brownies',
      'cupcakes', 'muffins', 'mac and cheese', 'smoothie', 'mulled wine', 'hot chocolate', 'chocolate cake', 'carrot cake',
      'preheat', 'the oven', 'bake for', 'bake at', 'simmer', 'whisk', 'stir in', 'ingredients', 'tablespoon', 'teaspoon',
      'comfort food', 'what\'s for dinner', 'what\'s for lunch', 'dinner tonight', 'cocktail recipe', 'summer cocktail', 'gin and tonic',
      'prosecco', 'aperol', 'spritz', 'mojito', 'sangria', 'glass of wine', 'a pint', 'craft beer', 'go-to breakfast', 'favourite breakfast',
      'favorite breakfast', 'for breakfast', 'breakfast of champions', 'go-to snack', 'favourite snack', 'favorite snack',
      'christmas menu', 'christmas dinner', 'christmas lunch', 'turkey or', 'nut roast', 'mince pies', 'sunday dinner',
    ],
    fr: [
      'pain au chocolat', 'chocolatine', 'pizza', 'raclette', 'fondue', 'tartiflette', 'crêpes', 'la chandeleur',
      'galette des rois', 'croissant', 'croissants', 'machine à café', 'apéro', 'l\'apéro', 'fromage', 'chocolat',
      'burger', 'tacos', 'brunch', 'le goûter', 'les crêpes',
      // Plats et cuisine : une recette publiée par une marque qui ne vend pas à manger.
      'recette', 'notre recette', 'la recette', 'lasagnes', 'gratin', 'gratin dauphinois', 'quiche', 'soupe', 'velouté', 'pot-au-feu',
      'blanquette', 'bœuf bourguignon', 'boeuf bourguignon', 'couscous', 'ratatouille', 'risotto', 'pâtes', 'gâteau au chocolat', 'gâteau au yaourt',
      'tarte aux pommes', 'tarte au citron', 'tarte tatin', 'clafoutis', 'mousse au chocolat', 'crumble', 'chocolat chaud', 'vin chaud',
      'préchauffez', 'préchauffer', 'au four', 'le four', 'faites cuire', 'faire cuire', 'mijoter', 'laissez mijoter', 'ingrédients',
      'cuillère à soupe', 'cuillère à café', 'régalez-vous', 'bon appétit', 'on mange quoi', 'ce soir on mange', 'plat préféré',
      'spritz', 'mojito', 'sangria', 'un verre de vin', 'une petite bière', 'une bière fraîche', 'cocktail de l\'été',
      'petit-déj', 'petit déj', 'petit-déjeuner préféré', 'au petit-déjeuner', 'votre goûter', 'en-cas préféré',
      'menu de noël', 'repas de noël', 'réveillon', 'la dinde', 'bûche de noël', 'foie gras', 'la galette', 'repas du dimanche',
    ],
  }),
  family('days', [], {
    en: [
      'national * day', 'national * * day', 'international * day', 'international * * day', 'world * day', 'happy national',
      'happy international', 'happy world', 'monday mood', 'monday motivation', 'monday blues', 'friday feeling', 'tgif',
      'hump day', 'happy friday', 'happy monday', 'weekend vibes', 'who else needs a nap', 'needs a nap', 'nap time',
      'horoscope', 'star sign', 'full moon', 'mercury retrograde', 'leap day', "valentine's day", 'valentines day', 'halloween', "st patrick's day", 'st paddy',
      'april fools', 'quote of the day', 'inspirational quote', 'words to live by', 'motivational monday', 'wednesday wisdom', 'throwback thursday',
      'caturday', 'sunday funday', 'self-care sunday', 'rise and grind', 'mood of the day', 'monday again', 'survive the week',
      'survive monday', 'christmas tree', 'advent calendar', 'christmas jumper', 'christmas jumpers', 'christmas songs', 'christmas movie',
      'christmas film', 'festive jumper', 'easter egg hunt', 'pumpkin spice', 'new year\'s resolution', 'new year\'s resolutions',
    ],
    fr: [
      'journée mondiale', 'journée internationale', 'journée nationale', 'bonne fête à toutes les', 'bonne fête à tous les',
      'bonne fête aux', 'bonne fête à toutes', 'bonne fête à tous', 'mood du lundi', 'lundi mood', 'vivement le week-end',
      'vivement vendredi', 'vivement la pause', 'la sieste', 'une sieste', 'horoscope', 'signe astro', 'signe astrologique',
      'pleine lune', 'bon vendredi', 'bon lundi', 'c\'est vendredi', 'saint-valentin', 'saint valentin', 'poisson d\'avril', 'saint-patrick', 'saint patrick', 'fête des voisins',
      'qui a prévu', 'un resto', 'citation du jour', 'la citation du jour', 'pensée du jour', 'motivation du lundi', 'mood du jour',
      'humeur du jour', 'le mood du jour', 'encore lundi', 'déjà lundi', 'survivre à la semaine', 'sapin de noël', 'le sapin',
      'calendrier de l\'avent', 'pull de noël', 'pulls de noël', 'chants de noël', 'film de noël', 'chasse aux œufs', 'chasse aux oeufs',
      'bonnes résolutions', 'vos résolutions',
    ],
  }),
  // Trivia with no link to the trade: "Fun fact Friday: …", « Anecdote du jour : … ».
  family('trivia', ['science', 'sciences', 'education', 'éducation', 'quiz', 'nature', 'museum', 'musée', 'culture'], {
    en: ['fun fact', 'fun facts', 'random fact', 'fact of the day', 'trivia', 'trivia time', 'weird fact', 'fact friday', 'useless fact', 'bet you didn\'t know'],
    fr: ['anecdote du jour', 'petite anecdote', 'fait insolite', 'le fait du jour', 'info insolite', 'le saviez-vous du vendredi', 'info inutile', 'le savais-tu'],
  }),
  family('smalltalk', ['travel', 'voyage', 'voyages', 'sejour', 'stay', 'hotel', 'hotels', 'vacances', 'holiday', 'holidays', 'tourisme', 'tourism', 'booking', 'reservation', 'loisirs', 'leisure'], {
    en: ['where are you going on holiday', 'where are you off to', 'holiday plans', 'going on holiday', 'summer plans', 'what are you all up to', 'what are you up to this weekend', 'plans for the weekend', 'weekend plans', 'any plans for the weekend', 'who else needs a holiday'],
    fr: ['vous partez où', 'où partez-vous', 'tu pars où', 'vos projets de vacances', 'partez en vacances', 'vous partez en vacances', 'vous faites quoi ce week-end', 'vos plans pour le week-end', 'des projets pour le week-end', 'vous avez prévu quoi', 'des plans pour ce week-end', 'qui part en vacances'],
  }),
  family('culture', ['film', 'films', 'cinéma', 'cinema', 'movie', 'movies', 'series', 'séries', 'tv', 'télé', 'streaming', 'music', 'musique', 'game', 'games', 'jeu', 'jeux', 'books', 'livres', 'librairie'], {
    en: [
      'favourite film', 'favorite film', 'favourite movie', 'favorite movie', 'which film', 'what film', 'which movie',
      'what movie', 'film of the year', 'movie of the year', 'netflix', 'binge-watch', 'binge watch', 'binge*', 'box set', 'eurovision',
      'what are you watching', 'what should we watch', 'show recommendations', 'series recommendations', 'what to watch',
      'the oscars', 'reality tv', 'love island', 'bake off', 'game of thrones', 'taylor swift', 'royal baby', 'celebrity',
      'favourite song', 'favorite song', 'new album', 'royal wedding', 'royal family', 'the royals', 'coronation', 'red carpet', 'who watched * last night', 'anyone watch * last night', 'anyone else watching',
      "last night's episode", 'season finale', 'the finale', 'spoiler alert', 'no spoilers',
      // TV and music chatter: "on TV last night", "our Friday playlist", "X or Y? vote in the comments".
      'on tv last night', 'on the telly', 'in front of the tv', 'shouting at the tv', 'playlist', 'our playlist', 'friday playlist',
      'favourite album', 'favorite album', 'favourite band', 'favorite band', 'vinyl', 'the beatles', 'the stones', 'concert last night',
    ],
    fr: [
      'quel film', 'quelle série', 'film de l\'année', 'série de l\'année', 'votre film préféré', 'votre série préférée',
      'netflix', 'vous regardez quoi', 'une série à nous conseiller', 'des séries à nous conseiller', 'quoi regarder', 'l\'eurovision', 'les césar', 'les oscars', 'téléréalité', 'télé-réalité', 'koh-lanta', 'koh lanta',
      'the voice', 'votre chanson préférée', 'nouvel album', 'mariage royal', 'famille royale', 'couronnement', 'tapis rouge', 'qui a vu * hier soir', 'qui a vu * * hier soir', 'qui regardait * hier soir',
      'l\'épisode d\'hier', 'le dernier épisode', 'la finale d\'hier', 'sans spoiler', 'pas de spoil',
      // Télé et musique : « devant la télé », « notre playlist du vendredi ».
      'devant la télé', 'à la télé hier', 'la télé hier soir', 'hier soir à la télé', 'top chef', 'star academy', 'danse avec les stars', 'l\'amour est dans le pré',
      'playlist', 'sa playlist', 'notre playlist', 'playlist du vendredi', 'album préféré', 'groupe préféré', 'vinyle', 'le concert d\'hier',
    ],
  }),
  family('pets', ['pets', 'animaux', 'animalerie', 'vet', 'vétérinaire', 'dog', 'dogs', 'cat', 'cats', 'chien', 'chiens', 'chat', 'chats'], {
    en: ['office dog', 'office cat', 'office pet', 'office dogs', 'our dog', 'our cat', 'team dog', 'chief happiness officer', 'cat day', 'dog day', 'furry overlord', 'furry friend', 'furry friends', 'your pets', 'your pet', 'your cat', 'your dog', 'puppy', 'puppies', 'kitten', 'kittens'],
    fr: ['chien du bureau', 'chat du bureau', 'chienne du bureau', 'notre chien', 'notre chienne', 'notre chat', 'mascotte du bureau', 'vos animaux', 'votre chat', 'votre chien', 'vos chats', 'vos chiens', 'chaton', 'chatons', 'chiot', 'chiots', 'journée du chat', 'journée du chien'],
  }),
  family('debate', [], {
    en: ['our team is split', 'the team is split', 'the office is split', 'the team is divided', 'the office is divided', 'split down the middle',
      "that's it, that's the post", "that's the post", "that's the tweet", 'hot take', 'unpopular opinion', 'fight us', 'fight me', 'change our mind', 'change my mind', 'controversial opinion', 'team * or team', 'settle this', 'wrong answers only'],
    fr: ['l\'équipe est divisée', 'l\'équipe est partagée', 'le bureau est divisé', 'le bureau est partagé', 'ça débat au bureau', 'ça débat fort',
      'c\'est tout, c\'est le post', 'c\'est tout c\'est le post', 'c\'est le post', 'voilà voilà', 'team * ou team', 'team * ou', 'avis impopulaire', 'on lance le débat', 'le grand débat', 'débat du moment', 'tranchez', 'on tranche', 'mauvaises réponses uniquement', 'que des mauvaises réponses'],
  }),
];

/** Weather and season small talk: off-topic only as a question to the audience ("Snow day! Who's building a snowman?"). */
const WEATHER = defineLexicon('p13.weather', {
  en: ["it's raining", 'raining again', 'rainy monday', "it's snowing", "it's so hot", "it's freezing", 'what a lovely day', 'lovely weather', 'snow day', 'snowman', 'heatwave', 'heat wave', 'sunny weekend', 'first day of summer', 'first day of spring', 'rainy day', 'beach day', 'sunscreen', 'bbq', 'barbecue', 'ice cream weather'],
  fr: ['il pleut', 'il neige encore', 'il fait beau', 'il fait chaud', 'il fait froid', 'quel temps', 'sale temps', 'grand soleil', 'bonhomme de neige', 'canicule', 'quelle chaleur', 'premier jour de l\'été', 'premier jour du printemps', 'jour de pluie', 'à la plage', 'crème solaire', 'barbecue', 'la neige est là', 'il neige'],
});

/** A this-or-that poll to the audience ("beach or mountains?", « plutôt mer ou montagne ? »)… */
const POLL = defineLexicon('p13.poll', {
  en: ['would you rather', 'which do you prefer', 'which one are you', 'are you more', 'poll', 'quick poll', 'weekend poll', 'vote below', 'team', 'tell us below', 'this or that'],
  fr: ['plutôt', 'vous êtes plutôt', 't\'es plutôt', 'tu es plutôt', 'vous préférez', 'tu préfères', 'sondage', 'petit sondage', 'on vote', 'votez', 'team', 'dites-nous'],
});

/** …about leisure: holidays, seasons, outings. Off-topic unless leisure is the brand's trade. */
const LEISURE = defineLexicon('p13.leisure', {
  en: [
    'beach', 'the beach', 'mountains', 'the mountains', 'seaside', 'countryside', 'holidays', 'holiday', 'vacation', 'summer holidays',
    'summer or winter', 'winter or summer', 'camping', 'skiing', 'road trip', 'picnic', 'festival', 'sunbathing', 'pool or sea', 'city break',
    'coffee or tea', 'tea or coffee', 'cats or dogs', 'dogs or cats', 'sweet or savoury', 'sweet or salty', 'morning person', 'night owl',
  ],
  fr: [
    'plage', 'la plage', 'montagne', 'la montagne', 'mer ou montagne', 'campagne', 'vacances', 'les vacances', 'vacances d\'été',
    'été ou hiver', 'hiver ou été', 'camping', 'ski', 'road trip', 'pique-nique', 'festival', 'piscine', 'bronzette', 'city break',
    'café ou thé', 'thé ou café', 'chat ou chien', 'chien ou chat', 'chats ou chiens', 'sucré ou salé', 'salé ou sucré', 'lève-tôt', 'couche-tard',
  ],
});
const LEISURE_DOMAIN = ['travel', 'voyage', 'voyages', 'sejour', 'stay', 'hotel', 'hotels', 'vacances', 'holiday', 'holidays', 'tourisme', 'tourism', 'booking', 'reservation', 'loisirs', 'leisure', 'camping', 'outdoor', 'plein air', 'ski', 'flights', 'vols', 'destinations'];

/** Words tying a post back to the business: offers, products, shops, services, customers. */
const BUSINESS_LINK = defineLexicon('p13.business-link', {
  en: [
    'our shop', 'our shops', 'our store', 'our stores', 'in store', 'in-store', 'our app', 'our products', 'our product',
    'our service', 'our services', 'our customers', 'our riders', 'our team of', 'our workshop', 'our workshops',
    'our showroom', 'our range', 'our new', '% off', 'discount', 'promo code', 'use code', 'at checkout', 'free delivery',
    'free shipping', 'order now', 'book now', 'pre-order', 'subscribers', 'members get', 'our offer', 'our hotel',
    'our hotels', 'our rooms', 'our branches', 'our restaurant', 'our bakeries',
    // A tip on using the product: "open it, tap Share › Invite", "in the app, go to Settings".
    'tap', 'tap on', 'click on', 'click the', 'in the app', 'open the app', 'in settings', 'go to settings', 'in your account',
    'from your account', 'update the app', 'turn on', 'switch on',
    'our (menus|menu|programmes|programs|classes|coaches|plans|prices|collection|collections|models|schedule|timetable|courses|guides|experts|advisors|tariff|tariffs|rates|pricing|deals|offers|products)',
  ],
  fr: [
    'nos boutiques', 'notre boutique', 'nos magasins', 'notre magasin', 'en boutique', 'en magasin', 'nos ateliers',
    'notre atelier', 'notre appli', 'notre application', 'nos produits', 'notre produit', 'nos services', 'nos clients',
    'nos clientes', 'notre offre', 'nos offres', 'code promo', 'réduction', 'remise', 'offert', 'offerte', 'livraison offerte',
    'commandez', 'réservez', 'nos abonnés', 'nos agences', 'notre agence', 'nos hôtels', 'notre hôtel', 'nos chambres',
    'nos boulangeries', 'notre restaurant', 'nos nouveaux', 'notre nouvelle', 'notre nouveau', 'précommande',
    // Une astuce d'utilisation du produit : « dans l'appli, appuyez sur Partager ».
    'appuyez sur', 'appuie sur', 'touchez', 'cliquez sur', 'clique sur', 'dans l\'appli', 'dans l\'application', 'dans les réglages',
    'dans les paramètres', 'ouvrez l\'appli', 'depuis l\'appli', 'depuis votre compte', 'dans votre compte', 'notre appli', 'mettez à jour',
    '(nos|notre) (menus|menu|programmes|programme|plannings|planning|cours|séances|coachs|formules|formule|tarifs|horaires|collections|collection|modèles|guides|experts|conseillers|forfaits|forfait)',
  ],
});

/** Words around a brand name that only sign the post ("the Nuvola team", « l'équipe Nuvola », « chez Nuvola, on… »). */
const SIGNATURE_BEFORE = new Set(['equipe', 'team', 'chez', 'at', 'famille', 'family', 'crew']);
const SIGNATURE_AFTER = new Set(['team', 'crew', 'family', 'squad', 'hq', 'office']);

function signatureOnly(view: TextView, hit: { from: number; to: number }): boolean {
  let before = hit.from - 1;
  while (before >= 0 && view.tokens[before]!.kind === 'punct') before--;
  const after = view.tokens[hit.to];
  const prev = before >= 0 ? view.tokens[before] : undefined;
  if (prev && prev.kind === 'word' && SIGNATURE_BEFORE.has(prev.forms[0]!)) return true;
  return after !== undefined && after.kind === 'word' && SIGNATURE_AFTER.has(after.forms[0]!);
}

const squash = (s: string) => fold(s).replace(/[\s'’-]+/g, '');

/** Topics written another way: "back up" for "backup", "ebikes" for "e-bike", « vélos » for « vélo ». */
function looseTopicLink(view: TextView, topics: readonly string[]): boolean {
  const wanted = new Set<string>();
  for (const t of topics) {
    const q = squash(t);
    if (q.length >= 3) wanted.add(q);
  }
  const longTopics = new Map<string, string[]>();
  for (const q of wanted) {
    if (q.length < 5) continue;
    const list = longTopics.get(q.slice(0, 5));
    if (list) list.push(q);
    else longTopics.set(q.slice(0, 5), [q]);
  }
  const words = view.tokens.filter((t) => t.kind === 'word' || t.kind === 'hashtag');
  const bare = (k: number) => {
    const f = words[k]!.forms[0]!;
    return f.startsWith('#') ? f.slice(1) : f;
  };
  for (let k = 0; k < words.length; k++) {
    const one = squash(bare(k));
    const two = k + 1 < words.length ? one + squash(bare(k + 1)) : '';
    for (const w of [one, two]) {
      if (!w) continue;
      if (wanted.has(w) || (w.endsWith('s') && wanted.has(w.slice(0, -1))) || (w.endsWith('x') && wanted.has(w.slice(0, -1)))) return true;
    }
    // The other language's spelling or a longer form: « tarif » / "tariff", "recipe" / "recipes", "solar" / « solaire ».
    if (one.length >= 5) {
      const head = one.slice(0, 5);
      for (const t of longTopics.get(head) ?? []) if (one.length <= t.length + 3 && t.length <= one.length + 3) return true;
    }
  }
  return false;
}

export default definePractice({
  meta: {
    number: 13,
    slug: 'stay-on-message',
    title: { en: "Stay on message", fr: "Rester dans son sujet" },
    statement: {
      en: "Stay on message and on topic, in line with your role and with what the business is about.",
      fr: "Restez sur le message et sur le sujet, en accord avec votre rôle et avec l'activité de l'entreprise.",
    },
    detection: 'partial',
    messages: {
      offTopic: {
        text: {
          en: '"{term}" has nothing to do with what {brand} is about, and the post never ties it back to the brand.',
          fr: '« {term} » n’a rien à voir avec l’activité de {brand}, et la publication n’y ramène jamais.',
        },
        fix: {
          en: 'Tie the hook to what you do ({topics}…) or keep it for a personal account.',
          fr: 'Reliez l’accroche à votre activité ({topics}…) ou gardez-la pour un compte personnel.',
        },
      },
    },
  },
  lexicons: [...FAMILIES.map((f) => f.lexicon), WEATHER, POLL, LEISURE, BUSINESS_LINK],
  create(ctx) {
    const profile = ctx.profile;
    if (!profile || ctx.context.account !== 'brand' || ctx.context.kind !== 'post' || profile.topics.length === 0) return;
    const { draft } = ctx;
    // Any link back to the business clears the post.
    if (
      draft.profileTerms('topics').length > 0 ||
      draft.profileTerms('brand').some((h) => !signatureOnly(draft, h)) ||
      draft.profileTerms('codenames').length > 0 ||
      draft.has(BUSINESS_LINK) ||
      looseTopicLink(draft, profile.topics)
    ) {
      return;
    }
    const topics = profile.topics.map((t) => fold(t));
    const topicWords = new Set(topics.flatMap((t) => t.split(/[\s-]+/)));
    for (const f of FAMILIES) {
      const hit = draft.find(f.lexicon)[0];
      if (!hit) continue;
      // The brand's own trade: a bakery's croissant, a cycling brand's Tour de France.
      if (f.domain.some((d) => topicWords.has(fold(d)) || topics.includes(fold(d)))) continue;
      const hook = fold(draft.text.slice(hit.start, hit.end));
      if (topics.some((t) => hook.includes(t))) continue;
      reportAt(ctx, hit, 'offTopic', 'warn', { brand: profile.brand, topics: profile.topics.slice(0, 3).join(', ') });
      return;
    }
    // A this-or-that poll about holidays and leisure: both cues in one sentence.
    const leisure = draft.find(LEISURE);
    if (leisure.length > 0 && !LEISURE_DOMAIN.some((d) => topicWords.has(fold(d)) || topics.includes(fold(d)))) {
      for (const poll of draft.find(POLL)) {
        const hook = leisure.find((l) => sameSentence(draft, poll, l));
        if (hook && draft.stats.questions > 0) {
          reportAt(ctx, hook, 'offTopic', 'warn', { brand: profile.brand, topics: profile.topics.slice(0, 3).join(', ') });
          return;
        }
      }
    }
    const weather = draft.find(WEATHER)[0];
    // Weather small talk: as a question to the audience, or as the whole post (« Il pleut. Voilà. »).
    if (weather && (draft.stats.questions > 0 || draft.stats.words <= 6) && !topicWords.has('weather') && !topicWords.has('meteo')) {
      reportAt(ctx, weather, 'offTopic', 'warn', { brand: profile.brand, topics: profile.topics.slice(0, 3).join(', ') });
    }
  },
});
