// Claims and where they come from: vague appeals to studies and experts, statistics, rumours and the
// words that cite a source. Shared by practice 25 (when in doubt, check) and usable by practice 9 (honest
// value) and 24 (internet memory).
import { defineLexicon } from '../text/phrases';

/** Appeals to research or consensus that name no one: "studies show", « des études montrent ». */
export const VAGUE_AUTHORITY = defineLexicon('claims.vague-authority', {
  en: [
    'studies show', 'studies have shown', 'studies prove', 'studies suggest', 'studies say', 'study shows', 'study found', 'a study found',
    'a recent study', 'a new study', 'one study', 'research shows', 'research has shown', 'research proves', 'research says', 'research suggests',
    'science says', 'science shows', 'science proves', 'science has proven', 'scientists say', 'scientists agree', 'scientists have proven',
    'experts say', 'experts agree', 'experts recommend', 'doctors say', 'doctors recommend', 'doctors agree', 'statistics show', 'statistics say',
    'stats show', 'stats say', 'the stats', 'the data shows', 'data shows', 'data says', 'the numbers show', "numbers don't lie",
    "it's proven", 'it is proven', 'it has been proven', "it's been proven", 'proven fact', 'scientifically proven', 'clinically proven',
    'surveys show', 'polls show', 'a survey found', 'a poll found', 'a well-known fact', 'well known fact', 'reports show',
    'reports say', 'a report found', 'evidence shows', 'it is a known fact', "it's a known fact", 'proven by science', 'backed by science',
    'according to (a|one|some|recent|new|many|the latest) (study|studies|survey|surveys|report|reports|research|researchers|experts|scientists|stats|statistics|figures)',
    'according to (research|experts|scientists|studies|statistics|stats|researchers|specialists|doctors)',
    'a (recent|new|us|uk|british|american|harvard|stanford|big|major|famous|german|french) study (shows|found|finds|says|suggests|proves|showed)',
    'research (found|finds|proves)', 'experts (believe|estimate|warn)', 'a (recent|new|latest) (report|survey|poll)', 'the latest figures',
    'a report (says|shows|found|finds|suggests)', 'one report', 'some studies', 'many studies', 'numerous studies',
    '(experts|specialists|scientists|doctors|researchers|engineers) (are clear|are unanimous|all agree|will tell you|have shown|have found|have proven|confirm|warn)', 'any expert will tell you', 'every expert agrees',
  ],
  fr: [
    'des études montrent', 'les études montrent', 'des études ont montré', 'les études ont montré', 'des études prouvent', 'les études prouvent',
    'une étude montre', 'une étude a montré', 'une étude récente', 'une récente étude', 'une nouvelle étude', 'études le prouvent',
    'la recherche montre', 'la science le dit', 'la science montre', '(les|des) scientifiques (disent|affirment|ont montré|ont prouvé|sont formels|le disent|sont unanimes)', 'les chercheurs ont montré',
    'des chercheurs ont montré', 'selon les experts', "d'après les experts", 'les experts disent', 'les experts sont unanimes',
    'les médecins le disent', 'les médecins recommandent', 'scientifiquement prouvé', 'scientifiquement démontré', 'cliniquement prouvé',
    "c'est prouvé", 'il est prouvé', 'il a été prouvé', 'il est démontré', "c'est démontré", 'les chiffres le prouvent', 'les chiffres parlent',
    'les chiffres ne mentent pas', 'les statistiques montrent', 'les statistiques le prouvent', 'les stats montrent', 'les stats le disent',
    'statistiquement', "c'est scientifique",
    'selon (une|des|certaines|plusieurs|de nombreuses|les dernières|une récente|une nouvelle) (étude|études|enquête|enquêtes|recherches|chercheurs|experts|spécialistes|sondages|statistiques|stats)',
    'selon (les études|les experts|les spécialistes|les chercheurs|les scientifiques|les statistiques|les stats|la science)',
    "d'après (une|des|les) (étude|études|enquête|experts|spécialistes|chercheurs|statistiques)",
    'une étude (américaine|anglaise|britannique|récente|canadienne|allemande|suédoise|danoise|néerlandaise|scientifique) (montre|a montré|révèle|prouve|dit)',
    'un (récent|nouveau) (rapport|sondage)', 'un rapport (récent|montre|dit|révèle)', 'une enquête récente', 'un sondage récent', 'plusieurs études', 'de nombreuses études', 'certaines études', 'prouvé scientifiquement', 'les sondages montrent',
    'des sondages montrent', 'un sondage montre', 'une enquête montre', 'il est avéré', "c'est avéré", 'des experts disent',
    "(les|des) (experts|spécialistes|médecins|chercheurs|scientifiques|ingénieurs) (sont formels|sont unanimes|le disent|l'affirment|affirment|recommandent|s'accordent|le confirment|confirment|alertent|préviennent)", 'tous les experts', "n'importe quel expert",
  ],
});

