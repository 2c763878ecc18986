import practice from '../../rules/practices/09-honest-value';
import { ruleTester } from '../rule-tester';

ruleTester(practice, {
  invalid: [
    { lang: 'en', text: 'Our new tyres are 100% puncture-proof. You will never get a flat again.' },
    { lang: 'en', text: 'The fastest e-bike on the market, hands down. Nothing else comes close.' },
    { lang: 'en', text: "Zero downtime, zero bugs, zero worries. That's our promise to you." },
    { lang: 'en', text: "It's not a price increase, it's an investment in your riding experience. From June the plan is £5 more a month." },
    { lang: 'en', text: 'Guaranteed to never let you down, in any weather, on any hill.' },
    {
      lang: 'en',
      text: "Yes, every single rider saves money with us, no exceptions. We're simply the best in the UK, full stop.",
      parent: 'Is the subscription really cheaper than owning a bike?',
      kind: 'reply',
    },
    { lang: 'fr', text: "Avec notre antivol connecté, votre vélo est 100 % à l'abri du vol. Garanti." },
    { lang: 'fr', text: 'Le meilleur vélo électrique du monde, tout simplement.' },
    { lang: 'fr', text: 'Nos batteries ne vous lâcheront jamais, même par -10 °C.' },
    { lang: 'fr', text: "Ce n'est pas une hausse de prix, c'est un investissement dans votre confort." },
    { lang: 'fr', text: 'Zéro panne, zéro souci : le vélo parfait existe, et c’est le nôtre.' },
    { lang: 'fr', text: 'Oui, 100 km garantis en toutes saisons, même en côte et en plein hiver !', parent: 'La batterie tient vraiment 100 km ?', kind: 'reply' },
    { lang: 'en', text: 'Our motors never break down. Ride it for a decade and see.' },
    { lang: 'en', text: 'Upgrading to the City 3 is the best decision you will ever make 🚲' },
    { lang: 'fr', text: 'Nos batteries ne tombent jamais en panne, même par -10 °C.' },
    { lang: 'fr', text: 'Résultats garantis sur tous les trajets : 100 % de nos clients gagnent 20 minutes par jour.' },
  ],
  valid: [
    { lang: 'en', text: 'Honest update: in winter tests our Urban battery averaged 68 km, down from 90 in summer. Cold cuts range.' },
    { lang: 'en', text: 'No e-bike is 100% theft-proof, so always use two locks and register your frame number.' },
    { lang: 'en', text: 'Our best-selling model this year is the City 2: light, simple, and serviced for free.' },
    { lang: 'en', text: 'Ride in any weather with our new mudguards, now in three sizes.' },
    { lang: 'en', text: 'Best ride of the year this morning with the Bristol crew 🚲', account: 'personal' },
    { lang: 'fr', text: 'Garantie 3 ans sur le cadre, 2 ans sur la batterie : toutes les conditions sont ici brisa.fr/garantie' },
    { lang: 'fr', text: 'On ne vous dira jamais que nos vélos sont « 100 % fiables » : aucun vélo ne l’est. Par contre, on les répare vite.' },
    { lang: 'fr', text: 'Le meilleur moment de la journée ? La balade du soir 🌅' },
    { lang: 'fr', text: 'Hébergement 100 % français, données chiffrées, et un support qui répond en moins de 2 h.' },
    { lang: 'en', text: 'Never leave the battery on the charger for days: it will wear out faster.' },
    { lang: 'fr', text: 'En six ans, nos cadres n’ont jamais cassé en usage normal : voici nos tests de fatigue 👇' },
  ],
});
