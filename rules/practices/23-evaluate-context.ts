// Practice 23: Read the room before you reply / Évaluer le contexte avant de répondre.
// Two situations:
// - Tragedy or hardship in the air: the draft or the post replied to speaks of a death, a disaster, an
//   attack (tragedy), or of someone's injury, theft or hospital stay (hardship), and the draft sells
//   (a discount, a code, "perfect time to upgrade", « offre parrainage ») or jokes (😂, "lol", 🎉, "at
//   least you'll get some exercise"). Tragedy + pitch or joke is a risk; hardship in the parent + pitch or
//   joke a warning; a storm or hardship the draft itself mentions counts with a pitch only ("20% off during
//   the storm"). Condolences with free help and "we've paused all promotions" are fine.
// - A heated instant reply: shouting (capitals, "!!!", "?!") together with anger in the words or the emoji
//   ("ON FAIT CE QU'ON PEUT !!!!", "MAYBE STOP RIDING THROUGH GLASS THEN!!! 🙄"). Enthusiastic capitals
//   ("THANK YOU SO MUCH!!!") have no anger and are left alone.
import { definePractice } from '../practice';
import { defineLexicon } from '../text/phrases';
import { reportAt, type Span } from '../helpers';
import { ANGER, HARMLESS_TRIGGERS, INSULTS, MOCKERY, NEGATIVE_JUDGEMENT, SWEARING, coveredBy, emojiIn, firstFew, harmless, heat } from '../lexicon/judgement';
import { HARDSHIP, NAMED_STORM_WORDS, NOT_TRAGEDY, TRAGEDY } from '../lexicon/tragedy';

/** Selling: discounts, codes, calls to buy or upgrade, product pitches. */
const PROMO = defineLexicon('p23.promo', {
  en: [
    'off everything', 'discount', 'discounts', 'discount code', 'promo code', 'use code', 'with code', 'enter code', 'at checkout', 'checkout', 'shop now', 'buy now',
    'open (till|until|late|tonight|all night)', 'doors open', '(turn|channel|put) (that|your|the) (energy|anger|sadness|grief|pain) into',
    'order now', 'book now', 'subscribe now', 'sign up now', 'sign up today', 'upgrade', 'upgrade now', 'perfect time to', 'great time to', 'the perfect excuse',
    'no excuse to', 'limited time', "don't miss", 'flash sale', 'on sale', 'sale ends', 'deals', 'great deal', 'special offer', 'offer ends', 'pre-order', 'preorder',
    'free shipping', 'free delivery on', 'black friday', 'cyber monday', 'refer a friend', 'referral', 'check out our', 'did you know our', 'treat yourself', 'grab yours',
    'get yours', 'link in bio', 'on the market', 'best on the market', 'new collection', 'new range', 'in stock', 'available now', 'starting at', 'only £',
    'only €', 'only $', 'per month', 'a month', 'plans start', 'just dropped', 'just landed', 'new in', 'shop the', 'shop our',
    'our (spring|summer|autumn|winter|new|latest) (range|collection|models|line|bikes)',
    '(good|great|perfect) (excuse|reason) to (upgrade|get|try|buy|switch|treat)', 'want to upgrade', 'time to upgrade',
    // Help made to depend on engagement or sales: "for every retweet, we'll donate €1".
    'for (every|each) (retweet|rt|share|like|follow|follower|purchase|sale|order|download|sign-up|signup)',
    // Contests and giveaways: "win a year of…", "giveaway", "enter to win".
    'giveaway', 'give away', 'win a', 'win an', 'win one', 'chance to win', 'enter to win', 'to win (a|an|one|free)', 'competition time', 'contest', 'sweepstakes', 'prize draw',
  ],
  fr: [
    'ouvert (jusqu\'à|tard|ce soir|toute la nuit)', '(transformez|canalisez|transforme|canalise) (cette|votre|ta) (énergie|colère|tristesse|peine)',
    'soldes', 'promo', 'promos', 'en promo', 'code promo', 'avec le code', 'réduction', 'réductions', 'remise', 'profitez', 'profitez-en', 'offre spéciale', 'offre limitée',
    'offre parrainage', 'parrainage', 'offre exclusive', 'offre du moment', 'nos offres', 'notre offre', 'commandez', 'achetez', 'réservez', 'abonnez-vous', 'souscrivez',
    "c'est le moment", 'le moment idéal', 'moment parfait', 'bon plan', 'vente flash', 'livraison offerte', 'frais de port offerts', 'dès maintenant', 'découvrez notre',
    'découvrez nos', 'nos nouveaux modèles', 'notre nouvelle collection', 'saviez-vous que', "pas d'excuse", 'aucune excuse', 'meilleur du marché', 'par mois',
    'en stock', 'disponible dès', 'dispo dès', 'notre (nouvelle|dernière) (gamme|collection)', 'nos (nouveaux|derniers) modèles', 'vient de sortir',
    'pour (chaque|tout) (rt|retweet|partage|like|abonné|abonnement|achat|commande|téléchargement|inscription)',
    "(bonne|excellente|parfaite) (raison|excuse|occasion) (de|pour) (passer|prendre|essayer|craquer|changer|s'abonner|vous abonner)", "passer à (l'offre|la formule|l'abonnement|notre offre)",
    // Jeux-concours : « gagnez 1 an d'abonnement », « tentez de gagner », « tirage au sort ».
    'jeu concours', 'jeu-concours', 'concours photo', 'grand concours', 'gagnez', 'à gagner', 'tentez de gagner', 'tente de gagner', 'pour gagner (un|une|des|le|la)', 'tirage au sort', 'giveaway',
  ],
});