/** Words that cite a source. Checked with what follows (a name, a link) by the practices. */
export const SOURCE_MARKERS = defineLexicon('claims.source-markers', {
  en: [
    'according to', 'source', 'sources', 'src', 'via', 'study by', 'survey by', 'report by', 'research by', 'data from', 'figures from',
    'numbers from', 'published in', 'published by', 'as reported by', 'reported by', 'cited in',
    'our survey', 'our own survey', 'we surveyed', 'our study', 'our data', 'our figures', 'based on', 'sample of', 'survey of',
    'report from', 'study from', 'study of', 'link in bio', 'link below', 'full study', 'full report', 'read the study', 'read the report',
  ],
  fr: [
    'selon', "d'après", 'source', 'sources', 'via', 'étude de', 'étude du', 'étude des', 'étude publiée', 'enquête de', 'enquête du',
    'rapport de', 'rapport du', 'chiffres de', 'chiffres du', 'données de', 'données du', 'publié par', 'publiée par', 'publiée dans',
    'publié dans', 'sondage', 'baromètre', 'notre enquête', 'notre sondage', 'notre étude', 'nous avons interrogé', 'on a interrogé',
    'sur la base de', 'échantillon', 'lien en bio', 'lien en commentaire', 'lien ci-dessous', "l'étude complète", 'le rapport complet',
  ],
});

/** Rumour relays that count alone: "rumour has it", « on m'a dit que », "can anyone confirm?". */
export const RUMOUR = defineLexicon('claims.rumour', {
  en: [
    'rumour has it', 'rumor has it', 'rumours say', 'rumors say', 'rumour is', 'rumor is', 'word is', 'word on the street', 'the word is', 'i heard that', "i've heard that", 'i hear that', 'heard through the grapevine',
    'someone told me', 'somebody told me', 'a friend told me', 'a friend of mine told me', 'my friend told me', 'my cousin told me',
    'my mate told me', 'i was told that', "i've been told that", 'people are saying', 'sources say', 'sources tell', 'insiders say',
    'unconfirmed reports', 'can anyone confirm', 'can someone confirm', 'anyone confirm', 'can anybody confirm', 'anyone know if it\'s true',
    'i read somewhere', 'saw a tweet', 'saw a post', 'saw a video saying', 'a tweet saying', 'a post saying', 'i saw somewhere', 'saw it on twitter', 'saw on twitter', 'saw on tiktok', 'saw on facebook',
    'saw it on tiktok', 'going around that', "(what's|what is|that's what's|that is what's) going (round|around)", 'going (round|around) on (reddit|twitter|x|tiktok|facebook|whatsapp|discord|telegram|insta|instagram|linkedin)', 'doing the rounds on', 'share before they delete', 'before it gets deleted',
    'before they take it down', "they don't want you to know", 'not confirmed yet but', 'unconfirmed but', 'from what we hear',
    "from what i've heard", 'from what we heard', 'everyone says', 'everybody says', "everyone's saying", 'everyone is saying',
    'the grapevine says',
  ],
  fr: [
    "on m'a dit", "on m'a raconté", "on m'a soufflé", "j'ai entendu dire",
    "j'ai entendu que", 'entendu dire que', 'la rumeur dit', 'la rumeur court', 'selon la rumeur', "d'après la rumeur", 'selon des rumeurs',
    'des rumeurs', 'il y a des rumeurs', 'des bruits courent', 'le bruit court', 'bruit de couloir', 'bruits de couloir',
    "quelqu'un confirme", "quelqu'un peut confirmer", "quelqu'un pour confirmer", 'qqn confirme', 'qqn peut confirmer', 'vous confirmez',
    "un pote m'a dit", "un ami m'a dit", "une amie m'a dit", "ma cousine m'a dit",
    "mon cousin m'a dit", "mon beau-frère m'a dit", "j'ai lu quelque part", 'vu un tweet', 'vu une vidéo qui dit', 'vu un post', 'lu un tweet', 'vu sur twitter', 'vu sur facebook', 'vu sur tiktok',
    'lu sur twitter', 'lu sur facebook', 'faites tourner', 'partagez avant',
    'avant que ce soit supprimé', 'avant que ça soit supprimé', 'on nous cache', 'ils veulent pas que vous sachiez', 'info ou intox',
    'pas encore confirmé mais', 'non confirmé', "d'après ce qu'on entend", "d'après ce que j'ai entendu", "d'après ce qu'on dit",
    "à ce qu'on dit", "à ce qu'on entend", "ce qu'on entend", "d'après ce qu'on m'a dit", 'tout le monde le dit', 'tout le monde dit que',
    'radio moquette', 'radio couloir', "(c'est ce qui|ce qui|ça) (tourne|circule) sur (reddit|twitter|x|tiktok|facebook|whatsapp|discord|telegram|insta|instagram|linkedin)", 'ça circule sur', 'ça tourne sur',
  ],
});

