import practice from '../../rules/practices/22-testimonial-permission';
import { ruleTester } from '../rule-tester';

ruleTester(practice, {
  invalid: [
    { lang: 'fr', text: 'Le mot que Karim (@karim_velo) a envoyé au SAV hier nous a touchés : « Vous m’avez sauvé mes vacances » 🙏', account: 'brand' },
    { lang: 'en', text: 'Thrilled to welcome the singer Nadia Ferrol to our Lyon store on Saturday. She told our mechanic it was the comfiest ride she had ever tried.', account: 'brand' },
    { lang: 'fr', text: 'Grosse signature 🎉 La pharmacie Berthier à Nantes passe chez Brisa pour toutes ses livraisons, Mme Berthier était ravie !', account: 'personal' },
    // Round 2: a thank-you naming a customer, client lists in reply to "who uses you?", migrations, calls.
    { lang: 'en', text: "Thanks Margaux! She picked up her new bike at our Lyon shop today and she's already a happy customer 🚲" },
    { lang: 'en', text: 'Only Transalp Logistique and half the bakeries in Grenoble 😉', parent: 'Does anyone serious actually use your bikes?' },
    { lang: 'fr', text: 'Le cabinet Dubreuil & Associés a migré toute sa flotte chez nous en un mois 💪' },
    { lang: 'fr', text: 'Merci à Paul, artisan à Nantes, qui nous a appelé·e·s ce matin : « votre vélo a changé mes tournées ».' },
    // English: private messages made public, named and quoted customers, client logos.
    { lang: 'en', text: "Got this lovely email from Helen in Bath this morning: 'Brisa gave me my independence back.' This is why we do it 💚", severity: 'risk' },
    { lang: 'en', text: "Meet James Carter, our 10,000th subscriber! He told us 'best decision I made this year' 🎉" },
    { lang: 'en', text: 'Proud to welcome Northgate Hospital as our newest fleet client: 60 bikes for their night staff! [their logo]' },
    { lang: 'en', text: 'When a customer DMs you this 🥹 [screenshot of the private message, username visible]' },
    { lang: 'en', text: "Look what landed in our inbox from Margaret, 84: 'I can finally visit my grandkids again.' 🥹" },
    { lang: 'en', text: 'Our customer Priya sent us this photo of her twins on their Brisa Cargo 😍 [photo of the children]' },
    // French.
    { lang: 'fr', text: 'Le petit mot de Jeanne, 81 ans, reçu par mail hier : « Je refais du vélo grâce à vous ». On est émus 🥹' },
    { lang: 'fr', text: 'Merci à la boulangerie Dupain de Villeurbanne qui a choisi nos vélos cargos pour ses livraisons ! [logo de la boulangerie]' },
    { lang: 'fr', text: 'Un client nous a écrit ce matin : « meilleur service après-vente de ma vie ». Merci Karim B. ! 🙏' },
    { lang: 'fr', text: 'Regardez ce que Mme Roche nous a envoyé en MP 😍 [capture du message]' },
    { lang: 'fr', text: 'Fiers d’équiper la Mairie de Grenoble : 40 vélos pour ses agents ! Leur DRH nous a confié : « un vrai changement pour les équipes ».' },
    // Generalisation: the testimonial format, words from a call or a meeting, client lists.
    { lang: 'en', text: '"Our whole fleet was back on the road in a day" — Hannah Cole, operations manager at Pennine Couriers. Thanks Hannah for the chat!' },
    { lang: 'en', text: "Had Owen Price from Price & Daughters Joinery on a video call this morning and he said 'best decision we made this year' 🙌" },
    { lang: 'en', text: 'Trusted by Kelso Freight, Ardmore Council and 60 other fleets 🚲 [logo strip]' },
    { lang: 'fr', text: '« Nos livreurs ne veulent plus rendre les vélos » : Karim Bensaïd, gérant de Rapido Coursiers. Merci Karim pour ce retour lors de notre rendez-vous !' },
    { lang: 'fr', text: 'Au téléphone hier, Mme Perrin nous a dit « votre atelier m’a sauvé la saison ». Ça fait plaisir 🧡' },
    { lang: 'fr', text: 'Ils nous font confiance : la Mairie de Quimperlé, Breizh Livraisons et 40 autres entreprises 🤝' },
    { lang: 'fr', text: 'Notre cliente Claire B., de Nantes, nous a écrit pour nous dire que son Brisa avait changé ses trajets 🚲' },
  ],
  valid: [
    { lang: 'en', text: 'Long shift today: a customer rang, Mr Dalton from Leeds, furious about his neighbour parking on his drive 🙄', account: 'personal' },
    // Round 2: permission stated with the client's name, how to reach us, "client-side".
    { lang: 'en', text: "Published with Ferme Lacoste's permission: how a dairy farm swapped its van for two cargo bikes." },
    { lang: 'fr', text: 'Écrivez-nous en MP avec votre numéro de commande, on regarde ça 😊' },
    { lang: 'fr', text: 'Super atelier sur le chiffrement côté client avec Julie Martin hier soir !', account: 'personal' },
    // English: consent stated, anonymous or own people, no testimonial.
    { lang: 'en', text: 'Huge thanks to everyone who came to our Bristol open day! See you next time 🚲' },
    { lang: 'en', text: "'Brisa gave me my freedom back.' Linda shared her story with us and kindly agreed to let us post it 💚" },
    { lang: 'en', text: "A customer asked us 'does the battery survive the rain?'. Yes, it's IP65 rated ☔" },
    { lang: 'en', text: 'Welcome to the team, Sarah Lee! Our new head of design starts today 🎉' },
    { lang: 'en', text: 'Thanks for the kind words, Priya! We will pass them on to Tom in the workshop 💚', parent: 'Tom at your Bristol shop was brilliant today' },
    // French.
    { lang: 'fr', text: 'Vous êtes nombreux à nous écrire pour demander quand arrive le Cargo : réponse en avril !' },
    { lang: 'fr', text: 'Merci Sophie pour ton message, on regarde ça tout de suite 🙏', parent: '@Brisa mon vélo fait un bruit bizarre' },
    { lang: 'fr', text: 'Notre PDG Claire Moreau le dit souvent : « un vélo réparé, c’est un vélo qui roule ».' },
    { lang: 'fr', text: 'Témoignage partagé avec l’accord de Nadia, abonnée à Lille : « mon vélo, c’est ma liberté » 💚' },
    { lang: 'en', text: '"Life is like riding a bicycle. To keep your balance you must keep moving." — Albert Einstein. Happy Monday!' },
    { lang: 'en', text: "We're hiring a Senior Workshop Technician in Bristol! You'll keep our customers' bikes rolling. Apply: brisa.bike/careers" },
    { lang: 'en', text: "My daughter after her first ride on the cargo bike: 'it's like a flying sofa.' Kids 😂", account: 'personal' },
    { lang: 'fr', text: 'On recrute un·e Mécanicien Cycle Confirmé à Lyon 🔧 Vous chouchouterez les vélos de nos clients. Postulez sur brisa.bike/carrieres' },
    { lang: 'fr', text: '« Le vélo, c’est la liberté » — Paul Fournel. Bonne semaine à tous 🚲' },
    { lang: 'en', text: 'Our Customer Success team is here 7 days a week for all our customers. Reach them at brisa.bike/help' },
    { lang: 'fr', text: 'Nos clients Pro ont désormais droit à un vélo de prêt pendant chaque réparation 🎉' },
  ],
});
