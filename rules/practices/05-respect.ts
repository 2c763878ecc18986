// Practice 5: Respect the people you talk to / Respecter ses interlocuteurs.
// Flags name-calling aimed at someone (the person replied to, someone addressed with "you"/« tu »/« vous »,
// or people described in the third person), and sarcasm or condescension in a reply ("skill issue",
// « il suffit de savoir lire », "genius 🙄"). Insults people aim at themselves ("I'm such an idiot"), negated
// ones ("not a stupid question") and fixed phrases (« nulle part », « pour les nuls ») are left alone.
import { definePractice } from '../practice';
import { defineLexicon } from '../text/phrases';
import { negated, reportAt, type Span } from '../helpers';
import {
  HARMLESS_TRIGGERS, INSULTS, MOCKERY, MOCKING_EMOJI, NEGATIVE_JUDGEMENT, SNARK, addressed, emojiIn, firstFew, harmless, outermost, selfDirected,
} from '../lexicon/judgement';

/** People talked about in the third person: an insult next to them is aimed at them. */
const PEOPLE = defineLexicon('p05.people', {
  en: [
    'people', 'customers', 'customer', 'users', 'riders', 'clients', 'guys', 'this guy', 'that guy', 'this woman', 'that woman', 'these people',
    'those people', 'anyone who', 'anybody who', 'whoever', 'everyone who', 'some people', 'folks', 'he', 'she', 'he\'s', 'she\'s', 'they\'re', 'them',
    'this person', 'that person', 'commenters', 'haters', 'critics', 'boomers', 'cyclists', 'drivers',
  ],
  fr: [
    'les gens', 'des gens', 'ces gens', 'certains', 'certaines', 'clients', 'clientes', 'client', 'cliente', 'utilisateurs', 'usagers', 'ceux qui', 'celles qui',
    'celui qui', 'celle qui', 'quiconque', 'il', 'elle', 'ils', 'elles', 'ce mec', 'ce type', 'cette meuf', 'cette dame', 'ce monsieur', 'ces types', 'les mecs',
    'cyclistes', 'automobilistes', 'commentateurs', 'râleurs', 'rageux', 'les gars', 'des gars', 'ces gars', 'les mecs', 'des mecs', 'ces mecs',
  ],
});

/** Condescending scolding: "read the manual", « lisez la notice », "it's written right there". */
const CONDESCENSION = defineLexicon('p05.condescension', {
  en: [
    'read the manual', 'read the instructions', 'read the faq', 'read the notes', "it's written right there", "it's right there", 'it says so right there',
    'as anyone can see', 'as everyone knows', 'any child could', 'a child could', 'even a child', "it's not that hard", 'not that hard', "it's not hard",
    "it's really not that complicated", "it's basic", 'basic stuff', 'common sense', 'pay attention', 'try harder', 'you clearly', 'you obviously',
    "you'd know", 'you would know', 'for your information', 'fyi', "didn't even", 'do your research', 'did you even',
    // "It's pretty straightforward, most people figure it out on their own."
    '(pretty|quite|fairly|really|very|super|dead|so|honestly) (straightforward|simple|easy|obvious)', "(it's|it is) (really|honestly|) not (that|so|very|) (complicated|hard|difficult)",
    'on their own', 'by themselves', 'all by themselves', 'everyone else (manages|figures|gets|seems)', 'most (people|users|customers|of our users|of our customers|of you) (manage|figure|get|work)',
    'read (it|them|the docs|the manual|the guide|the faq|the instructions|the article|the email|the message|the error) again', 'try (actually|reading|looking)', 'actually (read|reading|look|looking|click|clicking|open|opening)',
    'open your eyes', 'read (it|the) (slowly|properly|carefully)',
    // "Our page, our rules": authority instead of an answer.
    '(our|my) (page|account|feed|house), (our|my) rules', '(our|my) (page|account|feed|house) (our|my) rules',
    'champ', 'sport', 'sweetie', 'sweetheart', 'buddy boy', 'kiddo', "(it's|it is) literally (the|right|on|in)", 'literally (says|said|written)', 'not our fault (you|your|you\'re)',
    // Basic-tech quizzing and mock good wishes: "have you tried plugging it in?", "good luck with your USB sticks".
    "(have|did) (you|u) (tried|try|thought of|think of) (plugging|turning|switching|restarting|rebooting|charging|reading)", 'good luck with your', 'with all due respect',
    'unfollow', 'nobody is forcing you', "nobody's forcing you", 'no one is forcing you',
  ],
  fr: [
    'lisez la notice', 'lis la notice', 'lisez le mode d\'emploi', 'lis le mode d\'emploi', 'écrit en gros', "c'est écrit", 'noir sur blanc', 'un enfant de',
    'même un enfant', "c'est pas compliqué", "c'est pas si compliqué", "ce n'est pas compliqué", 'pas bien compliqué', 'bon sens', 'faites un effort',
    'fais un effort', 'vous auriez su', 'tu aurais su', 'pour ton information', 'pour votre information', "renseigne-toi", 'renseignez-vous', 'avant de critiquer',
    'avant de parler', 'avant de venir', 'faut suivre', 'il faut suivre',
    // « C'est pourtant simple, les autres y arrivent très bien tout seuls. »
    "c'est (pourtant|vraiment|franchement|quand même|très|super|hyper) (simple|facile|évident|basique)", "(c'est|c'était) pas (si|très|bien|) (compliqué|difficile|dur)",
    'tout seuls', 'toutes seules', 'y arrivent (très bien|sans problème|sans souci|tout seuls|seuls)', 'tout le monde y arrive', 'nos autres clients', 'les autres clients y',
    '(relisez|relis|relire) (le|la|les|votre|ton|ta) (mail|message|notice|tuto|tutoriel|doc|documentation|guide|faq|article|consigne|consignes)', 'ouvrir les yeux', 'ouvrez les yeux', 'ouvre les yeux',
    // « Notre page, nos règles. »
    "c'est notre page", 'notre page, nos règles', 'notre page nos règles', "ce qu'on veut", 'ce que nous voulons', 'désabonnez-vous', 'désabonne-toi',
    "(elle|il|c') (est|était) pourtant (claire|clair|simple|évident|évidente|écrit|écrite)", 'pourtant (claire|clair|évident) pour', 'mon grand', 'ma grande', 'ma petite dame', 'mon petit monsieur', 'ma pauvre dame',
    'personne ne vous oblige', 'personne vous oblige', "personne ne t'oblige",
    // « Vous avez essayé de brancher l'ordi ? », « bon courage avec vos clés USB », « avec tout le respect ».
    "(vous avez|t'as|tu as|avez-vous) (essayé|pensé|songé) (de|à|d') (brancher|rallumer|redémarrer|allumer|éteindre|recharger|lire)", 'bon courage avec (vos|tes|ton|votre)', 'avec tout le respect', 'sauf votre respect', 'sauf ton respect',
  ],
});