/** Joking and celebrating. */
const LEVITY = defineLexicon('p23.levity', {
  en: ['lol', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'jk', 'just kidding', 'joke', 'jokes', 'pun intended', 'look on the bright side', 'silver lining', 'every cloud', 'yay', 'woohoo', 'whoop', 'party time'],
  fr: ['mdr', 'ptdr', 'lol', 'haha', 'ahah', 'hahaha', 'blague', 'on rigole', 'je rigole', 'voyez le bon côté', 'le bon côté', 'youpi', 'hourra', 'la fête'],
});

/** Turning a tragedy towards the brand: "luckily, your files…", « heureusement, vos photos… », "how about you?". */
const PIVOT = defineLexicon('p23.pivot', {
  en: [
    'luckily', 'fortunately', 'thankfully', 'good news', 'the good news', 'reminder', 'a reminder', 'reminds us', 'remind you', 'you never know', 'just in case',
    'how about you', 'who else', 'in case you\'re bored', 'if you\'re bored', 'rumour is', 'rumor is', 'rumour has it', 'rumor has it', 'word is',
  ],
  fr: [
    'heureusement', 'bonne nouvelle', 'nous rappelle', 'rappel', 'on ne sait jamais', 'au cas où', 'et vous ?', "qui d'autre", 'si vous vous ennuyez', 'pour vous occuper', 'paraît que', 'la rumeur dit', 'on dit que',
  ],
});

/** Setting the brand against the disaster: "but your backups never will", « vos fichiers, eux, sont à l'abri ». */
const CONTRAST = defineLexicon('p23.contrast', {
  en: [
    // "Some things last forever. Your photos can too.": the brand's product set beside what was lost.
    '(can|will|could|should) too', '(last|lasts) forever', '(live|lives) on', 'forever safe', 'never (fade|fades|disappear|disappears)',
    'unlike', 'except (your|yours|our|ours)', 'but (your|yours|our|ours)', 'never will', 'more like', 'second copy', 'stay dry', 'stays dry', 'stay calm', 'stays calm'],
  fr: [
    '(peuvent|pourront|peut|pourra) (aussi|durer|rester)', 'pour toujours', 'pour l\'éternité', 'ne (disparaissent|disparaîtront|s\'effacent|s\'effaceront) (pas|jamais)',
    'contrairement', 'sauf (vos|votre|nos|notre)', 'elles, peuvent', 'eux, peuvent', 'eux, ne', 'elles, ne', 'eux, sont', 'elles, sont', 'eux, restent', 'elles, restent', 'au calme', 'au sec'],
});

