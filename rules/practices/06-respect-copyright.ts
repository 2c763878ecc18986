// Practice 6: Respect others' content and rights / Respecter les contenus et les droits d'autrui.
// Signals: removing the author's mark ("watermark cropped out", « viré le filigrane », "[signature edited
// out]", "sans crédit"); admitting there was no permission ("didn't ask for the rights", « pas demandé les
// droits »); taking from the web without knowing the author ("found on Pinterest, no idea who took it",
// "no copyright intended"); copying a whole work ("here's the whole article" past a paywall, "copying it
// all so you don't have to click", « on vous a scanné tout le chapitre »); and the belief that what is
// online is free to use ("the web is public domain"). Credit and permission ("photo by @x", "shared with
// her permission", « libre de droits ») and advice ("never remove a watermark") are not flagged.
// Also: a copy passed off as one's own (a copy admitted with a cosmetic change, a claim of authorship or the
// source named), a creator's or customer's content reused in an ad or on merch (a credit is not a licence), and
// a named commercial song in the brand's video, unless a licence or permission is stated.
import { definePractice } from '../practice';
import { defineLexicon, type Hit } from '../text/phrases';
import { negated, reportAt } from '../helpers';
import type { TextView } from '../analysis';
import { findAttachments, findQuotes } from '../lexicon/data';

/** The author's mark taken off. */
const REMOVED_CREDIT = defineLexicon('p06.removed-credit', {
  en: [
    'cropped out the (watermark|signature|credit|name|handle|logo)', 'cropped the (watermark|signature|credit|name|handle) out', 'watermark cropped',
    'watermark removed', 'removed the watermark', 'remove the watermark', 'removing the watermark', 'took the watermark off', 'took off the watermark',
    'edited out the (watermark|signature|credit|name)', '(watermark|signature|credit|name|handle) edited out', 'blurred the watermark', 'watermark blurred',
    'photoshopped out', 'photoshopped the watermark', 'without the watermark', 'without credit', 'without crediting', 'without giving credit', 'no credit',
    'uncredited', "didn't credit", 'did not credit', "won't credit", 'put (our|my) (name|logo) on it', 'with our logo on', 'slapped our logo',
    "someone else's name on it", 'our name on it', 'credit line removed', 'source line removed', 'handle cropped out', 'signature removed',
  ],
  fr: [
    'viré le filigrane', 'enlevé le filigrane', 'retiré le filigrane', 'effacé le filigrane', 'flouté le filigrane', 'coupé le filigrane',
    'sans le filigrane', 'filigrane flouté', 'filigrane coupé', 'filigrane enlevé', 'filigrane retiré', 'filigrane effacé', 'virer le filigrane',
    'enlever le filigrane', 'retirer le filigrane', 'coupé la signature', 'enlevé la signature', 'effacé la signature', 'retiré la signature',
    'signature effacée', 'signature coupée', 'sans crédit', 'sans créditer', 'sans citer', 'sans mentionner', 'sans la source', 'sans source',
    'avec notre logo', 'mis notre logo', 'notre logo dessus', 'notre nom dessus', 'recadré pour enlever', 'coupé le nom', 'enlevé le nom',
    'enlevé les crédits', 'retiré les crédits', 'sans les crédits',
  ],
});

/** Removal verbs and the marks they remove, matched near each other ("recadré pour enlever la signature"). */
const REMOVE_VERB = defineLexicon('p06.remove-verb', {
  en: ['swapped', 'swap', 'replaced', 'replace', 'crop*', 'remov*', 'edited out', 'edit out', 'blur*', 'eras*', 'delet*', 'photoshop*', 'took off', 'take off', 'strip*', 'cut out', 'cut off', 'hid', 'hide', 'hidden', 'clone stamp*', 'get rid of', 'got rid of', 'trim*'],
  fr: ['remplacé', 'remplacer', 'remplaçant', 'échangé', 'enlev*', 'retiré', 'retirée', 'retirés', 'retirer', 'retirez', 'retirant', 'coupant', 'virant', 'cachant', 'effac*', 'flout*', 'coupé', 'coupée', 'coupés', 'couper', 'coupez', 'supprim*', 'viré', 'virée', 'virer', 'virez', 'vire', 'recadr*', 'masqu*', 'gomm*', 'caché', 'cachée', 'cacher', 'rogn*'],
});
const MARK = defineLexicon('p06.mark', {
  en: ['watermark*', 'signature', 'signatures', 'credit', 'credits', 'photo credit', 'copyright', "artist's name", "author's name", "photographer's name", "creator's name", "artist's signature", 'their handle', 'his handle', 'her handle', 'their logo', 'his logo', 'her logo', 'the handle', 'the byline', 'byline', 'his name', 'her name', 'their name', 'the name of the artist', 'the artist', 'the author', "(author's|artist's|creator's|photographer's|designer's|illustrator's) (logo|name|signature|credit|watermark|handle|tag)", "the original author's", 'the original credit', "the original creator's"],
  fr: ['filigrane*', 'signature', 'signatures', 'crédit', 'crédits', 'crédit photo', 'copyright', "nom de l'artiste", "nom de l'auteur", "nom de l'autrice", 'nom du photographe', 'son pseudo', 'leur pseudo', 'son logo', 'leur logo', 'sa signature', 'son nom', 'leur nom', "logo de l'auteur", "logo de l'artiste", 'la source'],
});

