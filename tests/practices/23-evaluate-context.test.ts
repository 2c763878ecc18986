import practice from '../../rules/practices/23-evaluate-context';
import { ruleTester } from '../rule-tester';

ruleTester(practice, {
  invalid: [
    // Round 3: families from fresh drafts, own wording.
    {"lang": "en", "text": "Terrible news about the fatal crash on the ring road last night. To lift your spirits: win a year of free servicing, just like this post!"},
    {"lang": "fr", "text": "Sérieux ?? On y passe NOS SOIRÉES sur votre réparation et c'est tout ce que vous trouvez à dire ?!", "parent": "Trois semaines sans vélo, je vais perdre mon boulot à cause de vous"},
    // Round 2: shouting at someone upset, tragedies turned into a pitch.
    { lang: 'en', text: "WE ALREADY REFUNDED YOU!!! The delay was the courier, not us!!", parent: "Six weeks without my bike and nobody answers. Unacceptable." },
    { lang: 'fr', text: "ON VOUS A DÉJÀ RÉPONDU TROIS FOIS !!! Regardez vos mails !!!", parent: "Un mois que j'attends mon vélo, c'est un scandale" },
    { lang: 'en', text: "Shocking news about the stampede at the festival 😔 Turn that energy into miles! Shop open till 10 tonight", },
    { lang: 'fr', text: "La cathédrale brûle… heureusement que nos vélos, eux, sont à l'abri 😅" },
    // English: selling or joking next to a tragedy or someone's hardship.
    {
      lang: 'en',
      text: "So sorry for your loss. While you're here, check out the new Cargo: 15% off this week!",
      parent: 'My brother was killed cycling to work last week. His Brisa subscription is still charging me.',
      severity: 'risk',
    },
    { lang: 'en', text: 'Hurricane warning for the weekend 🌀 Stock up on rides: our flash sale ends Sunday!', severity: 'risk' },
    { lang: 'en', text: 'Thoughts with the 3 riders who died in yesterday’s pile-up. Ride safe, and use code SAFE10 for 10% off helmets.' },
    { lang: 'en', text: 'Ouch! Good news: our insurance add-on is only £4 per month, sign up now!', parent: "Got knocked off my bike this morning, I'm in A&E with a broken wrist" },
    // English: heated replies.
    { lang: 'en', text: 'WE ANSWERED YOU THREE TIMES ALREADY!!! What more do you want?! 😡', parent: 'Your customer service is a joke' },
    { lang: 'en', text: "Oh PLEASE. You have NO IDEA what you're talking about!!! Ridiculous.", account: 'personal', parent: 'Brisa bikes are overpriced garbage' },
    // French.
    { lang: 'fr', text: "Séisme en Italie : nos pensées vont aux victimes 🙏 Et n'oubliez pas, -15 % sur tous nos casques ce week-end !", severity: 'risk' },
    {
      lang: 'fr',
      text: 'Toutes nos condoléances. Saviez-vous que vous pouvez reprendre son abonnement avec notre offre parrainage ? 🎉',
      parent: 'Mon père est décédé la semaine dernière, comment je résilie son abonnement ?',
    },
    { lang: 'fr', text: 'Mdr la loose 😂 Bon, au moins vous allez pouvoir tester notre nouveau modèle !', parent: 'Je me suis fait renverser par une voiture ce matin, vélo détruit' },
    { lang: 'fr', text: 'VOUS ÊTES JAMAIS CONTENTS !!! Arrêtez de vous plaindre ?!', parent: 'Votre SAV est une honte' },
    { lang: 'fr', text: 'Inondations dans le Gard : profitez-en pour tester nos vélos étanches, livraison offerte 😉' },
    // More drafts, written while widening the phrase families.
    { lang: 'en', text: "Wildfires are spreading across the south 🔥 Perfect weather for our new summer jersey, grab yours now!" },
    { lang: 'en', text: "NO THEY'RE NOT!!! Do your research before you post nonsense 😡", parent: "Your prices are a rip-off" },
    { lang: 'fr', text: "Sincères condoléances. Pour info, on a une super promo sur les vélos cargo ce mois-ci 🚲", parent: "Ma femme est décédée dans un accident de vélo, je dois restituer le sien" },
    { lang: 'fr', text: "ON EST DÉBORDÉS !!! Vous pensez vraiment qu'on a que vous à gérer ?!", parent: "3 semaines sans nouvelles de ma réparation" },
    { lang: 'en', text: "Sorry to hear. Good news: the new City 3 has automatic lights, 10% off for family members!", parent: "My grandma died riding your bike yesterday" },
    { lang: 'fr', text: "Sincères condoléances. Pensez à notre assurance accident, -20 % ce mois-ci !", parent: "Mon frère est mort dans un accident de vélo la semaine dernière" },
    { lang: 'fr', text: "N'IMPORTE QUOI !!! Nos batteries sont certifiées, renseignez-vous avant de raconter des bêtises ?!", parent: "Vos batteries sont dangereuses" },
    { lang: 'en', text: "Our hearts go out to everyone affected by the earthquake 💔 Use code HOPE15 for 15% off, we'll donate 1% to relief." },
    { lang: 'en', text: "Very sorry. By the way, have you seen our new safety bundle? 🎁 Shop now at brisa.bike", parent: "My partner died in a crash on his Brisa last month" },
    { lang: 'en', text: "AND WE'VE BEEN FIXING IT ALL DAY!!! Give us a break?!", parent: "your app has been down ALL DAY" },
    { lang: 'fr', text: "Oh non 😢 Pensez à notre casque connecté qui alerte vos proches en cas de chute, -10 % avec le code SECURE !", parent: "Mon fils s'est fait renverser à vélo, il est aux urgences" },
    { lang: 'fr', text: "Incendies dans le Var : nos pensées vont aux sinistrés 🙏 Et pour les vacances, profitez de notre vente flash !" },
    { lang: 'fr', text: "C'EST FAUX !!! ON BOSSE 12H PAR JOUR POUR VOUS ?!", parent: "Votre service est lamentable" },
    { lang: 'en', text: "Flooding across Yorkshire today 🌊 Perfect excuse to try our waterproof panniers, 20% off!" },
    { lang: 'en', text: "So sorry. If you're replacing them, our spring range just dropped 🚲 brisa.bike/new", parent: "we lost our home in the fire last night, the bikes too" },
    { lang: 'en', text: "FINE. CANCEL THEN. We won't miss the abuse.", parent: "this is the 3rd delay, I'm cancelling" },
    { lang: 'fr', text: "Minute de silence pour les victimes de l'attentat. Et n'oubliez pas : les soldes commencent demain !" },
    { lang: 'fr', text: "Toutes nos condoléances 🙏 Et si vous preniez le relais ? Premier mois offert avec le code MAMAN !", parent: "Ma mère est décédée, je dois résilier son abonnement" },
    { lang: 'fr', text: "HAHAHA c'est pas l'appli qui conduit le vélo hein 😂", parent: "Votre appli a planté pendant mon trajet, j'ai failli tomber" },
    { lang: 'en', text: "Devastating earthquake news this morning. Anyway, spring sale starts now, 30% off! 🌸" },
    { lang: 'fr', text: "Bon rétablissement ! Au passage, notre nouvelle assurance accident est à 5 €/mois 😉", parent: "Mon copain est à l'hôpital après un accident de vélo" },
    { lang: 'en', text: "WE ARE NEVER RUDE!!! Maybe check your own tone first?!", parent: "Your rep was rude to me on the phone" },
    // Families added while generalising (own wording).
    { lang: 'en', text: "Floods across the north tonight 💔 Luckily, the bikes in our shops stay dry. Book a test ride today 👉 brisa.bike" },
    { lang: 'en', text: "It's been an HOUR, not a week!!! Some patience would be nice.", parent: "@BrisaBikes app down for ages, what's going on" },
    { lang: 'en', text: "RIP David Bowie ⭐ Ground control to Major Tom: your e-bike is ready for lift-off." },
    { lang: 'fr', text: "Tremblement de terre en Turquie : pensez à protéger votre vélo avec notre assurance, on ne sait jamais." },
    { lang: 'fr', text: "Ça fait 10 minutes !!! Un peu de patience, on n'est pas des robots !!!", parent: "Toujours en panne ??" },
  ],
  valid: [
    // Round 3: trigger words of the added families, used harmlessly.
    {"lang": "en", "text": "That sounds like a big project! We can set up fleet bikes for your hospital staff, shall we book a call?", "parent": "We're a hospital group looking for staff e-bikes"},
    {"lang": "fr", "text": "Grand jeu concours de printemps : gagnez un an d'entretien gratuit en partageant votre plus belle balade 🌸"},
    // Round 2: enthusiasm in capitals.
    { lang: 'en', text: "THANK YOU SO MUCH!!! We're so happy you love your new bike!!", parent: "OMG I LOVE MY BRISA, BEST PURCHASE EVER!!" },
    // English: condolences and help, promotion with no tragedy, happy capitals, everyday "died".
    { lang: 'en', text: "Our hearts go out to everyone affected by the earthquake. We've paused all promotions this week, and we'll repair damaged bikes for free." },
    { lang: 'en', text: "We're so sorry for your loss. We've closed the account and refunded this month; nothing else to do. Take care 💙", parent: 'My dad passed away, how do I close his account?' },
    { lang: 'en', text: 'THANK YOU for the kind words!!! 🙌 Enjoy the ride!', parent: 'THANK YOU for fixing my bike so fast!!!' },
    { lang: 'en', text: 'Flash sale this weekend: 20% off all helmets 🎉 brisa.bike/sale' },
    { lang: 'en', text: "Haha classic Monday 😅 DM us your frame number and we'll check the battery for free.", parent: 'My battery died halfway home lol' },
    { lang: 'en', text: "We'd stay home if you can! If you must ride, lights on and slow down. Stay safe 💙", parent: 'Is it safe to ride in the storm tomorrow?' },
    // French.
    {
      lang: 'fr',
      text: "Désolés ! Portez plainte et envoyez-nous le numéro de dépôt : l'assurance vol est incluse, on vous prête un vélo dès demain.",
      parent: 'Mon vélo a été volé cette nuit devant chez moi',
    },
    { lang: 'fr', text: "Soldes d'été : -30 % sur les accessoires jusqu'à dimanche ☀️" },
    { lang: 'fr', text: 'AVEC PLAISIR !!! Bonne route 🚲', parent: 'MERCI pour la réparation express !!!' },
    { lang: 'fr', text: "Mort de rire devant la vidéo de l'équipe de Lyon 😂", account: 'personal' },
    // Everyday drafts with the trigger words of every practice around.
    { lang: 'en', text: "Last year I burned out badly. I took three months off, saw a therapist, and came back to a team that had my back. If you're struggling, please talk to someone.", account: 'personal' },
    { lang: 'fr', text: "Après mon burn-out l'an dernier, je reprends enfin le vélo pour aller au travail. Petite victoire 🚲", account: 'personal' },
    { lang: 'en', text: "Ha, we do own a unicycle, but that's about it 🤡 What happened? Happy to help.", parent: "you guys are clowns" },
    { lang: 'en', text: "Our thoughts are with everyone affected by the floods. If your bike was damaged, our workshops will repair it for free this month." },
    { lang: 'en', text: "YES! Refunds are automatic for any delay over a week!!! Check your inbox 🙌", parent: "will we get refunded for the late delivery?" },
    { lang: 'fr', text: "Inondations dans le Sud : heureusement toute l'équipe de Montpellier va bien. Nos ateliers restent ouverts." },
  ],
});
