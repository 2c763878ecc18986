// Practice 16: Own your actions / Assumer ses actes.
// Flags shifting the blame: denying responsibility ("not our fault", « on n'y est pour rien », "nothing we
// could have done"), pinning it on a scapegoat ("written by an intern", « c'est le transporteur qui s'est
// trompé », "came from the auto-translate system"), or on the customer ("did you fiddle with them?", « c'est
// que vous ne la rechargez pas correctement », "mal configurée de votre côté"). Signals add up (strong ones
// count 2, hints 1) and a flag takes 2; owning it anywhere in the draft ("that's on us", « la nôtre : c'est
// nous qui… », "our fault") clears the hints, so a real apology that names the carrier is fine.
import { definePractice } from '../practice';
import { defineLexicon } from '../text/phrases';
import { negated, reportAt, type Span } from '../helpers';
import { firstFew } from '../lexicon/judgement';

/** Words of someone speaking for a group or company. */
const WE = new Set(['we', "we're", "we've", "we'll", 'us', 'our', 'ours', 'nous', 'notre', 'nos', 'on', "on'"]);

/** Flat denial of responsibility. */
const DENIAL = defineLexicon('p16.denial', {
  en: [
    'not our fault', "isn't our fault", 'wasn\'t our fault', 'is not our fault', 'was not our fault', 'not on us', "that's not on us", 'not our problem',
    'nothing to do with us', 'nothing we could (have|) do', 'nothing we can do about', 'not something we could', 'out of our hands', 'beyond our control',
    'not responsible for', "can't be held responsible", 'cannot be held responsible', 'not be held responsible', 'not liable', 'not accountable',
    'not from anyone at', 'not from us', 'not by us', 'not us', "wasn't us", 'was not us', "it's not us", "that's not us", 'not on our end', 'not on our side',
    'no fault of ours', 'through no fault of our own', 'we did nothing wrong', "we didn't do anything wrong", 'we take no responsibility', 'blame them',
    "(that's|it's|that is|it is) on your (bank|provider|carrier|isp|phone|network)('s|) (side|end)", 'not on ours', 'not ours', 'not something we did', 'nothing we did', 'not (something|anything) we (did|caused)', 'take it up with', 'direct (any|your|all|) complaints to', 'not much we could (have|) do', 'little we could (have|) do', 'nothing more we could (have|) do', 'complain to them', "that's your problem", 'your problem, not', 'not our issue', 'not our department',
    '(fault|mistake|error|problem|issue|doing|screw-up|mess), not ours', '(fault|mistake|error|problem|issue), not (us|ours|our team|our teams|our side)', 'not on (us|our side|our end)',
    'not (us|our team|our teams|our staff|our stores|our shops)', 'direct (any|your|all|) (complaints|questions|anger) (to|at) (them|him|her)', 'complain to (them|him|her|the courier|the carrier|your bank)',
    "there's nothing we can do", 'nothing we can do', 'it is what it is', 'statistically (normal|inevitable|expected|insignificant)', 'nothing to see here',
    "not my (team's|department's|team|department|bug|problem|code|fault)", "not our (team's|department's|bug|code)", "(we|i) can't be expected to", '(we|i) cannot be expected to',
    "(we|i) (can't|cannot) read (minds|your mind)", "(our|my) account (was|has been|got) (hacked|compromised)", '(we|i) (were|was|got) hacked', 'blame * (not us|not me)', 'blame * * (not us|not me)', 'thank * (not us|not me)',
    // Responsibility handed to someone else, or control disowned: "is the responsibility of the restaurant", "we have no control over that".
    '(is|are|remains|remain|lies|lie|rests|rest) (solely|entirely|fully|) (the|with the) responsibility of', '(we have|we\'ve got|there is) no control over', "(we|i) (don't|do not|can't|cannot) control (that|this|it|what|how|where|which)",
    'held (liable|responsible|accountable) for', '(our|the) (update|app|software|service|system|servers|team) (didn\'t|did not|doesn\'t|does not|never) (touch|delete|remove|affect|change|cause|lose)',
    "wasn't me", 'not me', 'it was not me', "can't be our", 'cannot be our', "couldn't have come from us", 'could not have come from us', "can't have come from us", 'did not come from us', "didn't come from us",
  ],
  fr: [
    'pas notre faute', 'pas de notre faute', "n'est pas de notre faute", "n'y est pour rien", "n'y sommes pour rien", "n'y suis pour rien", 'on y est pour rien',
    "y sommes pour rien", 'rien à voir avec nous', 'rien à nous reprocher', "n'avons rien à nous reprocher", 'pas de notre ressort', 'hors de notre contrôle',
    'rien que nous ayons fait', "ce n'est pas quelque chose que nous avons fait", 'ne sont pas en cause', 'pas en cause', 'indépendant de notre volonté', 'indépendante de notre volonté', 'pas (être|) tenus responsables', 'être tenus pour responsables', 'pas responsables',
    'déclinons toute responsabilité', 'décline toute responsabilité', 'pas notre problème', 'pas nous', 'ne vient pas de chez nous', 'ne peut pas venir de chez nous',
    'peut pas venir de chez nous', 'ne vient pas de nous', 'voyez (directement|) avec (eux|lui|elle|le transporteur|votre banque)', 'adressez-vous (directement|) (à eux|au transporteur|à votre banque)',
    "c'est votre problème", "c'est ton problème", 'nous ne sommes pas en cause', "n'est pas en cause", 'on ne pouvait rien faire', 'nous ne pouvions rien faire',
    'rien pu faire', 'rien que nous puissions faire', 'pas grand-chose à faire', 'pas grand chose à faire', 'on ne pouvait pas faire grand-chose', 'on ne peut rien y faire', 'on ne peut rien faire', 'pas la nôtre', 'pas de nous', "c'est pas moi",
    "ce n'est pas moi", 'pas moi',
    'pas de (nos équipes|nos services|nos boutiques|nos agences|nos serveurs|notre équipe|notre côté|notre fait)', 'pas (la|de la) nôtre', 'pas du nôtre',
    '(adressez|adresser|envoyez|envoyer) vos (plaintes|réclamations|remarques|questions) (directement|) (à|chez|au|aux)', 'vos (plaintes|réclamations) (directement|) (à|chez) (eux|lui|elle)',
    'plaignez-vous (à|auprès)', 'statistiquement (normal|normale|inévitable|insignifiant)', 'rien à voir ici', 'circulez', 'pas de quoi en faire un drame', 'pas de quoi en faire une histoire',
    'pas (mon|notre) (équipe|service|bug|code|problème|périmètre)', '(notre|mon) compte a été (piraté|hacké)', 'on (a été|s\'est fait) pirater', 'ne (venait|vient) pas de nous', 'on ne peut pas deviner', 'on peut pas deviner', 'on ne lit pas dans les pensées', 'nous ne pouvons pas deviner', "on n'y peut rien", "on y peut rien", "nous n'y pouvons rien", "n'y pouvons rien", "je n'y peux rien", "j'y peux rien",
    '(relève|relèvent|est|sont|reste|restent|incombe|incombent) (entièrement|uniquement|) (de la|sous la|à la) responsabilité (du|de la|de l\'|des|de chaque|de votre|de vos|de ton|de chacun)',
    '(tenu|tenue|tenus|tenues) pour (responsable|responsables)', '(ne saurait|ne sauraient|ne peut|ne peuvent) (en|) être (tenu|tenue|tenus|tenues)', "(n'avons|n'a|avons|a) (aucun|aucune|pas de) (contrôle|prise|maîtrise) sur",
    'on ne (contrôle|maîtrise|gère) pas', 'nous ne (contrôlons|maîtrisons|gérons) pas', "(notre|la) (mise à jour|appli|application|service) (n'a|n'a pas|n'a rien|n'a jamais) (touché|supprimé|effacé|modifié|causé)",
    'la faute à * (pas à nous|pas nous)', 'la faute à * * (pas à nous|pas nous)',
  ],
});

