// Practice 21: Let qualified spokespeople speak / Laisser parler les porte-parole qualifiés.
// Flags an employee or partner, on their own account, speaking for the company on a sensitive matter
// (lawsuit, recall, safety incident, breach, outage, layoffs, closure, compensation): they present
// themselves as insiders ("I work there", « je bosse chez eux »), speak officially ("I can confirm",
// « au nom de l'enseigne ») or hand down a verdict (« pas de quoi paniquer », "it's a shakedown").
// Pointing people to the official channel ("not the right person to say, ask @Brand") is the right move
// and clears the draft. Brand accounts are run by the people whose job this is: not checked here.
import { definePractice } from '../practice';
import { reportAt } from '../helpers';
import { defineLexicon, type Hit } from '../text/phrases';
import { CRISIS_TOPICS } from '../lexicon/crisis';
import type { TextView } from '../analysis';
import type { Token } from '../text/tokenize';
import type { Span } from '../helpers';

/** Job titles: "Conducteur chez Mobilia", "as a workshop manager", « en tant que responsable atelier ». */
const JOBS = new Set([
  'engineer', 'mechanic', 'technician', 'manager', 'developer', 'dev', 'driver', 'employee', 'staff', 'agent', 'rep',
  'designer', 'analyst', 'director', 'lead', 'head', 'intern', 'cashier', 'advisor', 'adviser', 'supervisor', 'operator',
  'ingenieur', 'ingenieure', 'mecano', 'mecanicien', 'mecanicienne', 'technicien', 'technicienne', 'responsable',
  'vendeur', 'vendeuse', 'conducteur', 'conductrice', 'developpeur', 'developpeuse', 'salarie', 'salariee', 'employe',
  'commercial', 'commerciale', 'chef', 'directeur', 'directrice', 'stagiaire', 'conseiller', 'conseillere',
  'caissier', 'caissiere', 'livreur', 'livreuse', 'chauffeur', 'agente', 'manageur',
  // Trades on the ground: transport, shops, care, kitchens, offices.
  'pilot', 'copilot', 'steward', 'stewardess', 'hostess', 'crew', 'attendant', 'conductor', 'guard', 'controller', 'dispatcher',
  'nurse', 'doctor', 'pharmacist', 'cook', 'barista', 'waiter', 'waitress', 'teller', 'banker', 'consultant', 'contractor',
  'freelancer', 'accountant', 'lawyer', 'recruiter', 'moderator', 'architect', 'sre', 'devops', 'sysadmin', 'admin', 'tech',
  'installer', 'electrician', 'plumber', 'warehouse', 'storeman', 'picker', 'courier', 'salesman', 'saleswoman', 'associate',
  'ambassador', 'partner', 'reseller', 'franchisee', 'researcher', 'scientist', 'clerk', 'officer', 'coordinator', 'specialist',
  'pilote', 'copilote', 'hotesse', 'pnc', 'controleur', 'controleuse', 'aiguilleur', 'infirmier', 'infirmiere', 'medecin',
  'pharmacien', 'pharmacienne', 'cuisinier', 'cuisiniere', 'serveur', 'serveuse', 'guichetier', 'guichetiere', 'banquier',
  'banquiere', 'consultante', 'prestataire', 'freelance', 'comptable', 'juriste', 'recruteur', 'recruteuse', 'moderateur',
  'moderatrice', 'architecte', 'installateur', 'installatrice', 'electricien', 'plombier', 'magasinier', 'magasiniere',
  'preparateur', 'preparatrice', 'coursier', 'coursiere', 'ambassadeur', 'ambassadrice', 'partenaire', 'revendeur', 'revendeuse',
  'franchisee', 'chercheur', 'chercheuse', 'hotline', 'standardiste', 'agent', 'cadre', 'ouvrier', 'ouvriere',
  'opérateur', 'operateur', 'operatrice', 'dev', 'devops', 'admin', 'sysadmin', 'technico', 'alternant', 'alternante',
  // Staff on site: instructors, carers, front desk, security, teaching.
  'instructor', 'receptionist', 'concierge', 'caretaker', 'carer', 'paramedic', 'midwife', 'teacher', 'lifeguard', 'ranger',
  'moniteur', 'monitrice', 'instructeur', 'instructrice', 'pisteur', 'pisteuse', 'perchman', 'secouriste', 'aide-soignant',
  'aide-soignante', 'soignant', 'soignante', 'receptionniste', 'gardien', 'gardienne', 'surveillant', 'surveillante', 'vigile',
  'enseignant', 'enseignante', 'professeur', 'prof', 'animateur', 'animatrice', 'barman', 'barmaid', 'guide',
]);
/** "Technician here:", « Infirmière là-bas : », « Technicien Orbio ici » — a job followed by where one stands. */
const HERE = new Set(['here', 'there', 'ici', 'bas', 'dedans', 'inside']);
const WORKS_AT = new Set(['at', 'for', 'chez']);
const AS_A = new Set(['as', 'tant', "i'm", 'im', 'suis']);
const ARTICLES = new Set(['a', 'an', 'the', 'one', 'someone']);