/** Hedges that make a rumour of alarming news: "apparently X is closing", « il paraît que la prime va disparaître ». */
export const HEARSAY = defineLexicon('claims.hearsay', {
  en: [
    '(heard|hearing|hear) from (a|my|some|one|an|this) (friend|freind|frend|mate|buddy|pal|cousin|colleague|coworker|co-worker|guy|contact|source|insider|neighbour|neighbor|ex-colleague|former colleague|friend of a friend)',
    'heard from someone', 'heard from somebody', 'heard it from (a|my) *', "(a|my) (friend|mate|buddy|cousin|colleague|coworker|neighbour|neighbor|brother|sister) (who works|working|who used to work) (at|there|for|in)",
    '(my|a) (friend|freind|mate|cousin|buddy|colleague|coworker|brother|sister|uncle|neighbour|neighbor) (says|said|reckons|swears|claims)', 'a guy i know', 'someone i know', 'a source close to',
    'apparently', 'allegedly', 'supposedly', 'reportedly', 'i heard', "i've heard", 'i hear', 'word is', 'so i hear', 'from what i hear', 'from what i heard', "from what (we|we've|i've|they've) (hear|heard|read)", 'from what (people|folks) (say|are saying)', 'word on the street', 'the word going around', 'going around that', 'rumour is', 'rumor is', 'they reckon', 'i reckon', 'breaking', 'breaking news', 'they say that', 'people are saying that'],
  fr: [
    "(d'après|selon) (un|une|mon|ma) (pote|ami|amie|copain|copine|collègue|cousin|cousine|contact|source|voisin|voisine|beau-frère|belle-sœur|connaissance)",
    "(un|une|mon|ma) (pote|ami|amie|copain|copine|collègue|cousin|cousine|voisin|voisine|connaissance) (dit|me dit|m'a raconté|raconte|jure|affirme|m'a assuré)",
    '(un|une|mon|ma) (pote|ami|amie|copain|copine|collègue|cousin|cousine|voisin|voisine) qui (bosse|travaille|bossait|travaillait) (chez|là-bas|dans|à)', 'entendu de la bouche', 'de source proche',
    "(d'après|selon) ce (qu'on|que l'on|que j'ai|que nous avons|qu'on m'a|que je) (a entendu|entendu|a lu|lu|dit|sais|sait)", "de ce (que j'ai|qu'on a|que nous avons) (entendu|lu)", "à ce qu'on (dit|raconte|entend)", "à ce qu'il paraît", "à ce qu'il parait", 'le bruit court', 'des bruits courent',
    'apparemment', 'soi-disant', 'soit-disant', 'il paraît que', 'il parait que', 'paraît-il', 'parait-il', 'on raconte que', 'on dit que', "j'ai entendu", 'il semblerait que', 'il semblerait', 'à ce que je sais', 'aux dernières nouvelles', 'ils disent que', 'les gens disent que'],
});

/** Weaker hedges and reported speech: a rumour when they carry news about a competitor or a named company. */
export const HEARSAY_WEAK = defineLexicon('claims.hearsay-weak', {
  en: ['rumour', 'rumours', 'rumor', 'rumors', 'heard', 'told me', 'told me that', 'they say', 'people say', 'is it true', 'is this true', 'is that true', 'the rumour', 'the rumor', 'seems like', 'looks like', 'i think', 'probably', 'just saying'],
  fr: ['rumeur', 'rumeurs', 'entendu', "m'a dit", "m'a dit que", "m'ont dit", 'serait', 'seraient', 'aurait', 'auraient', 'les gens disent', 'est-ce vrai', "c'est vrai que", 'semble-t-il', 'visiblement', 'je dis ça je dis rien', 'je dis ça', 'je crois que', 'sûrement', 'à mon avis'],
});

