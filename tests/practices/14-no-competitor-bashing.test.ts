import practice from '../../rules/practices/14-no-competitor-bashing';
import { ruleTester } from '../rule-tester';

ruleTester(practice, {
  invalid: [
    // Round 3: families from fresh drafts, own wording.
    {"lang": "en", "text": "Cheaper, sure. Also less reliable, less safe and far less honest about range 😉", "parent": "Voltaro is cheaper than you though"},
    {"lang": "fr", "text": "CycloNova ? Un SAV géré par des stagiaires, bon courage pour une réparation.", "parent": "CycloNova ou Brisa pour un vélo cargo ?"},
    {"lang": "en", "text": "Voltaro support is staffed by interns and a chatbot, just so you know.", "parent": "Voltaro or Brisa?"},
    // Round 2.
    { lang: 'en', text: "Voltaro bikes? Held together with tape and hope 😂 Come ride a real one.", parent: "thinking of Voltaro or Brisa" },
    { lang: 'fr', text: "CycloNova ? Des vélos en carton vendus au prix de l'or 🙃", parent: "CycloNova ou Brisa, vous conseillez quoi ?" },
    // English: the competitor named.
    { lang: 'en', text: 'Voltaro? Only if you enjoy waiting three weeks for a repair 😂', parent: 'Should I get a Voltaro or a Brisa?' },
    { lang: 'en', text: 'Just tested a CycloNova at the trade show. Flimsy frame, cheap plastic everywhere. Glad I work where I work.', account: 'personal' },
    { lang: 'en', text: "Voltaro's so-called 'premium' support is a chatbot. Ours picks up the phone." },
    { lang: 'en', text: 'Friendly reminder that CycloNova riders still wait a month for spare parts. Just saying.' },
    // English: "they" standing for the competitor the parent named.
    { lang: 'en', text: 'Ha, classic. They can’t even keep an app running, imagine trusting them with your bike 🙄', parent: "Heard CycloNova's app was down all weekend" },
    { lang: 'en', text: 'Honestly? Their batteries are a fire hazard. Go with us.', parent: '@BrisaBikes is Voltaro any good for a daily commute?' },
    // French.
    { lang: 'fr', text: "Encore un client Voltaro qui débarque à l'atelier avec une batterie morte 🙄 Ça devient une habitude.", account: 'personal' },
    { lang: 'fr', text: 'CycloNova ? Franchement, leurs vélos c’est de la camelote, fuyez.', parent: 'CycloNova ou Brisa pour aller au boulot ?' },
    { lang: 'fr', text: "Les mecs de chez Voltaro sont incapables de souder un cadre droit, c'est du grand n'importe quoi.", account: 'personal' },
    { lang: 'fr', text: "Oui, et ce n'est pas la première fois 😬 Peut-être qu'ils devraient embaucher de vrais ingénieurs.", parent: 'Voltaro a encore eu une panne géante ce week-end ?' },
    { lang: 'fr', text: 'Petit rappel : chez CycloNova, la « garantie 5 ans » exclut la batterie. Chez nous, non 😉' },
    // More drafts, written while widening the phrase families.
    { lang: 'en', text: "Some brands think a 2-year warranty is generous 🙄 Looking at you, Voltaro. Ours is 5." },
    { lang: 'fr', text: "Chez Voltaro, ils appellent ça un « service premium ». Chez nous, on appelle ça le minimum 😏" },
    { lang: 'en', text: "Spare a thought for CycloNova riders this winter: their batteries die the moment it hits 5°C 🥶" },
    { lang: 'fr', text: "Voltaro ? Bonne chance pour trouver un atelier qui répare leurs vélos 😏", parent: "Voltaro ou vous ?" },
    { lang: 'en', text: "Voltaro: great if you like spending weekends at the repair shop 🔧😂" },
    { lang: 'en', text: "Let's just say we fix a LOT of CycloNovas in our workshops 👀", parent: "Is CycloNova reliable?" },
    { lang: 'fr', text: "Testé un Voltaro ce week-end. Freins mous, écran illisible, batterie à plat en 30 km. Je reste chez Brisa 😌", account: 'personal' },
    { lang: 'fr', text: "Ah, ils ont enfin corrigé les soucis de batterie du précédent ? 😬", parent: "CycloNova vient de sortir un nouveau modèle" },
    { lang: 'en', text: "Nice! Shame their bikes spend more time in the workshop than on the road 😅", parent: "CycloNova has a sale on this week" },
    { lang: 'fr', text: "Chez certains concurrents (on ne citera pas Voltaro 😇), le SAV, c'est trois semaines d'attente. Chez nous, 48 h." },
    { lang: 'en', text: "Rode a Voltaro for a week. Never again. Brakes like wet cardboard.", account: 'personal' },
    // Families added while generalising (own wording).
    { lang: 'en', text: "Stuck on Voltaro? We'll rescue your commute and you'll never look back 🛟" },
    { lang: 'en', text: "Former CycloNova mechanic here. Trust me, you don't want to know how they build those frames 😬", account: 'personal', parent: "Is CycloNova reliable?" },
    { lang: 'fr', text: "Libérez-vous de CycloNova : on reprend votre ancien vélo, et adieu les galères 👋" },
    { lang: 'fr', text: "Encore une panne chez Voltaro ? Étonnant 🙃" },
  ],
  valid: [
    // Round 3: trigger words of the added families, used harmlessly.
    {"lang": "fr", "text": "CycloNova est un peu moins cher, nous avons une garantie plus longue : à vous de voir ce qui compte le plus 🙂", "parent": "CycloNova est moins cher que vous"},
    // Round 2: declining to judge, granting them their strengths.
    { lang: 'fr', text: "On préfère ne pas juger : CycloNova a ses atouts. Chez nous, la différence c'est le moteur pédalier et la garantie 3 ans.", parent: "CycloNova c'est nul non ?" },
    // English: fair comparisons, praise, no comment.
    { lang: 'en', text: 'Honestly both are good! Voltaro has a lighter frame, we include servicing. Happy to arrange a test ride.', parent: 'Voltaro vs Brisa for a 10km commute?' },
    { lang: 'en', text: 'Congrats to CycloNova on their new Leeds store. More bike shops means more people riding 🚲' },
    { lang: 'en', text: "We don't comment on other companies. If you need help with your Brisa, we're here!", parent: 'Is Voltaro going bankrupt? Their app has been down for days' },
    { lang: 'en', text: 'Yes, we repair all brands, Voltaro included! Book a slot here: brisa.bike/repair', parent: 'My Voltaro battery died, can you fix it?' },
    { lang: 'en', text: 'Sorry to hear that! Their support team should be able to help, they’re usually quick.', parent: "CycloNova's app crashed again and I can't unlock my bike" },
    { lang: 'en', text: 'Our app had a terrible week, we know. Fixes are rolling out tonight.', profile: null },
    // French.
    { lang: 'fr', text: 'Bravo à Voltaro pour leur nouveau modèle cargo, belle nouveauté pour les familles !' },
    { lang: 'fr', text: "Un peu, oui : CycloNova est à 35 €/mois, nous à 39 €, mais l'entretien à domicile est inclus chez nous.", parent: 'Vous êtes plus chers que CycloNova ?' },
    { lang: 'fr', text: 'On ne commente pas les autres marques 🙂 Par contre on peut vous proposer un essai gratuit !', parent: "Voltaro c'est nul non ?" },
    { lang: 'fr', text: 'Les deux se valent : Voltaro a une meilleure autonomie, nous un réseau d’ateliers plus dense. À vous de voir !', parent: 'Voltaro ou Brisa, vous conseillez quoi ?' },
    // Everyday drafts with the trigger words of every practice around.
    { lang: 'en', text: "Last year I burned out badly. I took three months off, saw a therapist, and came back to a team that had my back. If you're struggling, please talk to someone.", account: 'personal' },
    { lang: 'fr', text: "Après mon burn-out l'an dernier, je reprends enfin le vélo pour aller au travail. Petite victoire 🚲", account: 'personal' },
    { lang: 'en', text: "Ha, we do own a unicycle, but that's about it 🤡 What happened? Happy to help.", parent: "you guys are clowns" },
    { lang: 'en', text: "Switching from Voltaro? Bring your old bike in and we'll take £200 off a new one." },
    { lang: 'fr', text: "Voltaro et nous, on n'a pas les mêmes choix : eux misent sur la vitesse, nous sur l'autonomie." },
  ],
});
