// Practice 17: Know who you are talking to / Savoir à qui l'on parle.
// A reply that does not answer the person: compares what the parent asks about with what the reply talks about.
// - constraint ignored: the parent says what they cannot do (deaf, can't install apps, no shop nearby, blind)
//   and the reply tells them to do exactly that (call us, download the app, visit a shop, nicer colours);
//   Other constraints: can't use a computer (« ne sait pas se servir d'un ordinateur ») vs "just install the app";
//   a wheelchair vs "take the stairs"; vegetarian vs a bacon burger; can't afford vs "upgrade to Premium";
// - wrong platform: asked about a Chromebook (or reporting an Android crash), answered about Windows and Mac;
// - boilerplate or a sales pitch ("Thanks for your interest!", "Did you know…", "20% off") that shares
//   almost no content word with the parent, and does not open with a direct answer (yes/no/not yet).
// The parent's content words are compared with the reply's (including the words of a link's path), with
// light stemming; the brand's own names and the most common words do not count.
import { definePractice } from '../practice';
import { defineLexicon, type Hit, type Lexicon } from '../text/phrases';
import { reportAt } from '../helpers';
import type { TextView } from '../analysis';
import type { Token } from '../text/tokenize';
import type { Profile } from '../types';
import { COMPLAINT, COMPLAINT_WEAK, OUTRAGE } from '../lexicon/support';

/** Stock customer-service lines (weight 1). */
const BOILERPLATE = defineLexicon('p17.boilerplate', {
  en: [
    'thank you for contacting', 'thanks for contacting', 'thank you for reaching out', 'thanks for reaching out', 'thank you for your message',
    'thanks for your message', 'thank you for getting in touch', 'thanks for getting in touch', 'thank you for your interest',
    'thanks for your interest', 'your feedback is important', 'your feedback is valuable', 'we appreciate your feedback',
    'we value your feedback', 'a member of our team will', 'our team will be in touch', 'will get back to you', 'we will be in touch',
    'our team is always happy to help', "we'd be happy to", 'we would be happy to', 'let us know if you need', 'please let us know if',
    'if you need assistance', 'for assistance', 'forwarded to the relevant', 'the relevant department', 'any concerns', 'to discuss any',
    'review your account', 'we take your concerns', 'your satisfaction is our', 'thank you for your feedback', 'thanks for your feedback',
    'thank you for choosing', 'thanks for choosing', 'we apologize for any inconvenience', 'we apologise for any inconvenience',
  ],
  fr: [
    'merci pour votre message', 'merci de votre message', 'merci pour votre retour', 'merci de nous avoir contactés', 'merci de nous contacter',
    'merci pour votre intérêt', "merci de l'intérêt", "l'intérêt que vous portez", 'nous vous remercions', 'votre demande a bien été',
    'votre message a bien été', 'nous accusons bonne réception', 'un conseiller reviendra', 'reviendra vers vous', 'nous reviendrons vers vous',
    'nous mettons tout en œuvre', 'dans les meilleurs délais', 'vous remercie pour votre', 'vous remercie de votre', 'votre satisfaction est notre', 'nous prenons en compte',
  ],
});

/** Sign-offs: add to a stock reply's weight, never make one on their own. */
const SIGN_OFF = defineLexicon('p17.sign-off', {
  en: ['have a nice day', 'have a great day', 'have a good day', 'kind regards', 'best regards'],
  fr: ['bonne journée', 'bonne soirée', 'cordialement', 'bien à vous', 'merci pour votre fidélité', 'merci de votre confiance'],
});

/** Softer stock phrases ("good news", « découvrez », "have a nice day"): count only two together, or with a stronger sign. */
const WEAK_BOILERPLATE = defineLexicon('p17.weak-boilerplate', {
  en: [
    'please visit', 'visit our website', 'good news', 'great news', 'we are pleased', "we're pleased",
    'we are delighted', "we're excited to", 'check out', 'discover', 'learn more', 'find out more', 'all the info', 'full range', 'our range',
    'feel free to', "don't hesitate to", 'available on', 'available in the app store', 'available for download',
  ],
  fr: [
    "n'hésitez pas à", 'consulter notre site', 'rendez-vous sur notre site', 'toutes les infos', 'toutes les informations',
    "plus d'infos", 'bonne nouvelle', 'nous sommes ravis', 'découvrez', 'découvrir', 'retrouvez', "l'ensemble de nos",
    'disponible sur', 'disponibles sur', 'à télécharger sur',
  ],
});

/** Selling instead of answering (weight 2). */
const PROMO = defineLexicon('p17.promo', {
  en: [
    'did you know', 'free trial', 'upgrade', 'upgrading', 'our * plan (now|is now|just|gets)', 'our new plan', 'our offer', '* % off', 'percent off', 'discount', 'promo code', 'special offer', 'limited offer',
    'offer ends', 'perfect time to', 'buy now', 'order now', 'shop now', 'pre-order', 'sign up today', 'today only', 'refer a friend',
    'our new', 'now comes in', 'now available', 'just launched', 'is here', 'makes commuting', 'most reliable', 'on the market',
    'happy customers', "can't be wrong", 'entirely redesigned', 'fully redesigned', 'new look', 'new design', 'more colourful',
    'more colorful', 'more modern', 'with (the|our|) code', 'use (the|our|) code', 'using (the|our|) code', 'coupon', '* % on', '* % off',
  ],
  fr: [
    'saviez-vous', 'le saviez-vous', 'essai offert', 'essai gratuit', 'nos offres', 'notre offre', 'notre formule', 'notre abonnement', 'notre forfait', 'offre spéciale', 'offre parrainage', 'parrainage', 'promo', 'code promo', 'réduction',
    '* % de réduction', 'profitez', 'profitez-en', 'dès maintenant', 'en exclusivité', 'notre nouvelle', 'notre nouveau',
    'nos nouveaux', 'nos nouvelles', 'nouvelle collection', 'dispo dans', 'disponible dans toutes', 'démarre à', 'entièrement repensé*',
    'nouvelle interface', 'plus coloré*', 'plus moderne*', 'nouveau design', 'clients satisfaits', 'le plus fiable', 'du marché',
    'avec le code', 'utilisez le code', 'code de réduction', 'bon de réduction', '* % sur', '- * %',
  ],
});