/** "as one of the SREs", "I'm one of the engineers", « en tant que l'un des techniciens »: one of a team. */
function oneOfTheTeam(tokens: readonly Token[], k: number): Span | null {
  const w = (j: number) => (j >= 0 && tokens[j]!.kind === 'word' ? tokens[j]!.forms[0]! : '');
  let start = -1;
  if (w(k - 3) === 'one' && w(k - 2) === 'of' && w(k - 1) === 'the') start = k - 3;
  else if ((w(k - 2) === 'un' || w(k - 2) === 'une') && w(k - 1) === 'des') start = k - 2;
  if (start < 0) return null;
  for (let j = start - 1; j >= start - 4 && j >= 0; j--) {
    if (AS_A.has(w(j))) return { start: tokens[j]!.start, end: tokens[k]!.end, from: j, to: k + 1 };
  }
  return null;
}

function jobTitle(tokens: readonly Token[]): Span | null {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (!JOBS.has(t.forms[0]!)) {
      const f = t.forms[0]!;
      const team = f.length > 3 && f.endsWith('s') && JOBS.has(f.slice(0, -1)) ? oneOfTheTeam(tokens, k) : null;
      if (team) return team;
      continue;
    }
    // "<job> at <Name>", « <job> chez <Nom> »: within the next three words.
    for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
      const w = tokens[j]!;
      if (w.kind === 'mention' && j === k + 1) return { start: t.start, end: w.end, from: k, to: j + 1 };
      if (w.kind === 'word' && WORKS_AT.has(w.forms[0]!)) {
        const name = tokens[j + 1];
        if (name && (name.kind === 'mention' || (name.kind === 'word' && /^\p{Lu}/u.test(name.raw)))) {
          return { start: t.start, end: name.end, from: k, to: j + 2 };
        }
      }
    }
    // "<job> here", "<job> at Brand here", « <job> Nom ici », « <job> là-bas » (within the next three words).
    // Only as the opening of a clause: "the staff there were rude" is no self-introduction.
    const opens = k === 0 || tokens[k - 1]!.kind !== 'word';
    for (let j = k + 1; opens && j <= k + 3 && j < tokens.length; j++) {
      const w = tokens[j]!;
      if (w.kind === 'word' && HERE.has(w.forms[0]!)) return { start: t.start, end: w.end, from: k, to: j + 1 };
      if (w.kind === 'punct' && w.raw !== '-') break;
    }
    // "as a <job>", « en tant que <job> », "I'm a <job>" (up to three words back). After "as", an article
    // must follow ("as a Nuvola engineer"), so "such as admin fees" is no job title.
    for (let j = k - 1; j >= k - 3 && j >= 0; j--) {
      const w = tokens[j]!;
      if (w.kind !== 'word' || !AS_A.has(w.forms[0]!)) continue;
      if (w.forms[0] === 'as' && !ARTICLES.has(tokens[j + 1]?.forms[0] ?? '')) continue;
      return { start: w.start, end: t.end, from: j, to: k + 1 };
    }
  }
  return null;
}

