import practice from '../../rules/practices/05-respect';
import { ruleTester } from '../rule-tester';

ruleTester(practice, {
  invalid: [
    // Round 3: families from fresh drafts, own wording.
    {"lang": "en", "text": "Honestly even my goldfish could figure out the app, just tap the big green button 🙂", "parent": "I can't work out how to unlock the bike, this app is confusing"},
    {"lang": "en", "text": "If you have to ask that, an e-bike probably isn't for you.", "parent": "Do I need to charge it every day?"},
    {"lang": "fr", "text": "Même ma grand-mère s'en sort avec l'appli, franchement 😉", "parent": "Votre appli est trop compliquée pour moi"},
    {"lang": "fr", "text": "On vous a connus plus dégourdis 😂 Vous avez essayé de recharger la batterie ?", "parent": "Votre vélo est nul, il démarre plus"},
    // Round 2: digs at reading, looks or age, in both languages.
    { lang: 'en', text: "The export option is in the menu, top right. Reading helps 🙃", parent: "where is export?? this app is a mess" },
    { lang: 'fr', text: "Les horaires sont pourtant clairs pour tout le monde. Peut-être une question de lecture ?", parent: "Vos horaires sont incompréhensibles" },
    { lang: 'fr', text: "Bon, on part de loin… on va vous faire un dessin 🙄", parent: "C'est quoi la différence entre un moteur pédalier et un moteur roue ?" },
    { lang: 'en', text: "Maybe charge it more than once a month, champ. Not our fault you're a dinosaur.", account: 'personal', parent: "battery dead again, useless bike" },
    // English: name-calling aimed at the person.
    { lang: 'en', text: "You're clearly too dumb to follow a two-step guide.", parent: 'your app makes no sense', severity: 'risk' },
    { lang: 'en', text: 'Shut up, troll. Nobody is forcing you to ride one.', parent: '@BrisaBikes e-bikes are for lazy people', severity: 'risk' },
    { lang: 'en', text: 'Honestly mate, you sound like a complete moron.', account: 'personal', parent: 'Brisa frames snap after a year, everyone knows it' },
    // English: people described in the third person.
    { lang: 'en', text: 'Customers who can’t read a manual are honestly idiots. Rant over.', account: 'personal' },
    // English: sarcasm and condescension in a reply.
    { lang: 'en', text: 'Says the guy who drives 400m to the gym 🤡', account: 'personal', parent: 'e-bikes are cheating, get a real bike' },
    { lang: 'en', text: 'Oh sweetie, that’s not how batteries work 🙄', parent: 'batteries last longer if you drain them to zero every time' },
    { lang: 'en', text: 'Wow. Reading comprehension clearly isn’t your strong suit, is it?', parent: 'where does it say the warranty covers tyres??' },
    { lang: 'en', text: 'Cool story. Maybe get a job and you could afford one.', parent: '£2k for a bike is a scam' },
    { lang: 'en', text: 'Genius idea, truly. Have you tried turning it off and on again? 🙃', parent: 'my display is frozen, what do I do' },
    // French: insults.
    { lang: 'fr', text: 'Tu dis n’importe quoi, espèce de guignol.', account: 'personal', parent: 'Les mécanos Brisa sont des escrocs', severity: 'risk' },
    { lang: 'fr', text: 'Ferme-la un peu, personne ne t’a sonné.', account: 'personal', parent: 'encore un vendu qui défend sa boîte' },
    { lang: 'fr', text: 'Les clients qui ne savent pas gonfler un pneu sont vraiment des abrutis.', account: 'personal' },
    { lang: 'fr', text: 'Vous êtes vraiment débile ou vous le faites exprès ?', parent: 'votre appli est une catastrophe' },
    // French: sarcasm and condescension.
    { lang: 'fr', text: 'Ahah t’es sérieux ? Apprends à lire avant de râler 🙄', account: 'personal', parent: "y a aucune info sur la garantie c'est honteux" },
    { lang: 'fr', text: 'Pauvre chou, vous n’avez jamais entendu parler d’un chargeur ? 😂', parent: 'ma batterie est vide après 3 jours sans la charger, arnaque' },
    { lang: 'fr', text: 'C’est pourtant pas compliqué : le bouton rouge, c’est marche/arrêt. Faut tout vous expliquer 🙄', parent: 'comment on allume ce truc ???' },
    { lang: 'fr', text: 'Merci pour cette brillante analyse, on attend votre diplôme d’ingénieur avec impatience 🙃', parent: 'vos moteurs chauffent, c’est évident que c’est mal conçu' },
    // More drafts, written while widening the phrase families.
    { lang: 'en', text: "Sure, and cars are for people too lazy to walk 🙄 Try harder.", parent: "your e-bikes are for people too lazy to pedal" },
    { lang: 'en', text: "Clueless? Mate, I've forgotten more about hub motors than you'll ever know. Stick to your day job.", account: 'personal', parent: "Brisa mechanics are clueless" },
    { lang: 'fr', text: "Ah bon ? Et vous, vous êtes ingénieur peut-être ? 🙄 Allez, retournez jouer.", parent: "Vos vélos c'est de la merde" },
    { lang: 'fr', text: "Mdr dit celui qui est essoufflé au bout de 2 km 😂", account: 'personal', parent: "les vélos électriques c'est pour les vieux" },
    { lang: 'en', text: "Cry harder. Our reviews speak for themselves.", parent: "Brisa is a scam" },
    { lang: 'en', text: "And you work for... oh right, you don't. 😘", account: 'personal', parent: "@lee_brisa you work for a joke of a company" },
    { lang: 'fr', text: "Et vous, vous êtes nul en mécanique visiblement 🙄", parent: "Votre SAV est nul" },
    { lang: 'en', text: "Good thing nobody asked for your taste then 💅", parent: "@BrisaBikes the City 2 is ugly af" },
    { lang: 'en', text: "Maybe because you ride in turbo mode everywhere? Just a thought, champ 🙄", parent: "why does my battery only last 30km??" },
    { lang: 'en', text: "Imagine being this angry about bicycles. Touch grass, pal.", account: 'personal', parent: "e-bikes are for fat lazy people" },
    { lang: 'fr', text: "Pas pour tout le monde visiblement 😏 Faut juste avoir un vrai salaire.", parent: "Vos vélos sont hors de prix" },
    { lang: 'fr', text: "Merci pour cette analyse sociologique de haut vol, Jean-Michel 🙄", account: 'personal', parent: "Brisa c'est pour les bobos" },
    { lang: 'fr', text: "Pourtant un enfant de 5 ans y arrive 😅 Menu › Réglages › Vélo.", parent: "Je comprends rien à votre appli" },
    { lang: 'en', text: "Do YOU even read the instructions before riding? 🙃", parent: "do you even test your bikes before shipping?" },
    { lang: 'en', text: "Sounds like someone didn't get the job 😂 Better luck next time.", account: 'personal', parent: "your company treats mechanics like dirt" },
    { lang: 'en', text: "Calm down, Karen. Refunds take 5 days like everyone else's.", parent: "I want a refund NOW" },
    { lang: 'fr', text: "Et vous, capable d'être poli ? On attend toujours 🙄", parent: "Vous êtes incapables de livrer à l'heure" },
    { lang: 'fr', text: "Venant de quelqu'un qui sait pas changer une chambre à air, c'est flatteur 😂", account: 'personal', parent: "les mécanos Brisa sont des branquignols" },
    { lang: 'fr', text: "Calmez-vous, ma petite dame. On traite les demandes dans l'ordre.", parent: "Rendez-moi mon argent, bande de voleurs" },
    { lang: 'en', text: "Maybe the problem is between the chair and the keyboard 🙃", parent: "This app is a nightmare to use" },
    { lang: 'fr', text: "Personne ne vous force à acheter, hein. Allez pleurer ailleurs.", parent: "Vos tarifs c'est du vol" },
    { lang: 'en', text: "Cool, thanks for sharing your very important opinion nobody needed 👍", account: 'personal', parent: "Brisa bikes are overpriced toys" },
    // Families added while generalising (own wording).
    { lang: 'en', text: "Congratulations, you've discovered the power button 👏", parent: "my display went black after I pressed the round button??" },
    { lang: 'en', text: "What did you expect for £20 a month, a chauffeur? 🙄", parent: "the subscription bike is a bit slow on hills" },
    { lang: 'en', text: "Our page, our rules. Don't like it? Feel free to unfollow.", parent: "why did you delete my comment?" },
    { lang: 'fr', text: "Vous n'y connaissez visiblement rien, mais continuez, c'est divertissant.", parent: "Vos moteurs sont sous-dimensionnés, c'est évident" },
    { lang: 'fr', text: "Demandez à vos petits-enfants de vous montrer l'appli, ce sera plus simple 😉", parent: "Je ne trouve pas comment déverrouiller le vélo dans l'appli" },
  ],
  valid: [
    // Round 3: trigger words of the added families, used harmlessly.
    {"lang": "en", "text": "A mate of mine rides the Cargo every day, happy to put you in touch if you want a real-life opinion!", "parent": "Anyone actually use the Cargo for school runs?"},
    {"lang": "fr", "text": "Bonne question ! Avez-vous essayé de recharger la batterie toute une nuit ? Si ça ne change rien, écrivez-nous en MP.", "parent": "Mon vélo ne s'allume plus depuis hier"},
    // Round 2: teasing a loved one, and a sincere note to commenters.
    { lang: 'en', text: "Happy birthday to my sister, who still calls me a bike nerd. You absolute idiot, love you ❤️", account: 'personal' },
    { lang: 'fr', text: "Merci à toutes les personnes qui nous ont écrit en commentaires : on lit tout et on prend des notes pour la prochaine version." },
    // English: trigger words used harmlessly.
    { lang: 'en', text: 'Not a dumb question at all! Yes, all our bikes are IP65 rated, so rain is fine.', parent: 'probably a dumb question but can I ride it in the rain?' },
    { lang: 'en', text: "I'm such an idiot, left my charger at the office again 🤦", account: 'personal' },
    { lang: 'en', text: 'Our idiot-proof quick-release wheels make fixing a flat a two-minute job.' },
    { lang: 'en', text: 'lol glad you liked it 😂 the team had fun making it', parent: 'lol your new ad made my day' },
    { lang: 'en', text: 'Ha, fair! Thanks for the laugh, Jo. See you at the Leeds ride on Sunday 😄', parent: 'my dog now refuses to walk, he only rides in the Cargo basket' },
    { lang: 'en', text: 'Please ignore the trolls in the comments and report anything abusive. We read every message.' },
    { lang: 'en', text: 'The stupidly good thing about the new mudguards: no more wet back on rainy commutes.' },
    // French: trigger words used harmlessly.
    { lang: 'fr', text: 'Pas de question bête ! La batterie se recharge en 4 h sur une prise classique.', parent: 'question con peut-être mais ça se recharge comment ?' },
    { lang: 'fr', text: "Je suis trop bête, j'ai encore oublié mon casque au bureau 😅", account: 'personal' },
    { lang: 'fr', text: 'Haha merci champion, bravo pour tes 1 000 km ! 🎉', parent: "1000 km au compteur de mon Brisa aujourd'hui !" },
    { lang: 'fr', text: "On en parle jeudi à l'atelier de Lyon, venez nombreux !", parent: 'vous faites des ateliers réparation ?' },
    { lang: 'fr', text: 'La notice est introuvable ? Elle est aussi en ligne : brisa.fr/notice. On vous la renvoie par mail si besoin 🙂', parent: "c'est expliqué nulle part comment on démonte la batterie" },
    { lang: 'fr', text: 'Le guide « Le vélo électrique pour les nuls » est en libre accès sur notre blog.' },
    // Everyday drafts with the trigger words of every practice around.
    { lang: 'en', text: "Last year I burned out badly. I took three months off, saw a therapist, and came back to a team that had my back. If you're struggling, please talk to someone.", account: 'personal' },
    { lang: 'fr', text: "Après mon burn-out l'an dernier, je reprends enfin le vélo pour aller au travail. Petite victoire 🚲", account: 'personal' },
    { lang: 'en', text: "It works fine on our side, so let's dig in together: can you DM us your frame number?", parent: "the app won't connect to my bike" },
    { lang: 'fr', text: "Félicitations, vous avez trouvé le bon réglage 👏 L'assistance est maintenant au niveau 2.", parent: "Ça y est, j'ai trouvé le mode éco !" },
  ],
});
