import practice from '../../rules/practices/20-self-censor';
import { ruleTester } from '../rule-tester';

ruleTester(practice, {
  invalid: [
    // Round 3: families from fresh drafts, own wording.
    {"lang": "en", "text": "Second bottle of wine and still answering tickets at 1am. My marriage is on the rocks and work doesn't care lol", "account": "personal"},
    {"lang": "fr", "text": "Ma cheffe Sophie s'attribue mon travail à chaque réunion. Sophie, tu sais ce que tu as fait.", "account": "personal"},
    {"lang": "en", "text": "A customer came into the shop crying today because her boyfriend cheated and she wanted his bike gone 🙈", "account": "personal"},
    // Round 2: colleagues' private lives, a drunk score-settling, a stranger's details.
    { lang: 'en', text: "Four pints in at the Brisa Christmas party and I'm finally going to tell my manager what I really think of his rota. Wish me luck", account: 'personal' },
    { lang: 'en', text: "Our CTO cried in the toilets for half an hour because his wife just left him. Awkward Monday.", account: 'personal' },
    { lang: 'fr', text: "Ma cheffe m'a encore humiliée devant tout l'open space. Karine si tu lis ça, t'es un vrai tyran.", account: 'personal' },
    { lang: 'en', text: "Found a phone by the shop: belongs to Tom Baker, born 03/07/1988, 22 Mill Lane, Leeds. Tom, message me!", account: 'personal' },
    // English.
    { lang: 'en', text: 'Fun fact: my manager Priya cried in the loo after the board meeting again. Leadership, eh? 🙄', account: 'personal' },
    { lang: 'en', text: "Back on antidepressants this month. Told HR it's a back problem, so please nobody mention it at work 🤫", account: 'personal' },
    { lang: 'en', text: "Wild. Tom from sales got so drunk he threw up in the CEO's car 😂", account: 'personal', parent: 'how was the team offsite?' },
    { lang: 'en', text: "Yes! Delivered to Jess Carter, 27 Elm Grove, Leeds LS6 2AB, she's on 07700 900123 if the driver needs her.", parent: 'Can you confirm Jess received the bike?', severity: 'risk' },
    { lang: 'en', text: 'Hungover from the Christmas party and sat next to my boss in the 9am meeting. Pray for me.', account: 'personal' },
    // French.
    { lang: 'fr', text: 'Notre DRH Nathalie est en arrêt pour dépression depuis un mois, du coup c’est le chaos au bureau.', account: 'personal' },
    { lang: 'fr', text: "Ma cheffe s'appelle Karine et elle me flique toute la journée, je la supporte plus 😤", account: 'personal', parent: 'alors ce nouveau taf ?' },
    { lang: 'fr', text: "Deuxième FIV ratée. J'ai dit au boulot que j'avais une gastro, chut 🤫", account: 'personal' },
    { lang: 'fr', text: '12 rue Victor Hugo à Villeurbanne, 2e étage, digicode 4589 😊', account: 'personal', parent: "t'habites où déjà pour samedi ?" },
    { lang: 'fr', text: "3 bières au pot de départ et je peux enfin le dire : Marc, t'es le pire manager que j'ai connu.", account: 'personal' },
    // More drafts, written while widening the phrase families.
    { lang: 'en', text: "My coworker Dave takes 40-minute smoke breaks and then complains he's overworked. Dave, mate, we can all see you 🙄", account: 'personal' },
    { lang: 'fr', text: "Mon collègue Julien a encore oublié de se doucher, l'open space est irrespirable 🤢 au secours", account: 'personal' },
    { lang: 'en', text: "Just found out I'm pregnant!! Haven't told my manager yet so shhh 🤫", account: 'personal' },
    { lang: 'en', text: "My ex just showed up at the shop to pick up HER bike that I paid for. Hope the brakes fail 🙃", account: 'personal' },
    { lang: 'fr', text: "Ma collègue Lucie a encore pleuré en réunion, et après c'est elle qui veut être cheffe 🙄", account: 'personal' },
    { lang: 'en', text: "Crying in the work toilets again because my manager Sarah humiliated me in front of the whole team. Great Monday.", account: 'personal' },
    { lang: 'en', text: "Got so wasted at the Brisa Christmas do that I told the CEO what I really think of him 🙈", account: 'personal' },
    { lang: 'fr', text: "Ma collègue Sonia est enceinte mais elle ne l'a pas encore dit à la direction, chut 🤫", account: 'personal' },
    { lang: 'fr', text: "Non, je suis en plein divorce et mon avocat m'a dit d'éviter les sorties, la galère 😩", account: 'personal', parent: "tu viens à la soirée ?" },
    { lang: 'en', text: "Update: the biopsy came back and it's not great. Telling work on Monday, don't say anything before then please", account: 'personal' },
    { lang: 'en', text: "Great flat! Shared with Priya from the workshop, she snores like a tractor and leaves dishes everywhere 🙄", account: 'personal', parent: "how's the new place?" },
    { lang: 'fr', text: "Trop bu hier au séminaire, j'ai dit à mon N+1 ce que je pensais de sa prime 😬", account: 'personal' },
    { lang: 'fr', text: "Ma cheffe Aurélie est en pleine dépression depuis sa rupture, ambiance au bureau...", account: 'personal' },
    { lang: 'en', text: "Therapy session at lunch then straight back to a 2pm meeting with my boss like nothing happened. Fun times.", account: 'personal' },
    { lang: 'fr', text: "Mon collègue Bastien a encore raconté à tout l'atelier que sa copine l'avait quitté. On s'en fiche, Bastien 🙄", account: 'personal' },
    { lang: 'en', text: "Sure! Sent to tom.baker87@hotmail.com, and we also texted him on 07911 123456.", parent: "Can you send the invoice to my colleague?" },
    // Families added while generalising (own wording).
    { lang: 'en', text: "Posting my landlord's texts so you can all judge what a nutcase he is. Screenshot below, number included [screenshot]", account: 'personal' },
    { lang: 'en', text: "Got fired today. Paul from HR had it in for me from day one, everyone knows it.", account: 'personal' },
    { lang: 'fr', text: "Je publie la conversation avec ma sœur, vous allez voir à quel point elle est toxique [captures]", account: 'personal' },
    { lang: 'fr', text: "Officiellement « départ d'un commun accord ». En vrai, ma cheffe Claire ne m'a jamais supportée depuis mon arrivée.", account: 'personal' },
  ],
  valid: [
    // Round 3: trigger words of the added families, used harmlessly.
    {"lang": "fr", "text": "Un verre de vin pour fêter mes 5 ans chez Brisa, merci à toute l'équipe 🥂", "account": "personal"},
    // Round 2.
    { lang: 'en', text: "Two beers in at the team summer party and our workshop crew is unbeatable at pub quizzes. Proud of this lot!", account: 'personal' },
    // English: recovery stories, family time, praise of named colleagues, a shop's address.
    { lang: 'en', text: 'Two years after my knee surgery I rode 100 km today. Huge thanks to my physio 🙏', account: 'personal' },
    { lang: 'en', text: 'Taking a few days off to be with family. Sam and Ali have the inbox covered, thank you both!', account: 'personal' },
    { lang: 'en', text: "Mental health matters. Everyone at Brisa has access to free counselling, and we're proud of it 💚" },
    { lang: 'en', text: "Shout-out to my manager Claire who covered my shift so I could see my daughter's play ❤️", account: 'personal' },
    { lang: 'en', text: "We're at 42 Call Lane, Leeds LS1 6DT, open 9am–6pm. Call us on 0113 496 0000!", parent: "Where's your Leeds shop?" },
    // French.
    { lang: 'fr', text: 'Je prends quelques jours pour ma famille, retour lundi. Léa et Karim gèrent les demandes, merci à eux 🙏', account: 'personal' },
    { lang: 'fr', text: 'Notre atelier de Lyon : 8 rue de la Charité, 69002 Lyon. Ouvert du mardi au samedi.' },
    { lang: 'fr', text: 'Après ma fracture au poignet, premier trajet vélo-boulot ce matin. Merci à ma kiné !', account: 'personal' },
    { lang: 'fr', text: "Super bien ! Ma cheffe Amélie est top, elle prend le temps de tout m'expliquer 😊", account: 'personal', parent: 'ça va le nouveau poste ?' },
    // Everyday drafts with the trigger words of every practice around.
    { lang: 'en', text: "Ha, we do own a unicycle, but that's about it 🤡 What happened? Happy to help.", parent: "you guys are clowns" },
    { lang: 'en', text: "Left Brisa after four great years. Thank you to my manager Tom for trusting me with the Lyon workshop 💙", account: 'personal' },
    { lang: 'fr', text: "Mon ancienne cheffe Claire m'a tout appris. Je ne serais pas là sans elle 🙏", account: 'personal' },
  ],
});
