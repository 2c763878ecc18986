import practice from '../../rules/practices/19-find-the-right-answer';
import { ruleTester } from '../rule-tester';

ruleTester(practice, {
  invalid: [
    { lang: 'en', parent: 'Can I carry my 5-year-old on the rear rack of the Fold?', text: 'Should be fine I reckon, loads of people do it 😊' },
    { lang: 'fr', parent: 'Je dois déclarer le vélo de fonction aux impôts ?', text: 'Pas besoin je crois, c\'est un avantage en nature non imposable.' },
    { lang: 'en', parent: 'My charger smells a bit like burning plastic, is it ok to keep using it?', text: 'prob nothing, I wouldn\'t worry 👍' },
    { lang: 'fr', parent: 'Je suis enceinte, le vélo électrique c\'est sans risque ?', text: 'A priori ça devrait aller, mais bon on n\'est pas médecins.' },
    { lang: 'en', parent: "My battery fell off the rack and there's a dent in the casing. Is it still safe to charge?", text: "I reckon it's fine, those casings are built tough 👍" },
    { lang: 'en', parent: 'Is it legal to carry my 2 kids in the Cargo on the road?', text: "Pretty sure that's allowed, loads of parents do it." },
    { lang: 'en', parent: "Does your cloud comply with HIPAA? We're a small clinic.", text: 'Probably, we host lots of health companies.' },
    { lang: 'en', parent: 'The charger smells of burning plastic, should I keep using it?', text: 'Should be fine, new chargers often smell a bit at first!' },
    { lang: 'en', account: 'personal', parent: '@dan_brisa can I ride in heavy rain with the Urban?', text: "Don't see why not, mine's been fine so far 🤷" },
    { lang: 'fr', parent: 'Ma batterie est tombée dans une flaque, je peux la recharger ?', text: 'Je pense que oui, laissez-la sécher une heure et ça devrait aller.' },
    { lang: 'fr', parent: 'Le siège bébé Yepp est compatible avec le porte-bagages du City ?', text: 'A priori oui, la plupart des sièges passent.' },
    { lang: 'fr', parent: 'Est-ce que vos données sont hébergées conformément au RGPD ?', text: 'Normalement oui, on fait attention à ça 👍' },
    { lang: 'fr', parent: 'Mes freins grincent depuis ma chute, c’est dangereux ?', text: 'Bof, sûrement rien de grave, roulez tranquille.' },
    { lang: 'en', parent: 'Can I charge the battery off a cheap USB power bank?', text: "I don't see why not, I doubt it would overheat 🤷" },
    { lang: 'en', parent: 'Got a text saying my Brisa account is suspended and to click a link, is this you?', text: 'Could be, we do send reminders. You can click it 👍' },
    { lang: 'en', parent: 'Where can I check whether my account was in the data breach?', text: 'You can check here: brisa-accountcheck.com' },
    { lang: 'fr', parent: 'Je peux laisser le chargeur branché sur une multiprise à côté du radiateur ?', text: 'À mon avis ça passe, y’a pas de raison que ça crame 😅' },
    { lang: 'fr', parent: 'Reçu un SMS « votre abonnement sera suspendu, cliquez ici », c’est vous ?', text: 'Oui c’est bien nous, vous pouvez cliquer sans souci 🙂' },
  ],
  valid: [
    { lang: 'en', parent: 'Is the Fold safe to ride in heavy rain?', text: 'Yes: it is rated IP65, and we recommend lower tyre pressure and longer braking distances in the wet.' },
    { lang: 'en', parent: 'Is it safe to charge a battery that got soaked?', text: "Please don't charge it yet. Leave it to dry in a warm room and DM us: our workshop will check it for free." },
    { lang: 'en', parent: 'Does the Cargo comply with UK e-bike law?', text: "Yes: 250 W motor, assistance cut at 25 km/h, so it's a legal EAPC in the UK. Details: brisa.bike/legal" },
    { lang: 'en', parent: 'Any idea when the new colours arrive?', text: "I think spring, but don't quote me 😄" },
    { lang: 'en', parent: 'Is the City 2 battery waterproof?', text: "It's rated IPX5: fine in heavy rain, but never pressure-wash it or submerge it." },
    { lang: 'fr', parent: 'La batterie peut geler si je laisse le vélo dehors ?', text: 'Bonne question ! On ne veut pas vous répondre « ça devrait aller » : on vérifie avec l’atelier et on revient vers vous.' },
    { lang: 'fr', parent: 'Mon fils de 12 ans peut rouler sur un VAE ?', text: "En France, il n'y a pas d'âge minimum légal, mais le casque est obligatoire jusqu'à 12 ans inclus. Plus d'infos : brisa.fr/securite" },
    { lang: 'fr', parent: "C'est quoi la plus belle couleur ?", text: 'Je pense que le vert sauge, mais c’est une question de goût 😄' },
    { lang: 'en', parent: 'Got a text saying my account is suspended, is this you?', text: "That's not us: we never ask for your password by text. Please don't click, just delete it and open the app directly." },
    { lang: 'fr', parent: 'Où vérifier si mon compte était concerné par la fuite ?', text: 'Sur brisa.fr/incident : connectez-vous et la page vous dit si votre compte est concerné.' },
  ],
});
