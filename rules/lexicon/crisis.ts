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
    'boycott', 'scandal', 'crisis', 'pr disaster', 'backlash', 'rumour', 'rumours', 'rumor', 'rumors', 'compensation',
    'refund everyone', 'merger', 'takeover', 'acquisition', 'profit warning', 'earnings',
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
    'panne géante', 'grosse panne', 'en panne depuis',
    'licenciements', 'licenciement', 'plan social', 'suppressions de postes', 'suppression de postes', 'postes supprimés',
    'restructuration', 'faillite', 'redressement judiciaire', 'liquidation', 'dépôt de bilan', 'fermé sans prévenir',
    'fermetures', 'grève', 'boycott', 'scandale', 'crise', 'bad buzz', 'polémique', 'rumeur', 'rumeurs',
    'indemnisation', 'dédommagement', 'rembourser tout le monde', 'fusion', 'rachat', 'racheté', 'racheter',
  ],
});