const POINTERS = new Set(['ask', 'dm', 'contact', 'message', 'tweet', 'demande', 'demandez', 'ecris', 'ecrivez', 'contacte', 'contactez', 'voir', 'voyez']);

/** "ask @BrisaBikes", « demande direct à @BrisaVelo »: sending people to the official account. */
function pointsToOfficial(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'mention') continue;
    for (let j = k - 1; j >= k - 3 && j >= 0; j--) {
      if (tokens[j]!.kind === 'word' && POINTERS.has(tokens[j]!.forms[0]!)) return true;
    }
  }
  return false;
}


/** Presenting oneself as someone on the inside. */
const INSIDER = defineLexicon('p21.insider', {
  en: [
    'i work at', 'i work for', 'i work there', 'i work with them', 'i work in', "i'm an engineer at", 'i am an engineer at',
    "i'm a * at", "i'm an * at", 'working at', 'worked at', 'i used to work', 'engineer at * here', 'employee here',
    '* at * here', 'insider here', 'as an employee', 'speaking as an employee', 'from the inside', 'inside info',
    'inside information', 'source: me', 'source me', 'trust me i work', 'as someone who works', 'someone who works there',
    'one of the engineers', 'on the team that', 'our team', 'internally', 'internal memo', 'all-hands', 'all hands',
    "i'm on the * team", "i'm on the * * team", "i'm in the * team", "i'm part of the", 'i work on the', 'what i\'ve seen internally',
    'my team', 'my manager', 'my colleagues', "we're aware", 'we are aware', 'our engineers', 'the team is on it', "we're on it",
    // "Work there.", "used to work there": the employer named by pointing at it.
    'work there', 'worked there', 'work here', 'work for them', 'worked for them', 'i used to work there', 'ex-employee', 'former employee',
    'current employee', 'employee of', 'staff here', 'staff member', 'i do contract work for', 'contract work for', 'contractor for',
    "i'm a contractor", 'i consult for', 'as a partner', 'as a reseller', 'as an ambassador', 'our client', 'my employer', 'my company',
    // A department: "I'm in support", "I'm on the infra side", "I'm in the warehouse".
    "i'm in (support|sales|marketing|engineering|ops|operations|it|hr|finance|legal|security|infra|product|logistics|comms|customer service|the warehouse|the workshop|the kitchen|the cockpit|the call centre|the call center)",
    'i work in (support|sales|marketing|engineering|ops|operations|it|hr|finance|legal|security|infra|product|logistics|comms|customer service)',
    "i'm on the (support|infra|ops|security|product|engineering|sales|cabin|flight|ground) (side|team|crew|staff)", 'on the inside',
    'someone on the * team', 'someone on the * * team', 'as someone (on|in|at|from|inside) the', 'as someone inside', 'i sit on the',
    // Tenure: "been at Tasko for 6 years", « je suis chez Lumea depuis 6 ans ».
    "i've been at * for", 'been working at', "i've worked at", 'i have worked at', 'years at * and', 'years working for',
    // Speaking as "we" about the company's own assets, people and money.
    '(our|our own) (servers|systems|data centre|data center|datacenter|infrastructure|lawyers|legal team|ceo|cfo|management|board|execs|leadership|revenue|numbers|finances|cash|runway|investors|pilots|crew|planes|fleet|trains|drivers|warehouse|factory|plant|kitchen|kitchens|stores|staff)',
    "we've got * (years|months) of (cash|runway)", 'we have * (years|months) of (cash|runway)', "we're fine", 'we are fine', "we'll be fine",
    "we've fixed", "we've patched", "we've contained", "we've got it under control",
  ],
  fr: [
    'je bosse chez', 'je bosse là-bas', 'je bosse là bas', 'je bosse pour', 'je travaille chez', 'je travaille là-bas',
    'je travaille pour', 'je suis * là-bas', 'je suis * chez', 'je suis * * chez', 'salarié de', 'salariée de',
    'en tant que salarié', 'en tant que salariée', 'en tant qu\'employé', 'en tant qu\'employée', 'de l\'intérieur',
    'en interne', 'source : moi', 'source moi', 'je suis bien placé', 'je suis bien placée', 'bien placé pour le savoir',
    'bien placée pour le savoir', 'côté boîte', 'chez nous', 'dans ma boîte', 'réunion interne', 'mail interne',
    'j\'bosse', 'j\'travaille', 'j\'y bosse', 'j\'y travaille', 'je bosse au', 'je bosse à', 'je travaille au', 'je travaille à l\'',
    'je fais partie de', 'mon équipe', 'mes collègues', 'mon manager', 'ma direction', 'on est dessus', 'nos ingénieurs',
    'nos équipes sont', 'on est au courant',
    // « J'y bosse », « ex-salarié », prestataires et partenaires.
    'bosse là-bas', 'travaille là-bas', 'bossé là-bas', 'travaillé là-bas', 'j\'y ai bossé', 'j\'y ai travaillé', 'ex-salarié', 'ex-salariée',
    'ancien salarié', 'ancienne salariée', 'ancien employé', 'ancienne employée', 'je suis prestataire', 'prestataire pour', 'en tant que prestataire',
    'en tant que partenaire', 'en tant que revendeur', 'en tant qu\'ambassadeur', 'en tant qu\'ambassadrice', 'mon employeur', 'ma boîte',
    // Un service : « je suis au support », « je suis à la compta », « je bosse au SAV ».
    'je suis au (support|sav|service client|service technique|service juridique|marketing|siège|standard|guichet|dépôt|contrôle|planning|service info|service informatique|service sécurité)',
    'je suis à la (compta|comptabilité|direction|logistique|sécu|sécurité|maintenance|technique|prod|production|relation client|com|communication|rh|dsi|hotline)',
    'je suis à l\'(atelier|entrepôt|accueil|usine|exploitation|informatique|infra)', 'je suis dans l\'équipe', 'je suis dans le service',
    'je bosse (au|à la|à l\'|dans l\'équipe|dans le service)', 'je travaille (au|à la|dans l\'équipe|dans le service)',
    'je suis chez * depuis', 'je suis chez * * depuis', 'ça fait * ans que je (bosse|travaille)', 'depuis * ans chez', 'j\'ai bossé * ans chez',
    'j\'ai travaillé * ans chez', 'quelqu\'un de l\'équipe', 'en interne on', 'côté interne',
    // « Nous » pour parler des moyens, des gens et de l'argent de l'entreprise.
    '(nos|notre) (serveurs|systèmes|datacenter|data center|infrastructure|avocats|juristes|pdg|dg|direction|dirigeants|comptes|chiffres|finances|trésorerie|investisseurs|pilotes|avions|trains|conducteurs|entrepôt|usine|cuisines|magasins|équipes techniques)',
    'on a de quoi tenir', 'on a de la tréso', 'on a * (ans|mois) de (tréso|trésorerie|cash)', 'on a corrigé', 'on a colmaté', 'on maîtrise',
    'c\'est maîtrisé', 'on a la situation en main',
  ],
});

