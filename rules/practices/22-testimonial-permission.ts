// Practice 22: Ask before using testimonials / Demander avant de citer un client.
// A testimonial is flagged when it combines two signals out of: a private channel ("emailed us",
// « nous a écrit », a screenshot of a DM), a quotation, a named person or organisation ("Martin Keller",
// « Mme Lefèvre », « la Mairie de Villeurbanne »), and a customer relationship ("for choosing us",
// « d'avoir choisi », "delivered … to", a client's logo). Stated consent ("shared with her permission",
// « avec l'accord de ») clears it. Also: words from a call or a meeting quoted with the speaker's name, the
// testimonial signature (« quote » — Name, role at Company) and client lists ("trusted by"); a quote counts only
// when its speaker is named beside it, and job titles, job ads, family members and public reviews are not testimonials.
import { definePractice, type RuleContext } from '../practice';
import { defineLexicon, type Hit } from '../text/phrases';
import type { TextView } from '../analysis';
import { findAttachments, findQuotes } from '../lexicon/data';

/** Private channels: what was said there was not said to the public. */
const PRIVATE_CHANNEL = defineLexicon('p22.private-channel', {
  en: [
    'emailed us', 'e-mailed us', 'emailed me', 'e-mailed me', 'wrote to us', 'wrote us', 'wrote in', 'wrote to me', 'messaged us',
    'messaged me', "dm'd us", 'dmed us', "dm'd me", 'dmed me', 'sent us a message', 'sent us this message', 'sent us an email',
    'sent us a note', 'sent us a card', 'sent us a letter', 'sent us this', 'sent me a message', 'sent me this', 'texted us', 'texted me',
    'in a dm', 'in the dms', 'in our dms', 'in an email', 'in an e-mail', 'via dm', 'by email', 'by e-mail', 'in (his|her|their) email',
    'in (his|her|their) message', 'in (his|her|their) letter', 'private message', 'left us a voicemail', 'left us a note', 'left a note',
    'left the loveliest note', 'left us the loveliest note', 'left us a card', 'handwritten note', 'support ticket', 'to our support team', 'to customer service', 'our inbox', 'landed in our inbox',
    '(email|e-mail|message|note|letter|dm|text|voicemail|card|review) from', 'lovely email', 'lovely message', 'sweetest message',
    'called us', 'rang us', 'phoned us',
    '(sent|wrote|emailed|messaged) (to|into) (our|the) (support|helpdesk|help desk|support team|service desk|care team|live chat)', '(message|email|ticket|note|feedback) (sent|written) to (our|the) (support|helpdesk|team)', '(thank-you|thank you|thanks) (email|e-mail|note|message|letter|card) from',
  ],
  fr: [
    'nous a écrit', 'nous ont écrit', "m'a écrit", "m'ont écrit", 'nous a envoyé', 'nous ont envoyé', "m'a envoyé", 'nous a confié',
    'nous ont confié', "m'a confié", 'nous a laissé', 'nous a laissé un mot', 'en mp', 'en dm', 'en message privé', 'par message privé',
    'par mail', 'par e-mail', 'par email', 'par courrier', 'reçu au sav', 'reçu ce matin', 'reçu hier',
    'reçue ce matin', 'reçue hier', 'son mail', 'son e-mail', 'son email', 'son message', 'sa lettre', 'son courrier', 'son petit mot',
    'le message de', 'le mail de', 'la lettre de', 'le petit mot de', 'un petit mot', 'mot manuscrit', 'nous a appelés',
    'au service client', 'dans notre boîte mail', 'dans nos mp', '(mail|e-mail|message|courrier|texto|sms) de', 'reçu par mail', 'reçu en mp',
    'reçu par message', 'envoyé en mp', 'envoyé par mail', 'nous a appelé*', 'nous ont appelé*', "m'a appelé*",
    '(mail|e-mail|message|lettre|mot|carte) de remerciement*',
    // What a customer sent to the support or the after-sales desk.
    '(envoyé|envoyée|envoyés|adressé|adressée|écrit|laissé) (au|à notre|à la|à l\'équipe) (support|sav|service client|hotline|standard|équipe support|chat)',
    '(retour|message|mail|ticket|réclamation) (envoyé|envoyée|adressé|adressée) (au|à notre|à la)',
  ],
});

/** Calls, meetings and visits: private conversations, made public when quoted with a name. */
const PRIVATE_TALK = defineLexicon('p22.private-talk', {
  en: [
    '(on|during|after) (a|the|our|their|her|his) (call|phone call|video call|zoom|teams call|meeting|catch-up|visit|onboarding call|check-in|demo)', 'on the phone', 'over the phone', 'by phone',
    'told our (support|sales|success|account|service) team', 'told (our|my) (account manager|rep|engineer|technician|advisor)', 'in (a|our) (call|meeting) with', 'over coffee', 'over lunch', 'at (our|the) (stand|booth|shop|counter)',
  ],
  fr: [
    '(lors de|pendant|après) (notre|leur|son|un|une|le|la) (appel|coup de fil|échange|rendez-vous|rdv|visio|réunion|visite|point|entretien|démo)', 'au téléphone', 'par téléphone',
    'a dit à notre (équipe|support|commercial|commerciale|technicien|conseiller|conseillère)', "autour d'un café", "au détour d'un café", 'au comptoir', 'sur notre stand', 'en boutique', 'au magasin',
  ],
});

