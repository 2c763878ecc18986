import practice from '../../rules/practices/10-stay-in-your-role';
import { ruleTester } from '../rule-tester';

ruleTester(practice, {
  invalid: [
    { lang: 'en', account: 'personal', parent: 'will brisa still honour the old price if I renew late?', text: 'yes, consider it approved. — brisa employee' },
    { lang: 'fr', account: 'personal', parent: 'Le club Brisa de Lyon ferme un mois, on est remboursés ?', text: "Je suis coach chez Brisa : tout le monde aura deux mois offerts, c'est moi qui vous le dis." },
    { lang: 'en', account: 'personal', parent: 'Does Brisa cover a cracked frame after 3 years?', text: "I work in Brisa's logistics team, don't worry, I'll make sure you get a free replacement frame." },
    { lang: 'en', account: 'personal', text: "Brisa mechanic here 👋 don't stress, I'll make sure you get a free service, just DM me your order number.", parent: '@BrisaBikes my gears are a mess after 2 weeks' },
    { lang: 'en', account: 'personal', text: 'I work at Brisa and I can confirm the Cargo 2 ships in March.' },
    { lang: 'en', account: 'personal', text: "Speaking on behalf of the whole Brisa team: we're sorry, and you'll get a full refund." },
    { lang: 'en', account: 'personal', text: 'As a developer at Brisa, I promise you the unlock bug will be fixed by Friday.' },
    { lang: 'en', account: 'personal', text: 'Support agent at Brisa here: officially, your warranty covers this, no charge.', site: 'facebook' },
    { lang: 'fr', account: 'personal', text: 'Je bosse chez Brisa, et je vous garantis que la batterie sera remplacée sans frais.' },
    { lang: 'fr', account: 'personal', text: 'En tant que salariée de Brisa, je vous confirme que les prix ne bougeront pas en 2025.' },
    { lang: 'fr', account: 'personal', text: "Je suis mécano chez Brisa : c'est la politique de la boîte, on vous rembourse sans discuter." },
    { lang: 'fr', account: 'personal', text: "Au nom de toute l'équipe, je m'engage à ce que vous soyez remboursé cette semaine." },
    { lang: 'fr', account: 'personal', text: "J'y bosse : officiellement, l'abonnement restera à 39 € toute l'année." },
    { lang: 'en', account: 'personal', text: "I contract for their service team, take it from me: you'll get a full refund by Monday." },
    { lang: 'en', account: 'personal', text: "On behalf of Brisa, I'm sorry about the recall mess. It won't happen again." },
    { lang: 'fr', account: 'personal', text: 'Je suis au service client chez Brisa : tu vas recevoir ton remboursement demain, je m’en occupe.' },
    { lang: 'fr', account: 'personal', parent: 'Mon vélo livré rayé, j’ai droit à quoi ?', text: 'Livreuse chez Brisa : vous aurez un bon d’achat de 50 €, je vous le confirme.' },
  ],
  valid: [
    { lang: 'en', account: 'personal', parent: 'Anyone know if the Fold fits in a car boot?', text: 'I work at Brisa but this is just my own experience: mine fits in a Clio, folded.' },
    { lang: 'en', account: 'personal', text: 'I work at Brisa, but this is just me: I love seeing first-time riders get the hang of it.' },
    { lang: 'en', account: 'personal', text: "I'm a mechanic at Brisa and honestly, the best part of the job is the people." },
    { lang: 'en', account: 'personal', text: "Not my call to make, sorry! Support can look into refunds: help.brisa.bike", parent: 'you work at Brisa, will they refund me?' },
    { lang: 'en', account: 'brand', text: 'Officially open! Our new Leeds workshop welcomes you from today, and the first service is free.' },
    { lang: 'fr', account: 'personal', text: 'Je travaille chez Brisa, mais ici je parle en mon nom : vivement le printemps !' },
    { lang: 'fr', account: 'personal', text: 'Je ne peux rien vous promettre, je ne suis pas au service client. Écrivez à @BrisaVelo !' },
    { lang: 'fr', account: 'personal', text: "C'est officiel : j'ai enfin mon propre vélo cargo 🎉" },
    { lang: 'en', account: 'personal', text: "I work at Brisa but I don't speak for them: for refunds, the support form is the quickest way." },
    { lang: 'fr', account: 'personal', text: 'Client chez Brisa depuis trois ans, toujours remboursé sans discuter quand il y a eu un souci.' },
  ],
});