/** Defending ourselves in answer to a complaint ("our mechanics are trained professionals"): a hint, one point. */
const DEFENSIVE = defineLexicon('p16.defensive', {
  en: [
    'our (mechanics|team|staff|drivers|technicians|engineers) are (trained|professionals|experts|highly trained)', 'trained professionals', 'fully tuned', 'fully tested',
    'are (tested|checked|inspected) before', 'check everything', 'everything is checked', 'we check everything', 'leave (the|our) (workshop|factory|warehouse)', 'strict (standards|quality|hygiene)', 'handled with care',
    '(followed|follow|applied) (the|our) (procedure|process|protocol|rules)', 'by the book', 'to the letter', 'as per (our|the) (procedure|process|policy)',
  ],
  fr: [
    'nos (mécaniciens|mécanos|équipes|techniciens|livreurs|ingénieurs) sont (formés|des professionnels|des pros|qualifiés)', 'sont (testés|testées|contrôlés|contrôlées|vérifiés|vérifiées) avant',
    'sont testées', 'sont testés', 'vérifient tout', 'contrôlent tout', 'tout est vérifié', 'tout est contrôlé', 'normes (strictes|très strictes)', 'parti parfait', 'partis parfaits', 'sort parfait', 'avec le plus grand soin',
    '(respecté|suivi|appliqué) (la|les|notre|nos) (procédure|procédures|process|protocole|règles)', 'dans les règles', 'à la lettre', 'conformément à (la|notre|nos) (procédure|politique|process)',
  ],
});

/** Owning it: clears the hints. */
const OWNERSHIP = defineLexicon('p16.ownership', {
  en: [
    'our fault', 'our mistake', 'our error', 'our bad', 'on us', '(bug|error|mistake|issue|problem|glitch) on our (side|end)', "that's on us", 'we messed up', 'we screwed up', 'we got it wrong', 'we dropped the ball',
    'we take (full|) responsibility', 'we own', 'we should have', "we shouldn't have", 'my fault', 'my mistake', 'my bad', 'i messed up', 'i should have', 'we are responsible',
    "we're responsible", 'our responsibility',
  ],
  fr: [
    'notre faute', 'la nôtre', "c'est nous qui", 'notre erreur', 'notre responsabilité', '(bug|erreur|problème|souci|oubli|couac|faute|loupé|raté) de notre (côté|part)',
    'on a merdé', 'on s\'est trompés',
    "on s'est plantés", 'nous nous sommes trompés', 'nous assumons', 'on assume', 'nous aurions dû', 'on aurait dû', 'ma faute', 'mon erreur', "j'aurais dû",
    'nous sommes responsables',
  ],
});

/** An apology: clears the hints, not an outright blame. "Sorry if you feel…" is not one. */
const APOLOGY = defineLexicon('p16.apology', {
  en: ['sorry', 'apologies', 'we apologise', 'we apologize', 'i apologise', 'i apologize'],
  fr: ['désolé', 'désolée', 'désolés', 'désolées', 'nos excuses', 'toutes nos excuses', 'mes excuses', 'pardon', 'excusez-nous'],
});
const NON_APOLOGY = defineLexicon('p16.non-apology', {
  en: ['sorry (if|that) you (feel|felt|think|thought)', 'sorry you (feel|felt|think)', 'sorry but', 'sorry, but'],
  fr: ['désolé (si|que) vous', 'désolés (si|que) vous', 'désolée (si|que) vous', 'désolé mais', 'désolés mais', 'désolée mais'],
});