/** Put-downs that need no second cue in a reply: "even my grandma manages", "if you have to ask…", « on vous a connu plus malin ». */
const PUT_DOWN = defineLexicon('p05.put-down', {
  en: [
    'even (my|your|a|our) (grandma|grandmother|granny|gran|nan|nana|grandad|grandpa|toddler|five-year-old|5-year-old|six-year-old|kid|dog|cat|goldfish) (can|could|manages|managed|gets|got|figured|knows|understands)',
    "(if|when) (you|u) (have|need|had) to ask (that|this|it|)", "(you're|you are) (probably|clearly|obviously|just|simply) not (the kind|the type|the sort|our kind|our type) of",
    "(we've|we have|i've|i have) (seen|known) (you|u) (smarter|sharper|brighter|cleverer|better)", 'not the sharpest', 'not the brightest',
  ],
  fr: [
    '(même|meme) (mamie|mémé|ma mamie|ma grand-mère|ta grand-mère|votre grand-mère|ma mère|un enfant|un gamin|un gosse|mon fils|ma fille|mon chat|mon chien|un singe) (y arrive|y arrivait|y est arrivé|y est arrivée|sait|saurait|comprend|comprendrait|réussit|réussirait|s\'en sort)',
    "(on vous a|on t'a|je vous ai|je t'ai|nous vous avons) (connu|connue|connus|connues|connu·e|connu·es|connu.e) (plus|moins)", "si (vous devez|tu dois|vous avez besoin de|t'as besoin de) (poser|demander) (la question|ça|cette question)",
    "(vous n'êtes|tu n'es|vous êtes|t'es) (sans doute|probablement|clairement|juste|visiblement) pas (le genre|le type|notre cible|notre public|le public)", 'pas la lumière', 'pas une lumière', "pas le couteau le plus aiguisé",
  ],
});

/** Hints of sarcasm too common to count alone: "this time", « pour une fois ». They add to another cue. */
const WEAK = defineLexicon('p05.weak', {
  en: ['this time', 'for once', 'slowly', 'properly this time', 'again, slowly', 'maybe try', 'try again', 'congratulations', 'congrats', 'well done'],
  fr: ['cette fois', 'cette fois-ci', 'pour une fois', 'lentement', 'bravo', 'félicitations'],
});