/** Taking verbs and web sources, matched near each other ("borrowed this gorgeous illustration from an artist on Twitter"). */
const TAKE_VERB = defineLexicon('p06.take-verb', {
  en: ['borrowed', 'grabbed', 'took', 'taken', 'pinched', 'nicked', 'stole', 'lifted', 'pulled', 'snagged', 'ripped', 'downloaded', 'saved', 'screenshotted', 'yoinked', 'swiped', 'copied', 'reused', 'reposted'],
  fr: ['pris', 'prise', 'prises', 'piqué', 'piquée', 'piqués', 'piquées', 'chopé', 'chopée', 'chopés', 'chopées', 'récupéré', 'récupérée', 'récupérés', 'récupérées', 'emprunté', 'empruntée', 'empruntés', 'empruntées', 'téléchargé', 'téléchargée', 'téléchargés', 'téléchargées', 'capturé', 'capturée', 'repris', 'reprise', 'reprises', 'volé', 'volée', 'volés', 'volées', 'taxé', 'taxée', 'taxés', 'taxées', 'scanné', 'scannée', 'scannés'],
});
const WEB_SOURCE = defineLexicon('p06.web-source', {
  en: ['google', 'google images', 'pinterest', 'insta', 'instagram', 'twitter', 'tiktok', 'reddit', 'facebook', 'tumblr', 'youtube', 'the internet', 'the web', 'an artist', 'some artist', 'a photographer', 'some photographer', 'a youtuber', 'some youtuber', 'a creator', 'some guy', 'some random', 'his site', 'her site', 'their site', 'his website', 'her website', 'their website', 'his page', 'her page', 'their page', 'a blog', 'some blog', 'a stock site', 'getty', 'shutterstock', 'an article', 'a magazine', 'a newspaper', 'a book', 'a report', 'a website', 'the paper', 'the magazine'],
  fr: ['google', 'google images', 'pinterest', 'insta', 'instagram', 'twitter', 'tiktok', 'reddit', 'facebook', 'youtube', 'internet', 'le net', 'le web', 'un artiste', 'une artiste', 'un photographe', 'une photographe', 'un youtubeur', 'une youtubeuse', 'un créateur', 'une créatrice', 'son site', 'leur site', 'sa page', 'leur page', 'un blog', 'getty', 'shutterstock', 'un article', 'un magazine', 'un journal', 'un livre', 'un rapport', 'un site', 'le journal', 'le magazine'],
});
/** The author would object: "hope they don't mind", « j'espère qu'il m'en voudra pas ». */
const HOPE_OK = defineLexicon('p06.hope-ok', {
  en: ["hope (they|he|she|the artist|the photographer|the author|the creator) (doesn't|don't|won't) mind", "hope nobody minds", "hope no one minds",
    'if anyone complains', 'if someone complains', 'if they complain', 'if the (artist|photographer|author|label|band|creator|owner) complains', 'until someone complains',
    'until they complain', "we'll take it down if", 'will take it down if', 'will add credits if', 'add credit if', 'licensing is for', 'who needs a licence', 'who needs a license', 'who needs permission', 'rights are for', "(she|he|they) (won't|wouldn't|will not) mind", "(she'll|he'll|they'll) (love|be fine with) it", "we'll (ask|contact|credit|tag|pay) (her|him|them) (later|one day|someday|eventually)", "(we'll|i'll) ask (for permission|permission) later", "they'll never notice", "he'll never notice", "she'll never notice", "who's gonna check", "who's going to check"],
  fr: ["j'espère (qu'il|qu'elle|qu'ils|que l'artiste|que le photographe|que l'auteur) (ne m'en voudra pas|m'en voudra pas|ne nous en voudra pas|nous en voudra pas|ne dira rien|dira rien)",
    "si (quelqu'un|ça|ca|l'artiste|l'auteur|le photographe|le label|la maison de disques|le groupe) (râle|se plaint|proteste|réclame)", 'on l\'enlèvera si', 'on retirera si',
    "(il|elle|ils|elles) (ne|) (m'en|nous en) (voudra|voudront) pas", "(il|elle) va (adorer|kiffer)", "(ils|elles) vont (adorer|kiffer)", "(on|je) (la|le|les|lui|leur) (contactera|contacterai|demandera|demanderai|créditera|paiera) (un jour|plus tard|après|bientôt)",
    "tant que personne ne (râle|se plaint)", "tant que ça passe", 'les droits c\'est pour', 'qui va vérifier', 'personne ne vérifiera', "ça passera"],
});

/** No permission asked or no licence held. */
const NO_PERMISSION = defineLexicon('p06.no-permission', {
  en: [
    "didn't ask (for|) permission", 'did not ask (for|) permission', "didn't ask the (artist|photographer|author|creator|owner|band|label|designer)",
    "didn't ask for the rights", "didn't get the rights", "didn't get permission", "didn't pay for the (rights|licence|license|song|music|track|photo)",
    "don't have the rights", "don't have a licence", "don't have a license", 'no licence', 'no license', 'unlicensed', 'without asking',
    'without permission', 'without their permission', 'without his permission', 'without her permission', 'never asked', 'no permission',
    "haven't asked", 'not asking permission', 'ask forgiveness', 'asking for forgiveness', 'better to ask forgiveness',
  ],
  fr: [
    'pas demandé les droits', "pas demandé l'autorisation", 'pas demandé la permission', "pas demandé l'avis", 'sans autorisation', 'sans demander',
    'sans leur demander', 'sans lui demander', 'sans permission', 'sans leur accord', 'sans son accord', 'sans les droits', 'pas les droits',
    'pas payé les droits', "n'a pas les droits", "n'avons pas les droits", 'on a pas les droits', "on n'a pas les droits", 'sans licence',
    'pas de licence', "on verra bien si (quelqu'un|l'artiste|l'auteur|le photographe|le label|le groupe|ça passe|ca passe|ils râlent|ça gêne)", 'demander pardon plutôt que la permission',
  ],
});

/** Taken from the web with no idea of the author. */
const FOUND_ONLINE = defineLexicon('p06.found-online', {
  en: [
    'found (this|it|these|that|them) on (google|pinterest|insta|instagram|twitter|x|tiktok|reddit|facebook|tumblr|the internet|the web|online|google images|youtube)',
    'found on (google|pinterest|insta|instagram|twitter|tiktok|reddit|facebook|tumblr|the internet|the web|google images|youtube)',
    'found (the|some) (*|* *|* * *) on (google|pinterest|insta|instagram|twitter|tiktok|reddit|facebook|tumblr|the internet|the web|google images|youtube)',
    'found (this|these|that|a|an) (*|* *) on (google|pinterest|insta|instagram|twitter|tiktok|reddit|facebook|tumblr|the internet|the web|google images|youtube)',
    'grabbed (this|it|these) (off|from)', 'grabbed this shot', 'grabbed off', 'pulled (this|it) (off|from) (google|pinterest|insta|instagram|reddit|tiktok)',
    'pinched (this|it) from', 'nicked (this|it) from', 'stole this (photo|pic|picture|image|video|clip|drawing|design|illustration|meme|shot)', 'stolen from (google|pinterest|insta|instagram|twitter|tiktok|reddit|the internet|tumblr)', 'borrowed (this|it) from', 'lifted (this|it) from',
    'screenshotted (this|it) from', 'ripped (this|it) from', 'ripped from', 'downloaded (it|this|their video|the video) and', 'reuploaded', 're-uploaded',
  ],
  fr: [
    'trouvé sur (google|insta|instagram|pinterest|twitter|tiktok|facebook|internet|le net|le web|reddit|youtube)',
    'trouvée sur (google|insta|instagram|pinterest|twitter|tiktok|facebook|internet|le net|le web|reddit|youtube)',
    'trouvés sur (google|insta|instagram|pinterest|twitter|tiktok|facebook|internet|le net|le web|reddit)',
    'trouvées sur (google|insta|instagram|pinterest|twitter|tiktok|facebook|internet|le net|le web|reddit)', 'chopé sur', 'chopée sur',
    '(trouvé|trouvée|trouvés|trouvées) (les|des|l\'|la|le) (*|* *|* * *) sur (google|insta|instagram|pinterest|twitter|tiktok|facebook|internet|le net|le web|reddit|youtube)',
    '(trouvé|trouvée|trouvés|trouvées) (ce|cette|ces|un|une) (*|* *) sur (google|insta|instagram|pinterest|twitter|tiktok|facebook|internet|le net|le web|reddit|youtube)',
    '(ce|cette|ces) (*|* *) (trouvé|trouvée|trouvés|trouvées) sur (google|insta|instagram|pinterest|twitter|tiktok|facebook|internet|le net|le web|reddit|youtube)',
    "j'ai chopé", 'on a chopé', 'piqué sur', 'piquée sur', 'piqué à', 'pris sur google', 'pris sur internet', 'récupéré sur', 'récupérée sur',
    'on l\'a téléchargée', "on l'a téléchargé", "je l'ai téléchargée", "je l'ai téléchargé", 'téléchargée et', 'téléchargé et', 'remontée avec',
    'remonté avec',
  ],
});