/** Someone else to blame. */
const SCAPEGOAT = defineLexicon('p16.scapegoat', {
  en: [
    'intern', 'an intern', 'the intern', 'our intern', 'a junior', 'new hire', 'a temp', '(a|the|our|one) (weekend|holiday|seasonal|summer|christmas|agency|new|stand-in) (temp|hire|worker|staffer|cover)', 'a contractor', 'the contractor', 'the courier', 'the carrier', 'the delivery company',
    'delivery driver', 'the driver', 'our partner', 'payment partner', 'our payment provider', 'payment provider', 'our supplier', 'the supplier', 'third-party',
    'third party', 'the bank', 'your bank', 'the algorithm', 'an algorithm', 'auto-translate', 'autotranslate', 'automatic translation', 'machine translation',
    'scheduling tool', 'the scheduler', 'the scheduling', 'a bot', 'the bot', 'the ai', 'a glitch', 'a rogue employee', 'one employee', 'an employee', 'a passenger',
    'another customer', 'other customers', 'the manufacturer', 'the factory', 'royal mail', 'dpd', 'evri', 'hermes', 'ups', 'fedex', 'dhl',
    'payment processor', 'our (payment|card) processor', 'stripe', 'paypal', 'hosting provider', 'our host', 'web agency', 'our (web|digital|marketing|social media|pr|seo|ad|advertising) agency', 'the (web|digital|marketing|pr) agency', 'our (new|current|usual|) (hosting|cloud|payment|delivery|logistics|it|software|server|data centre|data center|shipping|courier) (provider|partner|supplier|vendor|company)',
    'the (hosting|cloud|payment|delivery|logistics|software) (provider|partner|supplier|vendor|company)', 'the agency', 'our agency', 'the freelancer', 'the vendor', 'your isp', 'your phone', 'your provider', 'the warehouse', 'warehouse team', 'the night shift',
    'the (warehouse|workshop|night|delivery|support|dev|tech|it|sales|marketing|social media|design) (team|shift|staff|guys|lads|people)',
    'our (warehouse|workshop|night|delivery|support|dev|tech|it|sales|marketing|social media|design) (team|shift|staff)', 'a colleague', 'my colleague', 'the new guy',
    '(our|the) * (provider|partner|supplier|vendor|host|processor|contractor|subcontractor|agency)', '(our|the) * * (provider|partner|supplier|vendor|host|processor|contractor)',
    'subcontractor', 'passengers', 'the passengers', 'travellers', 'travelers', 'riders who', 'customers who', 'users who', 'members who',
    'someone (on|in|from) (the|our|my) *', 'somebody (on|in|from) (the|our|my) *',
    'your (antivirus|anti-virus|firewall|router|isp|bank|network|computer|laptop|mac|pc|browser|extension|vpn|email provider|phone carrier|carrier|operating system)',
    '(restaurant|delivery|shipping|logistics|hosting|billing|payment|printing|cleaning|catering|security) (partner|provider|company|firm|contractor)', 'the restaurant', 'the venue', 'the organiser', 'the organizer',
    'subcontractor', 'the courier', 'the postman', 'the post office', 'the cloud provider',
  ],
  fr: [
    "(un|une|l'|notre) (intérimaire|remplaçant|remplaçante|saisonnier|saisonnière|vacataire|extra)",
    'stagiaire', 'un stagiaire', 'une stagiaire', 'le stagiaire', 'la stagiaire', 'un intérimaire', 'un prestataire', 'le prestataire', 'notre prestataire', 'le transporteur',
    'transporteur', 'livreur', 'le livreur', 'la livreuse', 'coursier', 'le coursier', 'notre partenaire', 'le partenaire', 'le fournisseur', 'notre fournisseur', 'sous-traitant', 'la banque',
    'votre banque', "l'algorithme", "l'algo", 'la traduction automatique', "l'outil", 'le logiciel', 'le bot', "l'ia", 'un voyageur', 'une voyageuse',
    'un usager', 'des usagers', 'les usagers', 'un client', 'un autre client', 'le fabricant', "l'usine", 'la poste', 'colissimo', 'chronopost', 'dpd', 'ups', "l'agence",
    'notre agence', 'le freelance', 'un salarié', 'une salariée', 'un employé', 'un collaborateur', 'votre opérateur', 'votre téléphone', "l'entrepôt",
    "l'équipe (de nuit|logistique|entrepôt|de l'entrepôt|technique|du support|marketing|commerciale)", 'un collègue', 'le nouveau', 'la nouvelle',
    'hébergeur', 'notre hébergeur', "l'hébergeur", 'notre (prestataire|fournisseur|partenaire|hébergeur|sous-traitant|agence) *', '(le|notre) (prestataire|fournisseur|partenaire) (de|d\') *',
    "l'opérateur", 'le sous-traitant', 'notre sous-traitant', 'voyageurs', 'les voyageurs', 'passagers', 'les passagers', 'usagers qui', 'clients qui', 'utilisateurs qui', 'adhérents qui',
    "quelqu'un (de|dans|du) (l'équipe|notre équipe|l'équipe de nuit|service|support)", 'restaurant partenaire', '(le|du|au) restaurant', "l'organisateur", 'la salle',
    'votre (antivirus|anti-virus|pare-feu|box|banque|réseau|ordinateur|navigateur|extension|vpn|fournisseur|opérateur|messagerie|système)',

  ],
});

/** Platforms and big suppliers ("Instagram's algorithm", "the last Windows update"): named as a cause all the time, a scapegoat only with an outright blame. */
const PLATFORM = defineLexicon('p16.platform', {
  en: [
    'apple', 'google', 'microsoft', 'meta', 'instagram', 'facebook', 'amazon', 'aws', 'cloudflare', 'the government', 'brexit',
    '(the|their|a|an|last|latest|recent) * update', '(windows|ios|android|macos|chrome|browser|os) update',
  ],
  fr: [
    'apple', 'google', 'microsoft', 'meta', 'instagram', 'facebook', 'amazon', 'cloudflare', "l'état", 'le gouvernement',
    "la (dernière|) mise à jour (de|d') *", '(la|une) mise à jour (windows|ios|android|macos|apple|google|microsoft)',
  ],
});