/** Words that also describe things or behaviour ("a stupid rule", "feed the trolls"): they need a "you" close by. */
const ADJECTIVES = new Set(['dinosaur', 'dinosaure', 'fossil', 'fossile', 'stupid', 'dumb', 'pathetic', 'clueless', 'idiotic', 'débile', 'débiles', 'minable', 'idiot', 'con', 'conne', 'braindead', 'brain dead', 'troll', 'trolls', 'creep', 'espèce de']);
const COPULAS = new Set(['are', 'were', "they're", 'sont', 'etaient', 'est', "c'", 'ce', 'tous', 'toutes', 'bunch', 'bande']);
/** Affection: "happy birthday, you idiot ❤️" is teasing a loved one. */
const AFFECTION = defineLexicon('p05.affection', {
  en: ['happy birthday', 'love you', 'love ya', 'luv you', 'miss you', 'bestie', 'my brother', 'my sister', 'my best friend', 'my husband', 'my wife', 'my mum', 'my mom', 'my dad'],
  fr: ['joyeux anniversaire', 'bon anniversaire', "je t'aime", "t'aime", 'je vous aime', 'mon frère', 'ma sœur', 'ma soeur', 'mon meilleur ami', 'ma meilleure amie', 'mon mari', 'ma femme', 'ma mère', 'mon père'],
});
const HEARTS = new Set(['❤️', '❤', '💕', '💖', '💗', '💞', '🥰', '😘', '😍', '💓', '🫶']);
const LAUGH = /^(lol|lmao|lmfao|rofl|mdr|ptdr|haha|hahaha|ahah)$/i;
/** Eye-rolls and smirks: no friendly reading (unlike 😘 or 🤭). */
const SCORN_EMOJI = new Set(['🙄', '🙃', '😏', '🤡', '🥱', '🤦', '🤦‍♂️', '🤦‍♀️', '😒']);
const CONTEMPT_EMOJI = new Set(['👏', '🙄', '🤡', '💀', '🙃', '😏', '🥱', '🤦', '🤦‍♂️', '🤦‍♀️', '😒', '🤭', '😘', '🐑', '🧂']);

