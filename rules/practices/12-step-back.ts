// Practice 12: Know when to step back / Savoir se retirer.
// Flags a reply that keeps a fruitless argument going: counting how many times one has answered ("for the
// 4th time", « pour la 3e fois », "we've replied 14 times"), announcing a rebuttal thread or a point-by-point
// takedown ("1/20", "thread incoming 🧵", « point par point »), or promising to go on as long as it takes
// ("we're not going anywhere", « j'ai toute la soirée »). Posts are left alone (a "1/8" thread on batteries is
// fine), and so are apologies for making someone ask again ("sorry you've had to ask four times").
import { definePractice } from '../practice';
import { defineLexicon } from '../text/phrases';
import { reportAt, type Span } from '../helpers';
import { ANGER, INSULTS, MOCKERY, NEGATIVE_JUDGEMENT, firstFew, outermost } from '../lexicon/judgement';

const ORDINAL_WORDS = new Set([
  'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'twentieth', 'hundredth', 'thousandth', 'millionth', 'umpteenth',
  'nth', 'deuxieme', 'troisieme', 'quatrieme', 'cinquieme', 'sixieme', 'septieme', 'huitieme', 'neuvieme', 'dixieme', 'vingtieme', 'centieme', 'millieme',
  'enieme', 'nieme', 'xieme',
]);
const NUMBER_WORDS = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty', 'fifty', 'hundred', 'a hundred', 'several', 'multiple',
  'many', 'countless', 'dozen', 'dozens', 'hundreds', 'umpteen', 'zillion', 'million', 'douzaine', 'centaine', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'douze', 'quinze', 'vingt', 'cent', 'mille', 'plusieurs', 'maintes',
  'cinquante',
]);
const TIME_WORDS = new Set(['time', 'times', 'fois']);
/** Their posts, counted: "your 12th comment today", « 12e commentaire aujourd'hui ». */
const POST_WORDS = new Set([
  'comment', 'comments', 'commentaire', 'commentaires', 'tweet', 'tweets', 'post', 'posts', 'message', 'messages', 'reply', 'replies', 'answer', 'answers',
  'reponse', 'reponses', 'explanation', 'explanations', 'explication', 'explications', 'round', 'rounds', 'echange', 'echanges', 'exchange', 'exchanges',
]);
/** Words that number an exchange when a number follows: "round 15", « message n°12 », "reply #9". */
const NUMBERED = new Set(['round', 'message', 'reply', 'reponse', 'answer', 'episode', 'tweet', 'commentaire', 'comment', 'manche']);
/** Spans of evenings or nights spent answering: « ça fait trois soirs que je te réponds ». */
const DURATIONS = /^(jours|heures|semaines|mois|soirs|soirees|nuits|days|hours|weeks|months|nights|evenings)$/;
/** Counts in one word: "told you twice". */
const ONE_WORD_COUNTS = new Set(['twice', 'thrice']);

/** Saying it again: with a count nearby, or as a set phrase. */
const REPEAT_VERBS = defineLexicon('p12.repeat-verbs', {
  en: [
    'replied', 'answered', 'explained', 'told you', 'told', 'said', 'repeated', 'responded', 'clarified', 'gone over', 'been over', 'asked you', 'corrected',
    'been through', 'gone through', 'discussed', 'addressed',
    'reply', 'answer', 'explain', 'repeat', 'say', 'replying', 'answering', 'explaining', 'arguing', 'debating',
  ],
  fr: [
    'répondu', 'expliqué', 'dit', 'répété', 'redit', 'précisé', 'réexpliqué', 'répondons', 'répond', 'répondre', 'expliquer', 'répéter', 'redire', 'rappelé',
    'abordé', 'traité', 'discuté', 'redonné', 'réexpliquer', 'redonne', 'réponds', 'explique', 'expliquons',
  ],
});