/** The causal link that pins it on them. */
const CAUSE = defineLexicon('p16.cause', {
  en: [
    'caused by', 'due to', 'because of', 'came from', 'comes from', 'come from', 'the fault of', "'s fault", 'fault of', 'to blame', 'blame', 'blamed', 'written by',
    'posted by', 'published by', 'sent by', 'responsible for', 'by itself', 'on its own', 'all by itself', 'messed up', 'screwed up', 'got it wrong',
    'getting up to speed', 'still learning', 'bear with them', 'be patient with them', 'down to', "that's down to", 'is down to', 'made a mistake', 'made an error', 'dropped', 'lost it', 'an error by', 'a mistake by', 'error by', 'mistake by', 'on their side', 'on their end', '(reminded|told) them to do their job', 'do their job', 'their mistake', 'their fault', 'their error', 'issue, not', 'problem, not', 'error, not', 'mistake, not', 'has been spoken to', 'have been spoken to',
    "they've been spoken to", 'been dealt with', 'has been let go', 'been disciplined', 'doesn\'t reflect our values', 'does not reflect our values', 'not reflect our views',
    '(generated|issued|produced|decided|chosen|set|controlled|calculated|processed|operated|run|prepared|packed|shipped|delivered|cooked|baked|made|printed|written|done|installed|configured) by',
    'posted it', 'sent it', 'published it', 'wrote it', 'without (approval|permission|sign-off|authorisation|authorization|checking)', 'pushed a (bad|broken|faulty|wrong|buggy)',
    '(pushed|deployed|shipped|uploaded|applied|ran|merged|released|published|sent|entered|typed|deleted|changed) (a|an|the|some) (bad|broken|faulty|wrong|buggy|incorrect|untested|test|old|outdated)',
    "(he's|she's|they've|he has|she has|they have) been (spoken to|dealt with|disciplined|reprimanded|let go|retrained|warned)",
    '(lies|lay|lay|is|was|sits) with', '(root|real) cause', 'not naming names', 'no names', 'naming no names', 'quarantined', 'blocked (it|them)', 'on (his|her) (side|end)',
    'filled (in|out) by', '(had|having) a (bad|rough|off) day', '(entirely|squarely|fully|all|completely) (on their|on them|their)', 'not a reflection of', "l'a recadré", "l'avons recadré", "l'a recadrée",
    'broke', 'broken by', 'scheduled by', 'handled by', 'managed by', 'hidden by', 'removed by', 'deleted by', 'changed (its|their) (rules|policy|api)',
  ],
  fr: [
    'causé par', 'causée par', 'dû à', 'due à', 'à cause de', 'à cause du', 'vient de', 'venait de', 'provient de', 'la faute (à|de|du|au)', 'imputable à', 'écrit par',
    'publié par', 'posté par', 'envoyé par', "c'est (le|la|l'|un|une|votre|notre|ton|leur|son|sa) * qui", "c'est (le|la|l'|un|une|votre|notre|ton|leur|son|sa) * * qui",
    "c'est (le|la|l'|un|une|votre|notre|ton|leur|son|sa) * * * qui", 'a (dû|du) (faire|commettre) une erreur', 'de leur côté', 'erreur de (notre|leur|votre)', 'accumule', 's\'est trompé', "s'est trompée", 'a fait une erreur',
    'tout seul', 'toute seule', "de lui-même", "d'elle-même", 'a été recadré', 'a été recadrée', 'a été sanctionné', 'a été sanctionnée', 'ne reflète pas nos valeurs',
    'ne reflètent pas nos valeurs', 'responsable de',
    'dus à', 'dues à', 'dû aux', 'due aux', 'dus aux', 'dues aux', 'lié à', 'liée à', 'liés à', 'liées à',
    '(généré|générée|générés|générées|décidé|décidée|décidés|fixé|fixés|calculé|calculés|géré|gérés|préparé|préparés|emballé|emballés|emballées|livré|livrés|fabriqué|fabriqués|fait|faits) par',
    '(a|avait) (publié|posté|envoyé|écrit|supprimé|poussé|mis en ligne)', 'sans (validation|autorisation|accord|relecture)', 'de son côté', 'de leur côté', 'chez eux', 'chez lui',
    'sans citer de noms', 'sans citer personne', 'je ne citerai personne', 'on ne citera personne', '(la|sa) cause (est|se trouve|réside)',
    '(paramétré|paramétrée|paramétrés|configuré|configurée|rempli|remplie|saisi|saisie|lancé|lancée|programmée|rédigé|rédigée|envoyée|envoyés) par', '(a eu|avait) (un|une) (souci|problème|bug|mauvaise journée|coup de mou)', 'entièrement de leur', 'uniquement de leur',
    'a cassé', 'ont cassé', 'programmé par', 'géré par', 'gérée par', 'masqué par', 'supprimé par', 'a changé ses règles', 'ont changé leurs règles',
  ],
});

/** Sending the customer to the other party: a hint of blame, not one by itself. */
const REDIRECT = defineLexicon('p16.redirect', {
  en: ['(contact|ask|check with|reach out to|talk to|write to|complain to) * directly', '(share|send|give) (your|their|any) feedback (with|to)', 'check with them', 'check with your', 'leave a review (on|for) (their|its|the)', 'you\'d need to (check|contact|ask|talk)', 'you would need to (check|contact|ask)',
    'please contact your', 'contact your bank', 'contact the carrier', 'contact the courier', 'contact them', 'get in touch with them', 'reach out to them', 'ask them', 'ask your bank'],
  fr: ['(directement|plutôt) (auprès|avec|chez) (de|d\'|)', 'auprès (de lui|d\'eux|d\'elle|du restaurant|du fournisseur|de votre)', 'faudrait voir', 'faut voir avec', 'laisser un avis sur (sa|leur|la) (fiche|page)',
    "(c'est|ce serait) (donc|plutôt|) (de son|de leur|chez eux|avec eux|avec lui|avec elle) ", 'voyez avec', 'voyez directement', 'contactez votre', 'contactez le transporteur', 'contactez-les', 'adressez-vous', 'rapprochez-vous de', 'demandez-leur', 'voir avec eux'],
});