export default definePractice({
  meta: {
    number: 5,
    slug: 'respect',
    title: { en: "Respect the people you talk to", fr: "Respecter ses interlocuteurs" },
    statement: {
      en: "Treat everyone you engage with, critics included, with respect: no insults, mockery or condescension.",
      fr: "Respectez toutes les personnes avec qui vous échangez, critiques compris : ni insulte, ni moquerie, ni condescendance.",
    },
    detection: 'auto',
    messages: {
      insult: {
        text: {
          en: '"{term}" is name-calling. Insulting someone, even a troll, is what people will screenshot and remember.',
          fr: '« {term} », c’est une insulte. Insulter quelqu’un, même un troll, c’est ce qu’on capture et qu’on retient.',
        },
        fix: {
          en: 'Remove the insult. Answer the point calmly, or don’t answer at all.',
          fr: 'Retirez l’insulte. Répondez calmement sur le fond, ou ne répondez pas.',
        },
      },
      insultThirdParty: {
        text: {
          en: '"{term}" runs people down in public. Whoever you mean, readers will see contempt.',
          fr: '« {term} » rabaisse des gens en public. Quelle que soit la cible, les lecteurs y verront du mépris.',
        },
        fix: {
          en: 'Describe the situation without labelling the people in it.',
          fr: 'Décrivez la situation sans étiqueter les personnes concernées.',
        },
      },
      mockery: {
        text: {
          en: '"{term}" mocks the person you are answering. Sarcasm reads as contempt, and everyone else in the thread sees it.',
          fr: '« {term} » se moque de la personne à qui vous répondez. L’ironie se lit comme du mépris, et tout le fil la voit.',
        },
        fix: {
          en: 'Drop the sarcasm: answer the question or the criticism plainly and politely.',
          fr: 'Laissez tomber l’ironie : répondez simplement et poliment à la question ou à la critique.',
        },
      },
      condescension: {
        text: {
          en: '"{term}" talks down to the person. Being right doesn’t need a lecture.',
          fr: '« {term} » prend la personne de haut. Avoir raison n’oblige pas à faire la leçon.',
        },
        fix: {
          en: 'Give the answer itself (where it is, what to do) without suggesting they should have known.',
          fr: 'Donnez la réponse elle-même (où c’est, quoi faire) sans sous-entendre qu’elle aurait dû le savoir.',
        },
      },
    },
  },
  lexicons: [PUT_DOWN, INSULTS, MOCKERY, SNARK, HARMLESS_TRIGGERS, NEGATIVE_JUDGEMENT, PEOPLE, CONDESCENSION, WEAK, AFFECTION],
  create(ctx) {
    const view = ctx.draft;
    const reply = ctx.parent !== null || ctx.context.kind === 'reply';
    const live = (hits: readonly Span[]) => firstFew(hits).filter((h) => !harmless(view, h) && !negated(view, h));

    const people = firstFew(view.find(PEOPLE));

    // 1. Name-calling.
    // Teasing a loved one in one's own post ("happy birthday, you idiot ❤️") is affection, not an insult.
    const fond = !reply && (view.has(AFFECTION) && emojiIn(view, HEARTS).length > 0);
    const insults = fond ? [] : live(view.find(INSULTS)).filter((h) => !selfDirected(view, h));
    for (const h of insults) {
      // "stupid", « débile »: adjectives also describe things ("a stupid rule"); they need a "you" close by.
      const adjective = ADJECTIVES.has(view.text.slice(h.start, h.end).toLowerCase());
      if (addressed(view, h, adjective ? 4 : 6) || (reply && !adjective && !thirdPartyOnly(h))) {
        reportAt(ctx, h, 'insult', 'risk');
        return;
      }
    }
    for (const h of insults) {
      const adjective = ADJECTIVES.has(view.text.slice(h.start, h.end).toLowerCase());
      // "…are idiots", « ce sont des abrutis »: name-calling needs no noun for the people it labels.
      const labelled = !adjective && [1, 2, 3].some((d) => COPULAS.has(view.tokens[h.from - d]?.forms[0] ?? ''));
      // In a post, a sneer (🤡, 🙃) ties an insult to the people described in another sentence ("the customer who… Truly a genius 🤡").
      const sneering = !reply && people.length > 0 && emojiIn(view, SCORN_EMOJI).length > 0;
      if (labelled || sneering || people.some((p) => view.sentenceAt(p.start) === view.sentenceAt(h.start))) {
        reportAt(ctx, h, 'insultThirdParty', 'warn');
        return;
      }
    }

    // 2. Sarcasm and condescension: in a reply, or aimed at someone with "you".
    const mockery = live(view.find(MOCKERY));
    const strongMock = mockery.find((h) => reply || addressed(view, h, 10));
    if (strongMock) {
      reportAt(ctx, strongMock, 'mockery', 'warn');
      return;
    }
    // A post that mocks readers or customers with a sneer (🙃, 🤡): "the commenters who explain our job to us 🙃".
    const sneer = emojiIn(view, SCORN_EMOJI).length > 0;
    if (!reply && sneer && mockery[0]) {
      reportAt(ctx, mockery[0], 'mockery', 'warn');
      return;
    }
    if (!reply) return;
    const putDown = live(view.find(PUT_DOWN))[0];
    if (putDown) {
      reportAt(ctx, putDown, 'condescension', 'warn');
      return;
    }
    const snark = live(view.find(SNARK));
    const scolding = live(view.find(CONDESCENSION));
    const said = (h: Span) => view.text.slice(h.start, h.end).toLowerCase();
    // Laughter ("lol", 😂) is friendly on its own; contempt emoji (🙄 🤡) are not. A flag takes a cue in
    // words plus a second one: another cue, a contemptuous emoji, or laughter at someone who was critical.
    const laughs = snark.filter((h) => LAUGH.test(said(h)));
    const weak = live(view.find(WEAK));
    const strongCues = new Set(outermost([...snark.filter((h) => !laughs.includes(h)), ...scolding]).map(said)).size;
    const weakCues = new Set(weak.map(said)).size;
    const contempt = emojiIn(view, CONTEMPT_EMOJI).length > 0;
    const laughing = laughs.length > 0 || emojiIn(view, MOCKING_EMOJI).length > 0;
    const critical = ctx.parent !== null && (ctx.parent.has(NEGATIVE_JUDGEMENT) || ctx.parent.has(INSULTS) || ctx.parent.has(MOCKERY));
    // Weak hints ("this time", « pour une fois ») only add to a real cue, or go with a contemptuous emoji.
    const scorn = emojiIn(view, SCORN_EMOJI).length > 0;
    const enough =
      strongCues >= 2 ||
      (strongCues === 1 && (contempt || (laughing && critical) || (weakCues > 0 && critical))) ||
      (strongCues === 0 && weakCues >= 2 && scorn);
    if (!enough) return;
    if (scolding.length > 0) reportAt(ctx, scolding[0]!, 'condescension', 'warn');
    else reportAt(ctx, snark.find((h) => !laughs.includes(h)) ?? weak[0]!, 'mockery', 'warn');

    /** An insult clearly about someone else than the person replied to ("that driver was an idiot, glad you're ok"). */
    function thirdPartyOnly(h: Span): boolean {
      const s = view.sentenceAt(h.start);
      return people.some((p) => view.sentenceAt(p.start) === s && p.to <= h.from && h.from - p.to <= 4);
    }
  },
});