/** A job ad: capitalised job titles and "our customers" are not a testimonial. */
const HIRING = defineLexicon('p22.hiring', {
  en: ["we're hiring", 'we are hiring', 'now hiring', 'hiring a', 'hiring an', 'join our team', 'join the team', 'apply now', 'apply:', 'apply here', 'apply at', 'open role', 'open position', 'job opening', 'vacancy', 'careers page'],
  fr: ['on recrute', 'nous recrutons', 'recrute un', 'recrute une', 'rejoignez-nous', "rejoignez l'équipe", 'postulez', 'candidatures', "offre d'emploi", 'poste à pourvoir', 'en cdi', 'en cdd', 'en alternance'],
});

/** Attributions that make a quote a testimonial: a role or an organisation after the name. */
const ROLE_AFTER = /^(owner|co-owner|founder|cofounder|co-founder|ceo|cto|cio|coo|cfo|md|manager|director|head|lead|partner|president|chair|principal|at|from|of|gerant|gerante|directeur|directrice|fondateur|fondatrice|cofondateur|cofondatrice|responsable|dirigeant|dirigeante|patron|patronne|president|presidente|pdg|dg|dsi|drh|chez|cliente|client|customer|proprietaire|associe|associee|maire|adjointe|adjoint)$/;

/** Job titles: "Senior Site Reliability Engineer" is a role, not a person. */
const JOB_WORD = /^(senior|junior|lead|principal|staff|chief|associate|assistant|coordinator|executive|engineer|engineers|developer|developers|designer|designers|manager|managers|director|officer|analyst|specialist|consultant|intern|interns|reliability|representative|technician|mechanic|ingenieur|ingenieure|developpeur|developpeuse|responsable|directeur|directrice|charge|chargee|technicien|technicienne|stagiaire|alternant|alternante|commercial|commerciale|conseiller|conseillere|comptable|mecanicien|mecanicienne)$/;

/** The speaker is the author's own family or friend: "my daughter", « ma fille ». */
const FAMILY = /^(daughter|son|kid|kids|wife|husband|partner|mum|mom|dad|mother|father|gran|granny|grandma|grandpa|nan|sister|brother|niece|nephew|boyfriend|girlfriend|friend|mate|fille|fils|femme|mari|compagne|compagnon|maman|papa|mere|pere|mamie|papi|soeur|frere|niece|neveu|copine|copain|pote|amie|ami|gamin|gamine|gosse|enfant|enfants)$/;

/** Reported speech that needs a second signal: "told us", « m'a dit ». */
const SAID = defineLexicon('p22.said', {
  en: ['told us', 'told me', 'said to us', 'says', 'said', 'wrote', 'tells us', 'shared with us', 'raved', 'called us'],
  fr: ['nous a dit', "m'a dit", 'nous ont dit', 'dixit', 'selon lui', 'selon elle', 'nous dit', 'nous raconte', 'témoigne', 'a dit', 'raconte'],
});

/** A customer relationship: the person or organisation is a client. */
const CUSTOMER = defineLexicon('p22.customer', {
  en: [
    'customer', 'customers', 'client', 'clients', 'subscriber', 'subscribers', 'guest', 'guests', 'stayed with us', 'for choosing',
    'chose us', 'chose', 'choosing us', 'trusts us', 'trusted us', 'delivered', 'signed up', 'just signed', 'bought', 'ordered', 'rescued',
    'saved', 'proud to (welcome|equip|support|partner with|work with|accompany|serve)', 'welcome aboard', 'new client', 'new customer',
    'now serves', 'now uses', 'uses our', 'rides our', 'switched to us', 'our latest client', 'happy customer', 'happy client',
    'review', 'testimonial', 'fleet', 'rider', 'member', 'patron', 'diner',
    'for the feedback', 'for (her|his|their|this|that) feedback', 'for the kind words', 'for (her|his|their) kind words', 'case study', 'success story',
  ],
  fr: [
    'client', 'clients', 'cliente', 'clientes', 'abonné', 'abonnée', 'abonnés', "s'abonner", "s'est abonné", "s'est abonnée", "d'avoir choisi",
    'pour avoir choisi', 'a choisi', 'ont choisi', 'nous fait confiance', 'nous font confiance', 'avons livré', 'on a livré', 'a été livré', 'a été livrée', 'a acheté',
    'a commandé', 'sauvé', 'réparé', "fiers d'accompagner", "fières d'accompagner", "fiers d'équiper", "fiers d'accueillir", 'bienvenue à',
    'nouveau client', 'nouvelle cliente', 'sert désormais', 'utilise nos', 'équipe désormais', 'roule en', 'avis', 'témoignage',
    'accompagner', 'équiper', 'chez nous', 'flotte',
    'pour ce retour', 'pour son retour', 'pour leur retour', 'pour ces mots', 'pour ce message', 'étude de cas', 'cas client', 'retour client', 'retour d\'expérience',
  ],
});