/** Putting it on the customer. */
const CUSTOMER_BLAME = defineLexicon('p16.customer-blame', {
  en: [
    '(each|every) (member|customer|user|rider|passenger|client|guest|participant) (is|remains|stays) (solely|fully|entirely|) responsible', 'you (are|remain) (solely|fully|entirely|) responsible for',
    'user error', 'operator error', 'your fault', 'your own fault', 'must have been (adjusted|changed|dropped|damaged|tampered|modified|misused|altered|moved|set|installed|charged|left)',
    'did you (fiddle|mess|tamper|play|touch|change|adjust|drop|try)', 'have you been (fiddling|messing|tampering)', "if you'd read", 'if you had read',
    "you didn't (read|charge|follow|update|check|register)", 'you did not (read|charge|follow|update|check)', "you're (charging|using|riding) it wrong",
    '(not|aren\'t|are not) (charging|using|storing|riding) it (properly|correctly|right)', 'incorrectly (installed|configured|set up|used|charged)',
    'wrongly (installed|configured|set up|used)', 'misconfigured', 'customer error', 'rider error', 'improper use', 'misuse', "that's on you", 'your responsibility',
    'you (clearly|obviously) (left|dropped|forgot|used|rode|did)', 'works fine for everyone else', 'works for everyone else', 'fine for everyone else',
    'no one else has', 'nobody else has', 'no one else is', 'nobody else is', "you're the only one", 'you are the only one',
    'you must have (left|dropped|used|damaged|forgotten|overcharged|crashed|ridden|stored|changed|opened|modified|tampered|bent|knocked|broken|loosened|unscrewed|adjusted|removed)',
    'you (probably|must have|must\'ve) * it yourself', 'you (probably|must have|must\'ve) * * yourself',
    '(was|were|has been|have been) (probably|likely|surely|clearly|obviously) (taken|removed|damaged|dropped|lost|changed|opened|moved|misplaced|tampered|modified)',
    "are you sure (it|you|they) (wasn't|weren't|didn't|haven't|hadn't)", 'already (scratched|damaged|broken|dented|cracked|bent) when you', 'when you brought it in',
    '(used|using) a (non-brisa|third-party|cheap|knock-off|knockoff|non-official|non-approved) charger', "batteries don't just", "bikes don't just", "brakes don't just",
    'you (must have|must\'ve|probably|likely|clearly|obviously) (clicked|tapped|selected|chosen|pressed|deleted|emptied|enabled|disabled|unticked|unchecked|checked|switched off|turned off|typed|entered|removed|wiped|cleared|skipped|ignored)',
    'you (probably|must have|must\'ve|likely) * * * yourself', 'you (probably|must have|must\'ve|likely) * * * * yourself', "if you'd (read|checked|looked|followed)", 'if you had (read|checked|looked|followed)',
    // Hindsight lectures: "next time maybe read the docs", "if you had restarted it like the FAQ says".
    'next time (maybe|just|try to|try|please|) (read|check|follow|look at|update|restart)', "if you('d| had) (restarted|rebooted|updated|followed|checked|backed up|turned|switched|plugged|charged)",
    '(problem|issue|fault|error|bug) is (on|with|in) your (device|side|end|computer|phone|network|connection|setup|installation|browser|router)', 'did you (actually|even) read',
  ],
  fr: [
    '(chaque|tout|toute|le|la) (adhérent|adhérente|client|cliente|utilisateur|utilisatrice|usager|membre|voyageur|voyageuse|passager|participant|participante) (reste|est|demeure) (seul|seule|entièrement|pleinement|) responsable',
    "(chaque|tout) (adhérent|client|utilisateur|usager|membre|voyageur|passager|participant)·e (reste|est|demeure) (seul|seule|entièrement|pleinement|) responsable",
    'vous (êtes|restez|demeurez) (seul|seule|seuls|entièrement|pleinement|) (responsable|responsables) de', '(mauvaise|fausse) (manip|manipe|manœuvre|manoeuvre)', '(erreur|oubli|faute) de votre part', '(mauvaise|fausse) (manip|manipulation) de votre part',
    'votre faute', 'ta faute', "c'est que vous", "c'est que tu", "c'est parce que vous", 'vous ne (la|le|les) (rechargez|chargez|utilisez|entretenez|réglez|stockez) pas',
    'pas correctement', 'mal (configuré|configurée|configurés|utilisé|utilisée|branché|branchée|installé|installée|réglé|réglée|monté|montée|rechargé|rechargée|entretenu|entretenue|paramétré|paramétrée)',
    'erreur de manipulation', 'mauvaise manipulation', 'mauvaise utilisation', 'usage non conforme', 'utilisation non conforme', "erreur d'utilisation", "erreur d'utilisateur",
    'si vous aviez lu', 'si tu avais lu', 'il fallait lire', 'avez-vous touché', 'vous avez touché', "t'as touché", 'vous avez bidouillé', 'avez-vous bidouillé',
    'votre responsabilité', 'vous avez (forcément|sûrement|certainement|dû) (utilisé|laissé|fait tomber|touché|modifié|ouvert|démonté|desserré|dévissé|réglé|enlevé)',
    'vous avez dû * * vous-même', 'vous avez dû * * * vous-même', 'tu as dû * * toi-même',
    'a (dû|du|sûrement|forcément|certainement) être (retiré|retirée|enlevé|enlevée|abîmé|abîmée|perdu|perdue|déplacé|déplacée|modifié|modifiée|ouvert|ouverte)',
    'êtes-vous (sûr|sûre|certain|certaine) que', 'vous êtes (sûr|sûre|certain|certaine) que', 'déjà (rayé|rayée|abîmé|abîmée|cassé|cassée|tordu|tordue) quand vous',
    'un chargeur (non officiel|non-officiel|pas d\'origine|contrefait|générique)', 'fonctionne pour tout le monde', 'marche pour tout le monde',
    "personne d'autre n'a", "personne d'autre ne", 'vous êtes le seul', 'vous êtes la seule', 't\'es le seul', 't\'es la seule', 'une batterie ne (meurt|lâche) pas (comme ça|toute seule)',
    '(vous avez|tu as) (dû|du|sûrement|forcément|certainement|probablement) (cocher|cliquer|cliqué|coché|sélectionner|sélectionné|supprimer|supprimé|vider|vidé|désactiver|désactivé|activer|activé|choisir|choisi|appuyer|appuyé|effacer|effacé|décocher|décoché|ignorer|ignoré)',
    '(vous avez|tu as) (dû|du|sûrement|forcément|certainement|probablement) * * vous-même', '(vous avez|tu as) (dû|du|sûrement|forcément|certainement|probablement) * * * vous-même',
    '(vient|provient) (forcément|sûrement|certainement|probablement|donc) de (votre|ton|ta|vos|tes)', '(le problème|le souci|le bug|l\'erreur) (vient|est) (de|dans|sur) (votre|ton|ta|vos) (appareil|installation|ordinateur|téléphone|réseau|connexion|box|navigateur|côté)',
    'si vous aviez (redémarré|relancé|suivi|mis à jour|vérifié|lu|appliqué|sauvegardé|branché|rechargé|fait)', 'si tu avais (redémarré|relancé|suivi|mis à jour|vérifié|lu|appliqué|sauvegardé)',
    "la prochaine fois, (lisez|lis|pensez à|vérifiez|suivez)", 'la prochaine fois (lisez|lis|pensez à|vérifiez|suivez)',
    'avez-vous (seulement|même) lu', 'as-tu (seulement|même) lu', 'il suffisait de', 'il aurait suffi de', "vous n'aviez qu'à", "t'avais qu'à", "tu n'avais qu'à",
  ],
});