/** The reply reports a fix or an action taken: it did deal with the message, even in other words. */
const RESOLUTION = defineLexicon('p17.resolution', {
  en: [
    'fixed', 'fix is', 'resolved', 'patched', 'in version', 'the update', 'refunded', 'sent you', 'replaced', 'rebooked', 'booked you',
    'on its way', 'shipped', "it's done", 'all sorted', 'sorted it', 'can still recover', 'can still restore', 'can still get it back',
    "we'll send you", 'we will send you', "we're sending you", 'sending you the link',
  ],
  fr: [
    'corrigé', 'corrigée', 'réglé', 'résolu', 'dans la version', 'la mise à jour', 'remboursé', 'remboursée', 'renvoyé', 'remplacé',
    'en route', 'expédié', "c'est fait", "c'est réglé", 'peut encore le récupérer', 'peut encore la récupérer', 'peut encore les récupérer',
    'on vous envoie', 'nous vous envoyons', 'je vous envoie',
  ],
});

/** Someone sharing what they made or did for the brand: fan art, a photo, a cover (in the post replied to). */
const SHARING = defineLexicon('p17.sharing', {
  en: ['fan art', 'fanart', 'i drew', 'drew your', 'drew this', 'i made this', 'made you', 'look what i', 'my drawing', 'i painted', 'i knitted', 'i built', 'i baked', 'my version of'],
  fr: ['fan art', 'fanart', "j'ai dessiné", 'dessiné votre', 'dessin de votre', "j'ai fait ce", "j'ai fait un", "j'ai fait une", 'regardez ce que', 'mon dessin', "j'ai peint", "j'ai tricoté", "j'ai construit", 'ma version de'],
});

/** Adding to the answer rather than replacing it. */
const ALSO = defineLexicon('p17.also', {
  en: ['too', 'also', 'as well', 'both', 'all platforms', 'every platform'],
  fr: ['aussi', 'également', 'les deux', 'toutes les plateformes', 'tous les appareils'],
});

/** A problem report without a question mark: "the Windows app freezes", « l'appli plante ». */
const PROBLEM = defineLexicon('p17.problem', {
  en: ['crash*', 'freez*', 'frozen', 'bug', 'bugs', 'buggy', 'glitch*', 'error', "won't open", "doesn't open", "won't load", 'not loading', 'stuck', 'black screen', 'keeps closing', 'issue', 'problem', 'broken', "doesn't work", "won't start", "won't sync"],
  fr: ['plante', 'plantage', 'crash*', 'bug', 'bugue', 'beug*', 'erreur', "ne s'ouvre pas", "s'ouvre pas", 'ne charge pas', 'bloqué', 'bloquée', 'écran noir', 'se ferme', 'problème', 'souci', 'marche pas', 'fonctionne pas', 'ne démarre pas', 'ne synchronise pas'],
});

/** Pure thanks or praise in the parent: a warm reply needs no "answer". */
const THANKS = defineLexicon('p17.thanks', {
  en: [
    'thanks', 'thank you', 'thank u', 'cheers', 'congrats', 'congratulations', 'legends', 'love', 'well done', 'great job', 'kudos', 'shout out', 'shoutout',
    'thanks to you', 'you saved', 'saved my', 'saved our', 'lifesaver', 'life saver', 'life-saver', 'you rock', 'you guys rock', 'amazing', 'awesome',
    'incredible', 'brilliant', 'heroes', 'my hero', 'you made my day', 'made my day', 'so grateful', 'grateful', 'happy tears', 'still happy',
    'so happy with', 'love it', 'loving it', 'big fan', 'huge fan',
  ],
  fr: [
    'merci', 'bravo', 'félicitations', 'chapeau', 'top', 'génial', 'géniale', 'géniaux', 'super', 'trop bien', 'au top', 'nickel', 'grâce à vous',
    'grâce à', 'vous êtes les meilleurs', 'vous êtes formidables', 'vous êtes incroyables', 'vous assurez', 'vous gérez', 'sauvé ma', 'sauvé mon',
    'sauvé la vie', 'a sauvé', 'reconnaissant', 'reconnaissante', 'formidable', 'incroyable', 'larmes de joie', 'ému', 'émue', 'ravi', 'ravie', 'ravis',
    'toujours content', 'toujours contente', 'trop content', 'trop contente', 'fan de',
  ],
});

/** A direct answer opening the reply: "Yes!", « Non, … », "Not yet". */
const DIRECT_ANSWER = defineLexicon('p17.direct-answer', {
  en: ['yes', 'yeah', 'yep', 'yup', 'no', 'nope', 'absolutely', 'definitely', 'of course', 'sure', 'not yet', 'unfortunately', 'sadly', 'it does', 'we do', 'it depends'],
  fr: ['oui', 'non', 'bien sûr', 'absolument', 'tout à fait', 'pas encore', 'malheureusement', 'hélas', 'carrément', 'évidemment', 'effectivement', 'ça dépend'],
});

/** Handing over to the official source or person: "I'm not the right person, the incident report is here", « pas la bonne personne ». */
const DEFER = defineLexicon('p17.defer', {
  en: [
    'not the right person', 'not the best person', "can't speak (to|on|for)", 'cannot speak (to|on|for)', 'incident report', 'status page', 'official statement',
    'official update', 'official (report|post|announcement|page)', 'post-mortem', 'postmortem',
  ],
  fr: [
    'pas la bonne personne', 'pas le mieux placé', 'pas la mieux placée', 'pas à moi de', "rapport d'incident", 'page de statut', 'page statut',
    'communiqué officiel', 'annonce officielle', 'le point officiel', 'suivi officiel',
  ],
});

