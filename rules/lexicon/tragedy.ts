// Tragedy, grief and hardship as people mention them: deaths, disasters, attacks, serious accidents, and the
// personal hardships (injury, hospital, a stolen bike…) a brand should not answer with a sales pitch. Used by
// practice 23 (read the room); usable by any practice that needs to know a conversation is painful.
// Words with an everyday meaning are written in a context that rules it out: "dead battery", "my phone died",
// "app crash", "a disaster of a launch", "killed it", "good grief" and « mort de rire » are not tragedies.
import { defineLexicon } from '../text/phrases';

const KIN_EN =
  '(dad|mum|mom|father|mother|son|daughter|wife|husband|brother|sister|friend|best friend|baby|grandma|grandad|grandpa|granddad|grandmother|grandfather|partner|child|colleague|uncle|aunt|nan|nana|cousin|dog|cat)';
const KIN_FR =
  '(père|mère|papa|maman|fils|fille|mari|femme|frère|sœur|soeur|ami|amie|meilleur ami|meilleure amie|bébé|grand-père|grand-mère|papi|papy|mamie|compagnon|compagne|enfant|collègue|oncle|tante|cousin|cousine|chien|chat)';

/** Hashtags of a cause, an attack or mourning (#WhyIStayed, #JeSuisCharlie, #PrayForX): not a brand's to borrow. */
export const CAUSE_TAGS = [
  '#metoo', '#balancetonporc', '#blacklivesmatter', '#blm', '#jesuischarlie', '#jesuisparis', '#jesuisnice', '#neverforget', '#neveragain',
  '#stopasianhate', '#bringbackourgirls', '#sayhername', '#justicefor*', '#notinmyname', '#prayfor*', '#pray4*', '#stopviolence',
  '#whyistayed', '#whyileft', '#metooinceste', '#nousaussi', '#noustoutes', '#stopfeminicides', '#911', '#september11', '#11septembre',
];