/** Hints of blaming the customer: also plain support phrasing ("on your end", « lisez la notice »). One point each. */
const CUSTOMER_HINT = defineLexicon('p16.customer-hint', {
  en: [
    // "The app does exactly what you tell it to": the product is blameless, so the user is not. A hint: said before any loss, it reassures.
    'does (exactly|only) what you (tell|told|ask|asked)', "(doesn't|does not|won't|will not|can't) (delete|remove|erase|do|change|move) anything (on its own|by itself|unless you)",
    'was announced', 'were (informed|notified|warned|told)', 'announced on our', 'we told you', 'you were (warned|told|informed|notified)', 'all you had to do', 'you just had to',
    "(that's|it's|that is|it is) the (plan|option|setting|package|tier) you (chose|picked|selected|signed up for)", 'these things happen',
    "(isn't|is not|wasn't) something we support", 'everything (is working|works|is running|looks) (fine|normally|normal) on our (side|end)', 'as (stated|explained|shown|written) in (our|the) (faq|docs|guide|manual)',
    'on your part', '(most likely|probably|likely) your', 'on your end', 'on your side', 'on your device', 'you must have', 'if you read the', 'did you read', "it's all there", 'all there in', 'before (signing up|subscribing|ordering|buying|paying|confirming)', 'read the manual', 'read the instructions', 'you configured', 'you set it up', 'the way you', 'you used', 'you forgot',
    'you should have', "you shouldn't have", 'on you', 'learn to', 'you (probably|must|likely) (left|dropped|forgot|used|rode)', "you've (probably|clearly|obviously)",
    '(picked|chose|selected|clicked|used|pressed|installed) the wrong', 'after delivery', 'check with your (household|family|flatmates|neighbours|neighbors)', "it's all in the (docs|manual|faq|guide|instructions)", 'all in the (docs|manual|faq)',
  ],
  fr: [
    // « L'appli ne supprime que ce que vous lui demandez », « elle ne fait rien toute seule ».
    '(ne|n\') (supprime|fait|efface|envoie|synchronise|déplace|modifie) que ce que (vous|tu) (lui|) (demandez|dites|demandes|dis|avez demandé)',
    'fait (exactement|uniquement|seulement) ce que (vous|tu) (lui|) (demandez|dites|demandes|dis)', 'ne (fait|supprime|efface) rien (toute seule|tout seul|de lui-même|d\'elle-même|sans vous)',
    '(était|étaient|a été|avait été) (annoncée|annoncé|annoncées|prévue|communiquée|affichée)', '(vous avez|tu as) été (prévenu|prévenus|prévenue|informé|informés|informée|averti|avertis)',
    '(étaient|étiez|ont été) (prévenus|informés|avertis)', "c'est la (formule|offre|option) que (vous avez|tu as) (choisie|prise|sélectionnée)", 'ça arrive',
    'avez-vous bien lu', 'as-tu bien lu', 'tout y est écrit', "c'est écrit (noir sur blanc|en toutes lettres|dans les cgv|dans les conditions)", 'avant de (souscrire|valider|commander|acheter|vous abonner|signer|payer)',
    'de notre côté tout (fonctionne|marche|va|est)', 'chez nous tout (fonctionne|marche)', 'comme indiqué dans (notre|la|le) (faq|notice|guide|documentation|mode d\'emploi)',
    'de votre part', 'de ta part', 'de votre côté', 'de ton côté', 'vous avez dû', "t'as dû", 'tu as dû', 'lisez la notice', 'lis la notice', "lisez le mode d'emploi", 'vous auriez dû', 'tu aurais dû',
    'à vous de', 'vous avez oublié', "c'est à vous", "vous l'avez (sûrement|forcément|certainement|probablement)", 'vous avez (sûrement|forcément|certainement|probablement)',
    "tu l'as (sûrement|forcément|certainement|probablement)", 'tu as (sûrement|forcément|certainement|probablement)',
    '(choisi|sélectionné|cliqué sur|utilisé|appuyé sur|installé) (le|la) mauvais', '(choisi|sélectionné|cliqué sur|utilisé|appuyé sur|installé) (le|la) mauvaise',
    'tout est (dans|expliqué dans) la notice', 'tout y est', 'après la livraison', 'après livraison', 'voyez avec (votre entourage|vos proches|vos voisins)',
  ],
});

