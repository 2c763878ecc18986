import practice from '../../rules/practices/07-confidentiality';
import { ruleTester } from '../rule-tester';

ruleTester(practice, {
  invalid: [
    { lang: 'fr', text: 'Entre nous, on lance la version cargo en mars, gardez-le pour vous 🤫', account: 'personal' },
    // Round 2: pricing seen in a meeting, results teased early, credentials, a patient's whereabouts.
    { lang: 'en', text: 'Saw the new pricing go by in a meeting today: 19€/month for the Pro plan lol', account: 'personal' },
    { lang: 'fr', text: "En avant-première : notre chiffre d'affaires du trimestre est en hausse de 22 % 🚀 Les chiffres officiels tombent lundi." },
    { lang: 'en', text: 'the test server creds are still admin / Velo2025! someone fix it pls', account: 'personal' },
    { lang: 'fr', text: 'Mme Garnier est hospitalisée en chambre 12, son état est stable. Les visites reprennent demain.' },
    // English: codename, credentials, internal hosts and tickets.
    { lang: 'en', text: 'Spoiler: the Falcon cargo bike is almost ready, our team is testing prototypes this week 👀', account: 'personal', severity: 'risk' },
    { lang: 'en', text: "Sure, the admin panel is at admin.brisa.internal, log in with workshop / Spring2024! and you'll see it", account: 'personal', parent: "How do I check my bike's service history?", severity: 'risk' },
    { lang: 'en', text: "here's the test key if anyone needs it: AKIAIOSFODNN7EXAMPLE, don't abuse it lol", account: 'personal', severity: 'risk' },
    { lang: 'en', text: 'Slack bot token for the hackathon: xoxb-2931-88812-AbCdEfGhIjKlMnOp, have fun', account: 'personal', profile: null },
    { lang: 'en', text: 'FYI the door code for the Leeds workshop is 4821#, see you tomorrow', account: 'personal' },
    { lang: 'en', text: 'Deploy failing again 🙃 export STRIPE_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc, anyone seen this error?', account: 'personal' },
    { lang: 'en', text: 'Fix tracked in PLAT-2291, should land in next sprint. Thanks for flagging!', parent: 'The app crashes when I open the map' },
    // English: customers' personal data.
    { lang: 'en', text: 'Hi Mark, your new delivery address is saved: 27 Elm Grove, Leeds LS6 2AB. Call us if anything changes!', parent: 'I moved house, can you update my delivery address?' },
    { lang: 'en', text: "Got it Jenny! We'll call you back on 07911 123456 this afternoon.", parent: 'Can someone call me about my broken display?' },
    { lang: 'en', text: "Sophie's email is sophie.durand@hotmail.fr if you want to coordinate the pickup directly.", parent: 'Who should I contact about the group ride?' },
    // English: internal-only information.
    { lang: 'en', text: "Internal only: Q3 subscriber numbers are down 8% vs plan. Don't share outside the team", account: 'personal', severity: 'risk' },
    { lang: 'en', text: 'Between you and me, prices go up 15% on 1 September. Buy now 😉', account: 'personal' },
    { lang: 'en', text: 'Just sat through the all-hands: we missed revenue targets by 20% and there will be a hiring freeze. Fun times', account: 'personal' },
    // French.
    { lang: 'fr', text: 'Petite fuite : le Projet Mistral sera présenté au salon de Lyon en mars, mais chut 🤫', account: 'personal', severity: 'risk' },
    { lang: 'fr', text: 'Bonjour Mme Martin, nous avons bien noté votre adresse : 12 avenue Jean Jaurès, 69007 Lyon. Le technicien passe jeudi.', parent: 'Vous pouvez venir réparer mon vélo à domicile ?' },
    { lang: 'fr', text: 'Je vous donne le numéro du client pour qu’il vous rappelle : 06 12 34 56 78', parent: 'Le client du vélo volé peut nous contacter ?' },
    { lang: 'fr', text: 'Entre nous, les résultats du trimestre sont catastrophiques, on a perdu 2 M€ 😬', account: 'personal' },
    { lang: 'fr', text: "Le wifi de l'atelier c'est Brisa_Atelier, mot de passe : velo2024rapide 😉", account: 'personal', parent: "C'est quoi le wifi ?" },
    { lang: 'fr', text: "Le code de la boîte à clés de l'atelier c'est 4417, passez quand vous voulez", account: 'personal', parent: 'On peut déposer le vélo ce soir ?' },
    { lang: 'fr', text: "Ne le répétez pas mais d'après le doc interne, le nouveau modèle sortira à 2 490 € en avril.", account: 'personal' },
    { lang: 'fr', text: 'Les logs sont sur https://grafana.brisa.corp/d/batteries si quelqu’un de l’équipe veut regarder', account: 'personal' },
    // Generalisation: self-labelled internal figures, credentials or customer details shown in a picture.
    { lang: 'en', text: 'Still buzzing: we crossed 50k paying riders this month 🎉 (internal number, nobody outside has it yet, so keep it low-key)', account: 'personal' },
    { lang: 'en', text: 'New desk setup at the workshop! [photo: laptop next to a sticky note with the admin password]', account: 'personal', severity: 'risk' },
    { lang: 'en', text: 'Your replacement battery is on its way, Gemma! [screenshot of the dispatch form showing her home address and phone number]', parent: 'any news on my battery?' },
    { lang: 'fr', text: "Trop fière de l'équipe : 3 M€ de ventes ce trimestre ! (pas encore officialisé, mais j'ai pas pu m'empêcher 🙈)", account: 'personal' },
    { lang: 'fr', text: "Bienvenue à notre nouvelle recrue 🎉 [photo de l'open space, les identifiants du back-office écrits au tableau]", account: 'personal' },
    { lang: 'fr', text: "Voilà le récap de votre réparation Karim 🔧 [capture de la fiche atelier avec l'adresse du client]", parent: 'Vous pouvez me renvoyer le devis ?' },
  ],
  valid: [
    { lang: 'fr', text: 'Entre nous, on va les écraser ce match de foot entre collègues, ils sont nuls 😂', account: 'personal' },
    // Round 2: a promise of discretion, documents in general, the case number given to a customer.
    { lang: 'fr', text: "Vous pouvez nous écrire à tout moment, c'est confidentiel." },
    { lang: 'en', text: 'Confidential documents deserve an expiring link, not an open folder.' },
    { lang: 'en', text: "Sorry about that! Your case number is Ref: BRS-20931, we'll call you back today.", parent: 'My order still has not shipped, third time asking' },
    // English: privacy tips, public contact details, official announcements.
    { lang: 'en', text: 'Never share your password or one-time code with anyone, even someone claiming to be from Brisa.' },
    { lang: 'en', text: 'Questions about your order? Email support@brisa.bike or call 0800 123 4567 (free).' },
    { lang: 'en', text: 'Our Manchester shop is now open at 14 Oldham Street, M1 1JQ. Come say hi this weekend! 🚲' },
    { lang: 'en', text: 'Our API docs are live. Generate your key in Settings › Developers and keep it secret!' },
    { lang: 'en', text: "Can't say much yet, but stay tuned for something exciting next week 👀" },
    { lang: 'en', text: 'Internal cable routing and a 500Wh battery: the City 3 is our cleanest bike yet.' },
    { lang: 'en', text: "Sorry Dave, I can't share internal timelines, but I'll pass your feedback on to the product team!", account: 'personal', parent: 'when is the cargo bike coming?' },
    // French.
    { lang: 'fr', text: "Vos données restent strictement confidentielles et ne sont jamais revendues. Plus d'infos : brisa.bike/confidentialite" },
    { lang: 'fr', text: 'Retrouvez-nous au salon du vélo, stand B12, 23 rue de la Villette 69003 Lyon ! 🎉' },
    { lang: 'fr', text: 'Pour des raisons de confidentialité, envoyez-nous votre numéro de commande en message privé 🙏', parent: "Ma commande n'est toujours pas arrivée" },
    { lang: 'fr', text: "C'est officiel : l'abonnement passe à 39 € par mois dès le 1er juin. Tous les détails sur notre blog." },
    { lang: 'fr', text: 'Rappel : ne communiquez jamais votre mot de passe ni vos codes par téléphone.' },
    { lang: 'fr', text: 'Il y a de la place entre nous et la boutique voisine pour garer vos vélos 🚲' },
    { lang: 'fr', text: "Gagné 50 € au loto ce week-end, chut 🤫 mes parents ne savent pas que je joue", account: 'personal' },
    { lang: 'fr', text: 'Nouvelle photo de profil [photo de moi sur mon vélo, plaque floutée]', account: 'personal' },
    { lang: 'en', text: 'Spent £12 on a cinnamon bun this morning, shh 🤫 my dentist does not need to know', account: 'personal' },
    { lang: 'en', text: 'Your ride history is encrypted with AES-256 and checked with SHA-512, both at rest and in transit.' },
    { lang: 'en', text: 'Reminder: keep your recovery codes somewhere safe [illustration of a padlock and a password manager]' },
  ],
});