/** Death, grief, disasters, attacks: a context where promotion and jokes are out of place. */
export const TRAGEDY = defineLexicon('tragedy.strong', {
  en: [
    'passed away', 'sadly passed', 'sadly died', 'who died', 'people died', 'people have died', 'person died', '(rider|cyclist|man|woman|boy|girl|child|pedestrian|driver) died',
    'died in (a|the|an) (crash|accident|collision|fire|attack|flood|storm)', 'died (yesterday|overnight|today)', 'died last (night|week|month|year)', 'died this (morning|week)',
    'was killed', 'were killed', 'been killed', 'killed in', 'people killed', 'killed on', 'killed by', '(cyclist|rider|pedestrian|man|woman|child) killed',
    'dead after', 'found dead', 'people dead', 'confirmed dead', 'death toll', 'deaths', 'the death of', 'his death', 'her death',
    'funeral', 'funerals', 'memorial service', 'condolences', 'rest in peace', 'sorry for your loss', 'sorry for the loss', 'the loss of (my|his|her|their|our|your)',
    'grieving', 'grief', 'mourning', 'mourn', 'bereaved', 'bereavement', 'tragedy', 'victims', 'casualties',
    'hurricane', 'tornado', 'earthquake', 'tsunami', 'wildfire', 'wildfires', 'bushfire', 'bushfires', 'forest fire', 'floods', 'flooding', 'flooded', 'flash flood',
    'landslide', 'natural disaster', 'terror attack', 'terrorist attack', 'knife attack', 'mass shooting', 'school shooting', 'gunman', 'bombing', 'explosion',
    'plane crash', 'train crash', 'derailment', 'train derailed', 'fatal crash', 'fatal accident', 'fatal collision', 'fatally', 'massacre', 'genocide', 'war zone',
    'the war in', 'invasion', 'minute of silence', 'moment of silence', 'thoughts and prayers', 'our thoughts are with', 'thoughts are with', 'prayfor*',
    'in memory of', 'in loving memory', 'lost (my|his|her|their|our) ' + KIN_EN, '(my|his|her|their|our) late ' + KIN_EN, KIN_EN + ' (died|passed|is gone|was killed)',
    'suicide', 'overdose', 'hospice', 'terminally ill', 'terminal cancer', 'stillborn', 'miscarriage',
    // A landmark or a town burned, flooded or flattened; the news of it.
    'crowd crush', 'stadium crush', 'stampede', 'crushed to death', 'trampled',
    '(cathedral|church|forest|forests|building|tower|school|factory|hospital|museum|city|town|village|neighbourhood|neighborhood) (is|are|was|were|) (burning|on fire|ablaze)',
    'in flames', 'up in flames', 'burned down', 'burnt down', 'burned to the ground', 'gutted by (fire|the fire|flames)', 'ravaged by (fire|the fire|flames|floods|the floods|war|the war)', 'destroyed by (fire|the fire|floods|the floods|the earthquake|the storm|the hurricane|the blast|a bomb)',
    '(heartbreaking|devastating|horrific|terrible|tragic) (images|news|scenes|pictures|footage)', 'lost their lives', 'lost his life', 'lost her life',
    // Hashtags of a cause or of mourning: jumping on them is newsjacking.
    ...CAUSE_TAGS,
  ],
  fr: [
    'est décédé', 'est décédée', 'décédé', 'décédée', 'décès', 'nous a quittés', 'nous a quittées', 'nous a quitté', 'nous a quittée', "s'est éteint", "s'est éteinte",
    'est mort', 'est morte', 'sont morts', 'personnes mortes', 'morts et', 'tués', 'tuées', 'a été tué', 'a été tuée', 'ont été tués', 'obsèques', 'enterrement',
    'funérailles', 'condoléances', 'sincères condoléances', 'deuil', 'en deuil', 'repose en paix', 'la perte de (mon|ma|son|sa|notre|leur|votre|ton|ta)', 'votre perte',
    'ce drame', 'le drame de', 'terrible drame', 'drame humain', 'un drame', 'tragédie', 'victimes',
    'ouragan', 'cyclone', 'tornade', 'séisme', 'tremblement de terre', 'tsunami', 'incendie', 'incendies', 'feux de forêt', 'inondation', 'inondations', 'inondé',
    'inondée', 'en crue', 'la crue', 'les crues', 'glissement de terrain', 'catastrophe naturelle', 'attentat', 'attentats', 'attaque terroriste', 'attaque au couteau',
    'fusillade', 'explosion', 'déraillement', 'a déraillé', 'accident mortel', 'collision mortelle', 'massacre', 'génocide', 'la guerre en', 'zone de guerre',
    'minute de silence', 'nos pensées vont', 'toutes nos pensées', 'pensées vont', 'hommage aux victimes', 'en mémoire de', 'à la mémoire de', 'prayfor*',
    'perdu (mon|ma|son|sa|notre|leur) ' + KIN_FR, '(mon|ma|son|sa) ' + KIN_FR + ' (est décédé|est décédée|est mort|est morte|nous a quittés)', 'suicide', 'overdose',
    'soins palliatifs', 'fausse couche',
    'bousculade', 'mouvement de foule', 'morts écrasés', 'piétinés',
    '(cathédrale|église|forêt|forêts|immeuble|tour|école|usine|hôpital|musée|ville|village|quartier|notre-dame) (brûle|brûlent|est en feu|sont en feu|a pris feu|flambe)',
    'en flammes', 'a brûlé', 'ont brûlé', 'a entièrement brûlé', 'parti en fumée', 'partie en fumée', '(ravagé|ravagée|ravagés|ravagées|dévasté|dévastée|dévastés) par (le feu|les flammes|un incendie|les incendies|les inondations|la crue|la guerre|le séisme|la tempête|l\'ouragan)',
    '(détruit|détruite|détruits|détruites) par (le feu|les flammes|les inondations|le séisme|la tempête|l\'ouragan|une explosion)', '(images|nouvelles|scènes) (terribles|déchirantes|dramatiques)',
    'ont perdu la vie', 'a perdu la vie',
    ...CAUSE_TAGS,
  ],
});

