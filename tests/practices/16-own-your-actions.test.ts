import practice from '../../rules/practices/16-own-your-actions';
import { ruleTester } from '../rule-tester';

ruleTester(practice, {
  invalid: [
    // Round 3: families from fresh drafts, own wording.
    {"lang": "en", "text": "Today's app outage: a junior engineer deployed an untested build. He's been dealt with. All good now."},
    {"lang": "fr", "text": "La panne de ce matin ? Un stagiaire a poussé la mauvaise version. Il a été recadré.", "parent": "L'appli plante depuis ce matin"},
    // Round 2: responsibility handed to a partner, a tool, the customer.
    { lang: 'en', text: "Receipts are issued by our payment provider, so please contact them directly to get it corrected.", parent: "my receipt shows the wrong address" },
    { lang: 'en', text: "Which rides show up first is decided by the algorithm, not us. We have no control over that.", parent: "why does your app keep hiding my rides?" },
    { lang: 'fr', text: "L'entretien des vélos de location relève de la responsabilité du loueur partenaire. N'hésitez pas à laisser un avis sur sa page.", parent: "Le vélo loué chez vous avait les freins HS, je suis tombée" },
    { lang: 'fr', text: "Ça vient sûrement d'une fausse manip de votre part lors de l'appairage 😉", parent: "L'appli affiche le vélo de quelqu'un d'autre !" },
    { lang: 'fr', text: "Le bug des trajets effacés ? C'est le stagiaire, pas moi 😇", account: 'personal' },
    // English: denial, scapegoats, blaming the customer.
    { lang: 'en', text: "The courier damaged it, not us. You'll need to contact them for a claim.", parent: 'My new bike arrived with a bent wheel' },
    { lang: 'en', text: "Yesterday's offensive reply was sent by a new hire who didn't follow our guidelines. It has been dealt with." },
    { lang: 'en', text: "That only happens if you uninstall without syncing first, so that's user error on your side.", parent: 'The app wiped my whole ride history' },
    { lang: 'en', text: 'Nothing to do with us: our mechanics set them up properly. You probably rode through mud.', parent: 'My brakes squeal since your service last week' },
    { lang: 'en', text: "Wasn't me, the night shift set up that bike. Ask them.", account: 'personal', parent: '@sam_brisa you built my bike with the brake levers swapped' },
    { lang: 'en', text: "The delay is entirely due to our supplier. We can't be held responsible for their mistakes.", parent: 'Three weeks late and still no bike' },
    // French.
    { lang: 'fr', text: "C'est la faute du livreur, pas la nôtre. Faites une réclamation auprès de lui.", parent: 'Mon vélo est arrivé tout rayé' },
    { lang: 'fr', text: "Le bug d'affichage de ce week-end vient de notre prestataire informatique, pas de nous." },
    { lang: 'fr', text: "Vous l'avez sûrement laissée dehors tout l'hiver, c'est une erreur d'utilisation.", parent: 'Ma batterie ne tient plus que 20 km' },
    { lang: 'fr', text: "Ce n'est pas de notre ressort, voyez avec votre banque.", parent: 'Prélevée deux fois ce mois-ci, remboursez-moi' },
    { lang: 'fr', text: "Suite au couac d'hier : le message a été publié par erreur par notre agence. Nous ne sommes pas en cause." },
    // More drafts, written while widening the phrase families.
    { lang: 'en', text: "The warehouse team messed up, not our customer service. We've reminded them to do their job.", parent: "My order is two weeks late" },
    { lang: 'en', text: "Batteries don't just die. You must have left it in the cold or used a non-Brisa charger. Not covered, sorry.", parent: "my battery stopped charging after 3 months" },
    { lang: 'fr', text: "Le vélo est parti parfait de l'atelier, c'est forcément le transporteur. Voyez avec eux directement.", parent: "Mon vélo est arrivé avec le dérailleur tordu" },
    { lang: 'en', text: "It works for everyone else. Have you tried reading the setup guide?", parent: "the app won't connect to my bike" },
    { lang: 'fr', text: "Nos vélos sont testés avant livraison. Vous avez forcément fait une mauvaise manipulation.", parent: "Mon vélo est tombé en panne après une semaine" },
    { lang: 'en', text: "Our warehouse packs everything, so it was probably taken out after delivery. Check with your household.", parent: "My bike arrived without the charger" },
    { lang: 'en', text: "To clarify: the wrong prices on our site yesterday were an error by our web agency. We're looking into who's responsible on their side." },
    { lang: 'fr', text: "C'est votre banque qui a dû faire une erreur, nous n'avons prélevé qu'une fois.", parent: "J'ai été facturé deux fois" },
    { lang: 'fr', text: "Concernant les retards de livraison : nos équipes ne sont pas en cause, c'est notre transporteur qui accumule les retards." },
    { lang: 'en', text: "Our mechanics are trained professionals. Are you sure it wasn't already scratched when you brought it in?", parent: "The mechanic scratched my frame" },
    { lang: 'en', text: "Some of you got two charges this month. That's down to Stripe, our payment processor, not something we did." },
    { lang: 'fr', text: "L'appli n'efface rien toute seule. Vous avez dû la désinstaller sans sauvegarder.", parent: "L'appli a effacé mon historique" },
    { lang: 'fr', text: "Le tweet d'hier ? Une erreur d'un stagiaire, qui a été recadré. Passons à autre chose." },
    { lang: 'en', text: "We sent it on the 3rd. If it's not there, that's on your bank's side, not ours.", parent: "My refund never arrived" },
    { lang: 'fr', text: "Nos mécaniciens vérifient tout avant la restitution. Vous avez dû desserrer la roue vous-même.", parent: "Le mécano a oublié de serrer ma roue" },
    { lang: 'en', text: "Yes, some orders shipped late. Our new logistics partner is still getting up to speed, so please bear with them." },
    // Families added while generalising (own wording).
    { lang: 'en', text: "The delay is on the courier, not on us. Please direct your complaints to them.", parent: "where is my bike?? ordered 3 weeks ago" },
    { lang: 'en', text: "We followed the procedure to the letter. If the app lost your rides, the problem is on your phone.", parent: "the app lost all my ride history after the update" },
    { lang: 'fr', text: "Le bug d'hier vient de notre hébergeur, pas de nos équipes. Merci d'adresser vos plaintes directement chez eux." },
    { lang: 'fr', text: "Avez-vous bien lu les conditions avant de souscrire ? Tout y est écrit.", parent: "Pourquoi je suis prélevé pour un an ?" },
  ],
  valid: [
    // Round 3: trigger words of the added families, used harmlessly.
    {"lang": "en", "text": "Maybe if you'd read the manual you'd know the charger is in the box, lol", "account": "personal", "parent": "where's the charger?? nobody tells you anything"},
    {"lang": "fr", "text": "La mise à jour de ce matin venait de nous : une mauvaise version est partie en production. Notre faute, c'est corrigé.", "parent": "L'appli plante depuis ce matin"},
    // Round 2: naming a partner while owning it.
    { lang: 'en', text: "Our payment provider had an outage, but choosing them was our call, so that's on us. Refunds are going out today.", parent: "charged twice??" },
    // English: owning it, even when a partner is involved; harmless uses of the trigger words.
    { lang: 'en', text: "That's on us: the courier was booked late. We've refunded delivery and your bike arrives tomorrow.", parent: 'Where is my bike?? It was due Monday' },
    { lang: 'en', text: "Written by our intern Maya: a beginner's guide to e-bike maintenance 🔧 Great job, Maya!" },
    { lang: 'en', text: 'That usually means your bank blocked it for security. A quick call to them sorts it, then try again!', parent: 'Payment declined, what do I do?' },
    { lang: 'en', text: 'Sorry! Our delivery partner had a van breakdown, and we should have told you sooner. New slot: Thursday 9am.', parent: 'Why is my delivery late?' },
    { lang: 'en', text: "Could you check on your end that Bluetooth is on? If it is, DM us and we'll dig in.", parent: 'The app says error 42' },
    { lang: 'en', text: 'Due to the bank holiday, our workshops open at 10am on Monday.' },
    // French.
    { lang: 'fr', text: "C'est notre faute : on a mal emballé le vélo. Un mécano passe le réparer demain.", parent: 'Guidon tordu à la livraison…' },
    { lang: 'fr', text: "Oui, pas d'inquiétude ! Pouvez-vous vérifier de votre côté que l'appli est à jour ?", parent: "C'est normal que ça bipe au démarrage ?" },
    { lang: 'fr', text: "Merci à notre stagiaire Lina qui a écrit ce guide de l'entretien hivernal ❄️" },
    { lang: 'fr', text: "Désolés ! On s'occupe de tout avec le transporteur et on vous renvoie un vélo dès demain.", parent: 'Le transporteur a perdu mon colis' },
    // Everyday drafts with the trigger words of every practice around.
    { lang: 'en', text: "Last year I burned out badly. I took three months off, saw a therapist, and came back to a team that had my back. If you're struggling, please talk to someone.", account: 'personal' },
    { lang: 'fr', text: "Après mon burn-out l'an dernier, je reprends enfin le vélo pour aller au travail. Petite victoire 🚲", account: 'personal' },
    { lang: 'en', text: "Ha, we do own a unicycle, but that's about it 🤡 What happened? Happy to help.", parent: "you guys are clowns" },
    { lang: 'en', text: "Maybe if you read the FAQ you'd find the pairing steps under Settings › Bike. Here's the link anyway: brisa.bike/help", parent: "how do I pair the bike? your support is useless" },
    { lang: 'fr', text: "L'appli ne supprime que ce que vous sélectionnez, et vos trajets restent 30 jours dans la corbeille.", parent: "Le nettoyage va effacer mes trajets ?" },
  ],
});
