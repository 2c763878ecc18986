// Practice 2: Be a person, not a script / Être une personne, pas un script.
// Flags a brand reply made only of stock customer-service lines ("Thank you for contacting us. A member
// of our team will be in touch shortly.") to someone who wrote something specific. A reply that opens with
// a stock line and then actually answers ("Thanks for getting in touch, Sam! E07 is the speed sensor…")
// is fine: each sentence is classed as scripted, neutral (a greeting, a name, an emoji) or real content,
// and the draft is flagged only when no sentence carries real content.
import { definePractice } from '../practice';
import { reportAt } from '../helpers';
import { defineLexicon, type Hit } from '../text/phrases';
import type { Sentence, TextView } from '../analysis';
import { fold } from '../text/fold';

/** Lines that mark a script: they could be pasted under any message. */
const SCRIPT = defineLexicon('p02.script', {
  en: [
    'thank you for contacting', 'thanks for contacting', 'thank you for reaching out', 'thanks for reaching out',
    'your feedback is important to us', 'your feedback is valuable', 'your call is important to us',
    'your satisfaction is (our|important)', 'we value your feedback', 'we appreciate your feedback',
    'we appreciate your comments', 'thank you for your feedback', 'thank you for your comments',
    'a member of our team will', 'one of our team will', 'one of our advisors will', 'an advisor will',
    'someone from our team will', 'will be in touch shortly', 'will be in touch soon', 'will get back to you shortly',
    'will get back to you as soon as possible', 'forwarded to the relevant', 'passed on to the relevant',
    'the relevant department', 'the relevant team', 'the appropriate team', 'the appropriate department',
    'thanks for your interest in', 'thank you for your interest in', 'our team is always happy to help',
    'always happy to help', 'sorry for any inconvenience', 'sorry for the inconvenience', 'for any inconvenience',
    'apologise for any inconvenience', 'apologize for any inconvenience', 'inconvenience this may have caused',
    'if you need (any|) (further|) assistance', 'for (further|) assistance', 'let us know if you need assistance',
    'visit our website', 'check out our website', 'consult our website', 'our faq', 'to discuss any concerns',
    'review your account with you', 'we take (this|your|these) * (very|) seriously', 'we take this very seriously',
    'your request has been (received|logged|registered)', 'your case has been (logged|escalated)',
    'your ticket number is', 'a ticket has been (opened|created|raised)', 'we are committed to providing',
    'we strive to', 'we aim to provide', 'the best possible experience', 'improve your experience',
    '(thank you|thanks) for bringing (this|it) to our attention', 'for bringing this to our attention',
    'thanks for your feedback', 'thank you for sharing your feedback', 'thanks for sharing your feedback',
    '(always|constantly) looking for ways to improve', 'looking for ways to improve', "we're always working to improve",
    'we are always working to improve', 'we understand your frustration', 'we understand how frustrating',
    'we apologize for any', 'we apologise for any', 'sorry to hear about your experience', 'your patience is appreciated',
    '(has|have) been escalated', 'we have escalated', "we've escalated", 'passed your feedback on', 'passed your comments on',
    'shared your feedback with', "we'll pass your feedback", 'we will pass your feedback', 'we hope to see you again',
    'valued customer', 'please reach out to our', 'via our contact form', 'via the contact form', 'for more information',
    'we are committed to', "we're committed to", 'your experience matters', 'we value your business',
    // Thanks that fit any message: for choosing us, for being a customer, for "your message".
    '(thank you|thanks) for choosing', '(thank you|thanks) for being a (valued|loyal)', 'thank you for your (message|email|enquiry|inquiry|query|comment|review|loyalty)',
    // Acknowledgement of receipt.
    'your (message|request|query|enquiry|inquiry|email|complaint|claim|feedback|comment|comments) (has|have) been (received|noted|forwarded|passed on|logged|registered|recorded|shared)',
    'your (message|request|query|enquiry|inquiry|email|complaint|claim) (will be|is being) (handled|processed|reviewed|dealt with)',
    'we have (received|noted) your', "we've (received|noted) your", 'has been forwarded to', 'have been forwarded to',
    // Redirection to a help centre / FAQ / website.
    '(please|kindly) (refer to|see|check|visit|consult|read) our', 'refer to our', 'our help (centre|center|page|pages|section|site|hub|articles)',
    'our (knowledge base|knowledgebase|faqs|support (page|pages|site|portal|centre|center|hub|article|articles))',
    'in our (help centre|help center|faq|faqs)', 'for (further|more|additional) (information|details|info|assistance|help)',
    'answers to (most|the most|all) (common|frequently asked|frequent)', 'frequently asked questions',
    // "Any other questions…" closers.
    'if you have any (further|other|more|additional|) (questions|queries|concerns|issues)', 'should you (have|need|require) (any|further|more)',
    "(don't|do not) hesitate to (contact|reach|get in touch|message|call|write)", 'for any (further|other|additional|) (questions|queries|enquiries|inquiries)',
    // Opening hours in place of an answer.
    '(available|open|reachable|here) (from|) monday to (friday|saturday)', 'monday (to|through|-) (friday|saturday) (from|between|) * (to|and|-) *',
    'during (our|) (business|office|opening) hours', '(business|office|opening) hours', 'our (advisors|advisers|agents|team|lines) are (available|open)',
    // Apology for "the inconvenience".
    '(apologise|apologize|sorry) for the (inconvenience|trouble|disruption)', 'sorry for the trouble', 'we regret any inconvenience',
    'we will (look into|investigate) (the matter|your case|your request|this matter)', 'we are (looking|working) into (the matter|your case|your request)',
    '(please|kindly) (refer to|see|check|visit|consult|read) (our|the) (faq|faqs|help|website|site|support|knowledge base|terms)',
    '(faq|help|support) section', 'on our website', 'on our site', 'the right team', 'the right department', 'in good hands',
    '(taking|take|took) the time to (write|reach out|contact|get in touch|share)', 'someone will (respond|reply|be in touch|get back)',
    'will (respond|reply|get back to you) within', 'within * working days', 'within * business days', '(we|the whole team) (wish|wishes) you a',
    'have a (great|lovely|nice|wonderful|good) (evening|weekend|week)',
    'in order to (process|handle|look into|deal with) your (request|query|complaint|case|claim)', 'to process your (request|query|complaint|claim)',
    'please (send|provide) us (with|) your (details|contact details|full name|account details|personal details)',
    'your (comments|feedback|remarks|concerns) (have|has) been (noted|shared|passed on|escalated)', 'shared internally', 'noted and shared',
    'we have (logged|registered|recorded) your', "we've (logged|registered|recorded) your", 'under (the|) reference', 'a member of (staff|the team) will',
    'in due course', 'at the earliest opportunity',
    // Mission-statement lines that fit under any message.
    'we value (all|every|each|any|your) (comment|comments|feedback|review|reviews|message|messages|opinion|opinions|input)',
    'we value (the|) feedback (from|of)', 'use (it|them|this|your feedback|all feedback|every comment) to (improve|make|shape|keep improving)',
    'to improve our (service|services|products|offer|offering|experience)', 'customer satisfaction is (our|at the heart|a priority|central|key)',
    '(is|are|remains) (our|a) top priority', 'at the (heart|core|centre|center) of (everything|all) we do', 'at the heart of our (mission|business|values)',
    'our (customers|members|users|community) (are|is|come) (always|) (our|at the heart|first)',
    '(please|kindly) (contact|reach|message|email) (our|the) (support|customer|care|help)', '(using|via|through|with) (the|our) (contact|support|online|web) (form|page|link)',
    'we value (all|every|each|any|your) (customer|client|user|member|guest) (comment|comments|feedback|review|reviews|message|messages|opinion|opinions|input)',
    'use (it|them|this|your feedback|all feedback|every comment) to (continuously|constantly|continually|always|keep) (improve|improving)',
    'to (continuously|constantly|continually) improve', '(continuous|constant|ongoing) improvement of our',
    // Marketing boilerplate in place of an answer: "Nuvola offers secure, reliable backup for businesses of all sizes."
    '(for|to) (businesses|companies|teams|organisations|organizations|customers|firms) of all sizes', 'of all sizes', 'of every size',
    '(secure|safe), reliable', '(secure|safe) and reliable', 'reliable and (secure|safe)', 'a wide range of (solutions|services|products|plans|options)',
    '(solutions|plans|services|offers) (tailored|adapted|designed) (to|for) (your|all|every) (needs|business)', 'tailored to your needs', 'peace of mind',
    'trusted by (thousands|millions|over|more than)', 'industry-leading', 'learn more at', 'find out more at', 'discover more at', 'more info at',
  ],
  fr: [
    'nous accusons bonne réception', 'accusons réception', 'accusons bonne réception', 'bonne réception de votre',
    'sera (traité|traitée) dans les meilleurs délais', 'dans les meilleurs délais', 'votre demande a (bien|) été (enregistrée|prise en compte|transmise)',
    'votre message a (bien|) été (enregistré|transmis|pris en compte)', 'un conseiller (reviendra|va revenir) vers vous',
    'un conseiller vous recontactera', 'reviendra vers vous', 'reviendrons vers vous', 'vous recontacterons',
    'nous vous remercions pour (l\'intérêt|votre message|votre retour|votre patience|votre confiance)',
    'nous vous remercions de (l\'intérêt|votre message|votre retour|votre patience|votre confiance)',
    'vous remercie pour votre message', 'vous remercie de votre message', 'l\'intérêt que vous portez à',
    'n\'hésitez pas à consulter notre site', 'consulter notre site', 'notre site internet', 'retrouvez toutes nos offres',
    'découvrez toutes nos offres', 'découvrir l\'ensemble de nos', 'l\'ensemble de nos services', 'nous mettons tout en œuvre',
    'mettons tout en oeuvre', 'améliorer votre expérience', 'votre satisfaction est notre priorité', 'votre avis compte',
    'votre avis nous est précieux', 'votre retour nous est précieux', 'transmis au service concerné', 'au service concerné',
    'au service compétent', 'la gêne (éventuellement|) occasionnée', 'pour la gêne occasionnée', 'toute gêne occasionnée',
    'pour le désagrément', 'nous restons à votre disposition', 'restons à votre disposition', 'reste à votre disposition',
    'à votre écoute', 'votre dossier a été transmis', 'sous la référence', 'numéro de dossier', 'numéro de ticket',
    'nous prenons (note|bonne note) de', 'prenons bonne note',
    'nous comprenons votre (frustration|mécontentement|déception)', 'nous sommes navrés pour', 'nous vous prions de nous excuser',
    'pour la gêne', 'nous faisons le nécessaire', 'nous faisons notre maximum', '(transmis|transmise|remonté|remontée) à nos équipes',
    'transmettons votre (remarque|retour|message)', 'votre remarque a été', 'pour plus d\'informations', 'rendez-vous sur notre site',
    'via notre formulaire', 'au plaisir de vous revoir', 'nous espérons vous revoir', 'votre fidélité', 'client fidèle',
    'nous vous invitons à (consulter|contacter|nous contacter)', 'notre service client', 'un conseiller vous',
    // Remerciements passe-partout, quel que soit le sujet (« Nuvola vous remercie de votre message »).
    'vous remercie (pour|de) (votre|vos|ce|cet|cette|l\'intérêt)', 'vous remercions (pour|de) (votre|vos|ce|cet|cette|l\'intérêt)',
    'merci d\'avoir choisi', 'merci de nous faire confiance', 'merci pour votre fidélité', 'merci de votre fidélité',
    // Accusé de réception.
    'votre (message|demande|réclamation|requête|mail|e-mail|courriel|dossier|signalement|retour|question) a (bien|) été (reçu|reçue|enregistré|enregistrée|transmis|transmise|pris en compte|prise en compte|traité|traitée|remonté|remontée)',
    'votre (message|demande|réclamation|requête|dossier) (sera|va être) (traité|traitée|étudié|étudiée|examiné|examinée)',
    'nous avons (bien|) (reçu|noté|enregistré|pris note de|pris en compte) votre', 'avons bien pris en compte', 'dans les plus brefs délais',
    '(celle-ci|celui-ci|elle|il) (sera|va être) (traitée|traité|étudiée|étudié|examinée|examiné|transmise|transmis)', 'par nos services',
    // Renvoi vers l'aide en ligne.
    '(consultez|consulter|rendez-vous sur|référez-vous à|reportez-vous à) (notre|nos|la rubrique|la page)', 'notre (centre d\'aide|faq|page d\'aide|aide en ligne|rubrique aide|espace aide|base de connaissances)',
    'rubrique (aide|faq|questions fréquentes)', 'foire aux questions', 'questions fréquentes', 'pour (plus|davantage) (d\'informations|de détails|d\'infos)',
    // « Pour toute question… »
    'pour toute (question|demande|information|réclamation|autre question|question complémentaire)', 'n\'hésitez pas à (nous contacter|nous écrire|revenir vers nous|contacter|nous recontacter|nous solliciter)',
    'si vous avez (d\'autres|des) questions', 'si besoin, n\'hésitez pas',
    // Horaires d'ouverture à la place d'une réponse.
    '(joignable|joignables|disponible|disponibles|ouvert|ouverts|à votre écoute) du lundi au (vendredi|samedi|dimanche)',
    'du lundi au (vendredi|samedi) de * (h|heures) à * (h|heures)', 'du lundi au (vendredi|samedi) de * à *', 'nos conseillers sont (joignables|disponibles|à votre écoute)',
    'nos équipes sont (joignables|disponibles|à votre écoute)', 'horaires d\'ouverture', 'aux heures d\'ouverture',
    // Excuses « pour la gêne ».
    'nous nous excusons pour (la gêne|le désagrément|ce désagrément|les désagréments|la gêne occasionnée)', 'veuillez nous excuser pour',
    'nous regrettons (la gêne|le désagrément|ce désagrément)',
    '(pris|prendre) le temps de nous (écrire|contacter|faire part)', 'entre de bonnes mains', 'le bon service', 'la bonne équipe',
    'vous répondra (sous|dans les|au plus vite)', 'sous * (h|heures|jours) ouvrés', 'sous * (h|heures|jours) ouvrées', 'sous * jours ouvrés',
    '(nous|toute l\'équipe|l\'équipe) vous (souhaite|souhaitons) (une|un|de)', 'nous vous en remercions',
    '(afin de|pour) (traiter|étudier|instruire) votre (demande|dossier|réclamation|requête)', 'merci de nous (transmettre|communiquer|envoyer|indiquer) vos coordonnées',
    'votre (avis|remarque|commentaire|retour|réclamation|message) a (bien|) été (remonté|remontée|transmis|transmise|partagé|partagée|noté|notée|pris en compte|prise en compte)',
    '(aux|à nos) (équipes|services) (concernées|concernés|compétentes|compétents)', 'au service concerné', 'aux services concernés',
    // Phrases de charte qui vont sous n'importe quel message.
    'au (cœur|coeur|centre) de nos (préoccupations|priorités|engagements|valeurs|métiers|missions)', 'notre (priorité|préoccupation) (absolue|première|numéro un|n°1)',
    '(la|votre) satisfaction (client|clients|de nos clients|de notre clientèle|de nos usagers|de nos adhérents) (est|reste|demeure)',
    'la satisfaction de (nos|notre)', 'chaque (avis|retour|commentaire|message) (compte|est précieux|nous aide)', 'tous (vos|les) (avis|retours|commentaires) (comptent|sont précieux|nous aident)',
    'pour améliorer (nos services|notre service|nos offres|nos produits|la qualité)', 'afin d\'améliorer (nos|notre|la qualité)',
    '(transmise|transmis|transférée|transféré|orientée|orienté) (au|à notre|à la|vers le|vers notre) (service|pôle|département|équipe)',
    'vous (recontactera|recontacteront|rappellera|rappelleront|contactera|contacteront) (prochainement|rapidement|très vite|sous|dans les|au plus vite|dès que)',
    'pour (améliorer|faire progresser) (continuellement|constamment|sans cesse|en permanence|toujours) (nos|notre|la qualité)', 'amélioration continue de (nos|notre)',
    'chaque (avis|retour|commentaire) (client|clients|de nos clients) (compte|est précieux|nous aide)',
    // Plaquette commerciale à la place d'une réponse : « des solutions fiables et sécurisées pour les entreprises de toutes tailles ».
    '(entreprises|sociétés|structures|organisations|équipes|professionnels) de toutes tailles', 'de toute taille', 'de toutes tailles',
    '(fiable|fiables) et (sécurisé|sécurisée|sécurisés|sécurisées|sûr|sûre|sûrs|sûres)', '(sécurisé|sécurisée|sécurisés|sécurisées|sûr|sûre|sûrs|sûres) et (fiable|fiables)',
    'une large gamme de', 'adaptées à vos besoins', 'adaptés à vos besoins', 'adaptée à vos besoins', 'en toute sérénité', 'l\'esprit tranquille',
    'en savoir plus sur', 'plus d\'infos sur', 'découvrez nos offres', 'découvrez notre offre',
  ],
});