/** A problem is being discussed: makes a scapegoat a blame, not a credit ("written by our intern Maya 🎉"). */
const PROBLEM = defineLexicon('p16.problem', {
  en: [
    'issue', 'issues', 'problem', 'problems', 'error', 'errors', 'mistake', 'outage', 'bug', 'bugs', 'glitch', 'delay', 'delayed', 'late', 'broken', 'broke', 'damaged',
    'missing', 'lost', 'wrong', 'failed', 'offensive', 'incident', 'complaint', 'complaints', 'charged twice', 'double charge', 'duplicate', 'crash', 'crashed', 'down',
    'hiccup', 'disruption', 'disruptions', 'downtime', 'interruption', 'contaminated', 'allergic', 'allergy', 'slow', 'backlog', 'wiped', 'ruined',
    'tweet', 'post', 'that post', 'that tweet', 'refund', 'cracked', 'scratched', 'slipped', 'came off', 'fell', 'injured', 'hurt', 'faulty', 'defect', 'leak', 'fire',
  ],
  fr: [
    'problème', 'problèmes', 'erreur', 'erreurs', 'panne', 'pannes', 'bug', 'bugs', 'retard', 'retards', 'cassé', 'cassée', 'abîmé', 'abîmée', 'endommagé', 'perdu',
    'perdue', 'manquant', 'incident', 'plainte', 'réclamation', 'double prélèvement', 'prélevé deux fois', 'post', 'tweet', 'message', 'publication', 'se décharge',
    'perturbation', 'perturbations', 'interruption', 'coupure', 'souci', 'soucis', 'couac', 'bloqués', 'bloquée', 'allergique', 'allergie',
    'disparu', 'disparus', 'arrêté', 'bloqué', 'tombé', 'blessé', 'déballé', 'voilée', 'rayé', 'défaut', 'défectueux', 'remboursement', 'relances', 'plus de réseau', 'lenteurs', 'plante',
  ],
});

/** Verbs after "you must have" / « vous avez dû » that guess nothing about a mistake. */
const NOT_ACTIONS = new Set([
  'received', 'noticed', 'heard', 'seen', 'been', 'had', 'felt', 'wondered', 'worried', 'panicked', 'waited', 'expected', 'needed', 'wanted', 'tried', 'loved', 'enjoyed',
  'recevoir', 'voir', 'attendre', 'patienter', 'passer', 'vivre', 'ressentir', 'avoir', 'etre', 'stresser', 'paniquer', 'trouver', 'croire', 'penser', 'remarquer',
  'apercevoir', 'subir', 'endurer', 'souffrir', 'galerer',
]);