/** Unknown author, fake credit: "no idea who took it", "credit to the owner". */
const UNKNOWN_AUTHOR = defineLexicon('p06.unknown-author', {
  en: [
    'no idea who (took|made|drew|shot|wrote|created|painted|designed|filmed)', "don't know who (took|made|drew|shot|wrote|created|painted|designed|filmed)",
    'not sure who (took|made|drew|shot|wrote|created|filmed)', 'unknown artist', 'artist unknown', 'author unknown', 'credit to (the|) (owner|original owner|creator|original creator|whoever)',
    'credits to (the|) (owner|original owner|creator|whoever)', 'all (credit|credits) to (the|) (owner|original)', 'no copyright intended', 'no copyright infringement intended',
    'no infringement intended', "i don't own", 'i do not own', 'not mine but', "it's not mine but", 'whoever made this',
    "(couldn't|could not|can't|cannot) find (who|out who) (took|made|drew|shot|wrote|created|painted|designed|filmed)", 'no idea whose (photo|pic|picture|video|drawing|art|song) (this|it) is',
  ],
  fr: [
    "aucune idée de qui (l'a|a)", "je sais pas qui (l'a|a)", "je ne sais pas qui (l'a|a)", "sais pas qui l'a", 'auteur inconnu', 'artiste inconnu', 'source inconnue',
    'crédit au propriétaire', 'crédits au propriétaire', "crédit à l'auteur", 'droits à leur propriétaire', 'droits réservés à leurs auteurs', 'pas de moi mais',
    'je ne possède pas', 'aucune violation', 'qui que soit l\'auteur', 'impossible de savoir qui', "pas réussi à trouver qui", "pas trouvé qui",
  ],
});

/** Copying a whole work. */
const COPY_ALL = defineLexicon('p06.copy-all', {
  en: [
    'copying it all', 'copied it all', 'copy-pasted', '(i|we|i\'ve|we\'ve) (copied|pasted|transcribed|retyped) (it|the article|the piece|the text|the story) (below|here|in full)', '(pasted|copied) (below|here) in full', 'copy pasted', 'copypasted', 'pasted the whole', 'copied the whole', "so you don't have to click",
    'no need to click', 'scanned the whole', 'the whole chapter', 'the whole book', '(full|whole|entire) (album|movie|film|episode|season|series) (free|for free|download|downloads|mp3|zip|torrent|rip|without paying|no subscription)', '(free|download) (the|) (full|whole) (album|movie|film|episode|season)',
    'so nobody has to buy', 'saves you the subscription', 'save you the subscription', 'saves you a subscription', 'no subscription needed', "so you don't have to buy", 'no need to buy',
    'full e-book', 'full ebook', 'whole ebook', 'whole e-book', 'pdf of the book', 'the book as a pdf', 'free pdf of', 'full pdf',
    'page by page', 'the full recipe from', 'the whole recipe from', 'word for word', 'copied (his|her|their) (post|article|text|thread|caption|blog)', 'reposted (his|her|their) (video|photo|post|thread)',
    '(screenshotted|screencapped|copied|reposted|reposting|reuploaded) (the|her|his|their) (whole|entire) (thread|post|article|tutorial|guide|blog post)', '(copied|pasted|reposted|lifted) (it|this|them) (verbatim|as is|as-is|word for word|wholesale)',
  ],
  fr: [
    'copié-collé', 'copié collé', 'copier-coller', 'copier coller', 'tout copié', "(j'ai|je vous ai|on a|on vous a) (recopié|retranscrit|collé) (ci-dessous|ici|en dessous|tout|l'intégralité|l'article|le texte)", "(recopié|recopiée|retranscrit|retranscrite) (en entier|intégralement|dans son intégralité)", 'on vous a scanné', "je vous ai scanné", 'scanné tout', 'tout le chapitre',
    'tout le livre', "(l'album|le film|l'épisode|la saison|la série) (complet|complète|en entier) (gratuit|gratos|en téléchargement|à télécharger|en streaming gratuit|sans abonnement|sans payer)", "(télécharger|téléchargez) (l'album|le film|l'épisode|la saison) (complet|complète|en entier)", 'pour pas que vous ayez à cliquer', 'sans avoir à cliquer',
    'pas besoin de cliquer', "voici l'article complet", "voici tout l'article", "l'article en entier", "tout l'article", "pas besoin de l'acheter",
    "pour pas l'acheter", 'sans l\'acheter', 'le livre en pdf', 'le pdf du livre', 'pdf complet', 'le livre entier', 'le livre complet',
    "vous évite l'abonnement", "pas besoin d'abonnement", "pas besoin de s'abonner", 'page par page', 'recette complète du livre', 'mot pour mot', 'copié (son|leur) (post|article|texte|fil|thread|blog)', 'repris (son|leur) (texte|article|post) mot',
    '(screen|screené|screenshoté|capturé|copié|repris|reposté|reposte) tout (le|son|leur) (thread|fil|article|tuto|post)', '(copié|copiée|copiés|repris|reprise|collé|collée) tel quel', '(copié|copiée|copiés|repris|reprise|collé|collée) telle quelle', '(copié|copiée|repris|reprise) tels quels',
  ],
});

const PAYWALL = defineLexicon('p06.paywall', {
  en: ['paywall', 'paywalled', 'behind a paywall', 'subscribers only', 'subscriber-only', 'premium article'],
  fr: ['paywall', 'payant', 'réservé aux abonnés', 'abonnés seulement', 'article payant', 'derrière un paywall'],
});

const WHOLE = defineLexicon('p06.whole', {
  en: ['the whole thing', 'whole article', 'full article', 'full text', 'in full', 'the whole', 'for you', 'here it is', 'screenshots', 'entire article', 'the entire', 'in its entirety', 'full story', 'whole piece'],
  fr: ["l'article complet", 'en entier', "tout l'article", "l'intégralité", 'intégralité', 'intégralement', 'texte intégral', 'version intégrale', 'le voici', 'pour vous', 'cadeau', "c'est cadeau", 'captures'],
});

/** A recording of someone else's show, concert or film: "clip from the gig", « extrait du spectacle ». */
const BOOTLEG = defineLexicon('p06.bootleg', {
  en: ['(filmed|recorded|shot) (at|during) (the|a|his|her|their|last night\'s) (show|concert|gig|set|screening|movie|film|match|game|play|special|stand-up)', '(clip|excerpt|snippet|bit|extract) (from|of) (the|a|his|her|their|this) (show|special|concert|gig|set|movie|film|stand-up|sketch|play|episode)', 'bootleg'],
  fr: ['(filmé|filmée|enregistré|enregistrée) (pendant le|pendant la|lors du|lors de la|au|à la) (spectacle|concert|show|match|film|séance|pièce|sketch)', '(filmé|filmée|enregistré|enregistrée) pendant le (spectacle|concert|show|match|film|sketch)', '(extrait|passage|bout|séquence) (du|de son|de leur|d\'un|de ce) (spectacle|concert|show|film|sketch|one-man-show|stand-up|match|épisode)'],
});