/** Exasperated repetition that stands on its own in a reply. */
const REPEAT = defineLexicon('p12.repeat', {
  en: [
    'how many times', 'how many more times', 'i repeat', 'we repeat', 'let me repeat', 'let us repeat', "we've been over this", "i've been over this",
    'we have been over this', 'like a broken record', 'broken record', 'scroll up', 'read (our|my) previous (replies|reply|answers|answer|tweets|posts|comments)',
    'read (our|my) earlier (replies|reply|answers|answer|tweets|posts|comments)', 'read the thread', 'as (we|i) (already|previously) (said|explained|stated|told you|mentioned)',
    "as (we've|i've) (already|) (said|explained|stated|told you|mentioned)", 'as (we|i) have (already|) (said|explained|stated|told you)',
    "(we've|i've|we have|i have) already (answered|replied|explained|told you|said)", "(we've|i've|we have|i have) already (explained|told you|said) (everything|it all)", 'once and for all', 'one last time', 'for the last time',
    'over and over', 'again and again', "(we've|i've|we have|i have) said (it|this|that) (before|already|many times|plenty of times|a dozen times)",
    "won't be repeating", 'not going to repeat', "won't repeat (ourselves|myself)", 'repeating (ourselves|myself)', 'repeat (ourselves|myself)',
    '(already|previously) (answered|addressed|covered) (this|that|above|here)', 'asked and answered', "(we've|i've|we have|i have) been through this",
    'as (already|previously|) (stated|mentioned|noted|said|explained) (in|above|before|earlier)', '(our|my) last * (replies|answers|messages|tweets|posts|comments)',
    'at least a dozen times', 'a dozen times', 'a hundred times', 'a million times', 'countless times', 'so many times', 'see (our|my) (previous|earlier|last) (reply|replies|answer|answers)',
  ],
  fr: [
    'combien de fois', 'je répète', 'je le répète', 'on répète', 'on le répète', 'nous le répétons', 'nous répétons', 'je me répète', 'on se répète',
    "(je vous|je te|on vous|on t'|nous vous) l'(ai|a|avons) (déjà|) (dit|expliqué|écrit)", 'comme (déjà|) (dit|expliqué)', "comme (on|je|nous) (l'a|l'ai|l'avons|vous l'a|vous l'avons|te l'ai|t'l'ai) (déjà|) (dit|expliqué|écrit)",
    'déjà répondu', 'déjà expliqué', 'déjà tout (expliqué|dit|détaillé)', "(on|je) (vous|t') (a|ai) déjà tout (expliqué|dit)", 'relisez (nos|mes) (réponses|messages|tweets|commentaires)', 'relis (nos|mes) (réponses|messages|tweets|commentaires)',
    'remontez le fil', 'remonte le fil', 'une bonne fois pour toutes', 'une dernière fois', 'pour la dernière fois', 'on tourne en rond', 'disque rayé',
    'comme (indiqué|précisé|mentionné|expliqué) (dans|plus haut|précédemment|hier)', '(nos|mes) * derniers (messages|tweets|commentaires)', '(nos|mes) * dernières réponses',
    'encore et encore', "je l'ai dit et redit", 'à plusieurs reprises', 'à maintes reprises', 'à de nombreuses reprises', 'cent fois', 'mille fois', 'des dizaines de fois', "on l'a dit et redit", 'dit et répété', 'je ne vais pas me répéter', 'on ne va pas se répéter', 'nous ne allons pas nous répéter',
    "(je vais|on va) pas (me|se) répéter", 'relisez (nos|mes) messages', 'relisez ce (fil|thread)', 'voir (nos|mes) (réponses|messages) précédent(s|es)',
  ],
});

