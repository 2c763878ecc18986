import practice from '../../rules/practices/15-apologise';
import { ruleTester } from '../rule-tester';

ruleTester(practice, {
  invalid: [
    { lang: 'en', parent: 'Your courier left my bike out in the rain and the display is now dead. Paid £2,000 for this.', text: 'Our couriers follow strict delivery guidelines. Please fill in the claim form on our website.' },
    { lang: 'en', parent: "You charged me twice this month and I'm now overdrawn 😡", text: 'Refunds take 5-7 working days to appear on your statement.' },
    { lang: 'en', text: "We apologise if anyone was offended by yesterday's post." },
    { lang: 'en', parent: "I'm reporting you to Trading Standards, your ad was misleading.", text: 'Our ads are fully compliant, feel free to report us to whoever you like.', severity: 'risk' },
    { lang: 'en', parent: 'My solicitor will be in touch about the crash.', text: 'We stand by our bikes. They are tested to the highest standards.', severity: 'risk' },
    { lang: 'en', parent: 'Waited two hours for a repair I had booked, then got sent home. Not impressed.', text: "Sorry you feel that way. Saturdays are always busy." },
    { lang: 'fr', parent: 'Votre livreur a rayé tout le cadre de mon vélo neuf, je suis dégoûtée', text: 'Nos livreurs sont formés et manipulent les colis avec soin. Envoyez-nous des photos.' },
    { lang: 'fr', text: 'Nous sommes désolés si certains se sont sentis visés par notre publicité.' },
    { lang: 'fr', parent: 'Je vais saisir la DGCCRF, vos CGV sont abusives', text: 'Nos CGV respectent la loi, mais allez-y, saisissez qui vous voulez.', severity: 'risk' },
    { lang: 'fr', parent: "Vous m'avez prélevé deux fois et je suis à découvert 😭", text: 'Le remboursement sera effectué sous 10 jours ouvrés.' },
    { lang: 'fr', parent: '3 semaines de retard sur ma livraison, toujours aucune nouvelle, c’est inadmissible', text: 'Nos délais de livraison sont indiqués sur le site.' },
    { lang: 'en', text: 'The service has been fully operational since 14:10. You can follow status.brisa.bike.', parent: 'Your app outage this morning cost me a client meeting, I could not unlock my bike.' },
    { lang: 'en', text: 'Photos stay in the ride log for 30 days: open Settings › History to restore them.', parent: 'Your update wiped all my ride photos from last summer' },
    { lang: 'fr', text: 'Le service est rétabli depuis mardi soir. Bonne journée.', parent: 'Votre panne de mardi m’a fait perdre un client, impossible de déverrouiller le vélo.' },
    { lang: 'fr', text: 'Nos équipes ont identifié l’origine du souci, le service revient progressivement.', parent: 'Impossible de travailler ce matin, plus accès au vélo ni à l’appli.' },
  ],
  valid: [
    { lang: 'en', parent: 'Your courier left my bike out in the rain!', text: "That's not OK, and we're sorry. A technician will check it tomorrow, free of charge." },
    { lang: 'en', parent: "I'm taking you to small claims court over my deposit.", text: "We're sorry it got this far. We've passed your case to our legal team and will email you today." },
    { lang: 'en', parent: 'Loving my new Cargo, the kids are obsessed!', text: "That's the best news! Enjoy the rides 🚲" },
    { lang: 'en', parent: 'How do I reset the display?', text: 'Hold the power and + buttons for 5 seconds and it restarts.' },
    { lang: 'en', parent: 'lol you deleted my comment, cowards', text: "We didn't, it's still there under the pinned post." },
    { lang: 'fr', parent: 'Vous avez perdu ma commande, ça fait 2 semaines !', text: "Toutes nos excuses, c'est une erreur de notre part. On vous renvoie un vélo dès demain en express." },
    { lang: 'fr', parent: 'Je vais porter plainte, mon vélo a été livré cassé', text: 'Vous avez raison d’être en colère, et nous en sommes désolés. On vous écrit en message privé pour organiser l’échange.' },
    { lang: 'fr', text: "Pardon pour la panne de l'appli ce matin : c'était notre faute, tout est rétabli." },
    { lang: 'fr', parent: "C'est vrai que vous êtes attaqués en justice ?", text: 'Je ne peux pas commenter, désolé.', account: 'personal' },
    { lang: 'en', text: 'We understand. Our mechanics are calling every affected rider this week, and the new brackets are free.', parent: 'This recall is a disgrace' },
    { lang: 'fr', text: 'C’est notre faute, désolés. L’appli remarche depuis 14 h et on vous offre un mois d’abonnement.', parent: 'Votre panne de mardi m’a fait perdre un client' },
    { lang: 'en', text: 'This made our week 💙 Enjoy the rides!', parent: 'You saved my commute! I broke the chain by mistake and your mechanic fixed it in 10 minutes, thank you so much' },
  ],
});