/** Speaking officially or committing the company. */
const OFFICIAL = defineLexicon('p21.official', {
  en: [
    'i can confirm', 'can confirm', 'i confirm', 'officially', 'official answer', 'official word', 'on behalf of',
    'i can guarantee', 'i guarantee', 'i promise you', 'the company will', 'they will refund', 'everyone gets',
    "you'll all get", 'rest assured', 'take it from me', 'for the record', 'i can tell you', 'i can say',
    'take it as confirmed', "it's confirmed", 'it is confirmed', 'confirmed:', 'you have my word', 'trust me', 'let me clear up',
    'let me set the record straight', 'to set the record straight', 'let me clarify', "here's what (really|actually) happened",
    'what really happened', 'the truth is', 'the real reason', 'i know for a fact', 'i can assure you', 'i assure you',
    // Statements made to the public: "for those asking", "I want to reassure our customers", "it won't happen again".
    'for (those|everyone|all those|anyone) (asking|wondering|who asked|who is asking)', 'to (answer|address) the (questions|rumours|rumors)',
    '(i want|i\'d like|i wanted) to reassure', 'reassure (our|all our|the) (customers|clients|users|riders|passengers|patients)',
    "(it|this) (won't|will not|will never) happen again", 'never happen again', 'promise', 'promised', 'you will (all|) be (compensated|refunded|reimbursed)',
    "you'll (all|) be (compensated|refunded|reimbursed)", 'everyone will be (compensated|refunded|reimbursed)',
    // Promises on the company's behalf in the third person: "affected customers will be compensated".
    '(customers|users|clients|everyone|subscribers|passengers|accounts) will (all|) (be|get) (compensated|refunded|reimbursed|credited)',
    'root cause (was|is)', 'the root cause',
  ],
  fr: [
    'je confirme', 'je vous confirme', 'je vous le confirme', 'officiellement', 'réponse officielle', 'au nom de',
    'je vous garantis', 'je vous assure', 'je vous promets', 'la direction va', 'la direction remboursera',
    'l\'entreprise va', 'tout le monde sera', 'vous serez tous', 'croyez-moi', 'c\'est officiel', 'je peux vous dire',
    'je peux te dire', 'je vous le dis',
    'c\'est confirmé', 'je te confirme', 'je te le confirme', 'faites-moi confiance', 'fais-moi confiance', 'pour clarifier',
    'mettre les choses au clair', 'rétablir la vérité', 'pour rétablir les faits', 'ce qui s\'est (vraiment|réellement) passé',
    'la vérité c\'est que', 'la vraie raison', 'je sais de source sûre', 'de source sûre', 'je vous assure', 'je t\'assure',
    'c\'est quasi signé', 'c\'est signé', 'c\'est acté', 'c\'est validé en interne',
    // Déclarations au public : « pour ceux qui demandent », « je tiens à rassurer nos clients », « ça ne se reproduira plus ».
    'pour (ceux|celles|tous ceux|toutes celles) qui (demandent|se demandent|posent la question|s\'inquiètent)', 'pour répondre aux (questions|rumeurs)',
    '(je tiens à|je veux|je voulais|je souhaite) rassurer', 'rassurer (nos|tous nos|les) (clients|clientes|usagers|abonnés|passagers|patients|utilisateurs)',
    '(ne|n\') se (reproduira|reproduiront) (plus|pas)', 'promis', 'je le promets', 'vous serez (tous|toutes|) (dédommagés|remboursés|indemnisés|dédommagées|remboursées|indemnisées)',
    'tout le monde sera (dédommagé|remboursé|indemnisé)',
  ],
});

