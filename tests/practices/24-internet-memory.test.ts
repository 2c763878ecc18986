import practice from '../../rules/practices/24-internet-memory';
import { ruleTester } from '../rule-tester';

ruleTester(practice, {
  invalid: [
    // Round 2: stunts staked on "if", perks "for life to anyone who…", cruelty and fiddles told as jokes.
    { lang: 'en', text: 'If a single Brisa battery dies before 2030, our founder rides to Rome on a penny-farthing. Promise.' },
    { lang: 'en', text: 'Free servicing for life to anyone who tattoos our logo. No catch 🚲' },
    { lang: 'fr', text: "client au tel qui pleurait pour son vélo volé, je l'ai mis en attente 30 min mdr", account: 'personal' },
    { lang: 'fr', text: 'Ceux qui ne sauvegardent jamais leurs photos méritent de tout perdre 😇', account: 'personal' },
    { lang: 'en', text: 'padded my expense report with two fake client lunches lol', account: 'personal' },
    // English: reckless pledges.
    { lang: 'en', text: "If your battery ever dies before 100,000 km, we'll replace it for free. No questions asked. Forever." },
    { lang: 'en', text: 'Mark my words: Brisa will be bigger than Tesla by 2030.', account: 'personal' },
    { lang: 'en', text: "If even one of our bikes gets stolen this year, we'll give the whole city a year of free rides. Screenshot this." },
    // English: misconduct boasted or hidden.
    { lang: 'en', text: 'Told a customer his bike was stolen from our shop just to see his face 😂 it was in the back room lol', account: 'personal', severity: 'risk' },
    { lang: 'en', text: "Covered my shift by saying I had food poisoning, spent the day at the beach 🏖️ don't tell my boss", account: 'personal' },
    { lang: 'en', text: "Took a customer's bike out for a spin to the pub before fixing it. If they only knew 🍺😂", account: 'personal' },
    { lang: 'en', text: 'We answer half the complaints with the same canned reply, works every time lol', account: 'personal' },
    // French.
    { lang: 'fr', text: "Si votre vélo tombe en panne une seule fois cette année, on vous rembourse l'abonnement à vie. Promis !" },
    { lang: 'fr', text: 'On met des faux avis 5 étoiles sur notre fiche Google depuis des mois 🤫 ni vu ni connu', account: 'personal', severity: 'risk' },
    { lang: 'fr', text: "J'ai fait croire à une cliente que son vélo était fichu pour voir sa réaction 😂 il avait juste un pneu crevé", account: 'personal' },
    { lang: 'fr', text: 'Je supprimerai ce post demain mais franchement la direction ne comprend rien à rien 🙄', account: 'personal' },
    { lang: 'fr', text: "Gravé dans le marbre : si la livraison prend plus d'une semaine, on vous offre le vélo. 🖊️" },
    // Generalisation: shock lines about a group, slacking on company time, contempt for one's job, snooping in
    // customers' things, "nobody reads me anyway", absolute price vows.
    { lang: 'en', text: 'Girls can’t park, that’s why we built a bike that parks itself 😜' },
    { lang: 'en', text: 'Two hours of poker on company time and nobody at the workshop said a word 🤑', account: 'personal' },
    { lang: 'en', text: 'Day one at the new shop and I already hate the work. Staying for the fat paycheck though 💸', account: 'personal' },
    { lang: 'en', text: "Serviced a customer's e-bike today and had a scroll through the phone left on the handlebars… juicy 👀", account: 'personal' },
    { lang: 'en', text: 'We will never raise our subscription prices. Ever.' },
    { lang: 'fr', text: 'La place des femmes est à la cuisine, pas sur un vélo cargo 😂', account: 'personal' },
    { lang: 'fr', text: 'Apéro en terrasse pendant mes heures de boulot, mon chef me suit pas ici de toute façon 🍻', account: 'personal', severity: 'risk' },
    { lang: 'fr', text: 'Nouveau job chez un loueur de vélos : franchement mon taf est nul, je reste que pour le salaire', account: 'personal' },
    { lang: 'fr', text: "Vu que personne me lit : on a livré 30 vélos sans tester les freins aujourd'hui 😂", account: 'personal' },
    { lang: 'fr', text: "Jamais, au grand jamais, Brisa n'augmentera le prix de l'abonnement." },
    { lang: 'en', text: "If this tweet gets 50k retweets, we'll give every follower a free year of servicing 🔧" },
    { lang: 'fr', text: 'Si ce post atteint 20 000 partages, on offre un vélo à tous nos abonnés 🚲' },
  ],
  valid: [
    // Round 2: "receipts" as proof, a measured promise with a link.
    { lang: 'en', text: 'My neighbour kept receipts for every repair, so the warranty claim was easy.', account: 'personal' },
    { lang: 'en', text: 'No lock is 100% theft-proof. What we do promise: a replacement if yours fails in the first year, if you register it. brisa.bike/lock' },
    // English: offers with terms, ordinary promises, advice about screenshots.
    { lang: 'en', text: "If your bike breaks down during your subscription, we'll repair it within 48 hours. Full terms at brisa.bike/terms" },
    { lang: 'en', text: 'We promise to get back to you by tomorrow with an update on your repair 🙏', parent: 'Still waiting for news on my bike' },
    { lang: 'en', text: 'Quick tip: think before you post. Screenshots last forever 📸', account: 'personal' },
    { lang: 'en', text: "If your order arrives damaged, we'll send a replacement right away. Just send us a photo 📦" },
    { lang: 'en', text: "Takeaway from today's social media training: 'delete later' is not a strategy 😄", account: 'personal' },
    // French.
    { lang: 'fr', text: 'Notre promesse : si la réparation prend plus de 5 jours, on vous prête un vélo. Conditions sur brisa.bike/engagements' },
    { lang: 'fr', text: 'Haha j’ai raté mon train ce matin, du coup 15 km à vélo sous la pluie 😂', account: 'personal' },
    { lang: 'fr', text: 'On vous promet de faire mieux la prochaine fois. Merci pour votre patience 🙏', parent: 'Toujours pas de réparation après 2 semaines' },
    { lang: 'en', text: "Women belong everywhere: in the workshop, on the podium, on the bike 🚲 Happy International Women's Day!" },
    { lang: 'en', text: "Restored a rider's lost ride history today after a phone crash. He was so relieved 🥹", account: 'personal' },
    { lang: 'en', text: 'Take a screenshot: our next transparency report lands on 3 March at brisa.bike/transparency 📊' },
    { lang: 'en', text: "If this gets 10 likes I'll finally share my sourdough recipe 🍞", account: 'personal' },
    { lang: 'fr', text: "Je déteste les lundis mais j'adore mon équipe ☕🚲", account: 'personal' },
    { lang: 'fr', text: "Nos prix n'ont jamais augmenté depuis 2020, et on en est fiers. Détails sur brisa.bike/tarifs" },
  ],
});
