import practice from '../../rules/practices/04-add-value';
import { ruleTester } from '../rule-tester';

ruleTester(practice, {
  invalid: [
    // Round 3: bare agreement and follow-bait under substantive posts.
    { lang: 'en', text: 'This!! 👏👏 Follow us for more', parent: 'Five things our mechanics check before every winter: brakes, lights, tyres, chain, battery contacts.' },
    { lang: 'fr', text: 'Trop vrai 💯💯', parent: 'Notre analyse : pourquoi les trajets domicile-travail à vélo ont doublé à Lyon en trois ans (chiffres et carte)' },
    // Round 2: plugs, one-word agreement, emoji-comment bait and bare polls.
    { lang: 'en', text: 'So true!! Follow us for more riding tips!', parent: 'Thread: what I learned commuting 20 km a day by e-bike for a year 🧵' },
    { lang: 'fr', text: 'Absolument, tellement vrai 💯', parent: 'Pourquoi les pistes cyclables séparées réduisent les accidents : le point en 5 graphiques [lien]' },
    { lang: 'fr', text: 'Répondez avec un émoji 🚲 et on verra ce qui arrive 😏' },
    { lang: 'en', text: 'Thoughts? 👇 [image: a quote about cities and bikes]', site: 'linkedin' },
    { lang: 'en', text: 'RT if your commute is better on two wheels 🚲' },
    { lang: 'en', text: 'Tag 3 friends who still drive to work 👇' },
    { lang: 'en', text: 'So true 💯', parent: 'Cycling to work cuts sick days by 15%, new study of 4,000 commuters finds [link]' },
    { lang: 'en', text: "Drop a 🔥 if you're ready for spring rides!" },
    { lang: 'en', text: "Comment BIKE below and... just kidding, we wanted to see how many of you are out there 😂" },
    { lang: 'en', text: 'Friday! #ebike #cycling #commute #bikelife #green #friday #weekend #ride' },
    { lang: 'en', text: 'Like and share if you think cities need more bike lanes!', account: 'personal' },
    { lang: 'en', text: 'This 👆', parent: 'UK e-bike sales up 28% year on year, says the Bicycle Association [link]' },
    { lang: 'en', text: 'Every ❤️ = one more metre of bike lane we will lobby for. GO!' },
    { lang: 'fr', text: 'Like si toi aussi tu préfères le vélo aux bouchons 🚲' },
    { lang: 'fr', text: 'Identifie un ami qui a besoin de se mettre au vélo 👇' },
    { lang: 'fr', text: 'Tout est dit 👏', parent: 'Les ventes de vélos électriques ont bondi de 30 % en 2024 (source : Union Sport & Cycle)' },
    { lang: 'fr', text: 'Commente « VÉLO » pour… non, on voulait juste voir si vous étiez là 😄' },
    { lang: 'fr', text: 'Bon lundi ! #vélo #VAE #mobilité #écologie #lundi #motivation #team #lyon' },
    { lang: 'fr', text: "Partage si t'es d'accord !" },
    { lang: 'fr', text: 'Tellement vrai 💯💯', parent: 'Une étude de l’ADEME montre que le vélo électrique remplace la voiture sur 40 % des trajets [lien]' },
    // Generalisation: praise that fits any post, reach-for-reward bait, tag-a-friend in new words.
    { lang: 'en', text: 'Great read, thanks for sharing!', site: 'linkedin', parent: 'New guide: how small firms can get staff cycling to work, with a free policy template [link]' },
    { lang: 'fr', text: 'Super article, merci du partage 🙏', site: 'linkedin', parent: 'Notre étude 2025 sur les trajets domicile-travail à vélo est en ligne : 40 pages, gratuite.' },
    { lang: 'en', text: 'The more comments we get, the more helmets we give away 😉 Go!' },
    { lang: 'fr', text: 'Mentionne deux copines qui rêvent de rouler avec toi 🚲 et tente de gagner un casque !' },
  ],
  valid: [
    { lang: 'fr', text: 'Trop vrai, et on ajoute un point : vérifiez aussi les patins de frein, ils s’usent deux fois plus vite sous la pluie.', parent: 'Préparer son vélo pour l’hiver : pneus, lumières, chaîne.' },
    // Round 2: a French word that is not an order, and a useful post that ends with a follow.
    { lang: 'fr', text: 'Votre antivol tient avec du ruban adhésif ? On le remplace en 5 minutes à l’atelier, la tape 🩹 ne suffit pas longtemps.' },
    { lang: 'en', text: 'Winter tip: lower your tyre pressure by 5 psi for better grip on wet leaves. Follow us for more maintenance tips!' },
    { lang: 'en', text: 'Reply with your daily route and our mechanics will suggest the right tyre pressure for it.' },
    { lang: 'en', text: "+1, and for the City 2's 2-inch tyres, aim for 2.5 to 3 bar: any higher and the cobbles hurt.", parent: 'Tip: pump your tyres to 3.5 bar to avoid flats in town' },
    { lang: 'en', text: 'Thanks Tom! 🙌', parent: '@BrisaBikes thanks for sorting my brakes so fast yesterday' },
    { lang: 'en', text: "We're hiring two mechanics in Leeds. Apply at brisa.bike/careers #hiring #Leeds" },
    { lang: 'en', text: 'So true 💯', account: 'personal', parent: 'Nothing beats the first ride of spring' },
    { lang: 'en', text: "Commuters: what's the one accessory you couldn't ride without? Tell us below 👇" },
    { lang: 'en', text: "Like many of you, we love a dry Friday ride. Here's our route of the week: brisa.bike/routes/7" },
    { lang: 'en', text: "Share your best commute photo with #BrisaRides and we'll feature a favourite every Friday (with your permission)." },
    { lang: 'fr', text: 'Dites-nous en commentaire votre trajet préféré : on prépare une carte des meilleurs itinéraires.' },
    { lang: 'fr', text: 'Exactement : et pour les pneus de 2 pouces, visez plutôt 2,5 à 3 bars.', parent: 'Astuce : gonflez vos pneus à 3,5 bars pour éviter les crevaisons' },
    { lang: 'fr', text: 'On recrute ! Deux mécanicien·ne·s à Toulouse. #recrutement #Toulouse' },
    { lang: 'fr', text: 'Partagez vos photos de balade avec #BrisaRides, on republie nos préférées (avec votre accord) !' },
    { lang: 'fr', text: 'Oui !', parent: '@BrisaVelo vous livrez le samedi ?' },
    { lang: 'en', text: 'Exactly! 💯', parent: 'So the subscription includes servicing and insurance?' },
    { lang: 'en', text: 'Great point about winter tyres, Priya. We switch our fleet in November and punctures drop by half.', site: 'linkedin', parent: 'Winter tyres are not just for cars: city cyclists should switch too.' },
    { lang: 'fr', text: 'Tout à fait d’accord, et on ajouterait : un bon éclairage arrière, ça change tout en hiver.', site: 'linkedin', parent: 'Rouler en hiver, ça se prépare : pneus, freins, vêtements.' },
  ],
});