export default definePractice({
  meta: {
    number: 16,
    slug: 'own-your-actions',
    title: { en: "Own your actions", fr: "Assumer ses actes" },
    statement: {
      en: "Take responsibility for what you and the company did; don't shift the blame to customers, partners or colleagues.",
      fr: "Assumez ce que vous et l'entreprise avez fait ; ne rejetez pas la faute sur les clients, les partenaires ou les collègues.",
    },
    detection: 'partial',
    messages: {
      denial: {
        text: {
          en: '"{term}" refuses responsibility. Even when someone else slipped, the customer dealt with you: disowning it reads as not caring.',
          fr: '« {term} » refuse toute responsabilité. Même si l’erreur vient d’ailleurs, c’est à vous que le client a eu affaire : s’en laver les mains, c’est montrer qu’on s’en moque.',
        },
        fix: {
          en: 'Own what happened on your side, say what you are doing to fix it, and handle the partner yourself.',
          fr: 'Assumez ce qui vous revient, dites ce que vous faites pour réparer, et gérez vous-même le partenaire.',
        },
      },
      scapegoat: {
        text: {
          en: '"{term}" pins the blame on someone else. Publicly blaming an intern, a partner or a tool looks like dodging.',
          fr: '« {term} » rejette la faute sur quelqu’un d’autre. Accuser publiquement un stagiaire, un partenaire ou un outil, c’est se défausser.',
        },
        fix: {
          en: 'Say "we": the company published it, chose the partner, runs the tool. Apologise and explain the fix.',
          fr: 'Dites « nous » : c’est l’entreprise qui a publié, choisi le partenaire, utilise l’outil. Excusez-vous et expliquez la correction.',
        },
      },
      blameCustomer: {
        text: {
          en: '"{term}" puts the blame on the customer. Even if it is true, saying it this way in public turns a problem into a fight.',
          fr: '« {term} » rejette la faute sur le client. Même si c’est vrai, le dire ainsi en public transforme un problème en conflit.',
        },
        fix: {
          en: 'Start with what you will do to help, then explain the likely cause neutrally ("this can happen when…").',
          fr: 'Commencez par ce que vous allez faire pour aider, puis expliquez la cause probable de façon neutre (« cela peut arriver quand… »).',
        },
      },
    },
  },
  lexicons: [DENIAL, DEFENSIVE, OWNERSHIP, APOLOGY, NON_APOLOGY, SCAPEGOAT, PLATFORM, CAUSE, REDIRECT, CUSTOMER_BLAME, CUSTOMER_HINT, PROBLEM],
  create(ctx) {
    const view = ctx.draft;
    const owned = view.find(OWNERSHIP).some((h) => !negated(view, h, 1));
    const apologised = view.find(APOLOGY).length > view.find(NON_APOLOGY).length;
    const sameSentence = (a: Span, b: Span) => view.sentenceAt(a.start) === view.sentenceAt(b.start);
    const problem = view.has(PROBLEM) || (ctx.parent !== null && ctx.parent.has(PROBLEM));

    // "not by Nuvola", "not from anyone at Pixel Harbor": a denial naming the brand.
    const brandDenial = view.profileTerms('brand').find((b) => {
      const k = b.from;
      const w = (i: number) => view.tokens[i]?.forms[0] ?? '';
      return (w(k - 1) === 'by' || w(k - 1) === 'from' || w(k - 1) === 'at' || w(k - 1) === 'par') && (w(k - 2) === 'not' || w(k - 3) === 'not' || w(k - 2) === 'pas' || w(k - 3) === 'pas');
    });
    const denials = firstFew(view.find(DENIAL)).filter((h) => !negated(view, h, 2));
    // Short denials ("not me", « pas nous ») are also everyday phrases: one point only.
    const weakDenial = (h: Span) =>
      /^(not ours|not on ours|not us|pas nous|not from us|not by us|not me|wasn't me|it was not me|pas moi|c'est pas moi|ce n'est pas moi|pas de nous|pas la nôtre|pas de la nôtre|pas du nôtre|pas de nos .*|pas de notre .*|.*hacked|.*compromised|.*piraté|.*hacké|.*pirater|ne (venait|vient) pas de nous)$/i.test(view.text.slice(h.start, h.end));

    const signals: Array<{ span: Span; id: 'denial' | 'scapegoat' | 'blameCustomer'; weight: number; outright: boolean }> = [];
    const add = (span: Span, id: 'denial' | 'scapegoat' | 'blameCustomer', weight: number, outright = false) => signals.push({ span, id, weight, outright });

    for (const d of denials) add(d, 'denial', weakDenial(d) ? 1 : 2, !weakDenial(d));
    if (brandDenial) add(brandDenial, 'denial', 2, true);

    const causes = firstFew(view.find(CAUSE));
    for (const g of firstFew(view.find(SCAPEGOAT))) {
      const cause = causes.find((c) => sameSentence(c, g) && Math.abs(c.from - g.from) <= 8);
      if (cause) {
        const span = { start: Math.min(g.start, cause.start), end: Math.max(g.end, cause.end), from: Math.min(g.from, cause.from), to: Math.max(g.to, cause.to) };
        // "It's the supplier's fault": naming the fault is the problem statement itself.
        const fault = /fault|faute|blame|imputable/i.test(view.text.slice(cause.start, cause.end));
        add(problem || fault ? span : g, 'scapegoat', problem || fault ? 2 : 1);
        break;
      }
    }
    // A platform blamed outright: "Instagram's algorithm hid it", "the Windows update broke it", « Apple a changé ses règles ».
    for (const g of firstFew(view.find(PLATFORM), 16)) {
      const cause = causes.find((c) => sameSentence(c, g) && Math.abs(c.from - g.from) <= 8 && /fault|faute|blame|broke|cass|changed|chang|hidden|masqu|removed|deleted|supprim|lies with|lay with|cause|decided|décid/i.test(view.text.slice(c.start, c.end)));
      if (cause) {
        add({ start: Math.min(g.start, cause.start), end: Math.max(g.end, cause.end), from: Math.min(g.from, cause.from), to: Math.max(g.to, cause.to) }, 'scapegoat', 2);
        break;
      }
    }
    // "The intern, not me", « c'est le stagiaire, pas moi »: a scapegoat right before a short denial.
    const pinned = firstFew(view.find(SCAPEGOAT), 16).find((g) => denials.some((d) => weakDenial(d) && d.from >= g.to && d.from - g.to <= 3));
    if (pinned) add(pinned, 'scapegoat', 1);
    // Defending ourselves only counts in answer to a complaint.
    const defensive = view.find(DEFENSIVE)[0];
    if (defensive && ctx.parent !== null && ctx.parent.has(PROBLEM)) add(defensive, 'denial', 1);
    const redirect = view.find(REDIRECT)[0];
    if (redirect) add(redirect, 'scapegoat', 1);
    // « Cela ne peut pas venir de chez nous », "doesn't reflect our values", "they've been spoken to": a cause without a named scapegoat.
    const distancing = causes.find((c) => /reflect|reflète|spoken to|recadr|sanctionn|tout seul|toute seule|by itself|on its own|names|noms|citer/i.test(view.text.slice(c.start, c.end)));
    if (distancing) add(distancing, 'scapegoat', 1);

    const seen = new Set<string>();
    // On a personal account, blaming the customer is about the company's actions only when the writer speaks
    // for it ("we", « on », the brand's name); "if you'd read the FAQ…" from someone alone is rudeness (practice 5).
    const forCompany = ctx.context.account !== 'personal' || view.tokens.some((t) => t.kind === 'word' && WE.has(t.forms[0]!)) || view.profileTerms('brand').length > 0;
    if (forCompany) for (const [lexicon, weight] of [[CUSTOMER_BLAME, 2], [CUSTOMER_HINT, 1]] as const) {
      for (const c of firstFew(view.find(lexicon))) {
        if (negated(view, c, 2)) continue;
        const key = view.text.slice(c.start, c.end).toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        // "You must have <done something>", « vous avez dû <faire quelque chose> »: a guess about what the
        // customer did wrong weighs as an outright blame when an action verb follows (not "been", "received").
        add(c, 'blameCustomer', weight === 1 && guessedAction(c) ? 2 : weight);
      }
    }
    // A shrug in answer to someone's problem: "…you must have ticked it 🤷".
    const shrug = ctx.parent !== null && ctx.parent.has(PROBLEM) ? view.tokens.findIndex((t) => t.kind === 'emoji' && t.raw.startsWith('🤷')) : -1;
    if (shrug >= 0 && signals.length > 0) add({ start: view.tokens[shrug]!.start, end: view.tokens[shrug]!.end, from: shrug, to: shrug + 1 }, 'blameCustomer', 1);

    // Owning it keeps only outright denials ("our fault… but not really"); an apology also keeps outright
    // blame of the customer ("sorry, you must have dropped it") but lets an explanation of the cause through.
    const kept = signals.filter((x) => (owned ? x.outright : apologised ? x.outright || (x.id === 'blameCustomer' && x.weight >= 2) : true));
    const score = kept.reduce((n, x) => n + x.weight, 0);
    if (score < 2) return;
    const best = kept.reduce((a, b) => (b.weight > a.weight ? b : a));
    reportAt(ctx, best.span, best.id, 'warn');

    function guessedAction(c: Span): boolean {
      const said = view.text.slice(c.start, c.end).toLowerCase();
      const next = view.tokens[c.to];
      if (!next || next.kind !== 'word') return false;
      const w = next.forms[0]!;
      if (/^you must have$/.test(said)) return /^[a-z]{3,}ed$/.test(w) && !NOT_ACTIONS.has(w);
      if (/^(vous avez|tu as|t'as) dû$/.test(said.replace(/\s+/g, ' ').replace('du', 'dû'))) return /^[a-z]{3,}(er|ir)$/.test(w) && !NOT_ACTIONS.has(w);
      return false;
    }
  },
});