/** A question about price or cost (in the parent): an amount in the reply answers it, whatever the words. */
const PRICE_QUESTION = defineLexicon('p17.price-question', {
  en: ['price', 'prices', 'pricing', 'cost', 'costs', 'how much', 'fee', 'fees', 'raise (its|their|your) prices', 'go up', 'more expensive'],
  fr: ['prix', 'tarif', 'tarifs', 'combien', 'coût', 'coûte', 'augmenter', 'augmentation', 'plus cher', 'frais'],
});

/** A question about when (in the parent): a date or a day in the reply answers it. */
const WHEN_QUESTION = defineLexicon('p17.when-question', {
  en: ['when', 'what date', 'how soon', 'how long until'],
  fr: ['quand', 'à partir de quand', 'quelle date', "jusqu'à quand", 'dans combien de temps'],
});
const DATE_WORD = defineLexicon('p17.date-word', {
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'tonight', 'next week', 'next month', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'end of the month', 'this week'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'demain', 'ce soir', 'semaine prochaine', 'mois prochain', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'fin du mois', 'cette semaine'],
});

/** A generic tip ("remember to…", « pensez à… »): off the point when it shares nothing with a specific question. */
const TIP = defineLexicon('p17.tip', {
  en: ['remember to', "don't forget to", 'make sure to', 'pro tip', 'quick tip', 'top tip', 'tip:', 'to speed up', 'to get the most'],
  fr: ['pensez à', "n'oubliez pas de", 'astuce', 'petite astuce', 'notre conseil', 'pour accélérer', 'pour profiter au mieux', 'pour optimiser'],
});

/** "Great question!": a stock opener that only counts as a pitch when the reply goes on to name the brand. */
const QUESTION_OPENER = defineLexicon('p17.question-opener', {
  en: ['great question', 'good question', 'excellent question', 'love this question'],
  fr: ['bonne question', 'excellente question', 'très bonne question', 'super question'],
});

const SAD_EMOJI = new Set(['😢', '😭', '💔', '🙏', '😞', '😔', '🥺', '🕊️', '🕊']);

/** A death in the family (in the parent): "my dad passed away", « ma mère est décédée ». */
const GRIEF = defineLexicon('p17.grief', {
  en: [
    'passed away', 'has died', 'had died', 'just died', 'died last', 'died in', 'died on', 'death of my', 'funeral', 'bereave*', 'deceased', 'late (husband|wife|father|mother|dad|mum|mom|son|daughter|partner|brother|sister)',
    'lost my (mum|mom|dad|father|mother|husband|wife|son|daughter|brother|sister|grandma|grandpa|grandmother|grandfather|partner|best friend)',
    'no longer with us', 'in memory of',
  ],
  fr: [
    'décédé', 'décédée', 'décédés', 'décès', 'est mort', 'est morte', 'nous a quittés', 'nous a quittées', "nous a quitté", 'obsèques', 'enterrement', 'défunt', 'défunte', 'feu mon', 'feue ma',
    'perdu mon (père|papa|mari|fils|frère|compagnon|conjoint|grand-père)', 'perdu ma (mère|maman|femme|fille|sœur|soeur|compagne|conjointe|grand-mère)',
  ],
});

/** Words that acknowledge a loss before anything else: "sorry for your loss", « toutes nos condoléances ». */
const CONDOLENCE = defineLexicon('p17.condolence', {
  en: ['sorry', 'oh no', 'condolence*', 'sympathy', 'sympathies', 'our thoughts', 'thinking of you', 'your loss', 'so sad', 'heartbreaking', 'take your time', 'difficult time', 'hard time', 'we understand'],
  fr: ['désolé*', 'oh non', 'mince', 'condoléances', 'sympathie', 'nos pensées', 'pensons à vous', 'votre perte', 'votre peine', 'moment difficile', 'période difficile', 'prenez le temps', 'de tout cœur', 'de tout coeur', 'courage'],
});

/** An amount of money in the reply: "+2 €", "£5", "9,99€". */
function hasAmount(view: TextView): boolean {
  return view.tokens.some((t) => /[€£$]/.test(t.raw) || (t.kind === 'word' && /^\d+([.,]\d+)?(eur|euros?|gbp|usd)$/i.test(t.raw)));
}

/** The reply gives the kind of answer the question calls for: an amount for a price question, a date for a "when". */
function typedAnswer(draft: TextView, parent: TextView): boolean {
  if (parent.has(PRICE_QUESTION) && hasAmount(draft)) return true;
  return parent.has(WHEN_QUESTION) && draft.has(DATE_WORD);
}

