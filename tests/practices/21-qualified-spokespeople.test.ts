import practice from '../../rules/practices/21-qualified-spokespeople';
import { ruleTester } from '../rule-tester';

ruleTester(practice, {
  invalid: [
    // Round 3: "one of the engineers" introductions, third-person compensation promises, fundraising.
    {
      lang: 'en',
      text: "As one of the engineers on call: root cause was a bad firmware push, and every affected rider will be compensated.",
      account: 'personal',
      parent: 'Brisa app outage all morning, my bike would not unlock',
    },
    {
      lang: 'fr',
      text: "En tant que l'un des développeurs, je vous le dis : la levée de fonds est signée, aucun problème de trésorerie.",
      account: 'personal',
      parent: 'Des rumeurs sur Brisa qui galère à payer ses fournisseurs ?',
    },
    // Round 2: job + "here"/« ici » introductions, public reassurance, French outage and ransomware wording.
    {
      lang: 'fr',
      text: "Mécanicien Brisa ici : c'est un lot de contrôleurs défectueux, tout le monde sera remboursé, promis.",
      account: 'personal',
      parent: 'Trois vélos Brisa qui prennent feu en une semaine, quelqu’un sait ce qui se passe ?',
    },
    {
      lang: 'fr',
      text: "Après la panne de l'appli de dimanche, je tiens à rassurer nos clients : en tant que développeuse, je peux vous dire que ça ne se reproduira plus.",
      account: 'personal',
    },
    {
      lang: 'en',
      text: "Receptionist there: yes it was ransomware, but we have backups, it'll be fine.",
      account: 'personal',
      parent: 'Did the Brisa Leeds shop get hit by a cyber attack? My booking vanished',
    },
    {
      lang: 'en',
      text: "For those asking about the Brisa takeover rumours: nothing will change for riders, I promise.",
      account: 'personal',
    },
    {
      lang: 'en',
      text: 'I work at Brisa and honestly the lawsuit is nonsense, he was riding without lights.',
      account: 'personal',
      parent: 'Heard Brisa is being sued by a rider who got hurt?',
      severity: 'risk',
    },
    { lang: 'en', text: 'Mechanic at @BrisaBikes here: the brake recall only affects about 200 Cargos, nothing to worry about.', account: 'personal' },
    {
      lang: 'en',
      text: "Yes there was a breach, but from what I've seen internally it's just email addresses.",
      account: 'personal',
      parent: 'Brisa app down all morning and now people say customer data leaked??',
    },
    { lang: 'en', text: "As a workshop manager I can tell you the layoffs won't touch the Leeds team.", account: 'personal', site: 'linkedin' },
    {
      lang: 'en',
      text: 'Rest assured, Brisa will replace every affected battery by Friday, I promise you.',
      account: 'personal',
      parent: 'How serious is the City 2 battery recall? Mine is in the hallway charging right now',
    },
    {
      lang: 'fr',
      text: 'Je bosse chez eux : ça ne concerne que 300 vélos, pas de quoi paniquer.',
      account: 'personal',
      parent: "C'est vrai que Brisa rappelle ses batteries ? Il paraît qu'il y a eu des incendies",
    },
    { lang: 'fr', text: "En tant que technicien chez Brisa, je peux vous dire que la panne de l'appli n'a rien à voir avec un piratage.", account: 'personal' },
    { lang: 'fr', text: "T'inquiète, j'y bosse, on a de la trésorerie pour des années.", account: 'personal', parent: 'Brisa en redressement judiciaire ?? Mon abonnement va sauter ?' },
    { lang: 'fr', text: 'Vendeuse chez Brisa : oui il y a une plainte, mais le client était en tort, il va perdre.', account: 'personal', site: 'facebook' },
    // Generalisation: job titles and departments, "we" about the company, money trouble, dismissals after a "but".
    {
      lang: 'en',
      text: "I'm in support: it's about 2,000 accounts, mostly old ones, honestly nothing serious.",
      account: 'personal',
      parent: 'Heard there was a data leak at Brisa, what is going on?',
    },
    {
      lang: 'fr',
      text: "Je suis à la compta : le chiffre d'affaires a baissé, mais on a de quoi tenir deux ans, vous ne risquez rien.",
      account: 'personal',
      parent: "Il paraît que Brisa perd beaucoup d'argent, je dois m'inquiéter pour mon abonnement ?",
    },
    {
      lang: 'en',
      text: "Can't say much but as someone on the finance team: yes, the acquisition rumours are true and your subscription is safe.",
      account: 'personal',
      parent: 'Is Brisa being bought by a car maker? What happens to my subscription?',
    },
    {
      lang: 'fr',
      text: "Mécano chez Brisa : le vélo qui a pris feu, c'est un problème de chargeur qu'on connaît, pas de quoi paniquer.",
      account: 'personal',
      parent: 'Un vélo Brisa a pris feu dans un hall d’immeuble hier ?',
    },
  ],
  valid: [
    { lang: 'en', text: 'As one of the mechanics at Brisa I can tell you: pump your tyres every two weeks and most flats disappear.', account: 'personal' },
    // Round 2: "the staff there" is not a self-introduction, and a car breakdown is not a crisis.
    { lang: 'en', text: 'The staff there were lovely when my chain snapped, fixed in 20 minutes.', account: 'personal', parent: 'Anyone been to the new Brisa shop in Leeds?' },
    { lang: 'fr', text: 'Ma voiture est en panne, du coup je teste le Brisa City cette semaine, je vous raconte !', account: 'personal' },
    {
      lang: 'en',
      text: "I'm not the right person to answer that, but the official statement and the serial checker are at brisa.bike/recall.",
      account: 'personal',
      parent: 'You work at Brisa, is my bike part of the battery recall?',
    },
    { lang: 'en', text: 'I work at Brisa and today we celebrated five years of the Leeds workshop 🎉', account: 'personal' },
    { lang: 'en', text: 'Sad to read about the layoffs at a supplier we used to work with. Thinking of everyone affected.', account: 'personal' },
    { lang: 'en', text: 'We can confirm a recall of 300 City 2 batteries. Check your serial number at brisa.bike/recall.', account: 'brand' },
    { lang: 'en', text: "No idea, ask @BrisaBikes, they'll know.", account: 'personal', parent: 'Is Brisa recalling batteries? You work there right?' },
    { lang: 'fr', text: 'Je ne peux pas commenter, mais tout est expliqué dans le communiqué officiel : brisa.fr/rappel', account: 'personal', parent: 'Tu bosses chez Brisa, c’est grave ce rappel de batteries ?' },
    { lang: 'fr', text: 'Je travaille chez Brisa depuis 5 ans et je suis fière de notre atelier de Lyon 🚲', account: 'personal' },
    { lang: 'fr', text: 'Gros accident évité ce matin grâce à mes freins, merci @BrisaVelo !', account: 'personal' },
    {
      lang: 'en',
      text: "I work at Brisa and honestly I don't know more than you do. Brisa's official updates are on brisa.bike/status.",
      account: 'personal',
      parent: 'Brisa app down all morning, what is happening??',
    },
    { lang: 'fr', text: 'Mécano chez Brisa depuis 8 ans, et toujours autant de plaisir à remettre vos vélos sur la route 🔧', account: 'personal' },
    { lang: 'en', text: 'As a mechanic at Brisa I get asked this a lot: check your tyre pressure every two weeks, it prevents most flats.', account: 'personal' },
  ],
});