/** Verdicts and reassurance on the matter itself. */
const VERDICT = defineLexicon('p21.verdict', {
  en: [
    'no need to panic', 'nothing to worry about', "don't worry", 'do not worry', 'no big deal', "it's only", 'it is only',
    "it's just", 'only affects', 'only a few', 'only a handful', 'overblown', 'blown out of proportion', 'baseless',
    'shakedown', 'fake news', 'total nonsense', 'nonsense', 'a joke', "we didn't", 'we did not', 'nobody was',
    'no one was', "it's fine", 'all good', 'will be fixed by', 'back up by', 'they will win', "we'll win", 'we will win',
    'no one got hurt', 'not a big deal', "it's not true", 'not true', "it wasn't", 'stop panicking', 'yes there',
    "yes it's true", "it's true", 'yes it was', "nobody's been hurt", 'nobody has been hurt', 'always the cause', 'are fine',
    'totally safe', 'perfectly safe', "i'm sure", '% sure', 'mostly', '(the|these|those) (rumours|rumors) are true', 'rumours are (false|untrue)',
    'it closes', 'the deal closes', 'signed off', 'done deal',
    'nothing serious', 'nothing abnormal', 'nothing unusual', 'totally routine', 'routine', 'standard procedure', 'known issue',
    'everyone is (fine|safe|ok|okay)', "everyone's (fine|safe|ok|okay)", 'everybody is (fine|safe|ok)', "you're fine", "you'll be fine",
    'you are fine', 'you will be fine', 'no danger', 'never in danger', 'no risk', 'zero risk', 'under control', "it's handled",
    'no data (was|) (lost|taken|stolen)', 'no customer data', 'nothing was (lost|taken|stolen)', 'back up (tonight|tomorrow|soon)',
    'will be back', 'be back up', "they'll win", 'storm in a teacup',
    "it'll be (ok|okay|fine|alright)", 'nothing will change', "nothing's going to change", 'data is intact', 'are intact', 'we have backups', "we've got backups",
  ],
  fr: [
    'pas de quoi paniquer', 'y a pas de quoi', 'pas d\'inquiétude', 'aucune inquiétude', 'pas de panique', 'rien de grave',
    'rien de dramatique', 'c\'est juste', 'ça concerne que', 'ça ne concerne que', 'ne concerne que',
    'seulement quelques', 'juste quelques', 'n\'importe quoi', 'du flan', 'fake news', 'c\'est faux', 'on n\'a rien',
    'on n\'a pas', 'personne n\'a', 'personne n\'est', 'exagéré', 'monté en épingle', 'on va gagner', 'ils vont gagner',
    'ce sera réglé', 'sera réparé', 'ne vous inquiétez pas', 't\'inquiète', 'tkt', 'oui il y a', 'oui y a', 'oui c\'est vrai',
    'c\'est vrai', 'est safe', 'aucun accident', 'aucun risque', 'il va perdre', 'ils vont perdre', 'y est pour rien',
    'n\'y est pour rien', 'on a les images', 'je suis sûr', 'je suis sûre', 'arrêtez de paniquer', 'pour couper court',
    'ça va aller', 'rien ne changera', 'rien ne va changer', 'ça ne changera rien', 'on a des sauvegardes', 'les données sont intactes', 'sont intactes',
    'les rumeurs sont (vraies|fondées|fausses)', 'c\'est signé', 'c\'est bouclé', 'l\'affaire est faite', 'rien d\'anormal', 'rien d\'inquiétant', 'rien de sérieux', 'de la routine', 'procédure standard', 'problème connu', 'souci connu',
    'tout le monde va bien', 'tout le monde est sain et sauf', 'personne n\'était en danger', 'aucun danger', 'vous ne risquez rien',
    'tu ne risques rien', 'risque zéro', 'sous contrôle', 'c\'est réglé', 'ça sera réglé', 'aucune donnée', 'rien n\'a été (volé|perdu)',
    'surtout des', 'tempête dans un verre d\'eau', 'aucune chance', 'sera levée', 'ça va rentrer dans l\'ordre',
  ],
});