/** A call to use the product: "back yours up", "protect them with…", « sauvegardez-les », « pensez à sauvegarder ». */
const CALL = defineLexicon('p23.call', {
  en: [
    "don't let", 'do not let', 'protect (your|yours|them|it|what)', 'back (it|them|yours|your|everything) up', 'back up (your|with|now|today)', 'keep (your|them|it|everything) safe',
    '(are|is|stay|stays|remain|remains) safe with', 'safe with us', 'try (us|nuvola|it) (now|today|free)', 'sign up', 'get started',
  ],
  fr: [
    'pensez à', "n'oubliez pas", 'ne laissez pas', "à l'abri", 'protégez', 'sauvegardez', 'mettez * à l\'abri', 'activez', 'en sécurité avec', 'en sécurité chez',
    'sont-ils bien', 'sont-elles bien', 'essayez', 'inscrivez-vous',
  ],
});

/** Help or restraint that makes mentioning the brand next to a tragedy fine: "for free", "we've paused all campaigns". */
const RELIEF = defineLexicon('p23.relief', {
  en: ['for free', 'free of charge', 'at no cost', 'no charge', 'free priority', 'paused', 'donate', 'donating', 'donation', 'donations', 'fundraiser', 'on us'],
  fr: ['gratuit', 'gratuite', 'gratuitement', 'offert', 'offerte', 'sans frais', 'suspendu', 'suspendues', 'en pause', 'dons', 'faire un don', 'cagnotte', 'nous reversons'],
});

/** Words of support that make a cause's hashtag a brand's genuine stance, not a hijack. */
const SOLIDARITY = defineLexicon('p23.solidarity', {
  en: ['support', 'supporting', 'stand with', 'standing with', 'solidarity', 'survivors', 'survivor', 'victims', 'helpline', 'hotline', 'listen', 'believe', 'resources', 'charity', 'remember', 'we are with', "we're with"],
  fr: ['soutien', 'soutenons', 'soutenir', 'aux côtés', 'solidarité', 'solidaires', 'survivantes', 'survivants', 'victimes', "numéro d'écoute", 'écoute', 'association', 'associations', 'on vous croit', 'nous vous croyons', 'hommage', 'nous pensons'],
});

/** Putting the customer in their place: "try being patient for once", « un peu de patience ». Anger aimed at them. */
const SCOLD = defineLexicon('p23.scold', {
  en: [
    'be patient', 'some patience', 'a little patience', 'have some patience', 'for once', 'educate yourself', 'get your facts straight', 'check your facts',
    'stop whining', 'stop moaning', 'quit complaining', 'grow up', 'calm down', 'chill out',
    // Indignant rebuttal: "and that's all you have to say?", "after everything we've done for you".
    "(that's|that is|is that) (all|the best) you (have|can|could) (to say|come up with|find to say|say)", "is that all you've got", 'after (everything|all) (we|i) (did|have done|\'ve done|do) for you',
    '(and|yet) (you|u) (still|) (complain|moan|whine)',
  ],
  fr: [
    'un peu de patience', 'soyez patient', 'soyez patients', 'sois patient', 'pour une fois', 'renseignez-vous', 'renseigne-toi', 'arrêter de vous plaindre',
    'arrêter de se plaindre', 'il faut arrêter', 'calmez-vous', 'calme-toi', 'on se calme',
    // « Et c'est tout ce que vous trouvez à dire ? », « après tout ce qu'on fait pour vous ».
    "c'est tout ce que (vous|tu) (trouvez|trouves|avez|as) à (dire|répondre)", "c'est tout ce que (vous|tu) (trouvez|trouves)", "après tout ce (qu'on|que nous|que j'ai|que je) (fait|a fait|avons fait|ai fait|fais|faisons) pour (vous|toi)",
    "et (vous|tu) (osez|oses|trouvez|trouves) (encore|quand même) (le moyen|à redire)",
  ],
});