/** "The web is public domain", « c'est sur internet donc c'est libre ». */
const FREE_FOR_ALL = defineLexicon('p06.free-for-all', {
  en: ["'public domain'", 'public domain', "if it's online it's free", "it's on the internet", "it's online so", 'free to use because', 'fair use lol', "it's fair use", 'the internet is free'],
  fr: ['domaine public', "c'est sur internet", "c'est en ligne donc", 'internet c\'est gratuit', 'libre de droits puisque', "c'est public donc"],
});

/** Credit, licence and permission stated. */
const CREDITED = defineLexicon('p06.credited', {
  en: ['with (his|her|their) permission', 'with permission', 'shared with permission', 'used with permission', 'reposted with permission', 'licensed', 'licenced', 'under licence', 'under license', 'we bought the rights', 'we licensed', 'royalty-free', 'royalty free', 'creative commons', 'we credit', 'we always credit', 'always credit', 'cc by', 'cc-by', 'photo by', 'photo credit', 'credit:', 'credits:', 'shot by', 'art by', 'illustration by', 'music by', 'video by', 'h/t', 'hat tip', 'repost from', 'original by', 'courtesy of', 'go follow'],
  fr: ['avec (son|leur) (accord|autorisation|permission)', "avec l'accord de", "avec l'autorisation de", 'avec son aimable autorisation', 'libre de droits', 'libres de droits', 'sous licence', 'on crédite', 'nous créditons', 'toujours créditer', 'on a acheté les droits', 'nous avons acheté les droits', 'droits achetés', 'crédit photo', 'crédits photo', 'photo :', 'réalisé par', 'allez suivre', 'allez voir son compte', 'avec son accord', 'avec leur accord'],
});

/** Admitting a copy: "basically copied", « un peu beaucoup copiée », "traced over", « pompé ». */
const COPY_ADMIT = defineLexicon('p06.copy-admit', {
  en: ['copied', 'basically copied', 'pretty much copied', 'totally copied', 'ripped off', 'ripped it off', 'traced', 'traced over', 'plagiarised', 'plagiarized', 'borrowed heavily', 'heavily inspired', 'very inspired', 'a little too inspired', 'shamelessly inspired', 'heavily borrowed', 'knocked off', 'knock-off of', 'stole the idea'],
  fr: ['copié', 'copiée', 'copiés', 'copiées', 'pompé', 'pompée', 'pompés', 'repompé', 'repompée', 'plagié', 'plagiée', 'décalqué', 'décalquée', 'largement inspiré', 'largement inspirée', 'très inspiré', 'très inspirée', 'fortement inspiré', 'fortement inspirée', 'beaucoup inspiré', 'beaucoup inspirée', 'un peu trop inspiré', 'un peu trop inspirée', "piqué l'idée", 'volé l\'idée'],
});
/** Small changes meant to pass a copy off as new: "just changed the colours", « changé la police ». */
const DISGUISE = defineLexicon('p06.disguise', {
  en: ['(just|only|) (changed|swapped|tweaked) the (colours|colors|colour|color|font|fonts|palette|title|caption|wording)', 'changed a few words', 'changed some words', 'reworded it', 'reworded', 'flipped it', 'mirrored it', 'so nobody can tell', 'so no one can tell', 'so no one notices', 'so nobody notices'],
  fr: ['(juste|seulement|) (changé|modifié|inversé) (les couleurs|la couleur|la police|le titre|la palette|quelques mots|deux trois mots)', 'reformulé', 'mis en miroir', 'pour que ça se voie pas', 'pour pas que ça se voie', 'pour que personne ne le voie', 'pour que ça se remarque pas'],
});
/** The author presenting a creative work as theirs. */
const OWN_WORK = defineLexicon('p06.own-work', {
  en: ['(my|our) (*|) (infographic|illustration|design|logo|drawing|artwork|art|chart|graphic|poster|visual|article|post|thread|song|track|recipe|template|slides|deck|cheat sheet|guide|meme|comic|painting|print|pattern|font|mascot)', 'i made', 'i drew', 'i designed', 'i created', 'i wrote', 'we made', 'we designed', 'we created'],
  fr: ['(mon|ma|mes|notre|nos) (*|) (infographie|illustration|dessin|logo|visuel|affiche|graphique|schéma|article|post|thread|fil|chanson|morceau|recette|modèle|slides|présentation|guide|fiche|mème|meme|bd|tableau|motif|police|mascotte)', "j'ai fait", "j'ai dessiné", "j'ai créé", "j'ai conçu", "j'ai écrit", 'on a fait', 'on a créé', 'on a conçu'],
});

/** Commercial use: an ad, a campaign, packaging, merch. Credit is not a licence there. */
const COMMERCIAL_USE = defineLexicon('p06.commercial-use', {
  en: [
    '(for|in|on|into|as) our (*|* *|) (ad|ads|advert|adverts|campaign|billboard|billboards|banner|banners|packaging|homepage|website|landing page|newsletter|catalogue|catalog|flyer|flyers|poster|posters|commercial|brochure|merch|t-shirts|tshirts|tees|mugs|tote bags|label|labels|boxes|shop window|window display|product page|cover photo|header|menu|help centre|help center|docs|faq|blog|profile picture|profile pic|avatar|banner|stickers)',
    'turned it into (an ad|our ad|a poster|a billboard|merch)', 'printed it on', '(printing|print|printed) (it|them|this) on', 'on (the|our) (stickers|mugs|t-shirts|tees|tote bags|posters|merch|packaging|labels)', 'our new (profile picture|profile pic|avatar|banner|cover photo|logo)',
  ],
  fr: [
    "(pour|dans|sur|en) (notre|nos) (*|* *|) (pub|pubs|publicité|campagne|affiche|affiches|bannière|site|page d'accueil|newsletter|catalogue|flyer|flyers|packaging|emballage|emballages|étiquette|étiquettes|vitrine|t-shirts|tee-shirts|mugs|tote bags|tote-bags|produits|boîtes|fiche produit|plaquette|couverture|menu|sacs|stickers|centre d'aide|faq|blog|doc|documentation|photo de profil|bannière)",
    'imprimé sur', 'imprimée sur', 'en a fait (notre|une) (pub|affiche|bannière)',
  ],
});
/** The content comes from someone else: a creator, a fan, a customer. */
const THIRD_PARTY = defineLexicon('p06.third-party', {
  en: ['fan art', 'fanart', "a fan's", "a customer's", "a follower's", "a reader's", "a user's", 'taken by', 'shot by', 'photo by', 'picture by', 'drawn by', 'made by', 'created by', 'painted by', 'designed by', 'posted by', 'shared by', 'from (her|his|their) (feed|page|account|profile|story|stories|channel)'],
  fr: ['fan art', "d'une fan", "d'un fan", "d'une cliente", "d'un client", "d'une abonnée", "d'un abonné", 'prise par', 'pris par', 'faite par', 'fait par', 'dessiné par', 'dessinée par', 'réalisé par', 'réalisée par', 'postée par', 'posté par', 'partagée par', 'partagé par', 'de son (compte|feed|profil|insta|fil)', 'de leur (compte|feed|profil|insta)'],
});
/** Permission or a licence stated: the use is cleared. */
const PERMITTED = defineLexicon('p06.permitted', {
  en: ['with (his|her|their) permission', 'with permission', 'with (his|her|their) consent', 'with (his|her|their) blessing', 'licensed', 'licenced', 'under licence', 'under license', 'bought the rights', 'paid for the rights', 'we commissioned', 'commissioned', 'royalty-free', 'royalty free', 'creative commons', 'cc0', 'cc by', 'agreed to', 'gave us permission', 'thanks for letting us', 'paid partnership', 'in partnership with', 'collab with', 'our photographer', 'our designer', 'our illustrator', 'our team', 'in-house', 'original music', 'original score', 'composed by our', 'our own music', 'epidemic sound', 'artlist', 'audio library', 'stock music'],
  fr: ['avec (son|leur) (accord|autorisation|permission|feu vert)', "avec l'accord de", "avec l'autorisation de", 'sous licence', 'droits achetés', 'acheté les droits', 'payé les droits', 'libre de droits', 'libres de droits', 'commandée à', 'commandé à', 'qui a accepté', 'qui nous a autorisés', 'nous a autorisés', 'a accepté', 'en partenariat avec', 'collab avec', 'notre photographe', 'notre graphiste', 'notre illustratrice', 'notre illustrateur', 'notre équipe', 'en interne', 'musique originale', 'composée par notre', 'notre propre musique', 'banque de sons', 'musique libre'],
});

