import practice from '../../rules/practices/03-conversational-tone';
import { ruleTester } from '../rule-tester';
import { testProfile } from '../fixtures/profile';

ruleTester(practice, {
  invalid: [
    // Round 3: nominalised causes and agentless "events" answering a plain question.
    {
      lang: 'en',
      text: 'Assistance cessation was occasioned by the non-renewal of your subscription subsequent to a payment modification event.',
      parent: 'why did the motor assist suddenly stop working?',
    },
    {
      lang: 'fr',
      text: "La cessation de l'assistance est consécutive au non-renouvellement de votre abonnement, occasionné par un rejet de prélèvement.",
      parent: "pourquoi l'assistance de mon vélo s'est coupée d'un coup ?",
    },
    // Round 2: notice language answering a plain question or a compliment.
    {
      lang: 'en',
      text: 'Loan bikes fall outside the scope of the standard subscription, unless otherwise specified in your contract.',
      parent: 'can I borrow a bike while mine is being repaired?',
    },
    {
      lang: 'fr',
      text: "Le prêt d'un vélo de courtoisie fait l'objet d'une demande par le biais de l'espace client.",
      parent: 'vous prêtez un vélo pendant la réparation ?',
    },
    {
      lang: 'fr',
      text: "Une anomalie de l'application a été constatée. Des investigations sont en cours. Un retour à la normale est envisagé.",
      parent: "l'appli plante quand j'ouvre la carte, c'est normal ?",
    },
    {
      lang: 'en',
      text: 'A firmware rollback was initiated as a precautionary measure following the detection of abnormal battery readings.',
      parent: 'why did my display reset overnight?',
    },
    { lang: 'en', text: 'Please be advised that, pursuant to our updated service policy, all repair requests shall be processed in accordance with workshop availability.' },
    { lang: 'en', text: 'We are leveraging best-in-class synergies to deliver a holistic, data-driven rider experience across key verticals.' },
    {
      lang: 'en',
      text: 'Battery exchanges are subject to eligibility verification and must be submitted no fewer than 48 hours prior to the requested appointment.',
      parent: '@BrisaBikes can I swap my battery at any of your shops?',
    },
    { lang: 'en', text: 'Following the implementation of revised operational procedures, deliveries will henceforth be effected exclusively between the hours of 8:00 and 12:00.' },
    { lang: 'en', text: 'Excited to drive stakeholder alignment and unlock value across our end-to-end mobility ecosystem. Big KPIs ahead!', account: 'personal', site: 'linkedin' },
    { lang: 'fr', text: 'Nous vous informons que, conformément aux conditions générales, toute demande de remboursement est soumise à une procédure de vérification préalable.' },
    { lang: 'fr', text: "Dans le cadre de l'optimisation de notre dispositif de livraison, il est procédé à la mise en œuvre d'un nouveau créneau horaire." },
    {
      lang: 'fr',
      text: "La restitution des vélos s'effectue dans la limite des plages horaires d'ouverture, sous réserve de présentation d'un justificatif.",
      parent: 'Je peux venir chercher mon vélo samedi ?',
    },
    { lang: 'fr', text: "Hyper fier de driver la roadmap et d'aligner les stakeholders sur nos KPIs data-driven. On délivre de l'impact !", account: 'personal', site: 'linkedin' },
    { lang: 'fr', text: "En raison d'un incident d'exploitation survenu ce matin, une perturbation est susceptible d'affecter les livraisons. Il est recommandé de reporter votre rendez-vous." },
    // Generalisation: archaic legal adverbs, third-person reader, and engineering vocabulary for someone who is lost.
    { lang: 'en', text: 'Effective upon renewal, fees payable hereunder shall be adjusted in accordance with the prevailing tariff, and continued use shall constitute acceptance thereof.' },
    {
      lang: 'en',
      text: 'The displayed range is not reflective of the battery\'s nominal capacity and is attributable to thermal conditions pertaining to the cell pack.',
      parent: 'why does my display say 20 km when the bike is supposed to do 80??',
    },
    {
      lang: 'fr',
      text: 'Le freinage régénératif assure une récupération bidirectionnelle de l’énergie, tandis que le contrôleur garantit une modulation paramétrable du couple.',
      parent: 'Je suis perdue, c’est quoi la différence entre les deux modes ?',
    },
    { lang: 'fr', text: "Il est porté à la connaissance des abonnés que toute résiliation est subordonnée à la production préalable d'une pièce justificative." },
  ],
  valid: [
    // Round 3: a brand whose chosen voice is formal may answer in its register with two set phrases.
    {
      lang: 'fr',
      text: "Nous prenons bonne note de votre remarque. Nos vélos de location font l'objet d'un contrôle avant chaque départ, conformément à notre charte.",
      parent: 'Le vélo loué hier avait un frein qui couinait, pas très rassurant.',
      profile: { ...testProfile, voice: { formality: 'formal' as const, emoji: 'never' as const, person: 'we' as const } },
    },
    // Round 2: one stiff phrase in an otherwise plain reply is fine.
    { lang: 'en', text: "Yes! Loan bikes are free while yours is in the workshop, just ask at the counter. In line with our policy we'll hold it for 7 days.", parent: 'can I borrow a bike while mine is being repaired?' },
    { lang: 'fr', text: "Oui, on vous prête un vélo pendant la réparation, il suffit de le demander à l'accueil de l'atelier.", parent: 'vous prêtez un vélo pendant la réparation ?' },
    { lang: 'en', text: "Our T&Cs just got a plain-English makeover: you can cancel any month, no fee. The full legal text is at brisa.bike/terms if you fancy it." },
    { lang: 'en', text: "Our old FAQ said 'subject to eligibility verification prior to the commencement of the exchange'. New version: had your bike 30 days? You can swap it. That's it." },
    { lang: 'en', text: "We're opening a new workshop in Leeds in March. Walk in with any bike and our mechanics will sort you out." },
    { lang: 'en', text: 'Big news for Bristol commuters: our new station at Temple Meads opens Monday, with secure parking, free tyre checks and a repair bench you can use any time.' },
    { lang: 'en', text: 'Please note that the Leeds shop closes early on Friday for our team party. Back to normal on Saturday!' },
    { lang: 'fr', text: "« Conformément à l'article 4.2 des conditions générales… » Non, on ne va pas vous parler comme ça 😄 En clair : vous pouvez suspendre votre abonnement 2 mois par an." },
    { lang: 'fr', text: 'Nouvelle station de recharge à Lyon Part-Dieu dès lundi : gratuite pour les abonnés, ouverte 7 jours sur 7.' },
    { lang: 'fr', text: "La livraison est gratuite dans toute la métropole, et on vous installe le vélo à domicile. Dans le cadre de notre partenariat avec la ville, l'antivol est offert." },
    {
      lang: 'en',
      text: 'Regen braking puts a little energy back in the battery when you slow down. Eco mode just gives you less help on the pedals, so the battery lasts longer.',
      parent: "I'm lost, what's the difference between regen and eco mode?",
    },
    {
      lang: 'fr',
      text: 'En clair : le mode Éco vous aide moins, donc la batterie tient plus longtemps. Le freinage régénératif recharge un peu la batterie quand vous freinez.',
      parent: 'Je comprends pas la différence entre les deux modes',
    },
  ],
});