/** Warm words: capitals with them are enthusiasm, not anger ("THANK YOU!!!", « BRAVO À TOUS !!! »). */
const FRIENDLY = defineLexicon('p23.friendly', {
  en: ['thank*', 'thx', 'sorry', 'congrat*', 'welcome', 'love', 'happy', 'yay', 'woohoo', 'amazing', 'awesome', 'best', 'proud', 'well done', 'hooray', 'excited'],
  fr: ['merci', 'désolé', 'désolée', 'désolés', 'bravo', 'félicitations', 'bienvenue', 'bienvenu', 'adore', 'heureux', 'heureuse', 'génial', 'trop bien', 'fiers', 'fier', 'fière', 'youpi', 'hâte'],
});

/** A customer in distress or outraged: "I'm devastated", "disgraceful", « c'est un scandale », « je vais porter plainte ». */
const DISTRESS = defineLexicon('p23.distress', {
  en: ['devastated', 'heartbroken', 'in tears', 'crying', 'desperate', 'disgraceful', 'disgrace', 'outrageous', 'unacceptable', 'scandal', 'shameful', 'furious', 'livid', 'fed up', 'sick of', 'lost my', 'deleted my', 'no water', 'stranded', 'stuck for',
    // Blaming us for a loss: "because of you", "I'm going to lose my client".
    'because of you', 'thanks to you i', 'your fault', '(going to|gonna|about to|will) lose (my|our|a) (client|clients|job|business|contract|customer|customers|files|data)'],
  fr: ['dévasté', 'dévastée', 'en larmes', 'je pleure', 'désespéré', 'désespérée', 'scandale', 'honteux', 'honte', 'inadmissible', 'inacceptable', 'furieux', 'furieuse', 'ras le bol', 'ras-le-bol', 'marre', 'porter plainte', 'perdu mon', 'perdu ma', 'perdu mes', 'bloqué', 'bloqués', 'bloquée',
    'à cause de vous', 'à cause de toi', 'votre faute', 'ta faute', '(vais|va|allons|vont) perdre (mon|ma|mes|notre|nos|un|une) (client|clients|cliente|boulot|travail|emploi|contrat|fichiers|données|photos)'],
});

/** Single words in capitals that shout a refusal: "NO.", « FAUX. », « JAMAIS ». */
const EMPHATIC = new Set(['no', 'not', 'never', 'wrong', 'false', 'enough', 'stop', 'nope', 'nothing', 'non', 'pas', 'jamais', 'faux', 'assez', 'rien', 'aucun', 'aucune', 'stop']);
/** Capitalised short words that are acronyms, not shouting. */
const ACRONYMS = new Set(['gdpr', 'rgpd', 'http', 'https', 'html', 'json', 'saml', 'sepa', 'iban', 'cnil', 'ovh', 'aws', 'usb', 'nas', 'vpn', 'faq', 'sms', 'api', 'pdf', 'url', 'ceo', 'uefa', 'nasa', 'covid', 'asap', 'diy', 'tldr', 'tl;dr', 'utc', 'cest', 'bst', 'gmt']);

const CURRENCY = new Set(['€', '£', '$']);
const LAUGH_EMOJI = new Set(['😂', '🤣', '😆', '😜', '😝', '🤪', '😹', '😅', '😛', '😁']);
const PARTY_EMOJI = new Set(['🎉', '🥳', '🎊', '🍾', '🥂', '🤩', '😎', '😉', '😏']);
const HEATED_EMOJI = new Set(['🙄', '😤', '😡', '🤬', '😠', '💢', '🖕', '🤦', '🤦‍♂️', '🤦‍♀️']);

