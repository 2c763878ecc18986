// Sensitive matters a company answers through qualified spokespeople: litigation, regulators, recalls,
// safety incidents, data breaches, outages, layoffs and closures, money trouble. Used by practice 21 and
// usable by any practice that needs to know a conversation is a crisis (11, 15, 19, 23).
import { defineLexicon } from '../text/phrases';

export const CRISIS_TOPICS = defineLexicon('crisis.topics', {
  en: [
    // legal and regulators
    'lawsuit', 'lawsuits', 'sued', 'suing', 'sue you', 'sue them', 'class action', 'litigation', 'court case', 'in court',
    'legal action', 'legal proceedings', 'tribunal', 'settlement', 'injunction', 'subpoena', 'regulator', 'the ico',
    'ofcom', 'ofcom investigation', 'the fca', 'the cma', 'trading standards', 'investigation', 'investigated',
    'under investigation', 'fined', 'a fine', 'gdpr complaint', 'data protection complaint', 'filing a complaint',
    'stole * code', 'stolen code', 'patent', 'infringement', 'shakedown',
    // product safety
    'recall', 'recalls', 'recalled', 'recalling', 'safety recall', 'product recall', 'overheating', 'overheat', 'caught fire',
    'catch fire', 'on fire', 'fire hazard', 'fires', 'accident', 'accidents', 'crash', 'collision', 'database was accessed', 'was accessed', 'unauthorised access', 'unauthorized access', 'customer data', 'exploded', 'explosion', 'battery fire', 'injured', 'injury', 'injuries',
    'hospitalised', 'hospitalized', 'passed away', 'death', 'deaths', 'fatal', 'safety issue', 'safety defect', 'defective',
    'contaminated', 'contamination', 'food poisoning', 'allergic reaction',
    // breaches and outages
    'data breach', 'breach', 'hacked', 'leaked', 'data leak', 'ransomware', 'cyberattack', 'cyber attack', 'outage',
    'outages', 'went down', 'is down', 'are down', 'service down',
    // the company itself
    'layoffs', 'laid off', 'redundancies', 'job cuts', 'restructuring', 'bankrupt', 'bankruptcy', 'into administration',
    'going under', 'insolvency', 'closing down', 'closed down', 'shut down', 'store closures', 'branch closures', 'strike',
    'boycott', 'scandal', 'crisis', 'pr disaster', 'backlash', 'rumour', 'rumours', 'rumor', 'rumors',
    'refund everyone', 'merger', 'takeover', 'acquisition', 'profit warning', 'earnings',
    // incidents in operation (transport, sites, people)
    'emergency landing', 'emergency evacuation', 'evacuated', 'evacuation', 'derailment', 'derailed', 'diverted flight',
    'serious incident', 'security incident', 'safety incident', 'major incident', 'incident on board', 'grounded (flights|planes|fleet|aircraft)', 'near miss',
    'power cut', 'blackout', 'gas leak', 'flooding at', 'outbreak', 'salmonella', 'listeria', 'e. coli', 'poisoning',
    'meltdown', 'system failure', 'systems failure', 'it failure', 'chaos at', 'total chaos', 'mass cancellations', 'flights cancelled',
    'cancelled flights', 'trains cancelled', 'compromised', 'accounts affected', 'accounts were affected', 'accounts compromised', 'passwords leaked',
    // money trouble
    'revenue (dropped|fell|is down|was down|down|collapsed|plunged)', '(revenue|revenues|sales|profits|profit) (dropped|fell|are down|is down|collapsed|plunged)',
    'losing money', 'lose money', 'running out of (money|cash)', 'out of cash', 'go bust', 'going bust', 'gone bust', 'financial trouble',
    'financial difficulties', 'in financial trouble', 'share price', 'stock (dropped|crashed|tanked|plunged)', 'funding round',
    'mass firing', 'being fired', 'job losses', 'cutting jobs', 'hiring freeze',
    // fundraising and cash: what only the CFO or the press office announces
    'fundraise', 'fundraising round', 'raised * (million|millions|m|bn|billion)', 'series (a|b|c|d) round', 'cash flow problems', 'cash crunch',
    'months of runway', 'years of runway', 'valuation', 'the ipo', 'going public', 'down round',
  ],
  fr: [
    'procès', 'poursuite', 'poursuites', 'en justice', 'accident', 'accidents', 'collision', 'données clients', 'incendies', 'porter plainte', 'plainte', 'portent plainte', 'action en justice',
    'action collective', 'action de groupe', 'au tribunal', 'tribunal', 'contentieux', 'mise en demeure', 'mon avocat',
    'nos avocats', 'leurs avocats', 'la cnil', 'cnil', 'dgccrf', 'l\'arcep', 'enquête ouverte', 'une enquête est', 'ouvert une enquête',
    'objet d\'une enquête', 'amende', 'condamné', 'condamnée',
    'volé * code', 'contrefaçon', 'brevet',
    'rappelle ses', 'rappellent leurs', 'campagne de rappel', 'rappel produit', 'rappel de produits', 'rappel de sécurité',
    'rappel volontaire', 'rappel massif', 'lot rappelé', 'lots rappelés', 'rappelés', 'rappelées', 'surchauffe', 'a pris feu', 'pris feu',
    'prendre feu', 'incendie', 'explosé', 'explosion', 'blessé', 'blessés', 'blessée', 'blessure', 'hospitalisé',
    'hospitalisée', 'décès', 'décédé', 'défaut de sécurité', 'défectueux', 'défectueuse', 'intoxication', 'contaminé',
    'contaminés',
    'fuite de données', 'fuite des données', 'piratage', 'piraté', 'piratés', 'cyberattaque', 'rançongiciel', 'panne générale',
    'panne géante', 'grosse panne', 'en panne depuis', 'ransomware', 'rançongiciels', 'malware', 'hacké', 'hackés', 'attaque informatique',
    // Une panne dont on parle (« suite à la panne », « cette panne »), pas « ma voiture est en panne ».
    '(la|cette|une|grande|énorme|grosse|nouvelle) panne (de|du|d\'|des|dans|chez|sur|ce|cette|générale|réseau|massive|géante|totale|électrique)',
    '(suite à|depuis|après|pendant) (la|cette) panne', 'panne (chez|de) * (dans|sur|depuis)', 'panne * dans tout', 'dans tout le (pays|sud|nord|sud-ouest|sud-est|nord-ouest|nord-est)',
    'licenciements', 'licenciement', 'plan social', 'suppressions de postes', 'suppression de postes', 'postes supprimés',
    'restructuration', 'faillite', 'redressement judiciaire', 'liquidation', 'dépôt de bilan', 'fermé sans prévenir',
    'fermetures', 'grève', 'boycott', 'scandale', 'crise', 'bad buzz', 'polémique', 'rumeur', 'rumeurs',
    'rembourser tout le monde', 'fusion', 'rachat', 'racheté', 'racheter',
    // incidents d'exploitation
    'atterrissage d\'urgence', 'atterri en urgence', 'atterrir en urgence', 'évacuation', 'évacué', 'évacués', 'évacuée', 'déraillement',
    'déraillé', 'incident grave', 'grave incident', 'incident de sécurité', 'incident technique grave', 'cloué au sol', 'cloués au sol',
    'panne informatique', 'bug géant', 'pagaille', 'chaos', 'annulations en masse', 'vols annulés', 'trains supprimés', 'coupure générale', 'fuite de gaz', 'inondation', 'salmonelle', 'listeria', 'intoxication alimentaire', 'comptes touchés',
    'comptes piratés', 'comptes compromis', 'fuite des données',
    // difficultés financières
    'chiffre d\'affaires (en baisse|baisse|a baissé|chute|a chuté|s\'effondre|dégringole)', 'ca en baisse', 'perd de l\'argent',
    'perdent de l\'argent', 'pertes financières', 'pertes de données', 'difficultés financières', 'en difficulté financière',
    // levées de fonds et trésorerie
    'levée de fonds', 'levées de fonds', 'lever des fonds', 'lève des fonds', 'tour de table', 'trésorerie', 'valorisation', 'introduction en bourse',
    'au bord de la faillite', 'va couler', 'cours de bourse', 'l\'action a chuté', 'gel des embauches', 'suppressions d\'emplois',
  ],
});