/** A client relationship strong enough to make naming a customer a testimonial without a quote. */
const CLIENT = defineLexicon('p22.client', {
  en: ['(delighted|happy|thrilled|honoured|honored|pleased|excited|glad) to (welcome|host|have had)', '(switches|switched|moves|moved|is moving|are moving|is switching|are switching) (to|over to)', 'trusted by', 'among our (customers|clients|users)', 'count * among', 'joins our (customers|clients)', 'case study', 'success story', 'customer', 'customers', 'client', 'clients', 'subscriber', 'subscribers', 'for choosing', 'chose us', 'chose our', 'choosing us', 'trusts us', 'trusted us', 'trust us', 'delivered', 'signed up', 'just signed', 'proud to (welcome|equip|support|partner with|work with|accompany|serve)', 'welcome aboard', 'now serves', 'now uses', 'uses our', 'rides our', 'switched to us', 'fleet', 'stayed with us', 'newest client', 'latest client', 'look who', "look who's", 'guess who', 'spotted', 'closed (my|our|a|the) (*|* *|) deal', 'signed with us', '(is|are) moving (*|* *|* * *|* * * *) to (us|nuvola)', '(migrated|moved|switched) (*|* *|* * *) to us', 'migrated to us', 'moved to us'],
  fr: ['(ravis|ravies|heureux|heureuses|fiers|fières|honorés|honorées) (d\'accueillir|de recevoir)', '(passe|passent|est passé|est passée|sont passés|bascule|basculent) chez', 'ils passent chez', 'ils nous font confiance', 'nous ont fait confiance', 'nous a fait confiance', 'parmi nos clients', 'rejoint nos clients', 'étude de cas', 'cas client', 'client', 'clients', 'cliente', 'clientes', 'abonné', 'abonnée', 'abonnés', "s'abonner", "s'est abonné", "s'est abonnée", "d'avoir choisi", 'pour avoir choisi', 'a choisi', 'ont choisi', 'nous fait confiance', 'nous font confiance', 'avons livré', 'on a livré', 'a été livré', 'a été livrée', 'venons de livrer', "fiers d'accompagner", "fières d'accompagner", "fiers d'équiper", "fiers d'accueillir", 'bienvenue à', 'nouveau client', 'nouvelle cliente', 'sert désormais', 'utilise nos', 'équipe désormais', 'flotte', 'roule avec nos', 'regardez qui', 'devinez qui', 'aperçu', 'aperçue', 'repéré', 'repérée', 'a migré', 'ont migré', 'migré chez nous', 'a signé chez nous', 'ont signé chez nous', 'signé avec nous', 'passé chez nous', 'passés chez nous'],
});

/** Stated consent. */
const CONSENT = defineLexicon('p22.consent', {
  en: [
    'with (his|her|their) permission', 'with permission', 'shared with permission', 'with (his|her|their) consent', 'with consent',
    'with (his|her|their) blessing', 'with (his|her|their) ok', 'with (his|her|their) okay', '(who|they|she|he) (kindly|) agreed to',
    '(who|they|she|he) (kindly|) (said|told us) we could', 'gave us permission', 'gave permission', 'gave us the go-ahead',
    'thanks for letting us', 'thank you for letting us', 'allowed us to', 'agreed to share', 'agreed to let us', 'happy for us to share',
    'shared with (his|her|their) ok', 'posted with permission', 'reposted with permission', 'used with permission', 'consented',
    'with (*|* *|* * *) permission', 'with (*|* *|* * *) consent', 'with (*|* *|* * *) blessing', 'with the permission of', 'with the consent of', 'with the agreement of',
  ],
  fr: [
    'avec (son|leur) (accord|autorisation|permission|feu vert)', "avec l'accord de", "avec l'autorisation de", 'avec son aimable autorisation',
    'avec leur aimable autorisation', 'qui a accepté', 'qui ont accepté', 'a accepté de', 'ont accepté de', 'nous autorise', 'nous a autorisés',
    'nous ont autorisés', 'nous a autorisé', 'nous ont autorisé', 'nous a donné son accord', 'nous ont donné leur accord', 'avec son accord',
    'merci de nous avoir autorisés', 'merci de nous laisser', 'partagé avec son accord', 'publié avec son accord', "d'accord pour qu'on",
    'ok pour partager', 'a donné son feu vert', "avec l'accord (du|des|de la|de l')", "avec l'aval (de|du|des)", 'avec son aval', 'avec leur aval',
  ],
});