export default definePractice({
  meta: {
    number: 23,
    slug: 'evaluate-context',
    title: { en: "Read the room before you reply", fr: "Évaluer le contexte avant de répondre" },
    statement: {
      en: "Take the time to read the context and the situation before answering: no promotion or jokes in a tragedy, no reply in the heat of anger.",
      fr: "Prenez le temps d'évaluer le contexte et la situation avant de répondre : ni promotion ni blague dans un drame, pas de réponse sous le coup de la colère.",
    },
    detection: 'partial',
    messages: {
      promoInTragedy: {
        text: {
          en: '"{term}" sells while the conversation is about "{context}". Promotion next to a death, a disaster or someone’s misfortune looks like cashing in on it.',
          fr: '« {term} » fait de la vente alors que la conversation porte sur « {context} ». Une promotion à côté d’un décès, d’une catastrophe ou d’un malheur donne l’impression d’en profiter.',
        },
        fix: {
          en: 'Remove the offer. Show empathy, offer concrete help if you have some, and keep promotions for another day.',
          fr: 'Retirez l’offre. Montrez de l’empathie, proposez une aide concrète si vous en avez, et gardez les promotions pour un autre jour.',
        },
      },
      jokeInTragedy: {
        text: {
          en: '"{term}" jokes while the conversation is about "{context}". Humour next to a tragedy or someone’s misfortune hurts, and gets shared for the wrong reasons.',
          fr: '« {term} » plaisante alors que la conversation porte sur « {context} ». L’humour à côté d’un drame ou du malheur de quelqu’un blesse, et circule pour de mauvaises raisons.',
        },
        fix: {
          en: 'Drop the joke and the celebratory emoji; a sober, kind message is the only one that works here.',
          fr: 'Retirez la blague et les émojis festifs : seul un message sobre et bienveillant convient ici.',
        },
      },
      promoInHardship: {
        text: {
          en: '"{term}" pitches a product to someone who just told you about "{context}". It reads as not listening.',
          fr: '« {term} » propose un produit à quelqu’un qui vient de vous parler de « {context} ». Ça donne l’impression de ne pas écouter.',
        },
        fix: {
          en: 'Answer the situation first (empathy, the help they asked for); leave offers out of this reply.',
          fr: 'Répondez d’abord à la situation (empathie, l’aide demandée) ; laissez les offres hors de cette réponse.',
        },
      },
      heated: {
        text: {
          en: 'This reply is written in the heat of the moment ("{term}"): capitals, exclamation marks and anger escalate things and get screenshotted.',
          fr: 'Cette réponse est écrite à chaud (« {term} ») : majuscules, points d’exclamation et colère font monter la tension et finissent en capture d’écran.',
        },
        fix: {
          en: 'Wait a few minutes, then answer calmly in sentence case, or hand the reply to a colleague.',
          fr: 'Attendez quelques minutes, puis répondez calmement sans majuscules, ou confiez la réponse à un·e collègue.',
        },
      },
    },
  },
  lexicons: [TRAGEDY, HARDSHIP, NOT_TRAGEDY, SOLIDARITY, FRIENDLY, DISTRESS, PROMO, LEVITY, PIVOT, CONTRAST, CALL, RELIEF, SCOLD, ANGER, INSULTS, MOCKERY, NEGATIVE_JUDGEMENT, SWEARING, HARMLESS_TRIGGERS],
  create(ctx) {
    const view = ctx.draft;
    const parent = ctx.parent;

    // 1. Tragedy or hardship, in the draft or the parent.
    const live = (v: typeof view, hits: readonly Span[]) => firstFew(hits).filter((h) => !coveredBy(v, NOT_TRAGEDY, h) && !n2(v, h));
    const draftTragedy = live(view, view.find(TRAGEDY));
    const parentTragedy = parent ? live(parent, parent.find(TRAGEDY)) : [];
    const draftHardship = [...live(view, view.find(HARDSHIP)), ...namedStorms(view)];
    const parentHardship = parent ? [...live(parent, parent.find(HARDSHIP)), ...namedStorms(parent)] : [];
    const contextWord = (v: typeof view, h: Span) => v.text.slice(h.start, h.end);

    const pitch = promotion();
    const joke = levity(true);
    if (draftTragedy.length || parentTragedy.length) {
      const context = draftTragedy.length ? contextWord(view, draftTragedy[0]!) : contextWord(parent!, parentTragedy[0]!);
      if (pitch) return reportAt(ctx, pitch, 'promoInTragedy', 'risk', { context });
      if (joke) return reportAt(ctx, joke, 'jokeInTragedy', 'risk', { context });
    }
    if (parentHardship.length) {
      const context = contextWord(parent!, parentHardship[0]!);
      if (pitch) return reportAt(ctx, pitch, 'promoInHardship', 'warn', { context });
      // A wink is banter, not a joke, next to someone's bad day.
      const laugh = levity(false);
      if (laugh) return reportAt(ctx, laugh, 'jokeInTragedy', 'warn', { context });
    }
    if (draftHardship.length && pitch && !draftHardship.some((h) => h.from >= pitch.from && h.to <= pitch.to)) {
      return reportAt(ctx, pitch, 'promoInTragedy', 'warn', { context: contextWord(view, draftHardship[0]!) });
    }
    // Newsjacking in a post: a disaster, a death, unrest or a cause's hashtag turned towards the brand's own
    // product ("The cathedral burned, but your backups never will", "#WhyIStayed You had pizza", "RIP <name>, …
    // our buns", "riots tonight; luckily your files are calm with us"). Free help or paused campaigns are fine.
    if (ctx.context.kind === 'post' && !parent && !view.has(RELIEF)) {
      // The product: a topic word or a link; the brand's bare name only with a contrast, a call or a joke.
      const product = ownProduct();
      const brand = view.profileTerms('brand')[0];
      const call = view.find(CALL)[0];
      const contrast = view.find(CONTRAST)[0];
      const pivot = view.find(PIVOT)[0] ?? contrast;
      const causeTag = draftTragedy.find((h) => view.tokens[h.from]!.kind === 'hashtag');
      const own = product ?? brand;
      const mourning = draftTragedy.length || !(own || call) ? null : ripName();
      const grave = draftTragedy[0] ?? mourning;
      const context = grave ?? draftHardship[0];
      const sharp = call || joke || causeTag || mourning;
      const turned = product ? pivot || sharp : brand ? contrast || sharp : call && (pivot || joke || causeTag);
      // A hardship or unrest (not a tragedy) takes a brand turning it in words ("luckily…", "protect…"), not a joke about one's own fall.
      // A brand borrowing a cause's hashtag without a word of support ("#WhyIStayed You had pizza") hijacks it.
      const hijack = causeTag && ctx.context.account === 'brand' && !view.has(SOLIDARITY);
      if (context && (turned || hijack) && (grave || ((pivot || call) && ctx.context.account === 'brand'))) {
        return reportAt(ctx, pivot ?? call ?? joke ?? own ?? context, 'promoInTragedy', grave ? 'risk' : 'warn', { context: contextWord(view, context) });
      }
    }

    // 2. A heated reply.
    if (!parent && ctx.context.kind !== 'reply') return;
    const h = heat(view);
    let temperature = 0;
    if (h.shouted >= 3) temperature += 2;
    else if (h.shouted >= 1) temperature += 1;
    else temperature += Math.min(2, capitalWords());
    // In a shouted reply, a double "!!" counts as a run as well ("…NOT US!!").
    const doubles = h.shouted >= 3 ? view.tokens.filter((t) => t.kind === 'punct' && t.raw === '!!').length : 0;
    temperature += Math.min(2, h.bangRuns + doubles);
    if (h.interrobang > 0 || view.tokens.some((t) => t.kind === 'punct' && t.raw.startsWith('??'))) temperature += 1;
    if (h.angryEmoji > 0 || view.tokens.some((t) => t.kind === 'emoji' && t.raw.startsWith('😤'))) temperature += 2;
    if (temperature < 2) return;
    // Anger in the words: an insult or a put-down weighs more than an exasperated "seriously".
    const angerHits = [view.find(ANGER), view.find(INSULTS), view.find(SWEARING), view.find(MOCKERY), view.find(SCOLD)].map((l) => firstFew(l).filter((x) => !harmless(view, x)));
    const emoji = emojiIn(view, HEATED_EMOJI);
    const weights = [1, 2, 1, 2, 2];
    const anger = angerHits.reduce((n, l, i) => n + (l.length ? weights[i]! : 0), 0) + (emoji.length ? 1 : 0);
    // The parent was critical or shouting itself.
    const parentHeat = parent ? heat(parent) : null;
    const hostile =
      parent !== null && (parent.has(NEGATIVE_JUDGEMENT) || parent.has(INSULTS) || parent.has(ANGER) || parent.has(MOCKERY) || parentHeat!.shouted >= 2 || parentHeat!.bangRuns > 0 || upset(parent)) ? 1 : 0;
    // No angry word: only full-blown shouting ("CAPS !!! ?!") at someone who was critical.
    // A whole sentence in capitals at someone upset ("WE ALREADY ANSWERED YOU 5 TIMES !!!") is heat without
    // any angry word, unless it thanks, apologises or cheers ("THANK YOU SO MUCH!!!").
    const yelled = anger === 0 && hostile === 1 && temperature >= 3 && shoutedSentence() && !view.has(FRIENDLY);
    if (anger === 0 && !(temperature >= 4 && hostile && !view.has(FRIENDLY)) && !yelled) return;
    if (temperature + anger + hostile < 4) return;
    reportAt(ctx, shoutSpan() ?? angerHits.find((l) => l.length)?.[0] ?? emoji[0]!, 'heated', 'warn');

    /** The parent is upset: a loss, a hardship, a complaint told with distress ("I'm devastated", « c'est un scandale »). */
    function upset(v: NonNullable<typeof parent>): boolean {
      return v.has(DISTRESS) || live(v, v.find(HARDSHIP)).length > 0 || live(v, v.find(TRAGEDY)).length > 0;
    }

    /** A sentence of three words or more written entirely in capitals. */
    function shoutedSentence(): boolean {
      for (const s of view.sentences) {
        let words = 0;
        let caps = 0;
        for (let k = s.from; k < s.to; k++) {
          const t = view.tokens[k]!;
          if (t.kind !== 'word' || !/\p{L}/u.test(t.raw)) continue;
          words++;
          if (t.raw === t.raw.toUpperCase() && t.raw !== t.raw.toLowerCase()) caps++;
        }
        if (caps >= 3 && caps === words) return true;
      }
      return false;
    }

    /** Words in capitals when no run of them counts as shouting: a refusal ("NO.", « JAMAIS »), or one long word ("an HOUR"). */
    function capitalWords(): number {
      let n = 0;
      for (const t of view.tokens) {
        if (t.kind !== 'word' || t.raw.length < 2 || t.raw !== t.raw.toUpperCase() || t.raw === t.raw.toLowerCase() || /\d/.test(t.raw)) continue;
        const w = t.forms[0]!;
        if (EMPHATIC.has(w) || (t.raw.length >= 4 && !ACRONYMS.has(w))) n++;
        if (n >= 2) break;
      }
      return n;
    }

    /** The brand's own product in the draft: a topic of the profile, or a link. */
    function ownProduct(): Span | null {
      const topic = view.profileTerms('topics')[0];
      if (topic) return topic;
      const k = view.tokens.findIndex((t) => t.kind === 'url');
      return k < 0 ? null : { start: view.tokens[k]!.start, end: view.tokens[k]!.end, from: k, to: k + 1 };
    }

    /** "RIP Carrie Fisher", « RIP Johnny »: a person's death, told with their name. */
    function ripName(): Span | null {
      const t = view.tokens;
      for (let k = 0; k + 1 < t.length && k < 64; k++) {
        if (t[k]!.forms[0] !== 'rip' && t[k]!.forms[0] !== '#rip') continue;
        const next = t[k + 1]!;
        if (next.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(next.raw)) continue;
        const person = view.people().find((p) => p.start <= next.start && next.start < p.end);
        if (person) return { start: t[k]!.start, end: person.end, from: k, to: k + 2 };
      }
      return null;
    }

    /** "Storm Ciarán", « tempête Alex »: a named storm is an event, not just weather. */
    function namedStorms(v: typeof view): Span[] {
      const out: Span[] = [];
      for (let k = 0; k + 1 < v.tokens.length && out.length < 4; k++) {
        const t = v.tokens[k]!;
        const next = v.tokens[k + 1]!;
        if (t.kind === 'word' && NAMED_STORM_WORDS.has(t.forms[0]!) && next.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(next.raw)) out.push({ start: t.start, end: next.end, from: k, to: k + 2 });
      }
      return out;
    }

    /** A negated hit ("no one was killed", « aucun blessé »): not a tragedy. */
    function n2(v: typeof view, hit: Span): boolean {
      for (let k = hit.from - 1; k >= 0 && k >= hit.from - 2; k--) {
        const w = v.tokens[k]!.forms[0]!;
        if (/^(no|nobody|aucun|aucune|sans|pas|not)$/.test(w)) return true;
      }
      return false;
    }

    /** The first selling cue: a percentage off, a code, a call to buy or upgrade. */
    function promotion(): Span | null {
      const t = view.tokens;
      for (let k = 0; k + 1 < t.length; k++) {
        const a = t[k]!;
        const b = t[k + 1]!;
        if (a.kind === 'word' && /^\d{1,3}$/.test(a.raw) && b.raw === '%') {
          const before = t[k - 1];
          const after = t[k + 2];
          const minus = before?.raw === '-' || before?.raw === '–';
          const off = after?.kind === 'word' && /^(off|discount|de|sur|reduction|remise|on)$/.test(after.forms[0]!);
          if (minus || off) return { start: (minus ? before! : a).start, end: (off ? after! : b).end, from: minus ? k - 1 : k, to: off ? k + 3 : k + 2 };
        }
      }
      const promo = view.find(PROMO);
      if (promo[0]) return promo[0];
      // A price: "5 €/mois", "£4 a month", "only $9".
      for (let k = 0; k + 1 < t.length; k++) {
        const a = t[k]!;
        const b = t[k + 1]!;
        const num = (x: typeof a) => x.kind === 'word' && /^\d+([.,]\d{1,2})?$/.test(x.raw);
        const cur = (x: typeof a) => CURRENCY.has(x.raw) || (x.kind === 'word' && /^(eur|euros?|pounds?|dollars?)$/i.test(x.raw));
        if (!((num(a) && cur(b)) || (cur(a) && num(b) && b.start === a.end))) continue;
        // Money given back is not a pitch: "0 €", "we've refunded the £39", « remboursé 45 € ».
        const amount = num(a) ? a.raw : b.raw;
        const before = t.slice(Math.max(0, k - 4), k).map((x) => x.forms[0]).join(' ');
        if (/^0+([.,]0+)?$/.test(amount) || /refund|rembours|credit|avoir|offert|free|gratuit|back|waive|annul|donat|raised|don|dons|versé|collect/.test(before)) continue;
        return { start: a.start, end: b.end, from: k, to: k + 2 };
      }
      return null;
    }

    /** The first joke or celebration cue. */
    function levity(winks: boolean): Span | null {
      const words = view.find(LEVITY).filter((x) => !harmless(view, x));
      if (words.length) return words[0]!;
      const laughs = emojiIn(view, LAUGH_EMOJI);
      if (laughs.length) return laughs[0]!;
      const party = emojiIn(view, PARTY_EMOJI).filter((e) => winks || !/😉|😏/u.test(view.text.slice(e.start, e.end)));
      if (party.length) return party[0]!;
      return null;
    }

    /** The shouted words, as one span. */
    function shoutSpan(): Span | null {
      let first = -1;
      let last = -1;
      for (let k = 0; k < view.tokens.length; k++) {
        const t = view.tokens[k]!;
        if (t.kind === 'word' && /\p{Lu}/u.test(t.raw) && t.raw.length >= 2 && t.raw === t.raw.toUpperCase() && !/\d/.test(t.raw)) {
          if (first < 0) first = k;
          last = k;
          if (k - first > 8) break;
        }
      }
      if (first < 0 || last === first) return null;
      return { start: view.tokens[first]!.start, end: view.tokens[last]!.end, from: first, to: last + 1 };
    }
  },
});