/** Stock lines that are fine around a real answer but empty on their own. */
const STOCK = defineLexicon('p02.stock', {
  en: [
    'have a nice day', 'have a great day', 'have a good day', 'have a wonderful day', 'have a lovely day',
    'please dm us', 'dm us your', 'send us a dm', 'send us a private message', 'via private message',
    "we'll look into it", 'we will look into it', "we're looking into it", "we'll look into this", 'we will look into this',
    "we're here to help", 'we are here to help', 'hope this helps', 'kind regards', 'best regards',
    'thanks for getting in touch', 'thank you for getting in touch', 'thank you for your message',
    'thanks for your message', 'thank you for your patience', 'thanks for your patience', 'customer service team',
    'customer care team', 'the support team', 'please contact', 'contact our support', 'contact form',
    "we're sorry to hear", 'we are sorry to hear', 'please visit', 'we appreciate your patience', 'support team',
    'please contact our', 'contact us', 'reach out to us', 'get in touch with us', 'drop us a dm', 'send us a message',
    'customer (care|service|support|relations|experience) (team|department)', 'the customer (care|service|support|relations) team',
    'customer care', 'customer relations', 'warm regards', 'best wishes', 'all the best',
    "(we are|we're|we were) (sorry|sad|saddened|disappointed|concerned) to (hear|read|learn) (this|that|about this|about that|of this)",
    "(we are|we're) (sorry|sad|saddened) to hear you", 'thanks for the (shout-out|shoutout|shout out|kind words|love|support)',
    'thank you for the (shout-out|shoutout|kind words|love|support)', 'we love hearing from', 'we love to hear from', 'rest assured',
    'we thank you for your (understanding|patience)',
  ],
  fr: [
    'bonne journée', 'belle journée', 'bonne soirée', 'cordialement', 'bien cordialement', 'le service client',
    'l\'équipe service client', 'en message privé', 'en mp', 'par message privé', 'n\'hésitez pas', 'nous contacter',
    'merci pour votre message', 'merci de votre message', 'merci pour votre retour', 'merci de votre retour',
    'merci pour votre patience', 'merci de votre patience', 'nous sommes désolés', 'formulaire de contact',
    'nous regardons', 'nous revenons vers vous', 'merci de nous contacter', 'merci de nous avoir contactés',
    'nous sommes désolés pour le désagrément', 'désagrément', 'merci de votre compréhension', 'merci pour votre compréhension',
    'merci de votre confiance', 'merci pour votre confiance', 'contactez-nous', 'écrivez-nous',
    'le service (relation client|relations client|relation clients|relations clients|clientèle|consommateurs|consommateur)',
    'service (relation client|relations client|relations clients|clientèle|consommateurs)', 'l\'équipe (support|relation client|service client)',
    'si besoin', 'à très vite', 'à bientôt', '(excellente|agréable) (journée|soirée|fin de journée|semaine)',
    '(nous sommes|on est) (navrés|navrées|désolés|désolées|tristes|peinés|peinées) (de lire|d\'apprendre|d\'entendre|de voir) (cela|ça|ceci|votre|vos)',
    'navrés de lire', 'désolés de lire', 'sachez que', 'sous la référence', 'sous le numéro', 'notre service dédié', 'au service dédié', 'soyez assuré', 'soyez assurée', 'soyez assurés', 'merci pour vos mots', 'merci pour ce joli message',
  ],
});

