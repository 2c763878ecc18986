import practice from '../../rules/practices/18-disclose-relationships';
import { ruleTester } from '../rule-tester';

ruleTester(practice, {
  invalid: [
    { lang: 'fr', text: 'Ravi de partager mon coup de cœur : Brisa, je recommande à 100 % pour mes trajets 🚲', account: 'personal' },

    // Round 2: plain praise ("been great", "rock solid", « zéro souci »), even with "not sponsored".
    { lang: 'en', text: 'If you need a commuter e-bike, my Brisa has been great for the school run 😊 (not sponsored lol)', account: 'personal' },
    { lang: 'en', text: 'Brisa has been rock solid for us, painless servicing too.', account: 'personal', parent: 'Which e-bike brand should I look at for a family of four?' },
    { lang: 'fr', text: 'Mon Brisa, zéro souci en deux ans de vélotaf 👌 foncez', account: 'personal' },
    // English: endorsement, code, gift, referral link from a personal account.
    { lang: 'en', text: "Honestly the best commute upgrade I've made this year. Brisa's City 2 is a dream on hills 🚲⛰️", account: 'personal' },
    { lang: 'en', text: 'Get 20% off your first Brisa month with my code TOMRIDES20 👉 worth every penny', account: 'personal' },
    { lang: 'en', text: 'Brisa kindly sent me their new Cargo to try for a month. Spoiler: the kids adore it 😍', account: 'personal' },
    { lang: 'en', text: "You won't regret it, go with Brisa. Repairs at your door, no fuss.", account: 'personal', parent: 'Thinking of an e-bike subscription, Brisa or Voltaro?' },
    { lang: 'en', text: 'Switched to Brisa last spring and never going back. Sign up here for a free month: brisa.bike/invite/kate88', account: 'personal' },
    { lang: 'en', text: 'Massive thanks to @BrisaBikes for gifting me the new Fold! Already did 100 km on it 🚲', account: 'personal' },
    { lang: 'en', text: 'Best pannier rack ever, grab one here: amzn.to/3xYbike', account: 'personal' },
    { lang: 'en', text: 'Use code: lea15 for 15% off your first box, thank me later 😉', account: 'personal', profile: null },
    // French.
    { lang: 'fr', text: 'Franchement, testez le vélo Brisa, vous ne le regretterez pas ! Le SAV est au top 👌', account: 'personal' },
    { lang: 'fr', text: '-15 % sur votre abonnement avec le code LUCIE15, c’est cadeau 🎁 #vélo', account: 'personal' },
    { lang: 'fr', text: "Merci @BrisaBikes pour ce magnifique vélo offert, je l'adore déjà 😍", account: 'personal' },
    { lang: 'fr', text: "Je conseille Brisa les yeux fermés, meilleur achat de l'année ✨", account: 'personal', parent: 'Des avis sur les vélos électriques en abonnement ?' },
    { lang: 'fr', text: 'Mon lien de parrainage Brisa pour avoir le premier mois offert : brisa.bike/r/julien-l 🚲', account: 'personal' },
    { lang: 'fr', text: 'Oui foncez, j’en ai un depuis six mois et c’est le jour et la nuit, je recommande à 100 %', account: 'personal', parent: 'Quelqu’un a déjà pris un abonnement Brisa ?' },
    // Generalisation: superlatives and comparisons for the brand from a personal account, with no disclosure.
    { lang: 'en', text: "Three winters on a Brisa and it's never let me down. Nothing else comes close for the commute.", account: 'personal' },
    { lang: 'en', text: 'Honestly, Brisa is the most reliable e-bike I have owned, not even close 🚲', account: 'personal', parent: 'Which e-bike should I buy?' },
    { lang: 'fr', text: "Franchement entre Brisa et Voltaro c'est le jour et la nuit. Prenez Brisa, vous verrez 😉", account: 'personal' },
    { lang: 'fr', text: "Prends un Brisa, c'est ce qu'il y a de plus fiable pour le vélotaf.", account: 'personal', parent: 'Vous me conseillez quoi comme vélo électrique ?' },
  ],
  valid: [
    { lang: 'fr', text: 'Commerciale chez Brisa ici 👋 oui le casque est inclus, je vous le confirme, il est top !', account: 'personal' },
    // Round 2: the job is stated in the parent or the draft; egging on in a reply is not praise.
    { lang: 'fr', text: "Franchement top, l'équipe est géniale !", account: 'personal', parent: 'Alors, cette première semaine chez Brisa ?' },
    { lang: 'fr', text: "vas-y relance-les, au pire tu n'as rien à perdre", account: 'personal', parent: 'Brisa a encore raté ma livraison, je relance ou pas ?' },
    { lang: 'en', text: "I'm on the support team at Brisa: the new app update is great, go try it", account: 'personal' },
    // English: disclosed, the brand's own account, no endorsement.
    { lang: 'en', text: "I work at Brisa, so I'm biased, but the new City 2 rack is brilliant for grocery runs.", account: 'personal' },
    { lang: 'en', text: "#ad Brisa lent me a Cargo for a month. Here's my honest review after 400 km 👇", account: 'personal' },
    { lang: 'en', text: 'Spent the morning fixing my old road bike. Nothing beats a clean chain 😌', account: 'personal' },
    { lang: 'en', text: 'Use code SPRING20 for 20% off your first month with Brisa! Offer ends Sunday 🌸' },
    { lang: 'en', text: "Brisa's new app update broke my route history. Anyone else?", account: 'personal' },
    { lang: 'en', text: 'First week at Brisa done! Loving the team and the free coffee ☕', account: 'personal' },
    { lang: 'en', text: 'Best of luck to the Brisa riders doing the London to Brighton this weekend!', account: 'personal' },
    { lang: 'en', text: 'Loving this bike so much, best purchase of the year 🚲', account: 'personal', profile: null },
    // French.
    { lang: 'fr', text: 'Je bosse chez Brisa, donc pas objectif, mais le nouveau cadenas connecté est top.', account: 'personal' },
    { lang: 'fr', text: 'Super sortie vélo ce dimanche avec les copains, 60 km et un soleil magnifique ☀️', account: 'personal' },
    { lang: 'fr', text: "#sponsorisé Brisa m'a prêté un vélo cargo pour l'été, voici mon avis honnête après 2 mois.", account: 'personal' },
    { lang: 'fr', text: 'Testez nos vélos gratuitement ce samedi à la boutique de Nantes, vous verrez la différence !' },
    { lang: 'en', text: "I work on Brisa's battery team, so I'm biased, but the new pack really is the most reliable we've made.", account: 'personal' },
    { lang: 'fr', text: 'Le vélo le plus fiable de notre gamme ? Le City 2, sans hésiter : 3 ans de garantie batterie.', account: 'brand' },
    { lang: 'fr', text: "Heureuse de rejoindre l'équipe commerciale de Brisa à Lyon ! Vivement les premières balades avec vous 🚲", account: 'personal' },
    { lang: 'en', text: 'Thrilled to join the Brisa family as a workshop mechanic, best first week ever 🔧', account: 'personal' },
  ],
});
