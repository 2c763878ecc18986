import practice from '../../rules/practices/08-brand-account-not-personal';
import { ruleTester } from '../rule-tester';

ruleTester(practice, {
  invalid: [
    { lang: 'en', text: 'Honestly, anyone still defending this government after the rail chaos should be ashamed. Vote them out.' },
    { lang: 'en', text: 'Merry Christmas from the whole team! And remember: Jesus is the reason for the season ✝️' },
    { lang: 'en', text: "We're against the new immigration bill and we don't care who knows it." },
    { lang: 'en', text: 'Unpopular opinion: Trump was right about tariffs. Fight me 👇' },
    { lang: 'en', text: 'Off topic but: the death penalty should be brought back, end of.' },
    { lang: 'en', text: 'Not product-related, but we have to say it: the Tories have wrecked this country.', site: 'linkedin' },
    { lang: 'fr', text: 'Franchement, ce gouvernement est une honte. Vivement les prochaines élections !' },
    { lang: 'fr', text: 'Chez nous on est contre la corrida, et on le dit haut et fort 🐂' },
    { lang: 'fr', text: "Allez voter dimanche, et surtout pas pour l'extrême droite ! 🗳️" },
    { lang: 'fr', text: 'Nous soutenons la grève des cheminots jusqu’au bout ✊' },
    { lang: 'fr', text: 'Joyeuses Pâques à tous ! Christ est ressuscité, alléluia 🙏' },
    { lang: 'fr', text: 'Le véganisme, c’est une secte. Bon appétit quand même 🥩', site: 'facebook' },
    { lang: 'en', text: "I swear nobody in this city knows how to ride a roundabout, it's a f*cking circus out there" },
    { lang: 'en', text: 'Only God can give you true peace this Christmas. Merry Christmas from all of us ✝️' },
    { lang: 'en', text: "Watching the #ElectionNight coverage and honestly that candidate's speech was hilarious lol" },
    { lang: 'fr', text: 'Sans Dieu, rien ne roule vraiment. Bon dimanche à tous 🙏' },
    { lang: 'fr', text: 'Perso je trouve que les gens d’ici sont des idiots au volant, putain de bouchons' },
    { lang: 'fr', text: 'Ceux qui votent encore pour ce parti, réveillez-vous 🙄' },
  ],
  valid: [
    { lang: 'en', text: 'Polling stations are open until 10pm today. Our shops close at 6pm so the whole team can go and vote.' },
    { lang: 'en', text: 'Vote for us in the Urban Cycling Awards! Link in bio 🏆' },
    { lang: 'en', text: "Honestly, this government's budget is a disgrace.", account: 'personal' },
    { lang: 'en', text: 'Happy Easter to everyone celebrating! Our workshops reopen on Tuesday 🐣' },
    { lang: 'en', text: "We support the government's plan for 500 km of new protected bike lanes 🚲" },
    { lang: 'fr', text: 'En raison de la grève SNCF de jeudi, les livraisons auront un jour de retard. Merci de votre patience !' },
    { lang: 'fr', text: 'On salue la décision du ministre d’étendre le bonus vélo électrique à tous les salariés 👏' },
    { lang: 'fr', text: 'Votez pour nous aux Trophées du vélo urbain ! Le lien est dans la bio 🏆' },
    { lang: 'fr', text: 'Perso je trouve la réforme des retraites injuste, et je manifesterai jeudi.', account: 'personal' },
    { lang: 'en', text: 'Oh my God, the sunrise on the canal path this morning 😍 Thank God for early commutes.' },
    { lang: 'fr', text: 'Dieu merci, le soleil revient ce week-end : parfait pour une première sortie en vélo !' },
    { lang: 'fr', text: 'Ce parti pris du cadre bas, on l’assume : plus facile à enjamber pour tout le monde.' },
  ],
});