/** Letter closings: a sentence that opens with one is a signature ("Kind regards, the Support Team"). */
const SIGNOFF = defineLexicon('p02.signoff', {
  en: ['kind regards', 'best regards', 'warm regards', 'regards', 'sincerely', 'yours sincerely', 'best wishes', 'many thanks', 'with thanks'],
  fr: ['cordialement', 'bien cordialement', 'très cordialement', 'bien à vous', 'salutations', 'sincères salutations', 'respectueusement', 'amicalement'],
});

/** Small words that never make a sentence specific. */
const FILLER = new Set([
  'hi', 'hello', 'hey', 'dear', 'and', 'or', 'the', 'a', 'an', 'to', 'of', 'for', 'in', 'on', 'at', 'with', 'we', 'us', 'our',
  'you', 'your', 'it', 'this', 'that', 'is', 'are', 'be', 'will', 'please', 'again', 'thanks', 'thank', 'so', 'very', 'all',
  'bonjour', 'bonsoir', 'salut', 'et', 'ou', 'le', 'la', 'les', "l'", 'de', 'du', 'des', "d'", 'un', 'une', 'à', 'a', 'au',
  'aux', 'en', 'pour', 'par', 'sur', 'nous', 'vous', 'votre', 'vos', 'notre', 'nos', 'est', 'sont', 'merci', 'encore',
  'ce', 'cette', 'ces', 'celui-ci', 'celle-ci', 'il', 'elle', 'se', "s'", "c'", "qu'", 'que', 'qui', 'ici', 'we’re', "we're",
  'shortly', 'soon', 'bientôt', 'rapidement', 'tout', 'toute', 'toutes', 'tous', 'bien', 'très',
  // Inclusive-writing endings split off by the tokenizer (« client·e·s », « un·e conseiller·ère »).
  'e', 'es', 'ere', 'eres', 'euse', 'euses', 'rice', 'rices',
  'there', 'now', 'beaucoup', 'ça', 'ca', 'y', 'si', 'ne', "n'", 'pas', 'me', 'i', 'my', 'je', "j'", 'also', 'aussi',
].map((w) => fold(w)));