/** The creator presents their own work in the post replied to. */
const PARENT_WORK = defineLexicon('p06.parent-work', {
  en: ['fan art', 'fanart', 'i drew', 'i made', 'i painted', 'i designed', 'i wrote', 'i filmed', 'i shot', 'my (drawing|art|artwork|illustration|photo|picture|video|tutorial|guide|blog|post|article|thread|song|comic|design|painting|sketch)', '[drawing', '[illustration', '[painting', '[sketch'],
  fr: ['fan art', "j'ai dessiné", "j'ai fait", "j'ai peint", "j'ai écrit", "j'ai filmé", "j'ai conçu", '(mon|ma|mes) (dessin|illustration|photo|vidéo|tuto|tutoriel|guide|blog|article|fil|thread|chanson|bd|création|peinture|croquis)', '[dessin', '[illustration'],
});

/** A song or track in a video: commercial music needs a synchronisation licence. */
const MUSIC_CUE = defineLexicon('p06.music', {
  en: ['🎵', '🎶', 'music from', 'the music of', 'with music by', 'soundtrack', 'soundtracked by', 'music:', 'song:', 'track:', 'set to', 'to the tune of', 'backing track', 'with music from', 'featuring the song', 'our song', 'the song', 'the track', 'song by', 'track by', 'to the sound of', 'synced to', 'playing in the background'],
  fr: ['🎵', '🎶', 'la musique de', 'avec la musique de', 'bande-son', 'bande son', 'musique :', 'son :', 'titre :', 'sur fond de', "sur l'air de", 'en fond sonore', 'avec en fond', 'la chanson', 'le morceau', 'sur le son', 'sur la musique de', 'sur le titre'],
});
const VIDEO = defineLexicon('p06.video', {
  en: ['video', 'videos', 'ad', 'advert', 'reel', 'reels', 'clip', 'teaser', 'trailer', 'commercial', 'promo', 'campaign', 'tiktok', 'story', 'montage', 'film', 'short', 'shorts', 'livestream', 'live stream', 'podcast intro', 'demo', 'product demo', 'walkthrough', 'tutorial', 'unboxing', 'showreel', '🎬'],
  fr: ['vidéo', 'vidéos', 'pub', 'clip', 'teaser', 'bande-annonce', 'spot', 'campagne', 'réel', 'reel', 'reels', 'montage', 'film', 'story', 'tiktok', 'live', 'démo', 'démonstration', 'tuto', 'tutoriel', 'unboxing', '🎬'],
});