/** Reassurance or dismissal only the company can give: "nothing to worry about", « rien de grave », "overblown". */
const DISMISS = defineLexicon('p21.dismiss', {
  en: [
    'no need to panic', 'nothing to worry about', 'no big deal', 'not a big deal', 'overblown', 'blown out of proportion', 'baseless',
    'shakedown', 'fake news', 'nobody was hurt', 'no one was hurt', 'no one got hurt', "nobody's been hurt", 'nobody has been hurt',
    'stop panicking', 'totally safe', 'perfectly safe', 'nothing serious', 'nothing abnormal', 'totally routine', 'never in danger',
    'no customer data', 'no data (was|) (lost|taken|stolen)', 'nothing was (lost|taken|stolen)', 'under control', 'storm in a teacup',
    "you're fine", 'you are fine', "you'll be fine", 'everyone is (fine|safe)', "everyone's (fine|safe)", 'zero risk',
    'your (data|money|account|accounts|booking|bookings|subscription|order|orders|bike|photos|files) (is|are) (safe|fine|secure)',
    'nothing to see here', 'utter nonsense', 'total nonsense', 'a load of rubbish', 'complete rubbish', 'total bs', 'pure fiction',
    'nothing sinister', 'no drama', 'nothing to it',
  ],
  fr: [
    'pas de quoi paniquer', 'pas d\'inquiétude', 'aucune inquiétude', 'pas de panique', 'rien de grave', 'rien de dramatique',
    'monté en épingle', 'du flan', 'fake news', 'arrêtez de paniquer', 'rien d\'anormal', 'rien d\'inquiétant', 'rien de sérieux',
    'tout le monde va bien', 'tout le monde est sain et sauf', 'personne n\'était en danger', 'aucun danger', 'vous ne risquez rien',
    'tu ne risques rien', 'risque zéro', 'sous contrôle', 'tempête dans un verre d\'eau', 'personne n\'a été blessé', 'aucun blessé',
    'aucune donnée (perdue|volée|bancaire)', 'rien n\'a été (volé|perdu)', 'ton abo est safe', 'est safe',
    '(vos|tes) (données|comptes|réservations|commandes|fichiers|photos) (sont|restent) (en sécurité|safe|protégées|protégés)',
    '(votre|ton) (compte|abonnement|abo|argent|réservation|commande) (est|reste) (en sécurité|safe|protégé)', 'c\'est du vent',
    'que du vent', 'du pipeau', 'rien de vrai', 'pure invention', 'n\'importe quoi', 'circulez', 'y a rien à voir', 'rien à voir ici',
  ],
});