/**
 * Customer-service vocabulary: words a reply can be made of without saying anything about the person's
 * case ("Your query is now with the right team and someone will respond within 5 working days").
 * `true` marks the words of the process itself (teams, requests, delays, websites).
 */
const SERVICE_WORDS = new Map<string, boolean>([
  ...[
    'request', 'requests', 'query', 'queries', 'enquiry', 'enquiries', 'inquiry', 'team', 'teams', 'advisor',
    'advisors', 'adviser', 'advisers', 'agent', 'agents', 'colleague', 'colleagues', 'someone', 'somebody', 'respond', 'response',
    'reply', 'answer', 'contact', 'contacting', 'department', 'within', 'working', 'business', 'days', 'hours', 'website', 'site',
    'page', 'faq', 'faqs', 'section', 'support', 'service', 'customer', 'customers', 'care', 'process', 'processing', 'processed',
    'handled', 'handle', 'review', 'reviewed', 'reviewing', 'investigate', 'investigating', 'forwarded', 'received', 'logged',
    'demande', 'demandes', 'requete', 'equipe', 'equipes', 'conseiller', 'conseillers', 'conseillere', 'conseilleres', 'delai',
    'delais', 'ouvres', 'ouvrees', 'jours', 'heures', 'rubrique', 'relation', 'clientele', 'dossier', 'transmis', 'transmise',
    'traite', 'traitee', 'traitement', 'complaint', 'complaints', 'reference', 'staff', 'reclamation', 'dedie', 'reponse', 'repondre', 'repondra', 'repondront', 'reviendra', 'reviendrons', 'recontacter', 'recontactera', 'recontacteront', 'recontacterons', 'rappellera', 'commercial', 'commerciale', 'sales', 'billing', 'facturation', 'form', 'forms', 'formulaire', 'link', 'lien', 'using', 'via',
  ].map((w): [string, boolean] => [w, true]),
  ...[
    'message', 'messages', 'write', 'writing', 'wrote', 'taking', 'take', 'took', 'time', 'right', 'relevant', 'appropriate', 'day', 'hour', 'possible',
    'asap', 'help', 'helpful', 'services', 'appreciate', 'appreciated', 'value', 'valued', 'feedback', 'comments', 'comment',
    'concern', 'concerns', 'experience', 'matter', 'case', 'details', 'information', 'info', 'question', 'questions', 'further',
    'assistance', 'assist', 'happy', 'glad', 'pleased', 'great', 'lovely', 'nice', 'wonderful', 'good', 'wish', 'wishes', 'hope',
    'currently', 'look', 'looking', 'passed', 'noted', 'shared', 'hands', 'best', 'kind', 'regards', 'patience', 'understanding',
    'may', 'might', 'have', 'has', 'been', 'being', 'can', 'could', 'would', 'should', 'any', 'more', 'other', 'as', 'if', 'by',
    'from', 'about', 'via', 'back', 'get', 'let', 'know', 'now', 'touch', 'ecrire', 'ecrit', 'pris', 'prendre', 'temps', 'bonne',
    'bonnes', 'mains', 'sous', 'jour', 'heure', 'h', 'site', 'page', 'aide', 'service', 'services', 'client', 'clients', 'souhaite',
    'souhaitons', 'excellente', 'belle', 'journee', 'soiree', 'semaine', 'retour', 'retours', 'avis', 'remarque', 'remarques',
    'experience', 'informations', 'information', 'details', 'assistance', 'ravis', 'ravi', 'heureux', 'plaisir', 'patience',
    'comprehension', 'recu', 'recue', 'compte', 'etudier', 'etudie', 'revenir', 'vers', 'des', 'meilleurs', 'plus', 'tard',
    'prochainement', 'sommes', 'avons', 'avez', 'ete', 'etre', 'sera', 'va', 'allons', 'pouvez', 'peut', 'pouvons', 'faire', 'fait',
    'remercions', 'remercie', 'remercier', 'avoir', 'besoin', "n'hesitez", 'hesitez', 'contacter', 'entre', 'quelqu\'un',
  ].map((w): [string, boolean] => [w, false]),
]);