/** Dragging it out: takedowns, "until you admit it", "we're not going anywhere". Strong enough alone in a reply. */
const ESCALATION = defineLexicon('p12.escalation', {
  en: [
    'thread incoming', 'point by point', 'claim by claim', 'every single claim', 'every single point', 'every single lie', 'every one of your claims',
    'all of your claims', "i'll go through every", "we'll go through every", "i'm going to go through every", "i'm writing you", '(word|page) explainer',
    '-word explainer', 'word essay', 'tag you in every', 'as long as you (do|want|like|keep|need)', 'as long as it takes', "i've got all (day|night)",
    "we've got all (day|night)", 'we can do this all day', 'i can do this all day', "we're not going anywhere", "i'm not going anywhere", 'we are not going anywhere',
    'until you admit', 'until you apologise', 'until you apologize', 'until you (delete|retract|take it back|stop lying|correct)', 'admit (you\'re|you are) wrong', 'challenge accepted', 'bring it on', "let's settle this",
    "won't let this go", 'not letting this go', "we'll keep going", "i'll keep going", 'keep going as long', 'happy to keep going', "if that's what it takes",
    'keep going all (day|night|week)', 'all week if', 'till tomorrow morning', 'until tomorrow morning', 'until morning', 'here are the receipts', 'receipts incoming',
    'part 2 of my reply', 'see you in the replies',
    // Dares and public dunks: "if you dare", "we'll see who's right", "pinned for posterity", "keep digging".
    'if you dare', "(we'll|let's) see who's right", 'may the best (man|side) win', 'for posterity', 'pinned for posterity', 'keep digging', 'digging (yourself|) (deeper|a deeper hole)', 'dig yourself (deeper|a deeper hole)',
    '(every|each) time you (post|say|write|tweet|claim|repeat|share) (this|that|it)', "(i'll|we'll|i will|we will) keep (correcting|replying to|answering|responding to|debunking|fact-checking) (you|this|it)",
    'day (2|3|4|5|6|7|two|three|four|five|six|seven) of (explaining|arguing|telling|replying|debating|correcting)',
    'quote-tweeting', 'quote tweeting', "(i'm|we're) here all (night|day|week|weekend)", '(i am|we are) here all (night|day|week|weekend)',
  ],
  fr: [
    'point par point', 'argument par argument', 'je vais (te|vous) (démonter|démontrer)', 'on va (te|vous) (démonter|démontrer)', 'démonter point',
    "j'ai tout mon temps", "on a tout notre temps", "j'ai toute la (soirée|nuit|journée|semaine)", "on a toute la (soirée|nuit|journée|semaine)",
    'on peut continuer toute', 'on peut continuer comme ça', 'je peux continuer toute', "je m'arrête quand", "on s'arrêtera quand", "on arrêtera quand",
    "jusqu'à ce que (tu|vous) (admettes|admettiez|reconnaisses|reconnaissiez|avoues|avouiez|t'excuses|vous excusiez)", 'tu auras admis', 'vous aurez admis',
    'tu auras reconnu', 'vous aurez reconnu', 'défi relevé', 'on lâchera rien', 'on ne lâchera rien', 'je lâcherai rien', 'je ne lâcherai rien', 'je lâche rien',
    "à chaque fois que (tu|vous) (postes|postez|publies|publiez|écris|écrivez|dis|dites|partages|partagez)", '(je vais|on va) (te|vous) (corriger|répondre|reprendre|contredire) à chaque fois',
    "autant (t'|vous) (habituer|y habituer)", '(jour|jours) (2|3|4|5|6|7|deux|trois|quatre|cinq) (à|de) (expliquer|répondre|argumenter|débattre|corriger)',
    'chiche', 'on verra qui a raison', 'que le meilleur gagne', 'pour la postérité', 'continuez de creuser', 'continue de creuser', 'continuez à creuser',
    '(je suis|on est|nous sommes|je serai|on sera) là (toute la soirée|toute la nuit|tout le week-end|toute la journée|toute la semaine)', 'je rt pour', 'je retweete pour',
    'on peut y passer (la nuit|le week-end|la journée|la semaine|la soirée)', 'we can spend all (day|night|weekend)', "on n'en a pas fini", "j'en ai pas fini", "je n'en ai pas fini", 'les preuves arrivent', "jusqu'à demain (matin|soir)", "jusqu'au bout de la nuit",
  ],
});