const GENERIC_TAKE = /^(took|taken|saved|pulled|downloaded|screenshotted|pris|prise|recupere|recuperee|telecharge|telechargee|capture|repris|reprise)$/;
const WORK_NOUN = /^(them|it|these|those|les|la|le|l'|photo|photos|image|images|pic|pics|picture|pictures|shot|shots|illustration|illustrations|drawing|drawings|dessin|dessins|video|videos|clip|visuel|visuels|meme|memes|song|musique|music|track|gif|article|texte|thread|fil|artwork|art|design|logo|chart|graph|graphique|infographic|infographie|cartoon|comic|bd)$/;

/** Advice about copyright uses the same words: "never remove a watermark", « pensez à créditer ». */
const ADVICE = /^(never|avoid|always|jamais|evitez|eviter|pensez|toujours|remember|rappel|tip|astuce|conseil|interdit|illegal|illégal)$/;

const STOCK_WATERMARK = /(getty|shutterstock|istock|adobe stock|alamy|depositphotos|123rf|dreamstime)[^\]\n.]{0,30}(watermark|filigrane)|(watermark|filigrane)[^\]\n.]{0,30}(still visible|visible|encore visible|toujours visible|not removed|pas retiré)/u;
const ATTACH_REMOVAL = /(?<![\p{L}\p{N}])(cropped|crop|removed|remove|edited out|blurred|erased|hidden|deleted|cut off|coupée?s?|flout[ée]e?s?|retir[ée]e?s?|supprim[ée]e?s?|effac[ée]e?s?|masqu[ée]e?s?|enlev[ée]e?s?|rogn[ée]e?s?|sans|no|without|pas de)(?![\p{L}\p{N}])/u;
const ATTACH_MARK = /(?<![\p{L}\p{N}])(watermark|signature|credit|credits|crédit|crédits|source|handle|author|author's|artist's|photographer's|creator's|filigrane|auteur|pseudo|name|nom|logo|tag|mention|link|lien)(?![\p{L}\p{N}])/u;
const ATTACH_COPY = /(?<![\p{L}\p{N}])(copied|copy|copié|copiée|copiés|screenshots of the (full|whole|entire)|captures? de (tout|l'article)|full article|article complet|\d+ pages|\d+ posts copied|entire thread|whole thread|tout le fil|scan)/u;

export default definePractice({
  meta: {
    number: 6,
    slug: 'respect-copyright',
    title: { en: "Respect others' content and rights", fr: "Respecter les contenus et les droits d'autrui" },
    statement: {
      en: "Respect copyright, image rights and the terms of use of other people's content: ask, license, credit and link rather than copy.",
      fr: "Respectez le droit d'auteur, le droit à l'image et les conditions d'usage des contenus d'autrui : demandez, achetez les droits, citez et renvoyez vers l'original plutôt que de copier.",
    },
    detection: 'partial',
    messages: {
      removedCredit: {
        text: {
          en: '"{term}": removing the author\'s watermark or credit is taking their work as yours. It breaks copyright, and people notice.',
          fr: '« {term} » : effacer le filigrane ou le crédit de l’auteur, c’est s’approprier son travail. C’est contraire au droit d’auteur, et ça se voit.',
        },
        fix: {
          en: 'Ask the author, keep their mark, credit and link them, or use content you own or have licensed.',
          fr: 'Demandez à l’auteur, gardez sa signature, créditez-le avec un lien, ou utilisez un contenu à vous ou sous licence.',
        },
      },
      noPermission: {
        text: {
          en: '"{term}": using someone\'s work without permission or a licence exposes you to takedowns and claims.',
          fr: '« {term} » : utiliser l’œuvre de quelqu’un sans autorisation ni licence expose à un retrait et à des réclamations.',
        },
        fix: {
          en: 'Get permission or a licence first, or pick royalty-free material.',
          fr: 'Obtenez l’autorisation ou une licence d’abord, ou choisissez un contenu libre de droits.',
        },
      },
      unknownAuthor: {
        text: {
          en: '"{term}": content found online still belongs to someone. Not knowing who made it doesn\'t make it free to use.',
          fr: '« {term} » : un contenu trouvé en ligne appartient toujours à quelqu’un. Ne pas savoir qui l’a fait ne le rend pas libre d’usage.',
        },
        fix: {
          en: 'Find the author and ask, or share the original post (with its credit) instead of re-uploading it.',
          fr: 'Retrouvez l’auteur et demandez-lui, ou partagez la publication d’origine (avec son crédit) plutôt que de la republier.',
        },
      },
      copiedWhole: {
        text: {
          en: '"{term}": republishing a whole article, thread or chapter takes readers (and revenue) from its author.',
          fr: '« {term} » : republier tout un article, un fil ou un chapitre prive son auteur de ses lecteurs (et de ses revenus).',
        },
        fix: {
          en: 'Quote a short extract with credit and link to the original.',
          fr: 'Citez un court extrait avec le crédit et un lien vers l’original.',
        },
      },
      passedOff: {
        text: {
          en: '"{term}": presenting a copy of someone else\'s work as your own, even with a few changes, is plagiarism, and it gets spotted.',
          fr: '« {term} » : présenter la copie du travail d’un autre comme le sien, même retouchée, c’est du plagiat, et ça se repère.',
        },
        fix: {
          en: 'Make your own version, or share the original with its author\'s name and a link.',
          fr: 'Faites votre propre version, ou partagez l’original avec le nom de son auteur et un lien.',
        },
      },
      commercialUse: {
        text: {
          en: '"{term}": using someone else\'s photo or artwork in advertising or on products needs their permission; a credit or a thank-you is not a licence.',
          fr: '« {term} » : utiliser la photo ou l’œuvre de quelqu’un dans une pub ou sur des produits demande son autorisation ; un crédit ou un merci ne vaut pas licence.',
        },
        fix: {
          en: 'Ask the creator for written permission (and offer to pay), then say so in the post.',
          fr: 'Demandez à l’auteur une autorisation écrite (et proposez une rémunération), puis mentionnez-la dans le post.',
        },
      },
      music: {
        text: {
          en: '"{term}": a commercial song in a brand video needs a licence for that use; platforms mute or take such videos down.',
          fr: '« {term} » : un morceau du commerce dans une vidéo de marque demande une licence pour cet usage ; les plateformes coupent le son ou retirent la vidéo.',
        },
        fix: {
          en: 'License the track, or use music from a royalty-free library or composed for you.',
          fr: 'Achetez la licence du morceau, ou utilisez une musique libre de droits ou composée pour vous.',
        },
      },
      freeForAll: {
        text: {
          en: '"{term}": being online doesn\'t put content in the public domain. Its author keeps their rights.',
          fr: '« {term} » : être en ligne ne fait pas tomber un contenu dans le domaine public. Son auteur garde ses droits.',
        },
        fix: {
          en: 'Acknowledge the author, apologise if their work was used, and ask before reusing anything.',
          fr: 'Reconnaissez l’auteur, excusez-vous si son travail a été repris, et demandez avant toute réutilisation.',
        },
      },
    },
  },
  lexicons: [BOOTLEG, PARENT_WORK, REMOVED_CREDIT, REMOVE_VERB, MARK, TAKE_VERB, WEB_SOURCE, HOPE_OK, NO_PERMISSION, FOUND_ONLINE, UNKNOWN_AUTHOR, COPY_ALL, PAYWALL, WHOLE, FREE_FOR_ALL, CREDITED, COPY_ADMIT, DISGUISE, OWN_WORK, COMMERCIAL_USE, THIRD_PARTY, PERMITTED, MUSIC_CUE, VIDEO],
  create(ctx) {
    const d = ctx.draft;
    const ok = (h: Hit) => !negated(d, h, 3) && !advice(d, h);
    const attachments = findAttachments(d.text);
    const inAttachment = (h: Hit) => attachments.some((a) => h.start >= a.start && h.end <= a.end);

    // 1. The author's mark removed, in the text or in the attachment's description.
    const removed = d.find(REMOVED_CREDIT).find((h) => (ok(h) && !conditionalBefore(d, h)) || inAttachment(h));
    if (removed) {
      reportAt(ctx, removed, 'removedCredit', 'risk');
      return;
    }
    // "credit card", "credit check", « crédit immobilier »: credit as money, not as a byline.
    const marks = d.find(MARK).filter((m) => {
      const word = d.tokens[m.to - 1]!.forms[0]!;
      const next = d.tokens[m.to];
      if (!/^(credit|credits|credit photo)$/.test(word) || !next || next.kind !== 'word') return true;
      return /^(line|lines|for|to|from|of|photo|au|a|de|du|des|pour|and|et)$/.test(next.forms[0]!);
    });
    const removal = d.find(REMOVE_VERB).find((v) => (ok(v) || inAttachment(v)) && marks.some((m) => m.from > v.from && m.from - v.to <= 6 && d.sentenceAt(m.start) === d.sentenceAt(v.start)));
    if (removal) {
      const mark = marks.find((m) => m.from > removal.from)!;
      reportAt(ctx, { start: removal.start, end: mark.end, from: removal.from, to: mark.to }, 'removedCredit', 'risk');
      return;
    }
    // A stock photo still carrying its watermark was not paid for.
    const stock = STOCK_WATERMARK.exec(d.text.length <= 5000 ? d.text.toLowerCase() : '');
    if (stock) {
      ctx.report({ messageId: 'noPermission', severity: 'risk', start: stock.index, end: stock.index + stock[0].length, data: { term: d.text.slice(stock.index, stock.index + stock[0].length) } });
      return;
    }
    const stripped = attachments.find((a) => ATTACH_REMOVAL.test(a.text) && ATTACH_MARK.test(a.text));
    if (stripped) {
      ctx.report({ messageId: 'removedCredit', severity: 'risk', start: stripped.start, end: stripped.end, data: { term: d.text.slice(stripped.start, stripped.end) } });
      return;
    }

    const credited = d.find(CREDITED).some((h) => !inAttachment(h)) || creditedMention(d);
    // 2. No permission asked.
    // These phrases carry their own negation ("didn't ask", « pas demandé »): only advice clears them.
    const noPermission = d.find(NO_PERMISSION).find((h) => !advice(d, h) && !neverWithout(d, h)) ?? d.find(HOPE_OK).find((h) => !advice(d, h));
    if (noPermission && !d.find(CREDITED).some((h) => /permission|autoris|accord|droits|licen/.test(d.text.slice(h.start, h.end).toLowerCase()))) {
      reportAt(ctx, noPermission, 'noPermission', 'risk');
      return;
    }

    // 3. Whole works copied.
    const copyAll = d.find(COPY_ALL).find((h) => ok(h) && !keystroke(d, h));
    const paywall = d.find(PAYWALL).find(ok);
    const copiedAttachment = attachments.find((a) => ATTACH_COPY.test(a.text));
    if (copyAll || (paywall && (d.find(WHOLE).length > 0 || copiedAttachment)) || (copiedAttachment && /(copied|copi[ée]e?s?|\d+ posts copied|\d+ pages)/u.test(copiedAttachment.text))) {
      const at = copyAll ?? paywall;
      if (at) reportAt(ctx, at, 'copiedWhole', 'warn');
      else if (copiedAttachment) ctx.report({ messageId: 'copiedWhole', severity: 'warn', start: copiedAttachment.start, end: copiedAttachment.end, data: { term: d.text.slice(copiedAttachment.start, copiedAttachment.end) } });
      return;
    }

    // 3b. Someone else's work passed off as one's own: a copy admitted, with a cosmetic change, a claim of
    // authorship, or the original's author named ("copied from Backblaze's, but I changed the colours").
    const passedOff = passedOffAt(d, ok);
    if (passedOff) {
      reportAt(ctx, passedOff, 'passedOff', 'warn');
      return;
    }
    const permitted = d.find(PERMITTED).some((h) => !negated(d, h, 3));
    // 3c. A creator's or a customer's content put in an ad, a campaign or on merch: credit is not a licence.
    const commercial = permitted ? undefined : d.find(COMMERCIAL_USE).find(ok);
    if (commercial && (ctx.context.account === 'brand' || ownVoice(d)) && reusing(d) && (thirdParty(d) || attachments.some((a) => ATTACH_THIRD.test(a.text)))) {
      reportAt(ctx, commercial, 'commercialUse', 'warn');
      return;
    }
    // 3d. A named song in the brand's video: music needs a licence for that use.
    if (!permitted && (ctx.context.account === 'brand' || ownVoice(d))) {
      const song = namedSong(d);
      if (song && d.find(VIDEO).length > 0) {
        reportAt(ctx, song, 'music', 'warn');
        return;
      }
    }

    // 3e. A recording of someone else's show or film posted as content.
    const bootleg = permitted ? undefined : d.find(BOOTLEG).find((h) => ok(h) && !ownShow(d, h));
    if (bootleg && (ctx.context.account === 'brand' || ownVoice(d) || attachments.length > 0)) {
      reportAt(ctx, bootleg, 'noPermission', 'warn');
      return;
    }
    // 3f. The brand replies to a creator's own work ("my tutorial", "fan art", "[drawing]") saying it reuses it.
    if (!permitted && ctx.context.account === 'brand' && ctx.context.kind === 'reply' && ctx.parent && ctx.parent.find(PARENT_WORK).length > 0) {
      const use = d.find(COMMERCIAL_USE).find(ok) ?? d.find(COPY_ALL).find(ok);
      if (use && (reusing(d) || d.find(COPY_ALL).length > 0)) {
        reportAt(ctx, use, 'commercialUse', 'warn');
        return;
      }
    }

    // 4. "The web is public domain".
    const free = d.find(FREE_FOR_ALL).find(ok);
    if (free && !credited) {
      reportAt(ctx, free, 'freeForAll', 'warn');
      return;
    }

    // 5. Found online, author unknown: alone when the author is unknown or falsely credited; "found on Pinterest"
    // needs the brand account or a second sign (re-use, unknown author).
    if (credited) return;
    const unknown = d.find(UNKNOWN_AUTHOR).find(ok);
    if (unknown) {
      reportAt(ctx, unknown, 'unknownAuthor', 'warn');
      return;
    }
    const sources = d.find(WEB_SOURCE);
    const found =
      d.find(FOUND_ONLINE).find(ok) ??
      d.find(TAKE_VERB).find((v) => {
        if (!ok(v)) return false;
        const src = sources.find((w) => w.from > v.from && w.from - v.to <= 6 && d.sentenceAt(w.start) === d.sentenceAt(v.start));
        if (!src) return false;
        // "took", "saved", « pris » are everyday verbs: they need the work named between ("pris une photo sur Google").
        if (!GENERIC_TAKE.test(d.tokens[v.from]!.forms[0]!)) return true;
        for (let k = v.to; k < src.from; k++) if (WORK_NOUN.test(d.tokens[k]!.forms[0]!)) return true;
        return false;
      });
    if (found && (ctx.context.account === 'brand' || reuses(d) || attachments.length > 0)) reportAt(ctx, found, 'unknownAuthor', 'warn');
  },
});

const COPY_PASTE = /^(copy pasted|copypasted|copie colle|copier coller)$/;
/**
 * « une mauvaise manip au moment du copier-coller », "check you copy-pasted the whole key": copy-paste as a
 * keystroke, not a work republished. It counts only with a work named (article, thread…) or someone else's content.
 */
function keystroke(d: TextView, h: Hit): boolean {
  if (!COPY_PASTE.test(d.tokens.slice(h.from, h.to).filter((t) => t.kind === 'word').map((t) => t.forms[0]).join(' '))) return false;
  const s = d.sentenceAt(h.start);
  if (!s) return true;
  for (let k = s.from; k < s.to; k++) {
    const t = d.tokens[k]!;
    if (t.kind === 'mention') return false;
    if (t.kind === 'word' && (WORK_NOUN.test(t.forms[0]!) || /^(post|posts|thread|tuto|tutorial|guide|blog|recette|recipe|caption|legende|review|avis|newsletter|chapter|chapitre|book|livre|his|her|their|son|sa|leur)$/.test(t.forms[0]!)) && !/^(them|it|these|those|les|la|le|l')$/.test(t.forms[0]!)) return false;
  }
  return true;
}

/** Copy admitted plus a second sign: a cosmetic change, a claim of authorship, or the source named after it. */
function passedOffAt(d: TextView, ok: (h: Hit) => boolean): Hit | undefined {
  const admits = d.find(COPY_ADMIT).filter((h) => ok(h) && !copyDestination(d, h));
  if (admits.length === 0) return undefined;
  const disguise = d.find(DISGUISE).some(ok);
  const ownWork = d.find(OWN_WORK).some(ok);
  for (const h of admits) {
    if (disguise || ownWork || sourceAfter(d, h)) return h;
  }
  return undefined;
}

/** "copied my slides to the cloud", « copié mes fichiers dans mon dossier »: a file copy, not a plagiarism. */
function copyDestination(d: TextView, h: Hit): boolean {
  const next = d.tokens[h.to];
  if (next && next.kind === 'word' && /^(my|mes|mon|ma|our|nos|notre|all|tous|toutes|everything|tout)$/.test(next.forms[0]!)) return true;
  for (let k = h.to; k < d.tokens.length && k <= h.to + 4; k++) {
    const t = d.tokens[k]!;
    if (t.kind === 'punct' && /[.!?;]/.test(t.raw)) return false;
    if (t.kind === 'word' && /^(to|into|onto|vers|dans|paste|pasted|colle|collee)$/.test(t.forms[0]!)) return true;
  }
  return false;
}

/** "copied from Backblaze's", « copiée, de celle de Backblaze », "traced over @x's drawing": a creative work and its author. */
function sourceAfter(d: TextView, h: Hit): boolean {
  const s = d.sentenceAt(h.start);
  if (!s) return false;
  let work = false;
  for (let k = s.from; k < s.to; k++) if (d.tokens[k]!.kind === 'word' && WORK_NOUN.test(d.tokens[k]!.forms[0]!) && !/^(my|mon|ma|mes|our|notre|nos)$/.test(d.tokens[k - 1]?.forms[0] ?? '')) work = true;
  if (!work) return false;
  for (let k = h.to; k < s.to && k <= h.to + 6; k++) {
    const t = d.tokens[k]!;
    if (t.kind === 'mention') return true;
    if (t.kind !== 'word' || !/^(from|off|de|du|des|chez|sur|by|par)$/.test(t.forms[0]!)) continue;
    const next = d.tokens[k + 1];
    if (!next) return false;
    if (next.kind === 'mention') return true;
    if (next.kind === 'word' && (/^(celle|celui|ceux|celles|his|her|their|son|sa|ses|leur|leurs|someone|quelqu'un)$/.test(next.forms[0]!) || (/^\p{Lu}/u.test(next.raw) && /'s$/.test(next.raw)))) return true;
  }
  return false;
}

/** "a clip from our show": the brand's own production. */
function ownShow(d: TextView, h: Hit): boolean {
  for (let k = h.from; k < h.to; k++) if (WORD_OWN.test(d.tokens[k]!.forms[0]!)) return true;
  const next = d.tokens[h.to];
  return !!next && next.kind === 'word' && WORD_OWN.test(next.forms[0]!);
}
const WORD_OWN = /^(our|notre|nos|my|mon|ma|mes)$/;

/** The author speaks as the brand: "our", « notre », "we". */
function ownVoice(d: TextView): boolean {
  for (const t of d.tokens) if (t.kind === 'word' && /^(our|we|we've|we're|notre|nos|nous)$/.test(t.forms[0]!)) return true;
  return false;
}

const ATTACH_THIRD = /(?<![\p{L}])(fan|fans|customer|customer's|client|cliente|creator|créatrice|créateur|artist|artist's|artiste|photographer|photographe|influencer|influenceuse|@)/u;
const REUSE = /^(reused|reuse|reusing|repost|reposted|reposting|used|using|use|took|grabbed|borrowed|put|printed|printing|print|made|copied|copie|copiee|turned|repris|reprise|reprises|reprend|reprendre|reprenons|utilise|utilisee|utilises|utilisees|mis|mise|imprime|imprimee|recupere|recuperee|recuperes)$/;

/** A verb of reuse: "we reused it for our ad", « on l'a reprise pour notre pub ». */
function reusing(d: TextView): boolean {
  for (const t of d.tokens) if (t.kind === 'word' && REUSE.test(t.forms[0]!)) return true;
  return false;
}

/** Content from someone else: a handle named as the author, "shot by", "a fan's", « prise par ». Not "by our team". */
function thirdParty(d: TextView): boolean {
  if (creditedMention(d)) return true;
  for (const h of d.find(THIRD_PARTY)) {
    const next = d.tokens[h.to];
    if (next && next.kind === 'word' && /^(our|us|notre|nos|me|moi|myself)$/.test(next.forms[0]!)) continue;
    return true;
  }
  return false;
}

/** "'Blinding Lights' by The Weeknd", « Happy de Pharrell »: a music cue with a title in quotes or an artist after "by". */
function namedSong(d: TextView): Hit | undefined {
  const cues = d.find(MUSIC_CUE);
  if (cues.length === 0) return undefined;
  const quotes = findQuotes(d.text);
  for (const c of cues) {
    const s = d.sentenceAt(c.start);
    if (quotes.some((q) => q.start >= c.start && q.start - c.end <= 40 && d.sentenceAt(q.start) === s)) return c;
    for (let k = c.to; k < d.tokens.length && k <= c.to + 8; k++) {
      const t = d.tokens[k]!;
      if (t.kind === 'punct' && /[.!?]/.test(t.raw)) break;
      if (t.kind === 'word' && /^(by|de|from|par)$/.test(t.forms[0]!)) {
        const next = d.tokens[k + 1];
        if (next && next.kind === 'word' && /^\p{Lu}/u.test(next.raw) && !/^(Our|Notre|Nos|Us)$/.test(next.raw)) return c;
      }
    }
  }
  return undefined;
}

/** "If you spot your work here without credit, tell us": a policy, not an admission. */
function conditionalBefore(d: TextView, h: Hit): boolean {
  const s = d.sentenceAt(h.start);
  if (!s) return false;
  for (let k = s.from; k < h.from; k++) if (d.tokens[k]!.kind === 'word' && /^(if|si|whenever|when|quand|lorsque)$/.test(d.tokens[k]!.forms[0]!)) return true;
  return false;
}

/** "We never post without permission", « jamais sans autorisation »: a policy, not an admission. */
function neverWithout(d: TextView, h: Hit): boolean {
  for (let k = h.from - 1; k >= 0 && k >= h.from - 3; k--) {
    const t = d.tokens[k]!;
    if (t.kind === 'word' && /^(never|jamais|not|pas|no|don't|won't|wouldn't|ne|n')$/.test(t.forms[0]!)) return /^(without|sans)/.test(d.tokens[h.from]!.forms[0]!);
  }
  return false;
}

/** "Photo: @hannahrides", "📸 @x", "by @x": a handle named as the author. */
function creditedMention(d: TextView): boolean {
  for (let k = 0; k < d.tokens.length; k++) {
    const t = d.tokens[k]!;
    if (t.kind !== 'mention') continue;
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
      const p = d.tokens[j]!;
      if (p.kind === 'emoji' && /📸|📷|🎨|🎥|🎶|🎵|✍/.test(p.raw)) return true;
      if (p.kind === 'word' && /^(by|via|credit|credits|photo|pic|art|shot|cred|par|de|credit|photographe|artiste|merci|thanks)$/.test(p.forms[0]!)) return true;
    }
  }
  return false;
}

/** Advice in the sentence: "never remove a watermark", « évitez de prendre une photo trouvée sur Google ». */
function advice(d: TextView, h: Hit): boolean {
  const s = d.sentenceAt(h.start);
  if (!s) return false;
  for (let k = s.from; k < h.from; k++) {
    const t = d.tokens[k]!;
    if (t.kind === 'word' && ADVICE.test(t.forms[0]!)) return true;
  }
  return false;
}

/** Re-using the content: on merch, in a campaign, in our post. */
function reuses(d: TextView): boolean {
  for (const t of d.tokens) {
    if (t.kind === 'word' && /^(use|using|used|reuse|repost|reposting|posted|post|our|mis|utilise|utilisee|utilises|republie|reposte|repostee|nos|notre|t-shirts?|tshirts?|mugs?|stickers?|affiche|poster|campaign|campagne|pub|ad)$/.test(t.forms[0]!)) return true;
  }
  return false;
}