/** Personal hardship: injury, hospital, theft, a scare. A sales pitch in answer to it reads as tone-deaf. */
export const HARDSHIP = defineLexicon('tragedy.hardship', {
  en: [
    // A hospital stay, not a hospital as an organisation ("we're a hospital IT team").
    '(in|to|at|from|into|out of) (the|) hospital', 'hospital (bed|stay|ward)', 'hospitalised', 'hospitalized', 'a&e', 'emergency room', 'ambulance', 'injured', 'injury', 'injuries', 'broke my', 'broken arm', 'broken leg', 'broken wrist',
    'concussion', 'surgery', 'stitches', 'hit by a car', 'hit by a', 'got hit', 'been hit', 'run over', 'knocked down', 'knocked off', 'got doored', 'doored',
    'fell off (my|the|his|her|their) bike', 'came off (my|the|his|her|their) bike', 'came off it', 'an accident', 'had an accident', 'in an accident', 'bike accident',
    'road accident', 'crashed into', 'caught fire', 'fire brigade', 'stolen', 'was stolen', 'got stolen', 'robbed', 'mugged', 'assaulted', 'lost my job', 'laid off',
    'made redundant', 'homeless', 'cancer', 'chemo', 'diagnosed', 'lost our home', 'lost my home', 'lost everything', 'house fire', 'the fire', 'a fire',
    'nearly fell', 'almost fell', 'nearly crashed', 'almost crashed', 'nearly got hit', 'almost got hit', 'seriously ill', 'very ill', 'the storm', 'this storm',
    'during the storm', 'storm damage', 'power cut', 'evacuated', 'evacuation', 'lockdown',
    // Mishaps that cost someone their things: "fell in the canal", "lost my laptop", "water damage".
    'fell in the', 'fell into the', 'dropped (it|my phone|my laptop|my bike) in', 'lost my (phone|laptop|wallet|bag|luggage|suitcase|keys)', 'water damage', 'burgled', 'break-in',
    'broken into', 'lost all my (photos|files|data|work)', 'lost everything', 'riots', 'rioting', 'unrest', 'in uproar', 'blackout', 'power outage',
    '(impacted|affected|hit) by (the|this|#|) (storm|hurricane|flood|floods|fire|fires|earthquake|attack|tornado|wildfire|wildfires|blackout)',
  ],
  fr: [
    "à l'hôpital", "de l'hôpital", "(lit|chambre) d'hôpital", 'hospitalisé', 'hospitalisée', 'urgences', 'aux urgences', 'ambulance', 'samu', 'blessé', 'blessée', 'blessés', 'blessure', 'blessures', 'cassé le bras', 'cassé la jambe',
    'fracture', 'commotion', 'opéré', 'opérée', 'points de suture', 'renversé', 'renversée', 'percuté', 'percutée', 'fait renverser', 'fait percuter', 'fait voler',
    'fait agresser', 'fait cambrioler', 'tombé de vélo', 'tombée de vélo', 'chute de vélo', 'emportiérage', 'emportiéré', 'emportiérée', 'un accident', 'eu un accident',
    'accident de', 'chute', 'a pris feu', 'pris feu', 'pompiers', 'volé', 'volée', 'cambriolé', 'cambriolée', 'agressé', 'agressée', 'perdu mon travail', 'perdu mon emploi',
    'licencié', 'licenciée', 'perdu notre maison', 'perdu ma maison', 'tout perdu', 'maison a brûlé', "l'incendie", 'failli tomber', 'failli me faire',
    'failli avoir un accident', 'failli me renverser', 'sans abri', 'cancer', 'chimio', 'gravement malade', 'la tempête', 'cette tempête', 'pendant la tempête',
    'dégâts de la tempête', 'coupure de courant', 'évacué', 'évacués', 'confinement',
    "tombé dans (l'eau|le canal|la rivière|la mer|le lac|la piscine)", 'tombé à l\'eau', 'perdu mon (téléphone|ordinateur|ordi|portable|sac|portefeuille)', 'dégât des eaux', 'dégâts des eaux',
    'cambriol*', 'perdu toutes mes (photos|données)', 'perdu tous mes (fichiers|documents)', 'émeutes', 'émeute', 'panne de courant', 'panne générale',
    '(touchés|touchées|sinistrés|sinistrées) par (la|les|le|l\') (tempête|inondation|inondations|incendie|incendies|séisme|ouragan|crue|crues)',
  ],
});

/** Weather words that name an event when a capitalised name follows ("Storm Ciarán", « tempête Alex »). */
export const NAMED_STORM_WORDS = new Set(['storm', 'hurricane', 'typhoon', 'cyclone', 'tempete', 'ouragan', 'typhon']);

/** Everyday uses of those words: "dead battery", "app crash", "killed it", « mort de rire ». */
export const NOT_TRAGEDY = defineLexicon('tragedy.not', {
  en: [
    'battery died', 'phone died', 'battery has died', 'laptop died', 'died laughing', 'i died', 'dying to', 'killed it', 'killing it', 'killed the game',
    'attack on', 'heart attack', 'panic attack', 'price war', 'war on', 'storm of', 'brainstorm', 'brainstorming', 'storming', 'shooting a', 'photo shoot',
    'shooting the', 'video shoot', 'disaster recovery', 'fire drill', 'fire sale', 'on fire 🔥', "you're on fire", 'on fire!', 'stolen heart', 'stole the show',
    'no accident', 'by accident', 'accidentally', 'happy accident', 'accident-free', 'flooded with', 'flooding in', 'inbox flooded', 'war room', 'star wars',
    'mourning dove', 'explosion of', 'good grief', 'fashion victim', 'fashion victims', 'overdose of', 'caffeine overdose', 'sugar overdose', 'cuteness overdose',
    'victim of (its|our|their|his|her) own success', 'victims of (our|their) own success', 'victims of (our|their) success',
  ],
  fr: [
    'mort de rire', 'morte de rire', 'morts de rire', 'mdr', 'batterie morte', 'la batterie est morte', 'téléphone est mort', 'tué le game', 'guerre des prix',
    'drame de', 'pas un drame', "c'est pas un drame", "ce n'est pas un drame", 'pas de drame', 'chute de prix', 'chute des prix', 'chute de neige', 'en chute',
    'volé la vedette', 'par accident', 'accidentellement', 'sans accident', 'tempête de cerveaux', 'tempête dans un verre', 'inondé de', 'inondés de',
    'explosion de joie', 'explosion des ventes', 'explosion des prix', 'explosion des commandes', 'explosion de saveurs', 'explosion de couleurs',
    'blessé dans son orgueil', 'blessée dans son orgueil', 'victime de son succès', 'victimes de leur succès', 'victimes de notre succès', 'victime de notre succès',
    'overdose de', 'victime de la mode', 'victimes de la mode',
  ],
});
