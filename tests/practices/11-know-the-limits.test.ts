import practice from '../../rules/practices/11-know-the-limits';
import { ruleTester } from '../rule-tester';

ruleTester(practice, {
  invalid: [
    { lang: 'en', text: "Can't say much about the layoffs yet, but the Leeds team will be fine 😉" },
    { lang: 'en', text: "Yes, we're being sued by a former supplier. It's baseless and we'll win." },
    { lang: 'en', text: "Take 400mg of ibuprofen before each ride and you'll be fine!", parent: 'My wrist hurts after long rides, what should I do?', severity: 'risk' },
    { lang: 'en', text: "That's illegal, he has no right. Just stop paying rent until he backs down.", parent: "My landlord says I can't keep my e-bike in the hallway, is that legal?" },
    { lang: 'en', text: 'Funding round closed? Our lips are sealed… but the champagne is already open 🍾' },
    { lang: 'en', text: "Totally normal at first, keep riding and it'll pass!", parent: 'My knees ache after my commute, should I stop riding?' },
    { lang: 'en', account: 'personal', text: 'Grim day at work, the layoffs hit the Bristol workshop hardest.' },
    { lang: 'fr', text: 'Le rachat par un grand groupe ? Disons que de belles choses arrivent 😉' },
    { lang: 'fr', text: 'Prenez un Doliprane avant de partir et continuez à rouler, ça passera !', parent: "J'ai mal aux genoux après mes trajets, un conseil ?" },
    { lang: 'fr', text: "Non, c'est illégal ! Envoyez-lui une mise en demeure dès demain.", parent: 'Mon patron refuse de me rembourser mon abonnement vélo, il a le droit ?' },
    { lang: 'fr', account: 'personal', text: 'Ambiance lourde au boulot, le plan social sera annoncé lundi…' },
    { lang: 'fr', text: 'Oui, foncez sur le bitcoin, ça va grimper cette année !', parent: 'Je devrais placer mon épargne en crypto ?' },
    { lang: 'en', text: "Live from the break room, where half of us are getting fired this afternoon 🙃" },
    { lang: 'en', text: "Yes, you can hold back the last month's rent, just tell him in writing.", parent: "Off topic, but my landlord won't return my deposit. Can I stop paying rent?" },
    { lang: 'fr', text: 'Disons que Lyon n’est pas le site le plus menacé 😏', parent: 'C’est vrai que vous allez licencier à Lyon ?' },
    { lang: 'fr', text: 'Oui vous pouvez, retenez le dernier loyer et prévenez-le par écrit.', parent: 'Hors sujet mais mon proprio garde ma caution, je peux arrêter de payer le loyer ?' },
  ],
  valid: [
    { lang: 'en', text: "Sorry to hear that! We can't give medical advice, so please check with your GP. A free bike fit at any shop can help with posture.", parent: 'My back aches after rides, any tips?' },
    { lang: 'en', text: "We don't comment on rumours, sorry. Anything about your bike, we're here!", parent: 'Are the layoff rumours true?' },
    { lang: 'en', text: 'Take your bike in for a free brake check this week: brisa.bike/check' },
    { lang: 'en', text: 'Our Cargo carries two kids and the shopping. Acquisition cost? Less than a year of fuel.' },
    { lang: 'en', text: 'Yes, we accept payment by bank transfer or card.', parent: 'Can I pay with my savings account card?' },
    { lang: 'fr', text: "Offre de rachat de votre ancien vélo : jusqu'à 300 € de reprise sur un Brisa neuf !" },
    { lang: 'fr', text: 'Félicitations ! Pour ça, seul votre médecin ou votre sage-femme peut vous répondre. On peut par contre régler le vélo pour plus de confort.', parent: 'Je suis enceinte, je peux continuer le vélo électrique ?' },
    { lang: 'fr', text: 'On ne commente pas les rumeurs 🙂 Une question sur votre vélo ? On est là.', parent: "c'est vrai ce rachat ?" },
    { lang: 'en', text: 'Our workshop team is fired up for the spring rush 🔧' },
    { lang: 'fr', text: 'Oui vous pouvez ! Le vélo se range dans le local commun s’il passe par la porte : il se plie en 20 secondes.', parent: 'Mon proprio accepte les vélos dans le local, je peux y laisser le Brisa pliant ?' },
  ],
});
