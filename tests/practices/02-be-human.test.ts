import practice from '../../rules/practices/02-be-human';
import { ruleTester } from '../rule-tester';

ruleTester(practice, {
  invalid: [
    // Round 3: marketing boilerplate in place of an answer, and feedback formulas with an adverb.
    {
      lang: 'en',
      text: 'Thanks for getting in touch! Brisa offers safe, reliable e-bikes for businesses of all sizes. Learn more at brisa.bike/pro.',
      parent: 'We run a courier firm with 12 riders: can your cargo bikes take a 120 kg load on cobbled streets, and what about the warranty?',
    },
    {
      lang: 'fr',
      text: 'Merci pour votre retour ! Chaque avis client compte et nous aide à améliorer continuellement nos services.',
      parent: 'Un grand merci à Hugo de l’atelier de Nantes qui a réparé mon frein en 10 minutes avant mon départ, au top !',
    },
    {
      lang: 'fr',
      text: 'Bonjour ! Brisa propose des vélos fiables et sécurisés, adaptés à vos besoins. Découvrez nos offres sur brisa.fr.',
      parent: 'Est-ce que la batterie du modèle Urbain tient 60 km avec un siège enfant à l’arrière ? On habite en haut d’une colline.',
    },
    // Round 2: mission-statement lines and inclusive-writing forms are still a script.
    {
      lang: 'en',
      text: 'Thanks for your comment! We value every review from our riders and use them to keep improving our services.',
      parent: 'Huge thanks to Tom at the Bristol shop who stayed late to fix my chain before my trip tomorrow!',
    },
    {
      lang: 'fr',
      text: 'Merci pour votre message. La satisfaction de nos usager·e·s reste au cœur de nos priorités.',
      parent: 'Trois semaines que mon vélo est à l’atelier de Rennes et toujours aucune nouvelle du devis.',
    },
    {
      lang: 'fr',
      text: 'Bonjour, votre question a été transférée au service commercial. Un·e conseiller·ère vous rappellera rapidement.',
      parent: 'Votre abonnement entreprise couvre-t-il l’assurance vol pour nos 15 vélos ? On doit signer avant vendredi.',
    },
    {
      lang: 'en',
      text: "Hi there! We're sorry to hear that. Please contact our support team using the online form so we can look into it.",
      parent: 'Third week without my bike, two tickets open (#5521 and #5540) and nobody has called me back.',
    },
    {
      lang: 'en',
      text: 'Thank you for reaching out! Your feedback is important to us. A member of our team will be in touch shortly.',
      parent: "@BrisaBikes my rear light stopped working after the last firmware update, I've tried resetting it twice",
    },
    {
      lang: 'en',
      text: "We're sorry for any inconvenience caused. Please DM us your order number and we'll look into it.",
      parent: 'Ordered a Cargo three weeks ago, paid in full, still no delivery date and no reply to two emails.',
    },
    {
      lang: 'en',
      text: 'We appreciate your feedback. Your comments have been passed on to the relevant team.',
      parent: 'Just wanted to say the Leeds crew were brilliant, they trued my wheel while I waited and showed my son how.',
    },
    {
      lang: 'en',
      text: 'Thanks for your interest in Brisa! Please visit our website for more information. Have a great day!',
      parent: '@BrisaBikes is the Cargo rated for two child seats or only one? Need to know before Friday.',
    },
    {
      lang: 'en',
      text: 'Hi there, thanks for contacting us. We take your concerns very seriously. Kind regards, the Brisa team.',
      parent: 'The courier left my bike out in the rain for two days and now the display is dead.',
    },
    {
      lang: 'fr',
      text: 'Bonjour, nous accusons bonne réception de votre message. Un conseiller reviendra vers vous dans les meilleurs délais.',
      parent: "Ma batterie ne charge plus depuis hier, le voyant reste orange et j'ai 20 km à faire demain matin",
    },
    {
      lang: 'fr',
      text: 'Nous vous remercions pour votre message. Votre avis nous est précieux. Belle journée !',
      parent: "Super accueil à l'atelier de Nantes, merci à Julien pour ses conseils sur les freins !",
    },
    {
      lang: 'fr',
      text: 'Merci pour votre retour. Votre demande a bien été enregistrée sous la référence 58214. Cordialement, le service client.',
      parent: 'Mon vélo a été livré avec le guidon tordu, je fais quoi ? Je ne peux pas rouler avec.',
    },
    {
      lang: 'fr',
      text: "Nous sommes désolés pour la gêne occasionnée. N'hésitez pas à consulter notre site internet. Bonne journée !",
      parent: "Votre appli me déconnecte toutes les cinq minutes depuis la mise à jour, c'est pénible",
    },
    // Generalisation: deflection to a help centre, receipt notices, opening hours instead of an answer, service talk.
    {
      lang: 'en',
      text: 'We are sorry for the trouble. Please check our Help Centre for answers to the most common questions. Thanks for choosing Brisa!',
      parent: 'My rear hub clicks on every pedal stroke since the service, I have a 20 km commute tomorrow, what should I do?',
    },
    {
      lang: 'en',
      text: 'Hi there, we appreciate you taking the time to write to us. Your query is now with the right team and someone will respond within 5 working days.',
      parent: 'The charger you sent me sparks when I plug it in, I have stopped using it, I need a replacement asap',
    },
    {
      lang: 'fr',
      text: 'Bonjour, votre réclamation a bien été transmise. Nos conseillers sont joignables du lundi au samedi de 8 h à 20 h. Cordialement, le service Relation Client.',
      parent: 'On m’a facturé deux mois d’abonnement alors que mon vélo est à l’atelier depuis trois semaines, je veux un remboursement',
    },
    {
      lang: 'fr',
      text: 'Bonjour, Brisa vous remercie de votre message. Pour toute question, consultez notre centre d’aide. Belle journée !',
      parent: 'Mon fils a fait ses 100 premiers km sur son Brisa Junior, il est tellement fier, merci pour vos conseils en boutique !',
    },
  ],
  valid: [
    {
      lang: 'en',
      text: 'Thanks for asking! Yes, the cargo model is rated for 120 kg and the frame has a 5-year warranty, cobbles included. Learn more at brisa.bike/cargo.',
      parent: 'We run a courier firm with 12 riders: can your cargo bikes take a 120 kg load on cobbled streets, and what about the warranty?',
    },
    // Round 2: a stock opener followed by the actual answer is human.
    {
      lang: 'en',
      text: "Thanks for flagging this, Priya. Ticket 5540 was stuck in the Leeds queue: Sam from the workshop will call you at 3pm today with a fix date.",
      parent: 'Third week without my bike, two tickets open (#5521 and #5540) and nobody has called me back.',
    },
    {
      lang: 'en',
      text: "Thanks for reaching out, Priya! That orange light means the battery is below 5°C: bring it indoors for an hour and it'll charge normally.",
      parent: "@BrisaBikes battery won't charge, light stays orange",
    },
    {
      lang: 'en',
      text: 'Sorry for the wait, Tom! Your Cargo left our Leeds warehouse this morning and should be with you Thursday. The tracking link is in your inbox.',
      parent: 'Ordered a Cargo three weeks ago and still no delivery date',
    },
    {
      lang: 'en',
      text: "Thank you for your patience during yesterday's app outage. Everything is back to normal.",
      kind: 'post',
    },
    { lang: 'en', text: 'Have a great day!', parent: 'Thanks!' },
    {
      lang: 'en',
      text: "We're sorry to hear that! Could you try forgetting the bike in your phone's Bluetooth settings and pairing again? If it still won't connect, DM us and we'll book a check.",
      parent: 'Since the update my bike will not connect to the app at all',
    },
    {
      lang: 'fr',
      text: "Merci pour votre message Inès ! Le voyant orange veut dire que la batterie est trop froide : laissez-la une heure à l'intérieur et ça repart.",
      parent: 'Ma batterie ne charge plus, le voyant reste orange',
    },
    {
      lang: 'fr',
      text: 'Bonjour ! Désolés pour ce guidon, ce n’est pas normal. Un mécano passe chez vous jeudi pour le redresser, sans frais. Bonne journée !',
      parent: 'Mon vélo a été livré avec le guidon tordu, je fais quoi ?',
    },
    {
      lang: 'fr',
      text: 'Merci pour ce message ! On transmet à l’équipe de Lille, ça va leur faire très plaisir 😊 Bonne route !',
      parent: "Merci à l'équipe de Lille, vélo réparé en une heure alors que j'étais en galère !",
    },
    {
      lang: 'en',
      text: 'Yes! Our mechanics are in on Saturdays from 9am to 1pm, and the Leeds shop can true your wheel while you wait.',
      parent: 'Is your workshop open on Saturdays? My back wheel is buckled and I work all week',
    },
    {
      lang: 'fr',
      text: 'Bonjour Anne, votre demande est validée : les 49 € reviennent sur votre carte sous 5 jours ouvrés. Désolés pour le double prélèvement !',
      parent: 'Vous m’avez prélevé deux fois 49 € ce mois-ci, je veux être remboursée',
    },
    {
      lang: 'fr',
      text: 'Merci beaucoup pour votre message, ça nous fait très plaisir ! Belle journée à vous 😊',
      parent: 'Super accueil à l’atelier de Lyon ce matin, merci à toute l’équipe',
    },
  ],
});