type Kind = 'script' | 'stock' | 'neutral' | 'content';

/** Hits grouped by the sentence they start in: one pass over sentences and hits (both in text order). */
function bySentence(sentences: readonly Sentence[], hits: readonly Hit[]): Hit[][] {
  const out: Hit[][] = sentences.map(() => []);
  const sorted = [...hits].sort((a, b) => a.from - b.from);
  let k = 0;
  for (const h of sorted) {
    while (k < sentences.length - 1 && h.from >= sentences[k]!.to) k++;
    if (h.to <= sentences[k]!.to) out[k]!.push(h);
  }
  return out;
}

/** The parent's own words (4 letters or more, not filler or service talk): a reply that takes them up is about the case. */
function parentWords(parent: TextView | null): Set<string> {
  const out = new Set<string>();
  if (!parent) return out;
  for (const t of parent.tokens) {
    if (t.kind !== 'word') continue;
    const w = t.forms[0]!;
    if (w.length >= 4 && !FILLER.has(w) && !SERVICE_WORDS.has(w)) out.add(w.slice(0, 6));
  }
  return out;
}

function classify(view: TextView, s: Sentence, script: Hit[], stocked: Hit[], brandTokens: Set<number>, signoff: Hit[], echo: Set<string>): Kind {
  // A signature line: "Cordialement, le service Relation Client", "Kind regards, Customer Care".
  let firstWord = s.from;
  while (firstWord < s.to && view.tokens[firstWord]!.kind !== 'word') firstWord++;
  if (signoff.some((h) => h.from === firstWord)) {
    let n = 0;
    for (let k = s.from; k < s.to; k++) if (view.tokens[k]!.kind === 'word') n++;
    if (n <= 8) return 'stock';
  }
  const covered = new Set<number>();
  for (const h of [...script, ...stocked]) for (let k = h.from; k < h.to; k++) covered.add(k);
  let words = 0;
  let content = 0;
  let capitalised = 0;
  let service = 0;
  let process = 0;
  let echoed = 0;
  for (let k = s.from; k < s.to; k++) {
    const t = view.tokens[k]!;
    if (t.kind !== 'word') continue;
    words++;
    const w = t.forms[0]!;
    if (w.length >= 4 && echo.has(w.slice(0, 6))) {
      echoed++;
      content++;
      continue;
    }
    if (covered.has(k) || brandTokens.has(k) || FILLER.has(w)) continue;
    // Plain numbers ("within 5 working days", « sous 48 h ») say nothing unless the person wrote them.
    if (/^\d+$/.test(w)) continue;
    const kind = SERVICE_WORDS.get(w);
    if (kind !== undefined) {
      service++;
      if (kind) process++;
      continue;
    }
    if (/^\p{Lu}/u.test(t.raw) && k > s.from) capitalised++;
    content++;
  }
  if (script.length > 0 && content <= 4) return 'script';
  if (stocked.length > 0 && content <= 2) return 'stock';
  // A sentence of service talk only, about the process and not the case.
  if (echoed === 0 && content <= 1 && service >= 3 && process >= 1) return 'stock';
  // A greeting, a name, an emoji: "Bonjour !", "Hi Sam,", "🙂".
  if (words <= 2 || content - capitalised <= 0) return 'neutral';
  return 'content';
}

