import practice from '../../rules/practices/17-know-your-audience';
import { ruleTester } from '../rule-tester';

ruleTester(practice, {
  invalid: [
    { lang: 'fr', parent: 'Mon vélo a été volé devant chez moi cette nuit, comment je le déclare dans l\'appli ?', text: 'Découvrez notre nouvelle collection printemps 🌸 avec -15 % pour les abonnés ! Profitez-en.' },
    { lang: 'en', parent: 'Is there a way to get the invoice in my company name? Our accountant needs it today.', text: 'Thanks for reaching out! Did you know our new Cargo 2 is now available in 3 colours?' },
    { lang: 'en', parent: 'Is the Fold light enough to carry up four flights of stairs? I live on the 4th floor, no lift.', text: 'Great news! The Fold now comes in three new colours 🎨 Check out the full range at brisa.bike/fold' },
    { lang: 'en', parent: "I'm deaf, can I book a service without phoning?", text: "Of course! Just call our workshop on 0800 000 111 and they'll sort it." },
    { lang: 'en', parent: 'Does your app work on a Huawei phone without Google services?', text: "Yes! Download it from the App Store on your iPhone and you're set." },
    { lang: 'en', parent: 'My husband is in hospital after a crash and I need to pause his subscription.', text: 'Thanks for reaching out! Did you know you can gift a subscription? Refer a friend and get a month free 🎁' },
    { lang: 'en', parent: 'Does your app run on Linux?', text: "Download our app for Windows or Mac and you're all set!" },
    { lang: 'en', parent: "I'm blind and use a screen reader. Is your booking page accessible?", text: "Our new booking page has a fresh, colourful design we think you'll love 😍" },
    { lang: 'fr', parent: 'Je suis en fauteuil roulant, vous avez un modèle adapté ?', text: 'Merci pour votre message ! Découvrez toute notre gamme sur brisa.fr 🚲' },
    { lang: 'fr', parent: 'On habite à 80 km de la boutique la plus proche, comment faire réviser le vélo ?', text: "Passez en boutique quand vous voulez, nos mécanos s'occupent de tout !" },
    { lang: 'fr', parent: 'Vous livrez en Guadeloupe ? Et en combien de temps ?', text: 'Bonne nouvelle : notre nouvelle gamme 2025 est disponible dès maintenant ! Profitez-en 😉' },
    { lang: 'fr', parent: "Ma fille est malvoyante, l'appli marche avec TalkBack ?", text: 'Notre appli a un tout nouveau design, plus coloré et plus moderne ✨' },
    { lang: 'fr', parent: "Mon vélo a été volé cette nuit, vous pouvez m'aider à le retrouver avec le GPS ?", text: 'Nous vous remercions pour votre message. Retrouvez toutes nos offres antivol sur brisa.fr 🔒' },
    { lang: 'en', parent: "My dad is 80 and not good with computers, can I manage his subscription for him?", text: 'Sure! He just needs to download the app, create an account and add his card in Settings 👍' },
    { lang: 'en', parent: 'The Android app freezes every time I open the ride history, Pixel 7', text: 'Hi! Have you tried our iPhone app? It just got a big update 🙂' },
    { lang: 'fr', parent: 'J’ai perdu mon emploi et j’ai pas les moyens, je peux garder mon vélo un mois de plus ?', text: 'Passez à notre offre premium : assurance vol et entretien illimité inclus ! brisa.fr/premium' },
    { lang: 'fr', parent: 'Je suis en fauteuil, comment je rejoins votre boutique de la gare ?', text: 'Facile, prenez l’escalier au bout du quai, c’est à deux minutes à pied !' },
  ],
  valid: [
    { lang: 'en', parent: 'Drew your little bike mascot in my sketchbook this weekend 🚲✏️', text: 'We love it!! It might become our new favourite wallpaper 😍' },
    { lang: 'fr', parent: 'Regardez ce que j\'ai dessiné avec ma fille : votre vélo cargo en pâte à modeler !', text: 'Trop beau ! Notre nouveau modèle vous va bien 😄' },
    { lang: 'en', parent: 'Is the Fold light enough to carry upstairs?', text: "It's 16 kg, so most people manage a flight or two. The battery comes off (2.5 kg) to make it lighter." },
    { lang: 'en', parent: "I'm deaf, can I book a service without phoning?", text: 'Yes: book online at brisa.bike/service or DM us here, no call needed.' },
    { lang: 'en', parent: 'Thanks for the quick repair yesterday!', text: "Thanks for your message, Sam! Glad you're rolling again 🚲" },
    { lang: 'en', parent: 'Do you deliver to Jersey?', text: 'Good news: yes! Jersey deliveries take about a week.' },
    { lang: 'en', parent: 'Does the app work with Android?', text: 'Yes, and on iOS too!' },
    { lang: 'en', parent: 'My display shows E12, help', text: 'Thanks for getting in touch! E12 means the speed sensor lost its magnet: check it sits 1–2 mm from the sensor.' },
    { lang: 'fr', parent: 'Vous avez des vélos adaptés aux personnes en fauteuil ?', text: 'Pas encore, désolés ! On travaille sur un tricycle, on vous tient au courant.' },
    { lang: 'fr', parent: "Merci pour l'atelier réparation de samedi, trop bien !", text: 'Merci pour votre message ! On remet ça en juin 🔧' },
    { lang: 'fr', parent: 'La batterie tient combien de temps en hiver ?', text: 'Comptez environ 60 km par temps froid, contre 90 en été.' },
    { lang: 'en', parent: "My mum isn't tech savvy, can I handle her bookings on her behalf?", text: 'Yes! Add her bike to your own account and you can book her services for her.' },
    { lang: 'fr', parent: 'Merci pour la réparation express, vous êtes géniaux 😭🙏', text: 'Merci pour votre message ! N’hésitez pas à repasser pour le réglage des freins.' },
  ],
});