/** News that would hurt if false: closures, takeovers, layoffs, recalls, hacks, dangers. */
export const ALARMING_NEWS = defineLexicon('claims.alarming-news', {
  en: [
    'bankrupt', 'bankruptcy', 'going under', 'going bust', 'closing down', 'shutting down', 'shut down', 'closing', 'bought', 'buyout',
    'taken over', 'takeover', 'acquired', 'acquisition', 'merger', 'merging', 'layoff*', 'laying off', 'fired', 'firing', 'sacked',
    'recall', 'recalled', 'recalling', 'fire', 'fires', 'caught fire', 'explode*', 'exploding', 'hacked', 'hack', 'breach', 'leaked',
    'data leak', 'lawsuit', 'sued', 'suing', 'dangerous', 'toxic', 'cancer', 'arrested', 'scandal', 'fraud', 'ceo', 'founder', 'quit',
    'quitting', 'resigned', 'resigning', 'leaving', 'strike', 'shortage', 'raising prices', 'price hike', 'price increase', 'banned',
    'ban', 'banning', 'investigation', 'outage', 'down for', 'insolvent', 'administration', 'receivership', 'selling', 'sold',
    'pulling out', 'pull out', 'exiting', 'withdrawing', 'discontinued', 'discontinuing', 'scrapping', 'scrapped', 'cutting', 'ending',
    'ransom', 'ransomware', 'extortion', 'data breach', 'virus', 'malware', 'spyware', 'wipes', 'wiping', 'erases', 'deletes your', 'scans every', 'scanning every', 'reads your', 'reading your', 'spying', 'spies on', 'sells your data', 'selling your data', '(sells|sell|selling|resells|resell|reselling) (all|) (your|our|users\'|customers\'|their) (data|personal data|info|information|contacts|photos|location)', '(accounts|users|customers|records|passwords|emails) (affected|compromised|exposed|hacked|stolen|leaked)', 'train its ai', 'train their ai', 'to train ai', 'going out of business', 'redundancies', 'compromised',
    'disappear', 'disappearing', 'ddos', 'hackers', 'cyberattack', 'throttled', 'throttling', 'new law', 'mandatory', 'compulsory', 'fined', 'fines', 'explodes', 'catch fire', 'catches fire', 'keeping it quiet', 'cover up', 'covering up', 'frozen bread', 'fake', 'lying', 'lied', 'cheating',
  ],
  fr: [
    'faillite', 'en faillite', 'liquidation', 'redressement', 'met la clé sous la porte', 'mettre la clé sous la porte', 'fermer', 'ferme',
    'fermeture', 'racheté', 'rachetée', 'racheter', 'se faire racheter', 'rachat', 'fusion', 'fusionner', 'licenciement*', 'licencier',
    'licencie', 'plan social', 'virés', 'rappel', 'rappelle', 'rappeler', 'prend feu', 'prennent feu', 'pris feu', 'incendie', 'explose*',
    'piraté', 'piratée', 'piratage', 'hacké', 'virus', 'logiciel malveillant', 'rançongiciel', 'efface', 'effacent', 'supprime vos', 'scanne tous', 'scannent tous', 'lit vos', 'lisent vos', 'espionne', 'espionnent', 'revend vos données', 'revendent vos données', '(revend|revendent|vend|vendent|revendrait|revendraient|vendrait|vendraient|refile|refilent) (toutes|tous|) (vos|nos|les|leurs) (données|infos|informations|contacts|photos)', '(comptes|clients|utilisateurs|usagers|abonnés|données) (touchés|touchées|compromis|compromises|exposés|exposées|piratés|piratées|volés|volées|dans la nature)', 'entraîner son ia', 'entraîner leur ia', 'fuite de données', 'procès', 'poursuivi', 'poursuivie', 'dangereux', 'dangereuse',
    'toxique', 'cancer', 'arrêté', 'scandale', 'fraude', 'pdg', 'fondateur', 'fondatrice', 'démission', 'démissionne', 'quitte', 'interdits', 'interdites', 'interdiction',
    'grève', 'pénurie', 'augmenter les prix', 'hausse des prix', 'interdit', 'interdite', 'enquête', 'panne', 'vendu', 'vendue', 'revendu',
    'se retire', 'se retirer', 'quitte le marché', 'quitter le marché', 'arrête', 'arrêter', 'supprime', 'supprimer', 'interdire', 'coule',
    'disparaître', 'disparait', 'disparaît', 'supprimée', 'supprimé', 'surgelé', 'surgelés', 'industriel', 'cache', 'cachent', 'mensonge',
    'mentent', 'triche', 'trichent', 'arnaque', 'escroquerie', 'obligatoire', 'amende', 'amendes', 'cancérigène', 'cancérigènes',
    'rançon', 'rançongiciel', 'ransomware', 'cyberattaque', 'fuite', 'fuité', 'dépôt de bilan', 'ddos', 'hackers', 'pirates', 'bridé', 'bridés', 'bridée', 'bridées', 'nouvelle loi',
  ],
});