export default definePractice({
  meta: {
    number: 2,
    slug: 'be-human',
    title: { en: "Be a person, not a script", fr: "Être une personne, pas un script" },
    statement: {
      en: "People want to talk to people: answer personally, consistently and usefully, not with a canned form reply.",
      fr: "On veut parler à des humains : répondez de façon personnelle, cohérente et utile, pas avec une réponse toute faite.",
    },
    detection: 'partial',
    messages: {
      canned: {
        text: {
          en: 'This reply is a stock script ("{term}"): nothing in it answers what the person actually wrote.',
          fr: 'Cette réponse est un texte tout fait (« {term} ») : rien n’y répond à ce que la personne a écrit.',
        },
        fix: {
          en: 'Answer their actual message: name the problem they described, give the next step or the answer, and sign it if you can.',
          fr: 'Répondez à leur message : reprenez le problème décrit, donnez la réponse ou la prochaine étape, et signez si possible.',
        },
      },
    },
  },
  lexicons: [SCRIPT, STOCK, SIGNOFF],
  create(ctx) {
    if (ctx.context.account !== 'brand' || ctx.context.kind !== 'reply') return;
    const { draft } = ctx;
    const script = draft.find(SCRIPT);
    const stock = draft.find(STOCK);
    // A parent of a few words ("Thanks!", « merci ! ») does not call for more than a stock line.
    if (ctx.parent && ctx.parent.stats.words < 6) return;
    const brandTokens = new Set<number>();
    for (const h of draft.profileTerms('brand')) for (let k = h.from; k < h.to; k++) brandTokens.add(k);
    let scripted = 0;
    let stocked = 0;
    const scriptBy = bySentence(draft.sentences, script);
    const stockBy = bySentence(draft.sentences, stock);
    const signoffBy = bySentence(draft.sentences, draft.find(SIGNOFF));
    const echo = parentWords(ctx.parent);
    for (let i = 0; i < draft.sentences.length; i++) {
      const kind = classify(draft, draft.sentences[i]!, scriptBy[i]!, stockBy[i]!, brandTokens, signoffBy[i]!, echo);
      if (kind === 'content') return;
      if (kind === 'script') scripted++;
      else if (kind === 'stock') stocked++;
    }
    if (scripted >= 1 || stocked >= 2) {
      const first = script[0] ?? stock[0];
      if (first) reportAt(ctx, first, 'canned', 'warn');
      else {
        // Service talk without a stock phrase: point at the first sentence.
        const s = draft.sentences.find((x) => x.to > x.from) ?? draft.sentences[0]!;
        reportAt(ctx, { start: s.start, end: draft.tokens[s.to - 1]?.end ?? s.end, from: s.from, to: s.to }, 'canned', 'warn');
      }
    }
  },
});