const BUT = new Set(['but', 'though', 'however', 'mais', 'cependant', 'pourtant', 'quand meme']);

/** Handing the question to the people whose job it is. */
const REDIRECT = defineLexicon('p21.redirect', {
  en: [
    'not the right person', "can't comment", 'cannot comment', "can't say much", "can't say more", "can't say too much",
    'cannot say much', "can't go into details", 'not supposed to say', "can't speak for", 'cannot speak for', 'not able to comment',
    'not in a position to', 'official statement', 'official channels', 'the official account', 'press office', 'press team',
    'ask support', 'contact support', 'support can', 'check with', 'the official statement', 'official page',
    'status page', 'the best place', 'best to ask', "i'm just a", "i'm just an", "i'm only a", "i'm only an", 'above my pay grade',
    'official (update|updates|info|information|news|comms|communication|announcement|announcements|source|sources)',
    "(i|) (don't|do not) know (more|any more|anything more) than", "i (don't|do not) know more", 'i have no (more|inside|extra) info',
    "i don't have (more|any more|inside) info", 'no more info than', 'wait for the official',
  ],
  fr: [
    'pas la bonne personne', 'je ne peux pas commenter', 'peux pas commenter', 'je ne peux pas en dire plus', 'peux pas en dire plus',
    'peux pas trop en dire', 'je ne peux pas trop en dire', 'je ne suis pas censé', 'je suis pas censé', 'je ne peux pas parler', 'pas à moi de',
    'communiqué officiel', 'le compte officiel', 'service presse', 'canaux officiels', 'demande direct à', 'demandez à',
    'contactez le service client', 'le service client pourra', 'voyez avec', 'la communication officielle',
    'page de statut', 'page statut', 'le mieux est de', 'mieux vaut demander', 'je ne suis que', 'je suis juste',
    '(les|des) (infos|informations|annonces|mises à jour|communications) officielles', 'source officielle', 'sources officielles',
    'je n\'en sais pas plus', 'j\'en sais pas plus', 'pas plus d\'infos que', 'je n\'ai pas plus d\'infos', 'attendez la communication officielle',
    'attendez le communiqué',
  ],
});

