import practice from '../../rules/practices/13-stay-on-message';
import { ruleTester } from '../rule-tester';
import { testProfile } from '../fixtures/profile';

const bakery = {
  ...testProfile,
  brand: 'Fournil Doré',
  aliases: ['Le Fournil Doré'],
  topics: ['pain', 'boulangerie', 'viennoiserie', 'croissant', 'pâtisserie', 'baguette', 'boutique'],
};

ruleTester(practice, {
  invalid: [
    // Round 3: congratulating a club on its trophy.
    { lang: 'en', text: 'Huge congrats to the Leeds Rhinos on the title! What a night 🏉🏆' },
    { lang: 'fr', text: 'Bravo au RC Lens pour ce titre, quelle saison 🔥⚽' },
    { lang: 'en', text: 'They only went and lifted the trophy 😭 back-to-back champions!' },
    // Round 2: sport results, office pets, TV chatter, bare weather, brand name as a signature only.
    { lang: 'fr', text: "L'OL EN FINALE !!! Allez Lyon 🦁" },
    { lang: 'en', text: "Our office dog Pepper is 5 today 🎂 That's the post." },
    { lang: 'fr', text: "Qui a regardé la finale de Danse avec les stars hier soir ? On a hurlé devant la télé 📺" },
    { lang: 'en', text: "It's raining. Again. ☔" },
    { lang: 'fr', text: "Ce vendredi, l'équipe Brisa vous partage sa playlist : de la soul, du funk et un peu de rap 🎶" },
    { lang: 'en', text: "Who's watching the Champions League final tonight? ⚽ Drop your score predictions!" },
    { lang: 'en', text: "Happy National Pizza Day! 🍕 What's your go-to topping?" },
    { lang: 'en', text: 'Hot take: cereal is a soup. Fight us.' },
    { lang: 'en', text: 'Happy International Dog Day! Show us your furry friends in the comments 🐶' },
    { lang: 'en', text: "Monday mood: the coffee machine is broken and so are we ☕ Who's with us?", site: 'linkedin' },
    { lang: 'fr', text: 'Allez les Bleus ! Qui regarde le match ce soir ? ⚽' },
    { lang: 'fr', text: 'Raclette ou fondue ce week-end ? Dites-nous tout 🧀' },
    { lang: 'fr', text: 'Bonne fête à toutes les Sophie ! 🌸' },
    { lang: 'fr', text: 'Quelle série vous a le plus marqués cette année ? On veut vos recos 🎬' },
    { lang: 'fr', text: 'Journée mondiale du chocolat 🍫 Noir, lait ou blanc ?' },
    // Generalisation: recipes, this-or-that leisure polls, trivia, TV and sport small talk in new words.
    { lang: 'en', text: 'Nothing beats homemade chicken soup on a rainy Sunday 🍲 Simmer for an hour with carrots and thyme. You\'re welcome!' },
    { lang: 'fr', text: 'Notre recette de gratin pour ce week-end : préchauffez le four à 180 °C, 1 h de cuisson, et régalez-vous 😋' },
    { lang: 'en', text: 'Quick poll for the weekend: beach or mountains? 🏖️🏔️' },
    { lang: 'fr', text: 'Sondage du lundi : vous êtes plutôt mer ou montagne pour les vacances ? ☀️' },
    { lang: 'fr', text: 'Anecdote du jour : les flamants roses doivent leur couleur à ce qu’ils mangent 🦩 Bon week-end !' },
    { lang: 'en', text: 'Tonight is the big game 🏈 Who are you cheering for? Wrong answers only.' },
  ],
  valid: [
    { lang: 'en', text: 'Congrats to Priya from our Leeds workshop on the promotion: she now runs e-bike servicing for the whole north.' },
    // Round 2: the same hooks tied back to the business.
    { lang: 'en', text: "It's raining again ☔ Mudguards are 20% off in all our shops this week." },
    { lang: 'fr', text: "L'équipe Brisa vous partage sa playlist pour les trajets à vélo : casque audio léger, un seul écouteur, et on garde l'oreille sur la route 🎶" },
    { lang: 'en', text: 'Champions League final tonight? Ride to the pub: every Brisa comes with lights and a D-lock.' },
    { lang: 'en', text: 'Happy National Cycle to Work Day! Our shops are doing free safety checks all week.' },
    { lang: 'en', text: "Who's watching the match tonight? ⚽", account: 'personal' },
    { lang: 'en', text: 'Monday motivation: our Leeds workshop opens at 8am, so you can drop your bike off before work.' },
    { lang: 'en', text: 'Hot take: pineapple belongs on pizza. Fight us 🍍', profile: null },
    { lang: 'fr', text: 'Le Tour de France passe à Lyon demain : nos ateliers restent ouverts et on prête des antivols aux spectateurs venus à vélo !' },
    { lang: 'fr', text: 'Pain au chocolat ou chocolatine ? Dans nos boutiques, on dit les deux 🥐', profile: bakery },
    { lang: 'fr', text: 'Bonne fête des pères ! -15 % sur les casques jusqu’à dimanche en boutique.' },
    { lang: 'fr', text: 'Le Tour de France passe à Lyon demain ! 🚴 Qui sera au bord de la route ?' },
    { lang: 'fr', text: 'Allez les Bleus ! 🇫🇷', kind: 'reply', parent: 'Qui regarde le match ce soir ?' },
    { lang: 'en', text: "Happy Mother's Day 💐 Tip: in the app, tap Share › Invite to send her your ride log from your first outing together." },
    { lang: 'fr', text: 'Plage ou montagne cet été ? Nos vélos pliants voyagent dans le coffre, et on vous prête un porte-vélo pour les vacances.' },
    { lang: 'en', text: 'Monday again 😩 Our Leeds workshop opens at 8am, so drop your bike off on the way in.' },
  ],
});