/** Statistics about groups of people: the nouns "70% of …" must be followed by to be a claim about the world. */
export const POPULATION = defineLexicon('claims.population', {
  en: [
    'people', 'persons', 'adults', 'kids', 'children', 'teens', 'parents', 'users', 'customers', 'consumers', 'cyclists', 'riders',
    'commuters', 'drivers', 'motorists', 'workers', 'employees', 'companies', 'businesses', 'firms', 'brits', 'britons', 'americans',
    'french', 'europeans', 'londoners', 'parisians', 'households', 'families', 'women', 'men', 'millennials', 'gen z', 'students',
    'doctors', 'accidents', 'crashes', 'journeys', 'trips', 'car trips', 'bikes', 'e-bikes', 'ebikes', 'batteries', 'shoppers',
    'buyers', 'owners', 'homeowners', 'renters', 'investors', 'startups', 'smes', 'it leaders', 'managers', 'ceos', 'teams', 'patients',
    'dentists', 'experts', 'specialists', 'mechanics', 'nutritionists', 'scientists', 'passwords', 'attacks', 'cyberattacks', 'data breaches', 'breaches', 'hard drives', 'phishing emails', 'the population', 'the world', 'the planet', 'cities', 'towns', 'uk', 'us', 'britain', 'france', 'americans', 'us adults', 'uk adults',
  ],
  fr: [
    'gens', 'personnes', 'français', 'françaises', 'adultes', 'enfants', 'jeunes', 'ados', 'parents', 'utilisateurs', 'utilisatrices',
    'clients', 'clientes', 'consommateurs', 'cyclistes', 'vélotafeurs', 'automobilistes', 'conducteurs', 'salariés', 'employés', 'actifs',
    'travailleurs', 'entreprises', 'sociétés', 'pme', 'startups', 'européens', 'parisiens', 'lyonnais', 'citadins', 'foyers', 'ménages',
    'familles', 'femmes', 'hommes', 'étudiants', 'accidents', 'trajets', 'déplacements', 'vélos', 'batteries', 'acheteurs', 'propriétaires',
    'locataires', 'investisseurs', 'dirigeants', 'managers', 'patients', 'la population', 'le monde', 'la planète', 'villes', 'communes',
    'médecins', 'internautes', 'abonnés', 'usagers', 'mots de passe', 'attaques', 'cyberattaques', 'fuites de données', 'disques durs', 'dentistes', 'experts', 'spécialistes', 'mécaniciens', 'nutritionnistes', 'scientifiques',
  ],
});

/** Ratios written in words: "one in three", « un sur trois », "most people", « la plupart des ». */
export const RATIOS = defineLexicon('claims.ratios', {
  en: [
    '(one|two|three|four|five|six|seven|eight|nine|1|2|3|4|5|6|7|8|9) (in|out of) (two|three|four|five|six|seven|eight|nine|ten|2|3|4|5|6|7|8|9|10|100|1000)',
    'the majority of', 'a majority of', 'half of all',
    'half of', 'a third of', 'two thirds of', 'a quarter of', 'three quarters of', 'nearly half', 'almost half', 'more than half',
    '(twice|three times|four times|ten times|2x|3x|4x|5x|10x) (more|less|as) (likely|fast|safe|often)',
  ],
  fr: [
    '(un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|1|2|3|4|5|6|7|8|9) (sur|français sur|personnes sur|cyclistes sur) (deux|trois|quatre|cinq|six|sept|huit|neuf|dix|2|3|4|5|6|7|8|9|10|100|1000)',
    'la majorité des', 'une majorité de', 'la moitié des', 'un tiers des', 'deux tiers des', 'un quart des', 'trois quarts des',
    'près de la moitié', 'plus de la moitié', 'presque la moitié',
    '(deux|trois|quatre|dix|2|3|4|10) fois (plus|moins) (de risques|de chances|rapide|sûr|souvent|probable)',
  ],
});