export default definePractice({
  meta: {
    number: 21,
    slug: 'qualified-spokespeople',
    title: { en: "Let qualified spokespeople speak", fr: "Laisser parler les porte-parole qualifiés" },
    statement: {
      en: "On sensitive matters (crises, incidents, legal, finance) let the qualified spokespeople answer and offer solutions; point people to them.",
      fr: "Sur les sujets sensibles (crises, incidents, juridique, finances), laissez répondre les porte-parole qualifiés et orientez les gens vers eux.",
    },
    detection: 'judgement',
    messages: {
      unofficial: {
        text: {
          en: '"{term}": on a sensitive matter ({topic}), this reads as a statement from the company, from someone who is not its spokesperson. It will be quoted as one.',
          fr: '« {term} » : sur un sujet sensible ({topic}), cela se lit comme une déclaration de l’entreprise, faite par quelqu’un qui n’en est pas le porte-parole. Elle sera citée comme telle.',
        },
        fix: {
          en: 'Don\'t speak for the company here: say you can\'t comment and point people to the official account or statement.',
          fr: 'Ne parlez pas au nom de l’entreprise : dites que vous ne pouvez pas commenter et renvoyez vers le compte ou le communiqué officiel.',
        },
      },
    },
  },
  lexicons: [CRISIS_TOPICS, INSIDER, OFFICIAL, VERDICT, DISMISS, REDIRECT],
  create(ctx) {
    if (ctx.context.account !== 'personal') return;
    const { draft, parent } = ctx;
    if (pointsToOfficial(draft.tokens)) return;
    const redirect = draft.find(REDIRECT);
    if (redirect.length > 0) {
      // "Can't comment officially, but yes, it closes next month": the redirect is only a preamble.
      const end = Math.max(...redirect.map((h) => h.to));
      let but = -1;
      for (let k = end; k < draft.tokens.length; k++) {
        if (draft.tokens[k]!.kind === 'word' && BUT.has(draft.tokens[k]!.forms[0]!)) {
          but = k;
          break;
        }
      }
      const claims = [...draft.find(OFFICIAL), ...draft.find(VERDICT), ...draft.find(DISMISS)];
      if (but < 0 || !claims.some((h) => h.from > but)) return;
    }

    // The sensitive matter, in the draft or in the post replied to.
    const crisisIn = (view: TextView): Hit | undefined => view.find(CRISIS_TOPICS)[0] ?? view.profileTerms('restrictedTopics')[0];
    const inDraft = crisisIn(draft);
    const inParent = parent ? crisisIn(parent) : undefined;
    if (!inDraft && !inParent) return;
    const topic = inDraft ? draft.text.slice(inDraft.start, inDraft.end) : parent!.text.slice(inParent!.start, inParent!.end);

    const insider = draft.find(INSIDER)[0] ?? jobTitle(draft.tokens);
    const official = draft.find(OFFICIAL)[0];
    const verdict = draft.find(VERDICT)[0];
    const dismiss = draft.find(DISMISS)[0];
    const brandNamed = draft.profileTerms('brand').length > 0 || (parent?.profileTerms('brand').length ?? 0) > 0;
    if (insider) {
      // An insider on a crisis: the words will be read as the company's.
      reportAt(ctx, insider, 'unofficial', verdict || dismiss ? 'risk' : 'warn', { topic });
    } else if (official && brandNamed) {
      reportAt(ctx, official, 'unofficial', 'warn', { topic });
    } else if (brandNamed && (dismiss || verdict)) {
      // A personal account is someone who works for the brand: dismissing a crisis about it reads as the
      // company's answer. Softer verdicts ("it's just", "mostly") are only a hint.
      reportAt(ctx, dismiss ?? verdict!, 'unofficial', dismiss ? 'warn' : 'info', { topic });
    }
  },
});