/** The post replied to asks who the customers are: names in the answer are references. */
const ASKS_CLIENTS = defineLexicon('p22.asks-clients', {
  en: ['(who|anyone|anybody|companies|firms|businesses) (actually|really|even|) (use|uses|using) (you|your)', '(anyone|anybody) serious (actually|really|even|) (use|uses|using) (you|your)', 'any (customers|clients|references) in', 'do you have (customers|clients|references)', 'who are your (customers|clients)', 'name (one|a|some) (customer|client|customers|clients)', 'your (customers|clients|references)'],
  fr: ['(vous avez|avez-vous|t\'as|tu as|vous auriez) des (clients|références|clientes)', 'qui (vous utilise|utilise vos|sont vos clients)', 'des (exemples de|) (clients|références) (dans|chez)', 'vos (clients|références)', 'quels clients'],
});

/** Titles and roles that name a person or an organisation without a first name. */
const TITLED = defineLexicon('p22.titled', {
  en: ['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lady', 'lord', 'the mayor of', 'mayor of', 'head of', 'the ceo of', 'the owner of', 'owner of', 'their cto', 'their ceo', 'their cio', 'their head of', 'their it director', 'their manager', 'their hr director', 'the team at', 'the folks at', 'the council of'],
  fr: ['mme', 'mlle', 'madame', 'monsieur', 'docteur', 'maître', 'le maire de', 'la maire de', 'la mairie de', 'la ville de', 'le patron de', 'la patronne de', 'le gérant de', 'la gérante de', 'leur dsi', 'leur drh', 'leur directeur', 'leur directrice', 'leur pdg', 'leur dg', 'la cheffe', 'le chef', 'le restaurant', "l'hôtel", 'le cabinet', "l'équipe de", 'la société', "l'entreprise", "l'association", 'la région', 'le département', 'la métropole', "l'école", 'le lycée', 'le collège', "l'hôpital", 'la clinique'],
});

/** Published reviews and the press: already public, quoted with their source. */
const PRESS = defineLexicon('p22.press', {
  en: ['app store', 'play store', 'google play', 'trustpilot', 'capterra', 'yelp', 'tripadvisor', 'google reviews', 'public review', 'public reviews', 'reviews on', 'magazine', 'journalist', 'editor', 'editor at', 'reviewer', 'review in', 'weekly', 'the times', 'new york times', 'financial times', 'sunday times', 'the guardian', 'bbc', 'wired', 'the verge', 'techcrunch', 'the press', 'in the press', 'press release', 'article', 'podcast', 'interview', 'award', 'awards', 'critic', 'critics', 'tested by', 'as seen in', 'featured in', 'our ceo', 'our founder', 'minister'],
  fr: ['app store', 'play store', 'google play', 'trustpilot', 'avis google', 'avis sur google', 'tripadvisor', 'avis publics', 'avis sur le', 'avis sur l\'', 'magazine', 'journaliste', 'rédacteur', 'rédactrice', 'journal', 'presse', 'article', 'podcast', 'interview', 'le parisien', 'le monde', 'libération', 'ouest-france', 'les échos', 'trophée', 'testé par', 'vu dans', 'ministre', 'notre pdg', 'notre fondateur', 'notre fondatrice'],
});

const INTRO = defineLexicon('p22.intro', {
  en: ['thanks', 'thank you', 'shout-out to', 'shoutout to', 'shout out to', 'big thanks to', 'huge thanks to', 'massive thanks to', 'thank you to', 'kudos to', 'congrats to', 'meet', 'say hi to', 'welcome to'],
  fr: ['merci à', 'un grand merci à', 'bravo à', 'félicitations à', 'bienvenue à', 'coucou à', 'big up à', 'spéciale dédicace à'],
});

const PRIVATE_ATTACHMENT = /(screenshot|screen shot|screengrab|capture|photo|scan|picture|pic|image)[^\]]{0,80}(?<![\p{L}\p{N}])(dm|dms|e-?mail|mail|message|messages|note|letter|lettre|review|avis|conversation|chat|whatsapp|texto|sms|mot|card|carte|courrier|voicemail|ticket)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(name|nom|profile photo|photo de profil)[^\]]{0,30}(?<![\p{L}\p{N}])(visible|visibles|showing|apparent)(?![\p{L}\p{N}])/u;
const PEOPLE_ATTACHMENT = /(photo|picture|pic|video|vidéo|selfie|image)[^\]]{0,40}(?<![\p{L}\p{N}])(family|famille|customer|client|cliente|couple|kids|children|enfants|twins|jumeaux|guest|guests|him|her|them|the mayor|le maire|la maire|actor|actress|singer|footballer|celebrity|star|influencer|acteur|actrice|chanteur|chanteuse|footballeur|people|célébrité)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])logos?(?![\p{L}\p{N}])/u;

