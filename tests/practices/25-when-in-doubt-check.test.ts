import practice from '../../rules/practices/25-when-in-doubt-check';
import { ruleTester } from '../rule-tester';

ruleTester(practice, {
  invalid: [
    { lang: 'fr', text: "À ce qu'on raconte, l'appli de covoiturage refile toutes vos données de localisation à des pubs. Faites tourner !", account: 'personal' },
    { lang: 'en', text: 'Word on the street: millions of CloudCo accounts hacked this week 😬', account: 'personal' },

    { lang: 'en', text: 'Apparently Dropbox reads your private folders to train their AI. Time to move, folks.', account: 'personal' },
    // Round 2: the average person, growth rates, rumours "going round", guesses about the cause.
    { lang: 'en', text: 'The average commuter loses 9 days a year stuck in traffic. Ride instead!' },
    { lang: 'fr', text: 'Les vols de vélos ont augmenté de 300 % cette année 😱 Protégez le vôtre.' },
    { lang: 'en', text: "probably a cyberattack on Voltaro's servers, that's what's going round on Reddit", account: 'personal' },
    { lang: 'fr', text: 'Sûrement à cause des hackers, le site de Voltaro est en panne depuis ce matin', account: 'personal' },
    // English: vague research, unsourced statistics.
    { lang: 'en', text: 'Research shows cyclists are 40% happier than drivers. Time to switch? 🚲' },
    { lang: 'en', text: "Did you know 3 in 4 commuters would cycle if they had a safe route? Let's make it happen." },
    { lang: 'en', text: 'Experts estimate that most car journeys in cities could be done by bike. We agree!' },
    { lang: 'en', text: '9 out of 10 mechanics agree: a clean chain doubles its life 🔧' },
    // English: rumours.
    { lang: 'en', text: 'Apparently Voltaro is about to be bought by a Chinese giant. Anyone else heard this?', account: 'personal' },
    { lang: 'en', text: 'Word on the street is the council is banning e-bikes from parks next year. Share before it is too late!', account: 'personal' },
    { lang: 'en', text: 'Yep, true, my neighbour works at the depot. Starts in May.', account: 'personal', parent: 'is it true they are closing the bike lanes on Mill Road?' },
    // French.
    { lang: 'fr', text: "Des études ont montré qu'un cycliste vit 3 ans de plus. Alors, on pédale ? 🚲" },
    { lang: 'fr', text: 'Il paraît que CycloNova va fermer ses magasins en France. Quelqu’un confirme ?', account: 'personal' },
    { lang: 'fr', text: '60 % des Français utilisent leur voiture pour des trajets de moins de 3 km. À vélo, c’est 10 minutes !' },
    { lang: 'fr', text: "D'après ce que j'ai entendu, la prime vélo va disparaître en janvier. Dépêchez-vous !", account: 'personal' },
    { lang: 'fr', text: 'Selon une étude, 8 cyclistes sur 10 se sentent plus détendus en arrivant au travail 😌' },
    // Generalisation: scare statistics linked only to the brand's shop page, scare rates, hearsay from a friend.
    { lang: 'en', text: '70% of commuters who try an e-bike never go back to the car. Book your test ride: brisa.bike/test-ride' },
    { lang: 'en', text: 'A mate who works there says they got hit by ransomware and lost all the rental data lol', account: 'personal', parent: 'Why is the Voltaro app down?' },
    { lang: 'fr', text: 'Toutes les 30 secondes, un vélo est volé en France. Protégez le vôtre : brisa.bike/antivol' },
    { lang: 'fr', text: "D'après une copine qui bosse chez Voltaro, ils vont licencier la moitié de l'équipe en mars 👀", account: 'personal' },
  ],
  valid: [
    // Round 2: office chatter, waiting for confirmation, an insider's own incident.
    { lang: 'en', text: "Rumour has it there's pizza in the break room 🍕", account: 'personal' },
    { lang: 'fr', text: "Je ne sais pas si la rumeur sur Voltaro est vraie, j'attends leur communiqué avant d'en parler.", account: 'personal' },
    { lang: 'en', text: "I'm on the platform team: yes we had an outage last night, your rides were saved so you're probably fine.", account: 'personal', parent: 'Is it true the Brisa app went down?' },
    // English: sourced figures, denials, product specs, hearing the customer.
    { lang: 'en', text: "According to the ONS, 4% of UK commuters cycled to work in 2023 (ons.gov.uk). Let's push that number up!" },
    { lang: 'en', text: "Rumours that we're closing our Leeds shop are false: we're moving two streets down, same team 🙂" },
    { lang: 'en', text: 'We heard you: dark mode is finally here in the Brisa app 🌙' },
    { lang: 'en', text: 'Your battery lasts longer if you charge it to 80% rather than 100%. Small habit, big difference 🔋' },
    { lang: 'en', text: "It's true, we've paused deliveries in Scotland this week because of the storm. Stay safe, everyone.", parent: "Is it true you've stopped deliveries in Scotland?" },
    // French.
    { lang: 'fr', text: "Selon l'ADEME (2022), 60 % des trajets domicile-travail de moins de 5 km se font en voiture. Source : ademe.fr" },
    { lang: 'fr', text: '-20 % sur tous les accessoires ce week-end seulement ! 🎉' },
    { lang: 'fr', text: "On m'a dit que vous faisiez des ateliers de réparation le samedi, c'est toujours d'actualité ?", account: 'personal' },
    { lang: 'fr', text: "Il paraît que c'est la journée mondiale du vélo aujourd'hui 🚲 Alors on roule !" },
    { lang: 'en', text: 'Our 2025 Rider Barometer: 41% of the 2,300 riders we surveyed ride more than 3 times a week. Full study: brisa.bike/barometer-2025' },
    { lang: 'en', text: 'Heard from a friend that the new bakery on Mill Road does amazing croissants 🥐', account: 'personal' },
    { lang: 'fr', text: 'Toutes les 24 heures, votre Brisa vérifie l’état de sa batterie automatiquement 🔋' },
    { lang: 'fr', text: 'Navette gratuite entre la gare et le salon toutes les 10 minutes samedi 🚐', account: 'brand' },
    { lang: 'en', text: 'The app backs up your ride logs every 15 minutes, even offline.', account: 'brand' },
  ],
});
