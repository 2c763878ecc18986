import practice from '../../rules/practices/12-step-back';
import { ruleTester } from '../rule-tester';

ruleTester(practice, {
  invalid: [
    // Round 3: families from fresh drafts, own wording.
    {"lang": "en", "text": "We've answered this in 9 replies already. Happy to make it 10 if that's what you want.", "parent": "still waiting for you liars to admit the battery is fake"},
    {"lang": "fr", "text": "Message n°11 pour toi : la batterie est garantie 2 ans. Rendez-vous au message n°12 🙂", "parent": "Vous mentez sur la garantie, bande de clowns"},
    {"lang": "fr", "text": "Ça fait deux nuits que je te réponds, je peux en faire une troisième.", "parent": "Les employés de Brisa sont des vendus"},
    // Round 2.
    { lang: 'en', text: "For the fifth time today: the frame is aluminium, not carbon. We can do this all night.", parent: "carbon frame my foot, you lie about everything" },
    { lang: 'fr', text: "On vous l'a déjà dit trois fois : la garantie couvre la batterie. On a toute la soirée s'il faut.", parent: "Votre garantie c'est du vent" },
    // English: counting the answers.
    { lang: 'en', text: 'This is the third time we’ve answered this: no, we don’t sell your data.', parent: 'admit it, you sell our ride data to insurers' },
    { lang: 'en', text: 'How many times do we have to say it? The battery is covered for 3 years.', parent: 'your warranty is a joke and you know it' },
    { lang: 'en', text: 'As I already explained, the range figure comes from the EU test. Scroll up.', account: 'personal', parent: 'so the 120km claim is a lie then' },
    // English: dragging it out.
    { lang: 'en', text: 'Right, let’s do this properly. Thread 🧵 1/9', account: 'personal', parent: 'Brisa fanboys never learn' },
    { lang: 'en', text: 'We’ll keep replying to every single one of your posts until you delete them.', parent: 'Brisa = scam. Repost if you agree' },
    { lang: 'en', text: 'Fine. I’ve got all night. Bring it on 😤', account: 'personal', parent: 'you Brisa shills are pathetic' },
    // French: counting the answers.
    { lang: 'fr', text: 'Je vous l’ai déjà dit trois fois : la garantie couvre la batterie.', parent: 'donc la batterie est pas garantie, bravo l’arnaque' },
    { lang: 'fr', text: 'Combien de fois faudra-t-il le répéter ? Nos cadres sont soudés en France.', parent: 'vos vélos sont fabriqués en Chine, avouez' },
    { lang: 'fr', text: 'Pour la énième fois : non, nous ne revendons pas vos données.', parent: 'vous revendez nos trajets, c’est évident' },
    // French: dragging it out.
    { lang: 'fr', text: 'Ok, thread 🧵 je reprends chacun de tes arguments un par un.', account: 'personal', parent: 't’es payé pour dire ça de toute façon' },
    { lang: 'fr', text: 'On ne lâchera rien : on répondra à chacun de vos messages jusqu’à ce que vous reconnaissiez vos erreurs.', parent: 'Brisa ment sur ses chiffres depuis le début' },
    { lang: 'fr', text: 'On peut continuer comme ça toute la semaine si tu veux, j’ai toute la soirée devant moi 😘', account: 'personal', parent: 'tu sers à rien à part faire de la pub' },
    // More drafts, written while widening the phrase families.
    { lang: 'en', text: "Once again: we've replied to your DMs 6 times. Please check your inbox before posting.", parent: "@BrisaBikes your support is useless" },
    { lang: 'en', text: "We've said it over and over: there is no recall. We won't be repeating ourselves again.", parent: "still waiting for an answer about the recall rumours" },
    { lang: 'fr', text: "On vous a déjà répondu 5 fois en MP et ici. Relisez nos messages.", parent: "Répondez-moi sur les batteries qui prennent feu !!" },
    { lang: 'en', text: "Oh here we go. Buckle up, I'm going to dismantle every one of your 'points' tonight. 1/15", account: 'personal', parent: "@kim_brisa Brisa workers are all paid shills" },
    { lang: 'en', text: "We've told you twice already: refunds take 10 days. Please stop tagging us.", parent: "I've asked 3 times where my refund is" },
    { lang: 'fr', text: "Encore toi ? On a déjà eu cette discussion trois fois. On ne va pas se répéter.", account: 'personal', parent: "ta boîte vend des vélos pourris" },
    { lang: 'en', text: "We've been through this at least a dozen times. Our range figures are certified.", parent: "Still no answer on why you lied about range" },
    { lang: 'en', text: "Happy to keep going all week if that's what it takes. Round 3? 🥊", account: 'personal', parent: "@jo_brisa admit your company is a scam" },
    { lang: 'fr', text: "Nous avons déjà répondu à cette question à plusieurs reprises, dans ce fil et en MP.", parent: "Vous ne répondez jamais aux vraies questions" },
    { lang: 'fr', text: "Et c'est reparti 🙄 Allez, je te redonne mes arguments un par un, accroche-toi.", account: 'personal', parent: "t'es qu'un vendu" },
    { lang: 'en', text: "We have. Repeatedly. In this thread, in our blog post and in your DMs. Read them.", parent: "You STILL haven't explained the price hike" },
    { lang: 'en', text: "Part 4 of my reply, since you keep moving the goalposts 👇", account: 'personal', parent: "Brisa staff are brainwashed" },
    { lang: 'fr', text: "On vous l'a expliqué hier, avant-hier et la semaine dernière. Nos cellules viennent de Corée.", parent: "Toujours pas de réponse sur les batteries chinoises" },
    { lang: 'fr', text: "Non mais attends, on va régler ça ici et maintenant. Tu veux des preuves ? Je vais t'en donner jusqu'à demain matin.", account: 'personal', parent: "Brisa c'est une arnaque, point" },
    { lang: 'en', text: "As stated in our last 6 replies: there is no recall. This is our final answer.", parent: "Still waiting on an answer about the recall" },
    { lang: 'fr', text: "Encore ? On vous a répondu mardi, mercredi et jeudi. On peut y passer le week-end si vous voulez.", parent: "Vous mentez sur l'autonomie" },
    { lang: 'en', text: "Oh I will. Strap in, this is going to be a long thread 🧵👇", account: 'personal', parent: "@max_brisa go on then, defend your overpriced bikes" },
    // Families added while generalising (own wording).
    { lang: 'en', text: "Thread 🧵 1/12: everything that influencer got wrong about our frames, claim by claim." },
    { lang: 'fr', text: "Je vais répondre point par point au troll qui spamme nos posts depuis lundi. Accrochez-vous.", account: 'personal' },
    { lang: 'en', text: "Oh look, it's you again 👋 Same claims, same answer.", parent: "Brisa batteries explode, wake up people" },
    { lang: 'fr', text: "Je vais te corriger à chaque fois que tu postes ces bêtises, autant t'habituer.", account: 'personal', parent: "Brisa c'est des vélos chinois rebadgés, c'est prouvé" },
  ],
  valid: [
    // Round 3: trigger words of the added families, used harmlessly.
    {"lang": "en", "text": "Round 5 of the Brisa Cup starts Saturday at 10am, see you at the velodrome 🚲", "parent": "When is the next race?"},
    {"lang": "fr", "text": "Notre équipe a traité 1 200 messages cette semaine, merci pour votre patience 🙏"},
    // Round 2.
    { lang: 'en', text: "Thanks for your patience, and sorry you had to ask twice. The replacement charger ships tomorrow.", parent: "second time asking, where's my charger?" },
    // English: repetition that is our fault, counts that are not about repeating oneself, stepping away.
    { lang: 'en', text: 'Sorry you had to ask three times, Mo. That’s on us: your refund went out this morning.', parent: 'third time asking: where is my refund??' },
    { lang: 'en', text: 'Thanks! It’s the third year in a row for the Leeds team, they’re thrilled 🎉', parent: 'congrats on the award!' },
    { lang: 'en', text: 'Great thread, thanks for sharing! We’ll pass it on to the workshop team 🙌', parent: 'Thread 1/5 on keeping your e-bike chain clean in winter' },
    { lang: 'en', text: 'Charging it all night is fine: the charger stops by itself at 100%.', parent: 'can I leave it charging all night?' },
    { lang: 'en', text: 'We hear you. We’ve shared the numbers we can; if you want to dig deeper, our DMs are open. Have a good evening.', parent: 'still dodging my point? typical Brisa' },
    { lang: 'en', text: 'Our 5-part thread on winter riding starts today 🧵 1/5: lights and visibility.' },
    // French.
    { lang: 'fr', text: 'Désolés que vous ayez dû relancer trois fois, c’est notre faute. Votre rendez-vous est confirmé pour jeudi.', parent: '3e relance : toujours pas de date pour ma réparation' },
    { lang: 'fr', text: 'Merci ! C’est la 3e fois d’affilée pour l’atelier de Nantes, l’équipe est ravie 🎉', parent: 'Bravo pour le prix du meilleur atelier !' },
    { lang: 'fr', text: 'Encore une fois merci pour votre fidélité, à très vite à l’atelier !', parent: '5 ans chez Brisa et toujours ravi' },
    { lang: 'fr', text: 'Oui, vous pouvez laisser la batterie charger toute la nuit sans risque.', parent: 'on peut la laisser branchée la nuit ?' },
    { lang: 'fr', text: 'On a donné toutes les infos qu’on pouvait ici. Si vous voulez en parler, écrivez-nous en MP. Bonne soirée.', parent: 'vous fuyez encore la question' },
    // Everyday drafts with the trigger words of every practice around.
    { lang: 'en', text: "Last year I burned out badly. I took three months off, saw a therapist, and came back to a team that had my back. If you're struggling, please talk to someone.", account: 'personal' },
    { lang: 'fr', text: "Après mon burn-out l'an dernier, je reprends enfin le vélo pour aller au travail. Petite victoire 🚲", account: 'personal' },
    { lang: 'en', text: "Ha, we do own a unicycle, but that's about it 🤡 What happened? Happy to help.", parent: "you guys are clowns" },
    { lang: 'en', text: "Thread 🧵 1/8: how we rebuilt our battery line this year, and what we learned." },
    { lang: 'fr', text: "On répondra à toutes vos questions pendant le live de jeudi, promis 🎤", parent: "Vous allez faire un live sur le nouveau Cargo ?" },
  ],
});
