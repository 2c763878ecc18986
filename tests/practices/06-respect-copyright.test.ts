import practice from '../../rules/practices/06-respect-copyright';
import { ruleTester } from '../rule-tester';

ruleTester(practice, {
  invalid: [
    { lang: 'fr', text: "On a retranscrit ci-dessous la chronique de Julie publiée dans un quotidien réservé aux abonnés, pour que tout le monde en profite.", account: 'personal' },
    { lang: 'en', text: "Copied the paywalled piece from this morning's paper here in full, you're welcome 🙌", account: 'personal' },

    // Round 2: a fan's or creator's work reused, a recorded show, a whole thread screenshotted.
    { lang: 'en', text: 'Gorgeous! We printed it on our new tote bags for the spring collection 😍', parent: "Here's my watercolour of your cargo bike, painted it last weekend 🎨 [painting]" },
    { lang: 'en', text: "Screenshotted her whole thread on chain maintenance and reposting it here, she won't mind 😅", account: 'personal' },
    { lang: 'fr', text: "Petit extrait du concert d'hier soir au Zénith, l'ambiance était folle 🎶 [vidéo filmée depuis la fosse]" },
    { lang: 'fr', text: "On a trouvé les dessins d'un illustrateur sur Pinterest, on les met sur nos stickers. Il va adorer 😅" },
    // English: credit removed.
    { lang: 'en', text: "Took this pic from a photographer's Insta and cropped out the watermark, looks way cleaner now 😎", account: 'personal', severity: 'risk' },
    { lang: 'en', text: "Reposting @sketchy_sam's comic on our page but trimmed off the bottom bit with his name, it fits better 👌" },
    { lang: 'en', text: 'Our new poster for the Leeds shop 🚲 [illustration from a cycling magazine, artist signature blurred]' },
    // English: no permission, unknown author, found online.
    { lang: 'en', text: "Our new promo video is set to Blinding Lights by The Weeknd. We didn't get the rights but who's gonna check 🤷" },
    { lang: 'en', text: 'Borrowed this gorgeous illustration from an artist on Twitter for our new banner, hope they don\'t mind 😅' },
    { lang: 'en', text: 'No copyright infringement intended, all credit to the owner! Just had to share this amazing ride video 🚴', account: 'personal' },
    { lang: 'en', text: 'Love this illustration we found on Google Images, perfect for our spring campaign 🌸' },
    // English: whole works copied, "the web is public domain".
    { lang: 'en', text: 'The FT piece on urban cycling is paywalled so I pasted the whole thing below for you all 👇', account: 'personal' },
    { lang: 'en', text: 'Sharing the full e-book here as a PDF so nobody has to buy it 📚', account: 'personal' },
    { lang: 'en', text: "Anything posted online is basically public domain, so yes, we used your photo. You're welcome for the exposure.", parent: 'You used my photo in your ad without asking me!' },
    // French.
    { lang: 'fr', text: "J'ai recadré la photo pour enlever la signature de l'artiste, c'est plus propre pour la plaquette 👌", account: 'personal', severity: 'risk' },
    { lang: 'fr', text: "Notre vidéo de l'été sur un titre d'Angèle 🎶 (on n'a pas demandé l'autorisation, chut)" },
    { lang: 'fr', text: "Trouvé ce dessin sur Insta, je sais pas qui l'a fait mais on va l'imprimer sur nos mugs ☕" },
    { lang: 'fr', text: "On a repris une photo trouvée sur Pinterest pour notre nouvelle affiche, elle est trop belle 😍" },
    { lang: 'fr', text: "L'article du Monde est réservé aux abonnés, alors voici le texte en entier pour vous 👇 [captures de l'article complet]" },
    { lang: 'fr', text: 'Ce que vous publiez sur internet tombe dans le domaine public, on avait le droit de reprendre votre photo.', parent: 'Vous avez utilisé ma photo sans me demander !' },
    { lang: 'fr', text: 'Les plus belles images du Tour de France pour patienter 😍 [vidéo de France Télévisions, logo de la chaîne coupé]' },
    // Generalisation: copies passed off as one's own, creators' content put in ads or on merch, commercial songs in brand videos.
    { lang: 'en', text: 'My new route-planning cheat sheet 🗺️ ok I basically traced the one from a cycling blog, just changed the colours', account: 'personal' },
    { lang: 'en', text: 'Gorgeous shot of a City 2 on the seafront by @coastal.lens 🌊 We used it for our new summer campaign, thanks!' },
    { lang: 'en', text: "New ad is live 🎬 set to 'Mr. Brightside' by The Killers, because it just works. brisa.bike/ad" },
    { lang: 'fr', text: "Mon nouveau logo pour le club 🎨 j'ai pompé celui d'un studio lyonnais, mais j'ai changé la police 😅", account: 'personal' },
    { lang: 'fr', text: "Ce dessin d'une fan est trop beau, on l'a imprimé sur nos nouveaux tote bags 💛 dispo en boutique !" },
    { lang: 'fr', text: 'Notre nouvelle vidéo est en ligne 🎬 sur fond de « Papaoutai » de Stromae, ça donne envie de pédaler !' },
  ],
  valid: [
    // Round 2: copy-paste as a keystroke, the brand's own show.
    { lang: 'fr', text: 'Attention au copier-coller de votre clé de licence : un espace en trop suffit à la bloquer.', parent: "Ma clé de licence est refusée, c'est normal ?" },
    { lang: 'en', text: 'A clip from our own show last night, filmed by our team 🎬' },
    // English: credit, licence, advice.
    { lang: 'en', text: 'Stunning sunrise over the canal, photo by @lucie.rides 📸 Thanks for letting us share it!' },
    { lang: 'en', text: 'Reminder for creators: never remove a watermark or crop out a credit. Tag the artist, always.', account: 'personal' },
    { lang: 'en', text: 'We licensed this track from Epidemic Sound for our new ad. Turn the volume up 🔊' },
    { lang: 'en', text: 'Found on the internet: the answer to why my chain keeps slipping. It was me. It was always me 😅', account: 'personal' },
    { lang: 'en', text: 'Our full report on commuting habits is out: brisa.bike/report 📊' },
    { lang: 'en', text: "We've removed the credit card step from checkout: Apple Pay and PayPal are in 🎉" },
    // French.
    { lang: 'fr', text: 'Vos photos de balade sont superbes ! Envoyez-les avec #BrisaRide, on repartage en vous créditant 📸' },
    { lang: 'fr', text: 'Pour vos vidéos, préférez des musiques libres de droits : sinon, elles peuvent être bloquées.' },
    { lang: 'fr', text: 'Crédit photo : @marie_velo, reprise avec son accord. Quelle lumière sur les quais ✨' },
    { lang: 'fr', text: "J'ai trouvé sur Google comment régler mes freins, 10 minutes et c'est fait 💪", account: 'personal' },
    { lang: 'fr', text: 'On a retiré le vieux logo de nos vélos : place au nouveau design ! 🎨' },
    { lang: 'en', text: 'Thanks @coastal.lens for letting us use your seafront photo in our summer campaign 🌊 (shared with permission)' },
    { lang: 'en', text: 'Finally copied all my ride photos from my phone to the cloud. 3,000 pics, zero stress.', account: 'personal' },
    { lang: 'en', text: "The workshop's Friday playlist: 'Mr. Brightside' by The Killers is on repeat 🎧" },
    { lang: 'fr', text: "J'ai copié mes slides sur une clé USB avant la conf, au cas où 😅", account: 'personal' },
    { lang: 'fr', text: 'Notre nouvelle vidéo, avec une musique originale composée par notre équipe 🎹 Bande-son : « Vent debout »' },
    { lang: 'fr', text: 'Bonne question ! Pas sûr, on verra bien au prochain essai 😉', account: 'brand', kind: 'reply', parent: 'Vous pensez que la nouvelle batterie tiendra 100 km ?' },
    { lang: 'en', text: 'Our new onboarding demo is live, voiced and scored by our own team 🎬', account: 'brand' },
  ],
});
