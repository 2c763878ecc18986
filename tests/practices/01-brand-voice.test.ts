import practice from '../../rules/practices/01-brand-voice';
import { ruleTester } from '../rule-tester';
import { testProfile } from '../fixtures/profile';

const formal = { ...testProfile, brand: 'Hôtels Cordelia', aliases: ['Cordelia'], voice: { formality: 'formal' as const, emoji: 'never' as const, person: 'we' as const } };
const soloMaker = { ...testProfile, brand: 'Atelier Nour', aliases: ['Nour'], voice: { formality: 'friendly' as const, emoji: 'sparingly' as const, person: 'i' as const } };

ruleTester(practice, {
  invalid: [
    // Round 4: an exasperated aside doesn't hide a real persona "I" elsewhere in the draft.
    { lang: 'en', text: "I won't repeat myself, but I personally tested the Cargo on my own school run and I loved it.", account: 'brand' },
    { lang: 'fr', text: "Je ne vais pas me répéter, mais moi j'ai essayé le Cargo avec mes enfants et je l'adore.", account: 'brand' },
    // Round 3: a letter frame (salutation) around notice wording is still off-voice.
    { lang: 'en', text: 'Dear valued customer, please be advised that your loan bike must be returned by Friday.', account: 'brand' },
    { lang: 'fr', text: 'Chers clients, nous tenons à vous informer que la boutique de Rennes ferme à 17 h samedi. Salutations distinguées.', account: 'brand' },
    // Round 2: a salutation plus a second letter formula or notice wording sets the register.
    { lang: 'en', text: 'Dear customer, we wish to inform you that the Bristol workshop will close early on Friday.', account: 'brand' },
    { lang: 'fr', text: "Madame, Monsieur, nous vous informons que l'atelier de Lille sera exceptionnellement fermé lundi.", account: 'brand' },
    { lang: 'fr', text: "Chère cliente, conformément à nos conditions, la reprise de votre batterie s'effectue en boutique.", account: 'brand', parent: 'Je peux rapporter ma vieille batterie chez vous ?' },
    { lang: 'en', text: "Honestly I think the new City 3 is the best thing I've ridden all year. I'm obsessed.", account: 'brand', severity: 'warn' },
    { lang: 'en', text: "I use mine every day for my two kids and I've never had a single issue!", account: 'brand', parent: '@BrisaBikes is the Cargo OK for two kids on a hilly school run?' },
    { lang: 'en', text: 'Our cheapest subscription ever: £29 a month for students, servicing included.', account: 'brand' },
    { lang: 'en', text: 'Built tough and basically indestructible. Come and try one this weekend in Leeds.', account: 'brand' },
    { lang: 'en', text: "Weekend ride! 🚲🚲🔥🔥😍 Who's joining us on Saturday? 🙌🙌", account: 'brand' },
    { lang: 'en', text: 'Dear valued customers, please be advised that our Leeds shop will close at 4pm on Friday.', account: 'brand' },
    { lang: 'en', text: 'Hey guys, the spa is open late tonight, come and chill!', account: 'brand', profile: formal },
    { lang: 'en', text: 'Our garden suites are ready for the summer season 🌿', account: 'brand', profile: formal },
    { lang: 'fr', text: "J'ai testé le nouveau Cargo ce week-end et franchement je suis conquis.", account: 'brand' },
    { lang: 'fr', text: 'Je m’en occupe personnellement, je vous rappelle demain sans faute !', account: 'brand', parent: '@BrisaVelo toujours pas de nouvelles de ma réparation' },
    { lang: 'fr', text: 'Un vélo électrique pas cher ? Notre abonnement étudiant démarre à 29 € par mois.', account: 'brand' },
    { lang: 'fr', text: "Zéro entretien pendant deux ans avec l'abonnement, c'est promis.", account: 'brand' },
    { lang: 'fr', text: "C'est le printemps 🌸🌸🌼☀️☀️🚲 On sort les vélos !", account: 'brand' },
    { lang: 'fr', text: "Madame, Monsieur, nous avons l'honneur de vous annoncer l'ouverture de notre atelier de Lille.", account: 'brand' },
    { lang: 'fr', text: 'Coucou les copains ! Le spa reste ouvert ce soir jusqu’à 23 h.', account: 'brand', profile: formal },
    // Generalisation: slang in a formal voice, letter formulas in a friendly one, both languages.
    { lang: 'en', text: 'Lowkey obsessed with our new rooftop bar ngl, come hang tonight!', account: 'brand', profile: formal },
    { lang: 'fr', text: 'Nous tenons à vous informer que notre atelier de Nantes sera fermé le lundi 3 juin.', account: 'brand' },
    { lang: 'en', text: 'We would like to inform you that our Bristol workshop is moving to Temple Street next month.', account: 'brand' },
    { lang: 'fr', text: 'Le spa est trop stylé, venez kiffer ce week-end les amis !', account: 'brand', profile: formal },
  ],
  valid: [
    // Round 4: an exasperated "I" in a quarrel is practice 12's concern, not a persona slip.
    { lang: 'en', text: "Our frames are welded in Portugal. I'm not saying it again, please check the spec sheet.", account: 'brand', kind: 'reply', parent: '@BrisaBikes your bikes are made in a sweatshop, admit it' },
    { lang: 'fr', text: "Nos cadres sont soudés au Portugal, je l'ai déjà dit. Tout est sur la fiche technique.", account: 'brand', kind: 'reply', parent: '@BrisaVelo vos vélos sortent d’une usine douteuse' },
    // Round 3: notice wording inside a memo-like notice is practice 3's finding, not a second one here.
    { lang: 'en', text: 'Please be advised that a degradation of charging performance has been identified on a subset of docking stations and remediation activities are under way pursuant to the maintenance schedule.', account: 'brand', kind: 'reply', parent: 'the dock at the station is charging super slowly today' },
    // Round 2: a lone salutation before a plain answer is only a hint.
    { lang: 'fr', text: 'Madame, Monsieur, bonne nouvelle : votre vélo est prêt, passez le chercher quand vous voulez 🙂', account: 'brand', parent: 'Mon vélo est toujours à l’atelier de Nantes ?' },
    { lang: 'en', text: 'Dear customer, good news: your bike is ready, swing by whenever suits you.', account: 'brand', parent: 'Is my bike still at the Leeds workshop?' },
    { lang: 'en', text: 'We tested the new City 3 on the steepest hills in Sheffield this week, and we love it.', account: 'brand' },
    { lang: 'en', text: 'Rider of the month: "I sold my car and I don\'t miss it one bit", says Amira from Leeds. Shared with her permission 💚', account: 'brand' },
    { lang: 'en', text: 'Not cheap, but built to last: every Brisa comes with three years of servicing.', account: 'brand' },
    { lang: 'en', text: "I love my Brisa, cheapest commute I've ever had 😍😍😍😍😍", account: 'personal' },
    { lang: 'en', text: "I've just pulled the new batch of mugs out of the kiln and I'm really pleased with the glaze.", account: 'brand', profile: soloMaker },
    { lang: 'en', text: 'I think it is great and I will tell my friends.', account: 'brand', profile: null },
    { lang: 'en', text: 'New colours are in 🎨 Sage, rust and midnight blue: brisa.bike/colours 🚲', account: 'brand' },
    { lang: 'en', text: "Hi Sam, I'm sorry to hear that. Could you DM us your frame number?", account: 'brand', parent: 'My display shows E07 again' },
    { lang: 'en', text: "Hi Jo, I've checked your account and I can see the payment went through on Monday. ^Mia", account: 'brand', parent: '@BrisaBikes did my payment go through? I got an error' },
    { lang: 'fr', text: "Bonjour Léa, j'ai vérifié votre dossier et je vois que le vélo part demain. – Karim", account: 'brand', parent: '@BrisaVelo mon vélo est parti ?' },
    { lang: 'fr', text: 'On a testé le nouveau Cargo ce week-end : on est conquis 🚲', account: 'brand' },
    { lang: 'fr', text: '« Je ne reprendrai jamais la voiture » : merci Julie pour ce retour, partagé avec son accord !', account: 'brand' },
    { lang: 'fr', text: "Moins cher qu'un plein par semaine : l'abonnement à 39 € par mois, entretien compris.", account: 'brand' },
    { lang: 'fr', text: 'Je kiffe mon nouveau vélo 😍😍😍😍😍 et en plus il était pas cher', account: 'personal' },
    { lang: 'fr', text: 'Nous avons le plaisir de vous accueillir dans notre nouveau spa, ouvert tous les jours de 9 h à 21 h.', account: 'brand', profile: formal },
    { lang: 'en', text: 'Our rooftop bar opens this evening at 6pm. We look forward to welcoming you.', account: 'brand', profile: formal },
    { lang: 'fr', text: 'Notre atelier de Nantes déménage le mois prochain : même équipe, plus de place pour vos vélos.', account: 'brand' },
  ],
});