/** Signs of digging in: with a hostile parent or a second sign, they flag. */
const DRAG = defineLexicon('p12.drag', {
  en: [
    'a thread', 'thread below', 'long thread', 'strap in', 'final answer', 'end of discussion', 'prove me wrong', 'round two', 'round 2', 'round 3', 'round three', 'all week', 'yet again', 'but fine', 'whatever you say', "let's hear it", 'go on then', 'your move',
    "let's do this", 'buckle up', 'here we go again', 'here we go', 'oh here we go', "let's go then", 'read them', 'read it again', 'read our replies', 'moving the goalposts',
    'move the goalposts', 'you want proof', 'want receipts', 'you want receipts', "let's settle", 'part (2|3|4|5|6|two|three|four|five) of my (reply|answer|response|thread)',
    // Promising to keep answering: "we'll reply to every one of your comments", "we never get tired of this".
    "(we'll|we will|i'll|i will|we're going to|we are going to) (answer|reply to|respond to) (every|each) (one of your|single one of your|of your|) (comment|comments|post|posts|tweet|tweets|message|messages|reply|replies)",
    'however many (you post|times you post|times you ask|you write|comments you)', '(we|i) never get tired', 'never tire of', 'round (4|5|6|four|five|six)',
    "(we'll|we will|i'll|i will) (reply|answer|respond) (there|again|to it again|to that one) (too|as well)", 'post it (again|under)', 'go ahead and post', 'still here!',
    'we (have|\'ve got) (plenty of|all the) time', "we'll be right here", "we'll still be here",
    // The same adversary again: "oh look, it's you again", "same claims, same answer".
    "it's you again", 'you again', "look who's back", 'our (favourite|favorite) troll', 'our biggest fan', 'same (claims|claim|question|questions|comment|comments|accusations|story), same answer',
    'same answer', 'so everyone can see', 'so everybody can see', 'and another thing', 'also wrong about',
    'want us to (answer|reply|respond) (on|by|via|in)', '(replied|answered|responded) to you on', "we'll be waiting", 'you (vs|versus|against) (our|us)', 'want a debate',
    'will report back', 'to be continued',
  ],
  fr: [
    'thread', 'un thread', 'long thread', 'point final', 'fin de la discussion', 'on reprend', 'reprenons', 'on va reprendre', 'nous allons (donc|) reprendre', 'je reprends', 'depuis le début', 'avoue que', 'avouez que',
    'admets que', 'admettez que', 'prouve-moi le contraire', 'round 2', 'deuxième round', 'à toi de jouer', 'à vous de jouer', "c'est reparti", 'et rebelote',
    'accroche-toi', 'accrochez-vous', 'relisez-les', 'relis-les', '(relisez|relis) (nos|mes|les) (messages|réponses|tweets|commentaires)', 'tu veux des preuves', 'vous voulez des preuves', 'on va régler ça', 'réglons ça',
    'partie (2|3|4|5|deux|trois|quatre) de ma réponse', 'round 3', 'je te redonne', 'je vous redonne', 'je te réexplique', 'je vous réexplique',
    // « On répondra à chacun de vos messages », « on n'est pas pressés ».
    '(on répondra|nous répondrons|je répondrai|on va répondre|on continuera à répondre) à (chacun|chacune|tous|toutes) (de vos|vos|de tes|tes|les)',
    "(on|nous) (n'est|est|ne sommes|sommes) pas pressés", 'pas pressés', 'on a le temps', 'nous avons le temps', "j'ai le temps", 'un autre round', 'nouveau round',
    'round (4|5|6|quatre|cinq|six)', 'on ne se lasse pas', 'on se lasse pas', 'jamais lassés', 'on sera (toujours|) là', 'toujours là !', 'on répondra (là-bas|aussi|encore)',
    // Le même adversaire : « tiens, revoilà… », « toujours la même réponse ».
    'revoilà', 'vous revoilà', 'te revoilà', 'encore vous', 'encore toi', 'notre troll préféré', 'notre fan numéro un', 'toujours la même réponse', 'même question, même réponse',
    'pour que tout le monde (voie|voit|puisse voir)', 'et autre chose', 'tort aussi', 'aussi tort', 'on en reparle quand (tu veux|vous voulez)',
    '(vous voulez|tu veux) (un débat|débattre)', 'vous contre (notre|nous)', 'toi contre (notre|nous|moi)', 'on vous attend', 'on t\'attend', 'à suivre', '(vous|on vous) a (déjà|) répondu (sur|par)',
  ],
});