const YOU = new Set(['you', 'your', 'yours', "you're", "you'll", "you've", 'vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'tes', "t'"]);

/** Asking for a pick ("which one do you recommend?", « vous conseillez quoi ? »): naming the brand answers it. */
const CHOICE = defineLexicon('p17.choice', {
  en: ['which', 'recommend', 'recommendation*', 'best', 'suggest', 'suggestions', 'what do you use', 'who do you use', 'any good'],
  fr: ['lequel', 'laquelle', 'lesquels', 'quel', 'quelle', 'conseillez', 'conseilles', 'recommandez', 'recommandes', 'le meilleur', 'la meilleure', 'vous utilisez quoi'],
});

/** The brand's name opening the reply's first sentence: "Nuvola keeps your files safe…", a pitch rather than an answer. */
function brandLead(draft: TextView, profile: Readonly<Profile> | null): Hit | null {
  if (!profile) return null;
  const first = draft.tokens.find((t) => t.kind === 'word');
  if (!first) return null;
  return draft.profileTerms('brand').find((h) => h.start === first.start) ?? null;
}

/** Only a thanks opener is stock: "Thanks for your message, Inès! Use one of your backup codes…" goes on to answer. */
function openerOnly(draft: TextView, boiler: readonly Hit[], otherGeneric: number): boolean {
  if (!boiler.length || otherGeneric > 0) return false;
  const first = draft.sentences[0];
  if (!first || boiler.some((h) => h.start >= first.end)) return false;
  let words = 0;
  let addressed = false;
  for (let i = first.to; i < draft.tokens.length; i++) {
    const t = draft.tokens[i]!;
    if (t.kind !== 'word') continue;
    words++;
    if (YOU.has(t.forms[0]!)) addressed = true;
  }
  return words >= 12 && addressed;
}

interface Constraint {
  /** What the person says they cannot do or need (in the parent). */
  need: Lexicon;
  /** The reply tells them to do it anyway. */
  clash: Lexicon;
  /** …unless it also offers the way round. */
  way: Lexicon;
}

const CONSTRAINTS: Constraint[] = [
  {
    need: defineLexicon('p17.need-no-phone', {
      en: ['deaf', 'hard of hearing', "can't call", 'cannot call', "can't phone", 'without calling', 'without phoning', 'no phone', 'speech impair*', "can't talk on the phone", 'non-verbal', 'nonverbal', 'lost my voice', 'no signal', 'no phone credit', "can't make calls"],
      fr: ['sourd', 'sourde', 'sourds', 'sourdes', 'malentendant*', 'sans appeler', 'sans téléphoner', 'pas de téléphone', 'peux pas appeler', 'peux pas téléphoner', 'pouvons pas appeler', 'aphone', 'extinction de voix', 'pas de réseau', 'sans réseau', 'peux pas parler'],
    }),
    clash: defineLexicon('p17.clash-phone', {
      en: ['call us', 'give us a call', 'give us a ring', 'give our team a ring', 'give them a ring', 'a ring on', 'ring us', 'phone us', 'call our', 'call the', 'hotline', 'phone number', 'by phone', 'on the phone'],
      fr: ['appelez', 'appelez-nous', 'nous appeler', 'téléphonez', 'par téléphone', 'au téléphone', 'coup de fil', 'hotline', 'numéro de téléphone', 'joindre au'],
    }),
    way: defineLexicon('p17.way-no-phone', {
      en: ['email', 'e-mail', 'chat', 'live chat', 'webchat', 'text us', 'sms', 'whatsapp', 'online form', 'contact form', 'relay', 'sign language', 'bsl', 'book online'],
      fr: ['mail', 'e-mail', 'email', 'courriel', 'chat', 'tchat', 'sms', 'whatsapp', 'formulaire', 'en ligne', 'langue des signes', 'lsf'],
      any: ['dm', 'dms'],
    }),
  },
  {
    need: defineLexicon('p17.need-no-install', {
      en: ["can't install", 'cannot install', "can't download", 'cannot download', 'no apps', 'chromebook', 'school laptop', 'work laptop', 'locked down', 'no smartphone', "don't have a smartphone", 'without an app', 'without the app'],
      fr: ['peux pas installer', 'pouvons pas installer', "impossible d'installer", 'sans installer', 'sans appli', 'sans application', 'pas de smartphone', 'pas de portable', 'chromebook', 'ordi du boulot', "ordi de l'école"],
    }),
    clash: defineLexicon('p17.clash-install', {
      en: ['download', 'install', 'desktop app', 'app store', 'play store', 'our app', 'the app'],
      fr: ['téléchargez', 'télécharger', 'installez', 'installer', "l'appli", "l'application", 'notre appli', 'app store', 'play store'],
    }),
    way: defineLexicon('p17.way-no-install', {
      en: ['browser', 'web app', 'website', 'web version', 'online', 'in chrome', 'no install', 'without installing'],
      fr: ['navigateur', 'version web', 'site web', 'en ligne', 'sans installer', 'sans rien installer'],
    }),
  },
  {
    need: defineLexicon('p17.need-sight', {
      en: ['blind', 'visually impaired', 'partially sighted', 'sight loss', 'screen reader', 'voiceover', 'talkback', 'low vision'],
      fr: ['malvoyant*', 'aveugle*', 'non-voyant*', 'non voyant*', "lecteur d'écran", 'voiceover', 'talkback', 'déficient visuel', 'déficience visuelle'],
    }),
    clash: defineLexicon('p17.clash-sight', {
      en: ['colour*', 'color*', 'new look', 'looks', 'design', 'icons', 'beautiful', 'prettier', 'visual*'],
      fr: ['coloré*', 'couleur*', 'icône*', 'visuel*', 'design', 'look', 'plus beau', 'plus belle', 'esthétique'],
    }),
    way: defineLexicon('p17.way-sight', {
      en: ['voiceover', 'screen reader', 'accessib*', 'talkback', 'audio', 'voice'],
      fr: ['voiceover', "lecteur d'écran", 'accessib*', 'talkback', 'audio', 'vocal*'],
    }),
  },
  {
    need: defineLexicon('p17.need-no-shop', {
      en: ['no shop', 'no store', 'no branch', 'no workshop', 'nearest shop', 'nearest store', 'miles from', 'far from', 'km from', '* miles away', '* km away', 'too far', "can't get to", 'housebound', "can't travel"],
      fr: ['sans boutique', 'pas de boutique', 'aucune boutique', 'pas de magasin', 'aucun magasin', "pas d'atelier", 'aucun atelier', 'loin de', 'trop loin', 'à plus de', 'à moins de', 'à * km', 'à * kilomètres', 'peux pas me déplacer', 'pas de voiture'],
    }),
    clash: defineLexicon('p17.clash-shop', {
      en: ['visit one of our', 'visit your nearest', 'your nearest', 'visit a store', 'visit a shop', 'visit our', 'in-store', 'come into', 'come in to', 'one of our shops', 'one of our stores', 'one of our workshops', 'in store', 'pop into', 'pop in to', 'drop into', 'drop it off', 'bring it to', 'bring it in', 'bring your bike', 'our shops', 'our stores', 'nearest shop', 'nearest store'],
      fr: ["l'une de nos", "l'un de nos", 'nos boutiques', 'nos magasins', 'en boutique', 'en magasin', 'rendez-vous dans', 'passez en boutique', 'passez dans', 'passez à', 'déposez', 'apportez', 'boutique la plus proche', 'magasin le plus proche'],
    }),
    way: defineLexicon('p17.way-no-shop', {
      en: ['we come to you', 'come to you', 'on-site', 'on site', 'mobile mechanic', 'mobile service', 'pick-up', 'pick up', 'collect', 'collection', 'at your door', 'at home', 'remote', 'by post'],
      fr: ['on vient', 'nous venons', 'se déplace', 'se déplacent', 'à domicile', 'sur site', 'sur place chez vous', 'chez vous', 'itinérant*', 'mobile', 'enlèvement', 'à distance', 'par la poste'],
    }),
  },
  {
    need: defineLexicon('p17.need-no-tech', {
      en: [
        'not good with (computers|technology|tech|phones|apps)', "can't use a computer", 'cannot use a computer', "doesn't know how to use", "don't know how to use",
        "(isn't|is not|not) (very|) tech-savvy", '(isn\'t|is not|not) (very|) tech savvy', 'technophobe', "doesn't have a computer", 'no computer', "doesn't own a computer",
        "doesn't have a smartphone", "doesn't have an email", 'no email address', 'on (his|her|their) behalf', 'for (him|her|them) remotely',
        'struggles with (computers|technology|tech|phones|apps)', 'never used a computer',
      ],
      fr: [
        'ne sait pas se servir', 'sait pas se servir', 'ne sait pas utiliser', 'sait pas utiliser', "pas à l'aise avec", "n'est pas à l'aise", 'pas doué avec',
        'pas douée avec', 'technophobe', "n'a pas d'ordinateur", "pas d'ordinateur", "n'a pas de smartphone", "n'a pas d'adresse mail", "n'a pas d'e-mail",
        'à sa place', 'en son nom', "n'a jamais utilisé", 'perdu avec (les|l\') (ordinateurs|ordinateur|informatique|applis|technologie)', 'fâché avec (les|l\')',
      ],
    }),
    clash: defineLexicon('p17.clash-tech', {
      en: [
        'install', 'download', 'create an account', 'sign up', 'settings', 'log in', 'just needs to', 'all (he|she|they) (has|have|need|needs) to do',
        '(he|she|they) just (has|have|need|needs) to', '(he|she|they) can (easily|simply|just)', 'simply (install|download|open|go)',
      ],
      fr: [
        'installer', 'télécharger', 'créer un compte', 'créez un compte', "s'inscrire", 'réglages', 'paramètres', 'se connecter', 'il lui suffit',
        'elle lui suffit', 'il suffit', "il n'a qu'à", "elle n'a qu'à", 'activer', 'qu\'il installe', 'qu\'elle installe',
      ],
    }),
    way: defineLexicon('p17.way-tech', {
      en: [
        'on his behalf', 'on her behalf', 'on their behalf', 'for him', 'for her', 'for them', 'yourself', 'your own account', 'your account', 'family plan',
        'shared access', 'delegate*', 'invite', 'remote*', 'we can call', 'we set it up', 'set it up for', 'without a computer', 'in person', 'home visit',
      ],
      fr: [
        'à sa place', 'pour lui', 'pour elle', 'vous-même', 'depuis votre compte', 'votre compte', 'accès délégué', 'délégation', 'forfait famille', 'offre famille',
        'inviter', 'à distance', 'par téléphone', "on s'en occupe", 'nous nous en occupons', 'sans ordinateur', 'en boutique', 'à domicile', 'en son nom',
      ],
    }),
  },
  {
    need: defineLexicon('p17.need-mobility', {
      en: ['wheelchair', 'wheelchair user', 'mobility scooter', "can't walk", 'cannot walk', 'crutches', 'reduced mobility', 'limited mobility', "i'm disabled", 'disabled person', 'walking frame', "can't do stairs"],
      fr: ['fauteuil roulant', 'en fauteuil', 'béquilles', 'mobilité réduite', 'pmr', 'handicapé*', 'peux pas marcher', 'déambulateur', "peux pas monter d'escalier*"],
    }),
    clash: defineLexicon('p17.clash-mobility', {
      en: ['stairs', 'staircase', 'walk to', 'walk over', 'on foot', 'a short walk', 'climb the', 'steps up'],
      fr: ['escalier*', 'marchez', 'à pied', 'montez', 'quelques marches', 'les marches', 'rejoindre à pied'],
    }),
    way: defineLexicon('p17.way-mobility', {
      en: ['lift', 'lifts', 'elevator', 'step-free', 'accessible', 'accessibility', 'assistance', 'ramp', 'taxi', 'shuttle', 'replacement bus'],
      fr: ['ascenseur*', 'accessible*', 'accessibilité', 'assistance', 'rampe', 'taxi', 'navette', 'bus de remplacement', 'pmr', 'accompagnement'],
    }),
  },
  {
    need: defineLexicon('p17.need-no-card', {
      en: ["don't have a card", "don't have a credit card", "don't have a debit card", 'no credit card', 'no debit card', 'no bank card', 'without a card', 'without a credit card', 'no card', "can't pay by card", 'cannot pay by card'],
      fr: ['pas de carte', "pas de cb", 'sans carte', 'sans cb', "n'ai pas de carte", 'peux pas payer par carte', 'pas de carte bancaire', 'pas de carte bleue'],
    }),
    clash: defineLexicon('p17.clash-card', {
      en: ['visa', 'mastercard', 'amex', 'credit card', 'debit card', 'your card', 'card details', 'card number'],
      fr: ['visa', 'mastercard', 'amex', 'carte bancaire', 'carte bleue', 'votre carte', 'ta carte', 'numéro de carte'],
    }),
    way: defineLexicon('p17.way-no-card', {
      en: ['transfer', 'bank transfer', 'direct debit', 'invoice', 'paypal', 'cash', 'cheque', 'check', 'voucher', 'gift card'],
      fr: ['virement', 'prélèvement', 'facture', 'paypal', 'espèces', 'chèque', 'mandat', 'carte cadeau'],
    }),
  },
  {
    need: defineLexicon('p17.need-no-meat', {
      en: ['vegan', 'vegetarian', "don't eat meat", 'do not eat meat', 'no meat', 'plant-based', 'halal', 'kosher'],
      fr: ['végan*', 'vegan', 'végétarien*', 'vegetarien*', 'mange pas de viande', 'sans viande', 'halal', 'casher', 'kasher'],
    }),
    clash: defineLexicon('p17.clash-meat', {
      en: ['bacon', 'beef', 'chicken', 'pork', 'ham', 'meat', 'steak', 'sausage*', 'pepperoni'],
      fr: ['viande', 'jambon', 'poulet', 'bœuf', 'boeuf', 'porc', 'lardons', 'saucisse*', 'steak'],
    }),
    way: defineLexicon('p17.way-no-meat', {
      en: ['vegan', 'veggie', 'plant-based', 'vegetarian', 'meat-free', 'without meat', 'halal', 'kosher'],
      fr: ['végan*', 'vegan', 'végé', 'végétarien*', 'végétal*', 'sans viande', 'halal', 'casher'],
    }),
  },
  {
    need: defineLexicon('p17.need-budget', {
      en: ["can't afford", 'cannot afford', 'on a budget', 'tight budget', 'unemployed', 'lost my job', 'broke', 'money is tight', 'low income', 'on benefits'],
      fr: ['pas les moyens', 'budget serré', 'petit budget', 'au chômage', 'fauché*', 'perdu mon emploi', 'perdu mon travail', 'fins de mois', 'au rsa', 'petits revenus'],
    }),
    clash: defineLexicon('p17.clash-budget', {
      en: ['upgrade', 'premium', 'pro plan', 'our premium', 'go pro', 'our top plan', 'top-of-the-range', 'flagship'],
      fr: ['passez à', 'offre premium', 'forfait pro', 'version pro', 'premium', 'haut de gamme', 'notre offre pro', 'passez au'],
    }),
    way: defineLexicon('p17.way-budget', {
      en: ['free', 'discount', 'cheaper', 'basic plan', 'pause', 'payment plan', 'instalments', 'installments', 'hardship', 'downgrade', 'student'],
      fr: ['gratuit*', 'réduction', 'moins cher', 'offre de base', 'formule de base', 'pause', 'échelonn*', 'plusieurs fois', 'solidaire', 'étudiant*'],
    }),
  },
];

/** Devices and systems, by family: asked about one, answered about another. */
const PLATFORM_FAMILIES: Record<string, string> = {
  windows: 'windows', pc: 'windows', mac: 'mac', macos: 'mac', macbook: 'mac', imac: 'mac', ios: 'apple', iphone: 'apple', ipad: 'apple',
  android: 'android', samsung: 'android', pixel: 'android', huawei: 'android', xiaomi: 'android', linux: 'linux', ubuntu: 'linux',
  chromebook: 'chrome', chromeos: 'chrome', kindle: 'kindle', xbox: 'xbox', playstation: 'playstation', ps5: 'playstation', ps4: 'playstation',
};

const STOPWORDS = new Set(
  `the a an and or but if so to of in on at by for with from about into over under up down out off is are was were be been being am do does
  did done have has had having will would shall should can could may might must i me my mine you your yours he him his she her it its we us our
  ours they them their this that these those there here what which who whom whose when where why how all any some no not just only also very
  really too more most much many lot lots get got make made go going went come came see saw know need want like please thanks thank hi hello
  hey yes yeah ok okay still even way thing things one two three anyone someone something anything everyone today yesterday tomorrow now then
  than as because while since until again ever never time times day days week weeks month months year years i'm i've i'd i'll you're it's
  don't can't won't isn't didn't doesn't dont cant quick question help guys does other else there's let lets around right
  le la les l' un une des du de d' et ou mais si a au aux en dans sur sous pour par avec sans chez est sont etait etre ai as avons avez ont avoir
  fait faire je j' tu il elle on nous vous ils elles me m' te t' se s' moi toi lui leur leurs mon ma mes ton ta tes son sa ses notre nos votre
  vos ce cet cette ces c' ca cela qui que qu' quoi quel quelle quels quelles comment pourquoi quand combien est-ce ne n' pas plus moins tres trop
  bien tout tous toute toutes aussi encore deja toujours jamais rien y peut peux pouvez puis faut veux voudrais voulez oui non merci bonjour
  salut svp stp plait possible vraiment alors donc car parce depuis hier aujourd'hui demain jour jours semaine semaines mois an ans fois truc
  chose coucou hello est-ce-que auriez avez-vous pouvez-vous faites`.split(/\s+/),
);

function stem(form: string): string {
  let f = form;
  if (f.endsWith("'s")) f = f.slice(0, -2);
  if (/\d/.test(f)) return f;
  if (f.length > 3 && (f.endsWith('s') || f.endsWith('x'))) f = f.slice(0, -1);
  return f;
}

interface Key {
  stem: string;
  salient: boolean;
}

function brandWords(profile: Readonly<Profile> | null): Set<string> {
  const out = new Set<string>();
  if (!profile) return out;
  for (const name of [profile.brand, ...profile.aliases]) for (const w of name.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) out.add(w);
  return out;
}

function keyOf(token: Token, firstOfSentence: boolean, brand: Set<string>): Key | null {
  if (token.kind !== 'word' && token.kind !== 'hashtag') return null;
  const form = token.kind === 'hashtag' ? token.forms[1] ?? '' : token.forms[0]!;
  if (!form || STOPWORDS.has(form) || brand.has(form)) return null;
  const hasDigit = /\d/.test(form);
  if (hasDigit && !/\p{L}/u.test(form)) return null; // bare numbers are quantities, not topics
  if (!hasDigit && form.length < 3) return null;
  const s = stem(form);
  const capitalised = /^\p{Lu}/u.test(token.raw) && !/^\p{Lu}+$/u.test(token.raw);
  return { stem: s, salient: hasDigit || (capitalised && !firstOfSentence) };
}

/** Content words of a text (only of its questions when `questionsOnly`). */
function keyTerms(view: TextView, brand: Set<string>, questionsOnly: boolean): Key[] {
  const keys: Key[] = [];
  const seen = new Set<string>();
  for (const s of view.sentences) {
    if (questionsOnly && !view.text.slice(s.start, s.end).includes('?')) continue;
    let first = true;
    for (let i = s.from; i < s.to; i++) {
      const t = view.tokens[i]!;
      if (t.kind === 'mention') continue;
      const k = keyOf(t, first, brand);
      if (t.kind === 'word') first = false;
      if (k && !seen.has(k.stem)) {
        seen.add(k.stem);
        keys.push(k);
      }
    }
  }
  return keys;
}

/** The reply's vocabulary: words, hashtags and the words of link paths, as stems and stem prefixes. */
class Vocabulary {
  private readonly full = new Set<string>();
  private readonly prefix3 = new Set<string>();
  private readonly prefix4 = new Set<string>();

  constructor(view: TextView) {
    for (const t of view.tokens) {
      if (t.kind === 'word') this.add(t.forms[0]!);
      else if (t.kind === 'hashtag') this.add(t.forms[1] ?? '');
      else if (t.kind === 'url') {
        const slash = t.raw.indexOf('/', t.raw.indexOf('//') + 2);
        if (slash > 0) for (const w of t.raw.slice(slash).toLowerCase().split(/[^\p{L}\p{N}]+/u)) this.add(w);
      }
    }
  }

  private add(form: string): void {
    if (!form) return;
    const s = stem(form);
    this.full.add(s);
    if (s.length >= 3) this.prefix3.add(s.slice(0, 3));
    if (s.length >= 4) this.prefix4.add(s.slice(0, 4));
  }

  has(key: string): boolean {
    if (this.full.has(key)) return true;
    if (key.length >= 4) return this.prefix4.has(key.slice(0, 4));
    return key.length === 3 && this.prefix3.has(key);
  }
}

interface Overlap {
  total: number;
  salient: number;
  matched: number;
  salientMatched: number;
  ratio: number;
}

function overlap(keys: readonly Key[], vocabulary: Vocabulary): Overlap {
  let matched = 0;
  let salientMatched = 0;
  for (const k of keys) {
    if (vocabulary.has(k.stem)) {
      matched++;
      if (k.salient) salientMatched++;
    }
  }
  return { total: keys.length, salient: keys.filter((k) => k.salient).length, matched, salientMatched, ratio: keys.length ? matched / keys.length : 1 };
}

function platforms(view: TextView, questionsOnly: boolean): Set<string> {
  const out = new Set<string>();
  for (const s of view.sentences) {
    if (questionsOnly && !view.text.slice(s.start, s.end).includes('?')) continue;
    for (let i = s.from; i < s.to; i++) {
      const t = view.tokens[i]!;
      if (t.kind !== 'word') continue;
      const family = PLATFORM_FAMILIES[t.forms[0]!];
      if (family) out.add(family);
    }
  }
  return out;
}

/** Non-overlapping hits, counted once each. */
function distinctCount(hits: readonly Hit[]): number {
  let count = 0;
  let end = -1;
  for (const h of hits) {
    if (h.start >= end) {
      count++;
      end = h.end;
    }
  }
  return count;
}

/** The reply opens with a direct answer ("Yes!", « Oui, … », "Not yet"): it did read the question. */
function startsWithAnswer(draft: TextView): boolean {
  const first = draft.tokens.find((t) => t.kind === 'word');
  return first !== undefined && draft.find(DIRECT_ANSWER).some((h) => h.start === first.start);
}

/** Everything the detector measured, for the messages and for tuning. */
export interface AudienceSignals {
  rule: 'constraint' | 'platform' | 'generic' | 'grief' | null;
  hit: Hit | null;
  generic: number;
  all: Overlap;
  question: Overlap;
}

export function audienceSignals(draft: TextView, parent: TextView, profile: Readonly<Profile> | null, brandAccount = false): AudienceSignals {
  const brand = brandWords(profile);
  const vocabulary = new Vocabulary(draft);
  const all = overlap(keyTerms(parent, brand, false), vocabulary);
  const asks = parent.text.includes('?');
  const question = asks ? overlap(keyTerms(parent, brand, true), vocabulary) : all;
  const boiler = draft.find(BOILERPLATE);
  const weak = draft.find(WEAK_BOILERPLATE);
  const promo = draft.find(PROMO);
  const generic = distinctCount(boiler) + distinctCount(weak) + distinctCount(draft.find(SIGN_OFF)) + 2 * distinctCount(promo);
  const signals: AudienceSignals = { rule: null, hit: null, generic, all, question };

  // A death in the family answered as a routine request, without one word for the loss.
  const grief = parent.find(GRIEF)[0];
  if (grief && !draft.has(CONDOLENCE) && !draft.tokens.some((t) => t.kind === 'emoji' && SAD_EMOJI.has(t.raw))) return { ...signals, rule: 'grief', hit: null };

  for (const c of CONSTRAINTS) {
    if (!parent.has(c.need)) continue;
    const clash = draft.find(c.clash)[0];
    if (clash && !draft.has(c.way)) return { ...signals, rule: 'constraint', hit: clash };
  }

  // "Does it run on Linux?" answered with Windows and Mac ("Yes, and on iOS too!" adds a platform, it does not swap it).
  // A problem report with no question counts too: "the Android app crashes" answered about iOS.
  const problem = parent.has(PROBLEM) || parent.has(COMPLAINT) || parent.has(OUTRAGE) || parent.has(COMPLAINT_WEAK);
  if ((asks || problem) && !draft.has(ALSO)) {
    const asked = platforms(parent, asks);
    if (asked.size) {
      const answered = platforms(draft, false);
      if (answered.size && ![...asked].some((p) => answered.has(p))) return { ...signals, rule: 'platform' };
    }
  }

  // Thanks and praise call for warmth, not for an answer.
  const praise = parent.has(THANKS) && !asks && !parent.has(COMPLAINT) && !parent.has(OUTRAGE) && distinctCount(parent.find(COMPLAINT_WEAK)) < 2;
  if (praise) return signals;

  // A stock line only misses the point when there was one: a question, a problem or a request to answer.
  // Fan art or a creation shared with no question ("drew your mascot ☁️") asks for nothing to be answered.
  if (!asks && parent.has(SHARING) && !parent.has(PROBLEM) && !parent.has(COMPLAINT) && !parent.has(OUTRAGE)) return signals;
  // Handing over to the official source, or answering with the amount or date asked for, is not ignoring the person.
  if (draft.has(DEFER) || typedAnswer(draft, parent)) return signals;
  const otherGeneric = promo.length + distinctCount(weak);
  // A generic tip that shares no word with a specific question ("I'm in French Guiana, any closer servers?" → "remember to plug in").
  const tip = draft.find(TIP)[0];
  if (tip && asks && question.matched === 0 && question.salient > 0 && !startsWithAnswer(draft) && !draft.has(RESOLUTION)) {
    return { ...signals, rule: 'generic', hit: tip };
  }
  // Talking up the brand ("Great news: …", "Nuvola keeps your files safe…") with not one word of a specific question.
  if (brandAccount && asks && question.matched === 0 && question.total >= 3 && !startsWithAnswer(draft) && !draft.has(RESOLUTION) && !parent.has(CHOICE)) {
    const opener = draft.find(QUESTION_OPENER)[0];
    const pitch = weak[0] ?? brandLead(draft, profile) ?? (opener && draft.profileTerms('brand').length ? opener : undefined);
    if (pitch) return { ...signals, rule: 'generic', hit: pitch };
  }
  const genericHit = promo[0] ?? (openerOnly(draft, boiler, otherGeneric) && all.matched >= 1 ? null : boiler[0]) ?? (distinctCount(weak) >= 2 ? weak[0]! : null);
  if (genericHit && !startsWithAnswer(draft)) {
    const weak = all.ratio < 0.25 && all.matched <= 1 && all.salientMatched === 0 && !draft.has(RESOLUTION);
    const strong = generic >= 2 && all.ratio <= 0.4 && question.ratio <= 0.4;
    if (weak || strong) return { ...signals, rule: 'generic', hit: genericHit };
  }

  return signals;
}

export default definePractice({
  meta: {
    number: 17,
    slug: 'know-your-audience',
    title: { en: "Know who you are talking to", fr: "Savoir à qui l'on parle" },
    statement: {
      en: "Know who you are talking to and what they are looking for: answer their actual question and situation.",
      fr: "Sachez à qui vous parlez et ce que la personne cherche : répondez à sa vraie question et à sa situation.",
    },
    detection: 'judgement',
    messages: {
      constraint: {
        text: {
          en: 'The person explained what they cannot do, and "{term}" asks them to do just that.',
          fr: 'La personne a expliqué ce qu’elle ne peut pas faire, et « {term} » lui demande justement de le faire.',
        },
        fix: {
          en: 'Reread their message and answer their situation: offer a way that works for them, or say honestly that there is none yet.',
          fr: 'Relisez son message et répondez à sa situation : proposez une solution qui lui convient, ou dites franchement qu’il n’y en a pas encore.',
        },
      },
      platform: {
        text: {
          en: 'They asked about one device or system, and this reply answers about another.',
          fr: 'La personne pose une question sur un appareil ou un système, et cette réponse parle d’un autre.',
        },
        fix: {
          en: 'Answer for the device they named, even if the answer is "not yet".',
          fr: 'Répondez pour l’appareil qu’elle cite, même si la réponse est « pas encore ».',
        },
      },
      grief: {
        text: {
          en: 'The person mentions a death in their family, and this reply answers as if it were a routine request.',
          fr: 'La personne parle d’un décès dans sa famille, et cette réponse la traite comme une demande ordinaire.',
        },
        fix: {
          en: 'Acknowledge the loss first, in a sentence of your own, then answer what they actually asked (here, access to the account of someone who died).',
          fr: 'Reconnaissez d’abord la perte, avec une phrase à vous, puis répondez à ce qui est vraiment demandé (ici, l’accès au compte d’un proche décédé).',
        },
      },
      generic: {
        text: {
          en: '"{term}" is a stock or sales line, and the reply hardly touches what the person wrote about. It reads as if nobody read their message.',
          fr: '« {term} » est une formule toute faite ou commerciale, et la réponse n’aborde presque rien de ce que la personne a écrit. On a l’impression que personne n’a lu son message.',
        },
        fix: {
          en: 'Answer their actual question or situation first, in their words; keep offers for another time.',
          fr: 'Répondez d’abord à sa vraie question ou à sa situation, avec ses mots ; gardez les offres pour une autre fois.',
        },
      },
    },
  },
  lexicons: [QUESTION_OPENER, GRIEF, CONDOLENCE, CHOICE, DEFER, PRICE_QUESTION, WHEN_QUESTION, DATE_WORD, TIP, SHARING, BOILERPLATE, WEAK_BOILERPLATE, SIGN_OFF, PROMO, RESOLUTION, ALSO, PROBLEM, THANKS, DIRECT_ANSWER, COMPLAINT, OUTRAGE, COMPLAINT_WEAK, ...CONSTRAINTS.flatMap((c) => [c.need, c.clash, c.way])],
  create(ctx) {
    const parent = ctx.parent;
    if (!parent) return;
    const { rule, hit } = audienceSignals(ctx.draft, parent, ctx.profile, ctx.context.account === 'brand');
    if (!rule) return;
    if (hit) reportAt(ctx, hit, rule, 'warn');
    else ctx.report({ messageId: rule, severity: 'warn' });
  },
});