const STOP_NAMES = /^(I|I'm|I've|I'd|I'll|Je|J'|On|Il|Elle|Ils|Elles|We|Our|Nous|Notre|Nos|The|A|An|Le|La|Les|Un|Une|Des|De|Du|Merci|Thanks|Thank|Big|Huge|Shout|Bravo|Happy|Joyeux|Bonne|Bon|Bonjour|Hello|Hi|Hey|Yes|No|Oui|Non|Et|And|But|Mais|So|Donc|When|Quand|This|That|Ce|Cette|Ça|Ca|It|It's|He|She|They|Her|His|Their|Leur|Son|Sa|Ses|Here|Voici|Voilà|Today|Aujourd'hui|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|January|February|March|April|May|June|July|August|September|October|November|December|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|Fiers|Fières|Proud|Honoured|Honored|Trop|Super|Delivered|Livré|Just|Juste|OK|Ok|Meet|Welcome|Say|Look|Congrats|Congratulations|Félicitations|Bienvenue|Regardez|Voici|Thanks|Huge|Massive|Shoutout|Shout-out|Dear|Cher|Chère|Spotted|Guess)$/;

export default definePractice({
  meta: {
    number: 22,
    slug: 'testimonial-permission',
    title: { en: "Ask before using testimonials", fr: "Demander avant de citer un client" },
    statement: {
      en: "Ask customers and partners for permission before featuring them, their words or their logo as a testimonial.",
      fr: "Demandez l'autorisation des clients et partenaires avant de les mettre en avant, de citer leurs propos ou leur logo.",
    },
    detection: 'partial',
    messages: {
      privateMessage: {
        text: {
          en: '"{term}": a message sent to you privately is being made public. The customer wrote to you, not to your followers.',
          fr: '« {term} » : un message reçu en privé devient public. Ce client vous a écrit à vous, pas à vos abonnés.',
        },
        fix: {
          en: 'Ask them first, and say so in the post ("shared with her permission"), or quote them without anything that identifies them.',
          fr: 'Demandez-lui d’abord, et dites-le dans le post (« partagé avec son accord »), ou citez-le sans rien qui permette de l’identifier.',
        },
      },
      namedTestimonial: {
        text: {
          en: '"{term}": a customer is named or quoted as a testimonial, with no sign they agreed to it.',
          fr: '« {term} » : un client est nommé ou cité en guise de témoignage, sans indication de son accord.',
        },
        fix: {
          en: 'Get their OK before posting and mention it, or leave out the name, logo and quote.',
          fr: 'Obtenez son accord avant de publier et mentionnez-le, ou retirez le nom, le logo et la citation.',
        },
      },
    },
  },
  lexicons: [PRIVATE_CHANNEL, PRIVATE_TALK, HIRING, SAID, CUSTOMER, CLIENT, CONSENT, TITLED, INTRO, PRESS, ASKS_CLIENTS],
  create(ctx) {
    const d = ctx.draft;
    if (d.find(CONSENT).length > 0) return;

    const attachments = d.text.includes('[') ? findAttachments(d.text) : [];
    const privateAttachment = attachments.find((a) => PRIVATE_ATTACHMENT.test(a.text));
    const peopleAttachment = attachments.find((a) => PEOPLE_ATTACHMENT.test(a.text));
    // Quotes outside the attachments' descriptions; words inside a quote are the customer's, not ours.
    const quotes = findQuotes(d.text).filter((q) => !attachments.some((a) => q.start >= a.start && q.end <= a.end));
    const quote = quotes[0];
    const outside = (h: { start: number; end: number }) => !quotes.some((q) => h.start >= q.start && h.end <= q.end);
    const channel = d.find(PRIVATE_CHANNEL).find((h) => outside(h) && !ownPeopleAfter(d, h) && senderNamed(d, h) && !howToReach(d, h));
    // The parent asks "who uses you?": the answer names references.
    const asked = ctx.context.kind === 'reply' && !!ctx.parent && ctx.parent.find(ASKS_CLIENTS).length > 0;
    const client = d.find(CLIENT).find((h) => outside(h) && !techClient(d, h)) ?? (asked ? ({ lexicon: 'p22.asked', lang: 'any', start: 0, end: 0, from: 0, to: 0 } as Hit) : undefined);
    // Every signal below needs one of these: most drafts stop here, before the name search.
    if (!channel && !quote && !privateAttachment && !peopleAttachment && !client) return;
    const said = d.find(SAID).find(outside);
    const customer = d.find(CUSTOMER).find(outside);
    const talk = d.find(PRIVATE_TALK).find(outside);
    const own = ctx.profile ? d.profileTerms('brand').concat(d.profileTerms('competitors'), d.profileTerms('codenames')) : [];
    const names = namedParties(d, own).filter(outside);
    const name = names[0];

    // A private message made public: with a quote, a name or a picture of it.
    if (channel && (quote || name || privateAttachment || peopleAttachment)) {
      report(ctx, channel, 'privateMessage', 'risk');
      return;
    }
    // Words from a call, a meeting or a visit, quoted with who said them.
    if (talk && quote && names.some((n) => quotes.some((q) => attributed(d, q, n)))) {
      report(ctx, talk, 'privateMessage', 'risk');
      return;
    }
    if (privateAttachment) {
      ctx.report({ messageId: 'privateMessage', severity: 'warn', start: privateAttachment.start, end: privateAttachment.end, data: { term: d.text.slice(privateAttachment.start, privateAttachment.end) } });
      return;
    }
    // Reported praise from a named customer (press quotes are public already).
    if (quote && d.find(PRESS).length === 0) {
      // The name must be the speaker's: in the quote's sentence, not a product named two sentences before.
      const speaker = names.find((n) => quotes.some((q) => attributed(d, q, n)));
      if ((said || customer) && speaker) {
        report(ctx, speaker, 'namedTestimonial', 'warn');
        return;
      }
      if (said && customer && !familySpeaker(d)) {
        report(ctx, quote, 'namedTestimonial', 'warn');
        return;
      }
      // The testimonial format itself: « quote » — Name, role at Company.
      const signed = ctx.context.account === 'brand' ? names.find((n) => quotes.some((q) => signature(d, q, n))) : undefined;
      if (signed) {
        report(ctx, signed, 'namedTestimonial', 'warn');
        return;
      }
    }
    // A named client featured in a post: "Merci à Transalp Logistique d'avoir choisi Brisa", "[logo Transalp]".
    // A job ad names roles and "our customers", not a client.
    // An employee's anecdote about "a customer" that names neither the brand nor quotes praise is oversharing
    // (another practice), not a testimonial.
    const anecdote = ctx.context.account === 'personal' && !quote && !peopleAttachment && !!client && client.to - client.from === 1 && CUSTOMER_NOUN.test(d.tokens[client.from]!.forms[0]!) && d.profileTerms('brand').length === 0;
    if ((ctx.context.kind === 'post' || asked) && name && (client || peopleAttachment) && !d.has(HIRING) && !anecdote) {
      if (client && !asked && !sameSentenceOrNear(d, name, client) && !peopleAttachment) return;
      report(ctx, name, 'namedTestimonial', 'warn');
      return;
    }
    // A customer pictured in a brand post ("[photo of a customer holding the box]"), with a customer cue in the text.
    if (ctx.context.kind === 'post' && peopleAttachment && (client || customer) && CUSTOMER_PICTURED.test(peopleAttachment.text) && !d.has(HIRING)) {
      ctx.report({ messageId: 'namedTestimonial', severity: 'warn', start: peopleAttachment.start, end: peopleAttachment.end, data: { term: d.text.slice(peopleAttachment.start, peopleAttachment.end) } });
    }
  },
});

type Span = { start: number; end: number };

const CUSTOMER_PICTURED = /(?<![\p{L}])(customer|customers|client|clients|cliente|clientes|couple|family|famille|guest|guests)(?![\p{L}])/u;

/** "client-side encryption", « côté client », "service client", "email client": not a customer relationship. */
function techClient(d: TextView, h: Hit): boolean {
  if (h.to - h.from !== 1 || !/^(client|clients)$/.test(d.tokens[h.from]!.forms[0]!)) return false;
  const prev = d.tokens[h.from - 1];
  const next = d.tokens[h.to];
  if (prev && prev.kind === 'word' && /^(cote|service|espace|relation|relations|portail|email|e-mail|mail|vpn|ftp|sync|desktop|api|web|leger|lourd)$/.test(prev.forms[0]!)) return true;
  return !!next && next.kind === 'word' && /^(side|-side|app|apps|software|logiciel)$/.test(next.forms[0]!);
}

/** "write to me in DM", "we never ask for your password by email", « le lien reçu par e-mail »: how to reach us, not a message received. */
const AMBIGUOUS_CHANNEL = /^(by email|by e mail|via dm|in a dm|in the dms|en mp|en dm|par mail|par e mail|par email|par courrier|par message prive|private message)$/;
const SENDER_VERB = /^(wrote|sent|emailed|e-mailed|messaged|told|shared|said|ecrit|envoye|envoyee|dit|confie|raconte|partage|partagee)$/;
function howToReach(d: TextView, h: Hit): boolean {
  if (!AMBIGUOUS_CHANNEL.test(d.tokens.slice(h.from, h.to).filter((t) => t.kind === 'word').map((t) => t.forms[0]).join(' '))) return false;
  const s = d.sentenceAt(h.start);
  if (!s) return false;
  for (let k = s.from; k < s.to; k++) {
    const t = d.tokens[k]!;
    if (t.kind === 'word' && SENDER_VERB.test(t.forms[0]!)) return false;
  }
  return true;
}

/** The name is in the sentence where the quote starts or ends, or right after the quote. */
function attributed(d: TextView, q: Span, n: Span): boolean {
  const sn = d.sentenceAt(n.start);
  if (sn === d.sentenceAt(q.start) || sn === d.sentenceAt(Math.max(q.start, q.end - 1))) return true;
  return n.start >= q.end && n.start - q.end <= 4 && /^[\s:,—–-]*$/.test(d.text.slice(q.end, n.start));
}

/** « quote » — Name, role / Name, role at Company : « quote »: a name next to the quote with a role or company after it. */
function signature(d: TextView, q: Span, n: Span): boolean {
  const after = n.start >= q.end && n.start - q.end <= 4 && /^[\s:,—–-]*$/.test(d.text.slice(q.end, n.start));
  const before = n.end <= q.start && d.sentenceAt(n.start) === d.sentenceAt(q.start) && q.start - n.end <= 80 && /:\s*$/.test(d.text.slice(n.end, q.start));
  if (!after && !before) return false;
  let k = 0;
  while (k < d.tokens.length && d.tokens[k]!.start < n.end) k++;
  for (let m = k; m < d.tokens.length && m <= k + 4; m++) {
    const t = d.tokens[m]!;
    if (t.kind === 'punct' && /[.!?;]/.test(t.raw)) return false;
    if (t.kind === 'word' && ROLE_AFTER.test(t.forms[0]!)) return true;
  }
  return false;
}

/** "my daughter", « ma fille »: the one quoted is family or a friend. */
function familySpeaker(d: TextView): boolean {
  for (let k = 0; k + 1 < d.tokens.length; k++) {
    const t = d.tokens[k]!;
    if (t.kind === 'word' && /^(my|mon|ma|mes|our|notre|nos)$/.test(t.forms[0]!) && d.tokens[k + 1]!.kind === 'word' && FAMILY.test(d.tokens[k + 1]!.forms[0]!)) return true;
  }
  return false;
}

function report(ctx: RuleContext, span: { start: number; end: number }, id: string, severity: 'warn' | 'risk'): void {
  ctx.report({ messageId: id, severity, start: span.start, end: span.end, data: { term: ctx.draft.text.slice(span.start, span.end) } });
}

function sameSentenceOrNear(d: TextView, a: { start: number }, b: { start: number }): boolean {
  const sa = d.sentenceAt(a.start);
  const sb = d.sentenceAt(b.start);
  if (sa === sb) return true;
  return !!sa && !!sb && Math.abs(d.sentenceIndexAt(a.start) - d.sentenceIndexAt(b.start)) <= 1;
}

/**
 * Named people or organisations, in the order they are tried: a title or role ("Mme Lefèvre", « le maire de
 * Villefranche », "their CTO"), two capitalised words in a row that are not the brand's own names nor a job
 * title ("Martin Keller", "Transalp Logistique"), a capitalised word after a thank-you. One pass each.
 */
function namedParties(d: TextView, ownNames: Hit[]): Span[] {
  const out: Span[] = [];
  const own = (k: number) => ownNames.some((h) => k >= h.from && k < h.to) || ownPerson(d, k);
  for (const h of d.find(TITLED)) {
    const next = d.tokens[h.to];
    const role = /^(their|leur|the|la|le|l'|head|owner|mayor)/.test(d.tokens[h.from]!.forms[0]!);
    if (role || (next && next.kind === 'word' && /^\p{Lu}/u.test(next.raw))) out.push({ start: h.start, end: next && !role ? next.end : h.end });
  }
  const isName = (k: number) => {
    const t = d.tokens[k];
    if (!t || t.kind !== 'word') return false;
    // Fast rejection of lower-case ASCII words and digits before the Unicode test.
    const c0 = t.raw.charCodeAt(0);
    if ((c0 >= 97 && c0 <= 122) || (c0 >= 48 && c0 <= 57)) return false;
    return /^\p{Lu}\p{Ll}/u.test(t.raw) && !STOP_NAMES.test(t.raw) && !JOB_WORD.test(t.forms[0]!) && !own(k);
  };
  for (const s of d.sentences) {
    for (let k = s.from; k < s.to - 1; k++) {
      if (!isName(k)) continue;
      let m = k + 1;
      // "Tom & Priya Nair", "Camille Roux", "Transalp Logistique".
      if (d.tokens[m]?.kind === 'punct' && d.tokens[m]!.raw === '&' && isName(m + 1)) m += 1;
      if (isName(m)) {
        // Two capitalised words opening the sentence may be an ordinary sentence start ("Great Monday").
        if (k === s.from && !(d.tokens[k - 1]?.kind === 'mention')) {
          if (!isName(m + 1)) continue;
        }
        // A job title written in capitals ("Senior Site Reliability Engineer"): the run holds a job word.
        let end = m;
        while (end + 1 < s.to && end - k < 5 && d.tokens[end + 1]!.kind === 'word' && /^\p{Lu}/u.test(d.tokens[end + 1]!.raw)) end++;
        let job = false;
        for (let j = k; j <= end; j++) if (JOB_WORD.test(d.tokens[j]!.forms[0]!)) job = true;
        if (job) {
          k = end;
          continue;
        }
        out.push({ start: d.tokens[k]!.start, end: d.tokens[m]!.end });
        k = m;
      }
    }
  }
  // "Claire B.", « Josiane L. »: a first name and an initial; "our customer Priya", « notre cliente Claire ».
  for (let k = 0; k + 1 < d.tokens.length; k++) {
    const t = d.tokens[k]!;
    const next = d.tokens[k + 1]!;
    if (isName(k) && next.kind === 'word' && /^\p{Lu}\.?$/u.test(next.raw) && (next.raw.length === 2 || d.tokens[k + 2]?.raw === '.')) {
      out.push({ start: t.start, end: next.end });
    } else if (t.kind === 'word' && /^\p{Ll}/u.test(t.raw) && /^(customer|client|cliente|subscriber|abonne|abonnee|user|rider|member|patient|patiente|guest)$/.test(t.forms[0]!) && isName(k + 1) && !/^(service|services|success|support|care|experience|team|teams|relations|portal|area|espace|satisfaction|pro|premium|business|plus|family|free|gold|enterprise|entreprise|famille|solo)$/.test(next.forms[0]!)) {
      out.push({ start: next.start, end: next.end });
    }
  }
  // "Merci à la boulangerie Dupain", "thanks to the team at Northgate": a capitalised word right after a thank-you.
  for (const h of d.find(INTRO)) {
    for (let k = h.to; k < d.tokens.length && k <= h.to + 3; k++) {
      const t = d.tokens[k]!;
      if (t.kind === 'punct') break;
      if (isName(k)) {
        out.push({ start: t.start, end: t.end });
        break;
      }
    }
  }
  return out;
}

/** "Notre PDG Claire Moreau", "our mechanic Sam": the brand's own people, not customers ("notre cliente Claire" is one). */
function ownPerson(d: TextView, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const t = d.tokens[j]!;
    if (t.kind === 'punct') return false;
    if (t.kind === 'word' && CUSTOMER_NOUN.test(t.forms[0]!)) return false;
    if (t.kind === 'word' && /^(our|notre|nos|my|mon|ma|mes|colleague|collegue|ceo|pdg|founder|fondateur|fondatrice|cofounder|cofondateur)$/.test(t.forms[0]!)) return true;
  }
  return false;
}
const CUSTOMER_NOUN = /^(customer|customers|client|clients|cliente|clientes|subscriber|abonne|abonnee|user|utilisateur|utilisatrice|rider|member|patient|patiente|guest)$/;

const HOLIDAYS = /^(noel|paques|christmas|xmas|easter|halloween|nouvel|new|saint|valentin|valentine's|bienvenue|welcome|support|team|l'equipe|equipe|la|le|les|our|notre|nos|the|rentree|fin|bonne|happy|joyeux|joyeuses)$/;

/** "email from Helen", « message de Mme Roche »: a "from"/« de » channel needs a person after it (not « message de Noël »). */
function senderNamed(d: TextView, h: Hit): boolean {
  const last = d.tokens[h.to - 1]!.forms[0]!;
  if (last !== 'from' && last !== 'de') return true;
  const next = d.tokens[h.to];
  if (!next) return false;
  if (next.kind === 'mention') return true;
  const own = d.profileTerms('brand').some((b) => b.from === h.to);
  if (next.kind === 'word' && /^\p{Lu}/u.test(next.raw) && !own && !HOLIDAYS.test(next.forms[0]!)) return true;
  for (let k = h.to; k < d.tokens.length && k <= h.to + 3; k++) {
    const t = d.tokens[k]!;
    if (t.kind === 'word' && /^(customer|customers|client|clients|cliente|clientes|rider|riders|subscriber|subscribers|abonne|abonnee|abonnes|user|utilisateur|utilisatrice|guest|mme|mr|mrs|ms|madame|monsieur)$/.test(t.forms[0]!)) return true;
  }
  return false;
}

/** "A message from our founder": the brand's own words. */
function ownPeopleAfter(d: TextView, h: Hit): boolean {
  for (let k = h.to; k < d.tokens.length && k <= h.to + 1; k++) {
    const t = d.tokens[k]!;
    if (t.kind === 'word' && /^(our|notre|nos|the|team|l'equipe|equipe|la|le)$/.test(t.forms[0]!)) return /^(our|notre|nos|team|equipe|l'equipe)$/.test(t.forms[0]!);
  }
  return false;
}