/** An accusing or needling parent, beyond insults: "fake", "liars", "I'll keep posting this", « avouez ». */
const ACCUSING = defineLexicon('p12.accusing', {
  en: [
    'fake', 'liar', 'liars', 'lying', 'lies', 'thieves', "don't use", 'do not use', 'admit', 'you know it', 'prove me wrong', 'prove it',
    'keep posting', 'until you admit', 'still posting', 'coward', 'cowards', 'scammers', 'scammer', 'everyone knows', 'wake up', 'shame on you', 'dodging', 'dodge', 'answer the question', 'your company is a joke',
  ],
  fr: [
    'fake', 'menteur', 'menteurs', 'menteuse', 'mentez', 'mensonge', 'mensonges', 'voleurs', 'avouez', 'admettez', 'prouvez',
    'je le posterai', 'je continuerai', 'lâche', 'lâches', 'escrocs', "jusqu'à ce que vous", 'tout le monde le sait', 'réveillez-vous', 'honte à vous', 'esquivez', 'tu esquives', 'répondez à la question',
    'des billes', 'nuls en', 'j\'ai des preuves', 'preuves que',
  ],
});

/** Neutral on their own ("we're calling customers one by one"): they count only next to other signs. */
const THOROUGH = defineLexicon('p12.thorough', {
  en: [
    'one by one', 'line by line', 'each of your', 'every one of your', 'every single', 'all night', 'all day long', 'once again', 'again', 'repeatedly', 'several times',
    'multiple times', 'numerous times', 'here and now', 'right here',
  ],
  fr: [
    'un par un', 'une par une', 'ligne par ligne', 'chacun de vos', 'chacune de vos', 'chacun de tes', 'chacune de tes', "l'intégralité de", 'toute la nuit',
    'toute la soirée', 'encore une fois', 'une fois de plus', 'on peut continuer', 'je peux continuer', 'à nouveau', 'plusieurs fois', 'ici et maintenant',
    'avant-hier', 'ici même',
  ],
});

/** Someone singled out as the adversary of a post: "the troll in our mentions", « le type qui nous harcèle ». */
const TARGET = defineLexicon('p12.target', {
  en: [
    'troll', 'trolls', 'trolling', 'hater', 'haters', 'the guy', 'this guy', 'that guy', 'the man who', 'the woman who', 'the person who', 'this person', 'that person',
    'a certain', 'certain (someone|blogger|influencer|youtuber|journalist|account|person|individual|competitor|critic)', '(that|this|the|one) (influencer|blogger|youtuber|critic|account|commenter|reviewer|journalist|guru|expert)',
    'someone who', 'somebody who', 'our (favourite|favorite|biggest) (critic|fan|troll)',
  ],
  fr: [
    'troll', 'trolls', 'rageux', 'haters', 'le type', 'ce type', 'le mec', 'ce mec', 'ce monsieur', 'cette dame', 'la personne qui', 'celui qui', 'celle qui',
    'un certain', 'une certaine', '(cet|cette|ce|l\'|un) (influenceur|influenceuse|blogueur|blogueuse|youtubeur|youtubeuse|journaliste|compte|expert|gourou)',
    'notre (critique|détracteur|troll) (préféré|numéro un)', 'nos détracteurs', 'notre détracteur',
  ],
});

/** Attacking that person's claims: "wrong about everything", "debunking every lie", « a tort », « démonter ». */
const ATTACK = defineLexicon('p12.attack', {
  en: [
    'wrong about', 'got wrong', 'gets wrong', 'is wrong', 'was wrong', 'has no idea', 'have no idea', 'no clue', 'lies', 'lying', 'liar', 'debunk*', 'take down', 'takedown',
    'tear apart', 'tearing apart', 'dismantle', 'dismantling', 'set the record straight', 'prove (him|her|them) wrong', 'accusations', 'every (claim|lie|accusation)',
    'nonsense', 'misinformation', 'smear', 'been (trolling|spamming|attacking|harassing)', 'keeps (spamming|attacking|harassing|lying|posting)', 'point by point', 'claim by claim',
  ],
  fr: [
    'a tort', 'ont tort', 'tort sur', 'se trompe', "n'importe quoi", 'mensonge', 'mensonges', 'ment', 'menteur', 'menteuse', 'démonter', 'démonte', 'démontons',
    'démolir', 'accusations', 'allégations', 'intox', 'rétablir la vérité', 'pendules à l\'heure', 'harcèle', 'nous harcèle', 'spamme', 'calomnie*', 'diffamation',
    'point par point',
  ],
});

/** The repetition is our fault: an apology for making someone ask again. */
const APOLOGY = defineLexicon('p12.apology', {
  en: ['sorry', 'apologies', 'apologise', 'apologize', "you've had to", 'you have had to', 'you had to', 'on us', 'our bad'],
  fr: ['désolé', 'désolée', 'désolés', 'excuses', 'excusez', 'pardon', 'vous ayez dû', 'tu aies dû', 'vous avez dû', 'notre faute', '(erreur|oubli|faute|maladresse) de notre part'],
});

/** Counts that are not about repeating oneself: "for the third year running", « pour la 3e fois consécutive ». */
const NOT_REPEAT = new Set(['in', 'running', 'consecutive', 'straight', 'consecutif', 'consecutivement', "d'", 'de', 'this', 'that', 'en', 'cette', 'ce', 'since', 'depuis', 'ever', 'au']);

export default definePractice({
  meta: {
    number: 12,
    slug: 'step-back',
    title: { en: "Know when to step back", fr: "Savoir se retirer" },
    statement: {
      en: "Know when to step away: don't get dragged into conversations that cannot end well.",
      fr: "Sachez vous mettre en retrait : ne vous laissez pas entraîner dans des échanges sans issue.",
    },
    detection: 'partial',
    messages: {
      repeating: {
        text: {
          en: '"{term}": answering the same point again and again turns a disagreement into a public tug-of-war that nobody wins.',
          fr: '« {term} » : répéter la même réponse encore et encore transforme un désaccord en bras de fer public où personne ne gagne.',
        },
        fix: {
          en: 'Give your answer once, link to it if needed, and let it go. Offer a private channel (DM, e-mail) if they want more.',
          fr: 'Donnez votre réponse une fois, renvoyez-y si besoin, puis laissez tomber. Proposez un canal privé (MP, e-mail) s’ils veulent aller plus loin.',
        },
      },
      escalating: {
        text: {
          en: '"{term}" drags the argument out. A point-by-point fight in public feeds the flame war and keeps it visible.',
          fr: '« {term} » fait durer la dispute. Un combat point par point en public alimente la polémique et la garde visible.',
        },
        fix: {
          en: 'Step back: one short, factual answer (or none), then move the conversation to DMs or stop replying.',
          fr: 'Prenez du recul : une réponse courte et factuelle (ou aucune), puis passez en message privé ou arrêtez de répondre.',
        },
      },
    },
  },
  lexicons: [REPEAT_VERBS, REPEAT, ESCALATION, DRAG, THOROUGH, APOLOGY, INSULTS, NEGATIVE_JUDGEMENT, MOCKERY, ANGER, TARGET, ATTACK, ACCUSING],
  create(ctx) {
    const view = ctx.draft;
    if (ctx.context.kind !== 'reply' && ctx.parent === null) {
      // A post can pick the fight too: a rebuttal thread or a takedown announced against one person
      // ("Thread 🧵 1/12: why the troll in our mentions is wrong"). A "1/8" thread on batteries is fine.
      const marker = view.find(ESCALATION)[0] ?? threadMarker() ?? view.find(DRAG)[0] ?? emojiSigns()[0];
      if (!marker) return;
      const attack = view.find(ATTACK);
      const target = view.find(TARGET)[0] ?? (attack.length ? mentionOf() : undefined);
      if (target && (attack.length || view.find(ESCALATION).length)) reportAt(ctx, marker, 'escalating', 'warn');
      return;
    }
    const apology = firstFew(view.find(APOLOGY));
    const apologised = (h: Span) => apology.some((a) => view.sentenceAt(a.start) === view.sentenceAt(h.start));

    // 1. Rebuttal threads, takedowns, "as long as you like".
    const escalation = view.find(ESCALATION);
    if (escalation.length) {
      reportAt(ctx, escalation[0]!, 'escalating', 'warn');
      return;
    }
    const thread = threadMarker();
    if (thread) {
      reportAt(ctx, thread, 'escalating', 'warn');
      return;
    }

    // Digging in: a sign of it with a hostile parent or a second sign; neutral thoroughness only as extra signs.
    if (apology.length === 0) {
      // Thread and boxing emoji: "🧵👇", "Round 3? 🥊" (emoji never start a lexicon phrase, so they are looked up here).
      const drag = [...view.find(DRAG), ...emojiSigns()];
      const thorough = view.find(THOROUGH);
      const said = (h: Span) => view.text.slice(h.start, h.end).toLowerCase();
      const signs = new Set(outermost([...firstFew(drag), ...firstFew(thorough)]).map(said)).size;
      if ((drag.length && (hostileParent() || signs >= 2)) || signs >= 3) {
        reportAt(ctx, drag[0] ?? thorough[0]!, 'escalating', 'warn');
        return;
      }
    }

    // 2. Counting the answers: "for the 4th time", "replied 14 times", « pour la 3e fois ».
    const verbs = firstFew(view.find(REPEAT_VERBS));
    const counted = countedRepeat(verbs);
    if (counted && !apologised(counted)) {
      reportAt(ctx, counted, 'repeating', 'warn');
      return;
    }
    const repeat = view.find(REPEAT).find((h) => !apologised(h));
    if (repeat) {
      // "One last time" or « une dernière fois » may close a thread kindly: only with a hostile parent.
      const soft = /^(one last time|for the last time|once and for all|une (bonne fois pour toutes|dernière fois)|pour la dernière fois)$/i.test(view.text.slice(repeat.start, repeat.end));
      if (!soft || hostileParent()) reportAt(ctx, repeat, 'repeating', 'warn');
    }

    function emojiSigns(): Span[] {
      const out: Span[] = [];
      view.tokens.forEach((t, k) => {
        if (t.kind === 'emoji' && (t.raw.startsWith('🧵') || t.raw.startsWith('🥊') || t.raw.startsWith('🍿'))) out.push({ start: t.start, end: t.end, from: k, to: k + 1 });
      });
      return out.slice(0, 4);
    }

    function mentionOf(): Span | undefined {
      const k = view.tokens.findIndex((t) => t.kind === 'mention');
      return k < 0 ? undefined : { start: view.tokens[k]!.start, end: view.tokens[k]!.end, from: k, to: k + 1 };
    }

    function hostileParent(): boolean {
      const p = ctx.parent;
      return p !== null && (p.has(INSULTS) || p.has(NEGATIVE_JUDGEMENT) || p.has(MOCKERY) || p.has(ANGER) || p.has(ACCUSING));
    }

    /** "1/20", « Réponse 1/15 » at the start of a numbered reply thread (N ≥ 3), not a date ("1/12 at 9am"). */
    function threadMarker(): Span | null {
      const t = view.tokens;
      for (let k = 0; k + 2 < t.length; k++) {
        const a = t[k]!;
        const slash = t[k + 1]!;
        const b = t[k + 2]!;
        if (a.kind !== 'word' || slash.raw !== '/' || b.kind !== 'word' || slash.start !== a.end || b.start !== slash.end) continue;
        if (!/^[12]$/.test(a.raw) || !/^\d{1,3}$/.test(b.raw) || Number(b.raw) < 3) continue;
        const after = t[k + 3];
        const before = t[k - 1];
        const atEnd = !after || after.kind === 'emoji' || (after.kind === 'punct' && after.raw !== '/' && !t[k + 4]);
        const labelled = before?.kind === 'word' && /^(thread|reponse|réponse|part|partie|reply|answer|tweet)$/i.test(before.raw);
        const pointed = after !== undefined && (after.raw === ':' || after.raw === '👇' || after.raw === '🧵');
        if (atEnd || labelled || pointed) return { start: a.start, end: b.end, from: k, to: k + 3 };
      }
      return null;
    }

    /** An ordinal or a count of times next to a verb of saying, or "for the Nth time". */
    function countedRepeat(sayVerbs: readonly Span[]): Span | null {
      const t = view.tokens;
      for (let k = 0; k < t.length; k++) {
        const w = t[k]!;
        if (w.kind === 'word' && ONE_WORD_COUNTS.has(w.forms[0]!)) {
          const s = view.sentenceAt(w.start);
          if (sayVerbs.some((v) => view.sentenceAt(v.start) === s && Math.abs(v.from - k) <= 6)) return { start: w.start, end: w.end, from: k, to: k + 1 };
          continue;
        }
        if (w.kind !== 'word') continue;
        if (POST_WORDS.has(w.forms[0]!)) {
          // "12th comment today", « 5e message de la journée »: counting their posts, from the third on.
          const q = t[k - 1]?.forms[0] ?? '';
          const m = /^(\d+)(st|nd|rd|th|e|eme|ieme|me)$/.exec(q);
          if (m && Number(m[1]) >= 3) return { start: t[k - 1]!.start, end: w.end, from: k - 1, to: k + 1 };
          // "explained it in 14 replies", « on a répondu en 12 messages »: a count of our answers next to a verb of saying.
          const n = /^\d+$/.test(q) ? Number(q) : NUMBER_WORDS.has(q) ? 5 : 0;
          const s = view.sentenceAt(w.start);
          if (n >= 4 && n < 1000 && sayVerbs.some((v) => view.sentenceAt(v.start) === s && Math.abs(v.from - k) <= 8)) return { start: t[k - 1]!.start, end: w.end, from: k - 1, to: k + 1 };
          // "round 15", « message n°12 », "reply #9": numbering the exchanges, from the fourth on.
          if (NUMBERED.has(w.forms[0]!)) {
            let j = k + 1;
            if (t[j] && /^(n°|no|n|#|nº)$/i.test(t[j]!.raw)) j++;
            if (t[j] && (t[j]!.raw === '°' || t[j]!.raw === '#')) j++;
            const num = t[j] && /^#?\d{1,3}$/.test(t[j]!.raw) && t[j]!.start - w.end <= 4 ? Number(t[j]!.raw.replace('#', '')) : 0;
            // Only against a hostile parent: "Round 4 on Saturday" is a tournament.
            if (num >= 4 && hostileParent()) return { start: w.start, end: t[j]!.end, from: k, to: j + 1 };
          }
          continue;
        }
        if (k === 0 || !TIME_WORDS.has(w.forms[0]!)) continue;
        const prev = t[k - 1]!;
        const p = prev.forms[0]!;
        const ordinal = ORDINAL_WORDS.has(p) || /^\d+(st|nd|rd|th|e|eme|ieme|me)$/.test(p);
        const count = NUMBER_WORDS.has(p) || /^\d+$/.test(p);
        if (!ordinal && !count) continue;
        if (/^(1|one|un|une|1st|first|premiere|premier)$/.test(p)) continue;
        const next = t[k + 1];
        // "for the third time in a row / this year", « pour la 3e fois consécutive / de suite / cette année ».
        if (next && next.kind === 'word' && NOT_REPEAT.has(next.forms[0]!)) continue;
        const s = view.sentenceAt(w.start);
        const span: Span = { start: prev.start, end: w.end, from: k - 1, to: k + 1 };
        if (ordinal) {
          // "For the fifth time:", « Pour la 3e fois : »: the ordinal alone says it, unless it is the customer asking.
          const asked = sayVerbs.some((v) => view.sentenceAt(v.start) === s) || /^(for|pour)$/.test(t[k - 3]?.forms[0] ?? '');
          if (asked) return span;
          continue;
        }
        if (sayVerbs.some((v) => view.sentenceAt(v.start) === s && Math.abs(v.from - k) <= 6)) return span;
      }
      // « Cela fait deux jours que nous vous répondons »: a duration of answering.
      for (const v of sayVerbs) {
        const raw = view.text.slice(v.start, v.end).toLowerCase();
        if (!/^(répondons|répond|réponds|explique|expliquons|replying|answering|explaining|arguing|debating)$/.test(raw)) continue;
        for (let k = Math.max(0, v.from - 6); k < v.from; k++) {
          if (DURATIONS.test(t[k]!.forms[0]!)) return { start: t[k]!.start, end: v.end, from: k, to: v.to };
        }
      }
      return null;
    }
  },
});
