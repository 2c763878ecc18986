// Practice 14: Don't bash competitors / Ne pas dénigrer les concurrents.
// Flags a competitor from the profile run down in the draft. A competitor is "named" by its name, or, in a
// reply whose parent names one, by "they"/« ils »/« chez eux » or "some competitors"/« la concurrence » when
// the draft does not name the brand itself ("Brisa, hands down. Their repair guys…" is about the brand).
// The scope of a mention is its sentence plus up to two following ones that go on about them (a bare
// "Voltaro ?", a "they", or a verdict with no subject of its own: "Flimsy frame, cheap plastic.").
// Negative judgement in scope flags at once. Otherwise signals add up: gloating (2: "not the first time",
// "how's that … treating you", « y a pas photo »), and hints (1 each): scare quotes ("'premium' service"), a
// mocking emoji, "yet another"/« encore un », "still takes", and a contrast with us ("We do it same-day",
// « Chez Brisa, c'est… »), worth one more when the comparison offers no fact to check and grants them
// nothing. Two points flag. A factual comparison ("Voltaro has a bigger battery; ours has a mid-drive
// motor") or praise scores nothing.
import { definePractice } from '../practice';
import { defineLexicon, type Hit } from '../text/phrases';
import { NEGATIVE_JUDGEMENT, HARMLESS_TRIGGERS, MOCKING_EMOJI, firstFew, harmless } from '../lexicon/judgement';
import { negated, reportAt, type Span } from '../helpers';

/** Mocking a competitor's trouble: "not the first time", « encore une panne », "good luck with that". */
const GLOATING = defineLexicon('p14.gloating', {
  en: [
    'not the first time', 'again lol', 'told you so', 'rip', 'good luck with that', 'maybe they should', 'try hiring', 'switch to us', 'unlike them', 'unlike some',
    'at least we', "how's that * treating you", 'how is that * treating you', "how's that working out", 'how is that working out', 'enjoy pushing', 'if you enjoy',
    'if you like waiting', 'if you like pushing', 'if you enjoy waiting', 'just saying', 'no contest', 'not even close', "it's not even close", 'you get what you pay for',
    'should be banned', 'should be ashamed', 'should be embarrassed', 'who designs their', 'whoever designs', 'whoever designed', 'whoever built', 'yikes', 'oof',
    'a real bike', 'an actual bike', 'a proper bike', 'one that actually', 'ones that actually', 'that actually (works|lasts|work|last)', 'actually lasts', 'actually works',
    // Customers to be rescued from them: "we'll help you escape", "friends don't let friends use…".
    // Derisive images: "held together with tape", "the Temu of bikes", "a dumpster fire", « en carton », « un parapluie troué ».
    'held together (with|by)', 'dumpster fire', 'the (temu|wish|aliexpress|ryanair) of', 'made of (cardboard|paper|tinfoil)', 'a joke of a', 'duct tape', 'even my (grandma|nan|gran)\'s',
    'escape from', 'rescue your', 'rescue you', "we'll rescue", 'free yourself', 'break free', 'set yourself free', "don't let your friends", "(don't|do not|never) let (your|) * use", "(don't|do not|never) let * * use", "life's too short for", 'life is too short for', 'deserve(s|) better', 'never look back',
    // A put-down by metaphor: "basically a glorified USB stick", "a data graveyard".
    'glorified', 'black hole', 'cemetery', 'dumpster', 'landfill', 'money pit', 'nothing more than', 'little more than',
    // Feigned surprise at their trouble, rumours, and "grown-ups": "asking for a friend", "surprise surprise", "don't get me started".
    // Rescue and "adults' table" framing, feigned slips: "congrats on escaping", "welcome to the grown-up table", "not naming them… oops".
    'escaping', 'escaped (from|)', '(welcome to|join) the (grown-up|grown up|adult|adults\') (table|world|league|side)', 'grown-up (table|tools|option|solution|choice)',
    "we('d| would) never", 'oops', 'whoops', 'oopsie', '(not|won\'t be) naming (them|names|anyone)', 'you (decide|be the judge)', "(i'll|we'll) let you (decide|judge|choose)",
    'asking for a friend', 'surprise surprise', 'what a surprise', 'who could have (guessed|predicted|seen that coming)', 'who would have (guessed|thought)', 'shocking, i know',
    "(don't|do not) (even|) get me started", 'choose wisely',
    'grown-ups', 'grown ups', 'real professionals', 'actual professionals', 'the adults',
    // Insider hints and hostage jokes: "you don't want to know how they…", "blink twice if you need help", "if you like surprises".
    "you (don't|do not) want to know", 'if you (only|) knew', "i've seen things", 'blink twice', 'held (hostage|against)', 'hostage*', 'need rescuing',
    '(like|love|enjoy) surprises', 'living dangerously', 'live dangerously', 'feeling lucky', 'roll the dice', 'lottery', 'a gamble', 'russian roulette',
    // Their staff ridiculed: "run by interns", "people who've never seen a computer".
    'run by (people|amateurs|interns|monkeys|clowns|kids|children|a bunch|bots|a chatbot)', "(people|guys|folks|someone|somebody|staff) who('ve| have|) never (seen|touched|used|heard of|opened)",
    "(who('ve| have)|that('ve| have)) never seen a (computer|server|keyboard|bike|customer|backup)", 'staffed by (amateurs|interns|monkeys|clowns|kids|bots)', 'a couple of interns', '(two|three|2|3) interns and a',
    'spare a thought for (anyone|those|everyone|people|the people) who',
    'looking at you', 'naming no names', 'no names', 'not naming names', 'you know who you are', 'shame (their|they|that their)', 'pity (they|that their)', 'too bad (their|they)', 'spare a thought for', 'pity the', 'pity their', 'good luck finding', 'good luck getting', 'good luck with', 'friendly reminder that', 'reminder that', 'imagine paying', 'imagine buying', 'imagine trusting', 'imagine owning', 'imagine riding', 'poor (souls|things|people|customers|riders)', 'thoughts and prayers',
  ],
  fr: [
    'tient avec du scotch', 'tiennent avec du scotch', 'du scotch et', 'en carton', 'le (temu|wish|aliexpress|ryanair) (du|de la|des)', '(parapluie|seau|passoire) (troué|percé|percée)', 'même le minitel', 'même (le|la) * de ma grand-mère',
    "préfère ne pas savoir", 'on dit ça on dit rien', 'fuyez', 'fuis',
    // Leur personnel tourné en dérision : « géré par des stagiaires », « des gens qui n'ont jamais vu un ordi ».
    '(géré|gérée|gérés|tenu|tenue|tenus|assuré|assurée) par (des|deux|trois|2|3) (stagiaires|amateurs|singes|gamins|clowns|bots)', "(qui n'ont|qui ont) jamais (vu|touché|utilisé|ouvert) (un|une|de)",
    '(deux|trois|2|3) stagiaires et (un|une)', '(petite|grosse|tendre|douce) pensée pour', 'pensée (émue|) pour (ceux|celles|les gens|tous ceux|toutes celles) qui',
    'pas la première fois', 'encore une fois', "on vous l'avait dit", 'bon courage à eux', 'bon courage avec', 'ils devraient', "peut-être qu'ils devraient",
    'contrairement à eux', 'contrairement à certains', 'nous au moins', 'chez nous au moins', 'y a pas photo', "il n'y a pas photo", 'pas photo', 'sans commentaire',
    'je dis ça je dis rien', 'je dis ça, je dis rien', 'on dit ça on dit rien', 'on dit ça, on dit rien', 'comme par hasard', 'vendus au prix', 'au prix de l\'or',
    'dommage que (leurs|leur|ils)', 'bon courage pour', 'bonne chance pour', 'bonne chance avec', 'bonne chance à', 'une pensée pour', 'pensée émue pour', 'courage à leurs', 'pauvres clients', 'les pauvres', 'mes condoléances', 'paix à leur âme', 'un vrai vélo', 'un vélo qui (marche|tient|fonctionne)',
    'qui tient vraiment', 'qui marche vraiment', 'petit rappel', 'rappel amical', 'on fait mieux', 'on fait bien mieux', 'faites le bon choix', "j'ai honte pour eux",
    'honte pour eux', 'des amateurs', 'quelle blague', 'laissez tomber', 'suivez mon regard', 'je ne citerai personne', 'on ne citera personne',
    'ne citons personne', 'ils se reconnaîtront', 'se reconnaîtront', 'ceux qui se reconnaîtront', 'ils appellent ça',
    // Fausse surprise, rumeurs : « quelle surprise », « il paraît que… », « ne me lancez pas sur… ».
    // Fausse gaffe et choix « évident » : « on ne citera pas X… oups », « on vous laisse choisir ».
    'on ne citera pas', 'je ne citerai pas', 'sans (les|le) citer', 'sans citer personne', 'oups', 'on vous laisse (choisir|juger|deviner)', 'je vous laisse (choisir|juger|deviner)',
    'nous on ferait jamais', 'on ne ferait jamais', 'jamais chez nous', '(une semaine|un jour|une fois|un mois) sur deux',
    'quelle surprise', 'surprise, surprise', "qui l'eût cru", 'qui aurait pu prévoir', 'pour un ami', 'je demande pour un ami', 'ne me lancez pas', 'me lancez pas', "m'en parlez pas",
    "m'en parle pas", 'choisissez bien',
    '(vous ne voulez|tu ne veux|vous voulez|tu veux) pas savoir', 'si (vous saviez|tu savais)', "j'en ai vu (des vertes|de belles|passer)", 'cligne* des yeux', 'contre (votre|leur|ton) gré',
    'otage*', '(aiment|aimez|aimes) les surprises', 'vivre dangereusement', 'la loterie', 'roulette russe', 'jouer aux dés', 'de vrais pros', 'des vrais pros', 'des adultes',
    // Des clients à délivrer : « libérez-vous de… », « on ne laisse pas ses amis sur… ».
    'libérez-vous', 'libérez vos', 'échappez-vous', 'évadez-vous', 's\'évader', 'on vous sauve', 'sauvez vos', 'on sauve vos', 'on vous libère', 'ne laisse pas ses amis',
    'ne laissez pas vos amis', '(ne laissez|laissez) pas * utiliser', '(ne laissez|laissez) pas * * utiliser', 'la vie est trop courte', 'méritent mieux', 'mérite mieux', 'adieu les galères', 'fini les galères', 'finies les galères',
    // Le dénigrement par image : « un cimetière à données », « un trou noir ».
    'glorifié', 'glorifiée', 'cimetière', 'trou noir', 'une poubelle', 'vraie poubelle', 'dépotoir', 'un gouffre', 'gouffre financier', 'rien de plus qu\'un', 'rien de plus qu\'une', 'à peine mieux',
  ],
});

/** "Us" set against them in the same breath: a dig when another signal is there, a fair comparison otherwise. */
const CONTRAST = defineLexicon('p14.contrast', {
  en: ['we do it', 'we do', "we don't", 'we actually', 'ours (is|are|does|do|actually|lasts|works)', 'come try', 'come and try', 'try ours', 'try one', 'try us', 'switch to', 'over here', 'with us', 'come over', 'join us', 'stuck (on|with)', 'say goodbye to'],
  fr: ['chez nous', 'nous on', 'nous, on', 'nous (au moins|vraiment)', 'les nôtres', 'le nôtre', 'la nôtre', 'venez essayer', 'essayez les nôtres', 'passez chez', 'chez (brisa|nous) c\'est', 'venez chez', 'rejoignez-nous', 'coincé (chez|avec|sur)', 'coincés (chez|avec|sur)', 'dites adieu'],
});

/** Pointed hints: one point each when in scope ("how's that … treating you", "still takes 3 weeks"). */
const HINTS = defineLexicon('p14.hints', {
  en: [
    "how's that", 'how is that', 'how are those', "how's your", 'treating you', 'still takes', 'still waiting', "still can't", 'still no', 'fun fact', 'spoiler', "can't even",
    "couldn't even", 'classic', 'great if you', 'perfect if you', 'ideal if you', 'if you like', 'if you love', "let's just say", 'no comment', 'a lot of', 'so many',
    'more time in the', 'more often in the', 'finally fixed', 'finally sorted', 'at last', 'the issues', 'the problems', 'issues with', 'problems with',
    // A flaw sold as a perk, ironically: "the outages come free", "with bonus data loss".
    'come(s|) free', 'included free', 'at no extra (cost|charge)', 'with (a|) bonus', 'as a bonus', 'free with every',
    'trust me', 'believe me', 'the choice is (easy|simple|obvious)', 'rumour has it', 'rumor has it', 'word is', 'heard (they|that they|they\'re)', 'down again', 'outage again', 'another outage', 'crashed again', 'again?', 'as usual', 'shocking',
  ],
  fr: [
    'toujours pas', 'mettent toujours', 'prennent encore', 'toujours aussi', 'spoiler', 'devinez', 'comment ça se passe avec', 'ça se passe bien avec', 'si vous aimez',
    'si tu aimes', 'idéal si', 'parfait si', 'disons que', 'on va dire que', 'beaucoup de', 'pas mal de', 'enfin corrigé', 'enfin réglé', 'les soucis', 'les problèmes',
    'soucis de', 'problèmes de', "plus de temps à l'atelier", 'plus souvent au garage', "plus souvent à l'atelier",
    '(sont|est) (offert|offerte|offerts|offertes|inclus|incluse|incluses|compris|comprise|comprises)', 'en prime', 'en cadeau', 'en bonus', 'sans supplément',
    'croyez-moi', 'crois-moi', 'le choix est vite fait', 'paraît que', 'il paraît que', 'la rumeur dit', 'à ce qu\'il paraît', 'encore une panne', 'encore en panne', 'encore planté', 'encore une fois en panne', 'comme d\'habitude', 'comme toujours', 'étonnant',
  ],
});

/** Product criticism: one point per distinct word ("mushy brakes, unreadable screen, flat in 30 km"). */
const CRITIQUE = defineLexicon('p14.critique', {
  en: [
    'mushy', 'unreadable', 'flat', 'slow', 'heavy', 'noisy', 'disappointing', 'fragile', 'weak', 'clunky', 'sluggish', 'cheap-feeling', 'wobbly', 'creaky', 'rattles',
    'slowest', 'slower', 'worst', 'buggiest', 'flakiest', 'clunkiest', 'cut(s|) corners', 'cutting corners', 'lose(s|) your', 'lost your', 'half the time',
    'died', 'dies', 'broke', 'breaks', 'snapped', 'rusty', 'overheats', 'leaks', 'unresponsive', 'laggy', 'buggy', 'useless app', 'never answers', 'ignored',
  ],
  fr: [
    'mou', 'mous', 'molle', 'molles', 'illisible', 'à plat', 'lent', 'lents', 'lente', 'lourd', 'lourds', 'bruyant', 'bruyants', 'décevant', 'décevante', 'fragile',
    'fragiles', 'faiblard', 'grince', 'grincent', 'rouille', 'rouillé', 'chauffe', 'lâche', 'lâché', 'cassé', 'cassée', 'plante', 'buggé', 'buguée', 'répond jamais',
    'injoignable', 'le plus lent', 'la plus lente', 'les plus lents', 'perd* vos', 'perd* tes', 'perd* les (fichiers|données|photos|colis)', 'bâcl*', 'usine', 'industriel',
  ],
});

/** Shortcomings listed against them: "less reliable, less secure", « moins fiable, moins sérieux ». One point per distinct word. */
const DEFICIT = defineLexicon('p14.deficit', {
  en: [
    'less (reliable|secure|safe|serious|stable|trustworthy|private|professional|responsive|honest|transparent)', 'not as (reliable|secure|safe|serious|stable|good)',
    'far (less|worse)', 'much worse', 'way worse',
  ],
  fr: [
    'moins (fiable|fiables|sécurisé|sécurisée|sécurisés|sûr|sûrs|sérieux|sérieuse|stable|stables|pro|professionnel|professionnels|réactif|réactifs|honnête|honnêtes|transparent|transparents)',
    'bien pire', 'nettement moins', 'beaucoup moins (fiable|sérieux|sécurisé|bien)',
  ],
});

/** Granting the competitor something: a fair comparison, not a jab. */
const CONCESSION = defineLexicon('p14.concession', {
  en: ['strengths', 'its merits', 'their merits', 'not to judge', "won't judge", 'no shade', 'great', 'good', 'solid', 'both', 'also', 'too', 'either', 'depends', 'bravo', 'congrats', 'congratulations', 'well done', 'respect', 'fair', 'nice', 'different', 'focus on', 'focuses on', 'whichever', 'matters to you', 'suits you'],
  fr: ['atouts', 'ses qualités', 'leurs qualités', 'ne pas juger', 'pas juger', 'bien', 'bon', 'bons', 'bonne', 'bonnes', 'très bons', 'les deux', 'aussi', 'également', 'dépend', 'bravo', 'félicitations', 'chapeau', 'respect', 'se valent', 'pas les mêmes', 'différents', 'différentes', 'misent sur', 'mise sur', 'selon vos besoins', 'chacun (son|sa|ses)'],
});
/** Comparatives: a concession when said of them ("Voltaro has a bigger battery"), a boast when said of us. */
const COMPARATIVE = defineLexicon('p14.comparative', {
  en: ['bigger', 'more', 'better', 'cheaper', 'lighter', 'faster', 'longer', 'wider', 'larger', 'stronger'],
  fr: ['plus de', "plus d'", 'a plus', 'ont plus', 'meilleur', 'meilleure', 'meilleurs', 'meilleures', 'moins cher', 'moins chers', 'plus léger', 'plus légers', 'plus grand', 'plus grande', 'plus rapide'],
});

/** "Yet another Voltaro", « encore un CycloNova »: dismissive when a competitor follows. */
const DISMISSIVE = defineLexicon('p14.dismissive', {
  en: ['yet another', 'another broken', 'another dead', 'so-called', 'so called', 'supposedly'],
  fr: ['encore un', 'encore une', 'soi-disant', 'prétendu', 'prétendue', 'un énième', 'une énième'],
});

const THEY = new Set(['they', 'them', 'their', 'theirs', "they're", "they've", 'ils', 'eux', 'leur', 'leurs', 'elles']);
/** "Some competitors", « la concurrence »: the competitor the parent named, without its name. */
const OTHERS = defineLexicon('p14.others', {
  en: ['competitors', 'competitor', 'the competition', 'other brands', 'some brands', 'certain brands', 'other companies', 'some companies', 'other providers', 'some providers'],
  fr: ['concurrents', 'concurrent', 'la concurrence', "d'autres marques", 'certaines marques', "d'autres entreprises", 'certaines entreprises', "d'autres acteurs", 'certains acteurs'],
});
/** Insinuation: "we fix a LOT of them 👀". */
const INSINUATING_EMOJI = new Set(['😅', '😇', '👀', '🤭', '🥶', '🐌', '🗑️', '🗑', '💩', '🚮', '🪦', '⚰️', '🫣', '😌', '🐛', '🐜', '🪳', '🐀', '🦠', '🤢', '🤮', '🤐', '🎲', '🎰', '🙊', '🙈', '💀']);
const FIRST_PERSON = new Set(['i', "i'm", "i've", 'we', "we're", "we've", 'our', 'ours', 'us', 'my', 'me', 'je', "j'", 'nous', 'notre', 'nos', 'on', 'mon', 'ma', 'mes', 'moi']);
const CORPORATE = new Set(['studios', 'studio', 'games', 'inc', 'inc.', 'ltd', 'labs', 'group', 'sa', 'sas', 'co', 'company', 'technologies', 'tech', 'software', 'app', 'apps', 'cloud', 'mobile']);
const QUOTES = new Set(["'", '"', '«', '»', '“', '”', '‘', '’']);

export default definePractice({
  meta: {
    number: 14,
    slug: 'no-competitor-bashing',
    title: { en: "Don't bash competitors", fr: 'Ne pas dénigrer les concurrents' },
    statement: {
      en: 'Never run competitors down: show what makes you different and what you stand for.',
      fr: 'Ne dénigrez jamais vos concurrents : montrez ce qui vous distingue et ce que vous défendez.',
    },
    detection: 'auto',
    messages: {
      bashing: {
        text: {
          en: '"{term}" runs down {competitor}. Disparaging a competitor makes the brand look petty and can expose it legally.',
          fr: '« {term} » dénigre {competitor}. Dénigrer un concurrent donne une image mesquine de la marque et peut l’exposer juridiquement.',
        },
        fix: {
          en: 'Drop the judgement and say what you do differently, with facts people can check.',
          fr: 'Retirez le jugement et dites ce que vous faites autrement, avec des faits vérifiables.',
        },
      },
      sneering: {
        text: {
          en: 'The draft sneers at {competitor} ("{term}"). Irony at a competitor’s expense reads as bashing, and their customers are your future ones.',
          fr: 'Le brouillon raille {competitor} (« {term} »). L’ironie aux dépens d’un concurrent se lit comme du dénigrement, et ses clients sont vos futurs clients.',
        },
        fix: {
          en: 'State your own strengths plainly (speed, warranty, service), without the jab at them.',
          fr: 'Présentez vos propres atouts simplement (délais, garantie, service), sans la pique.',
        },
      },
    },
  },
  lexicons: [DEFICIT, NEGATIVE_JUDGEMENT, HARMLESS_TRIGGERS, GLOATING, CONTRAST, DISMISSIVE, HINTS, CRITIQUE, CONCESSION, COMPARATIVE, OTHERS],
  create(ctx) {
    if (!ctx.profile) return;
    const view = ctx.draft;
    const named = view.profileTerms('competitors');
    // The profile's spelling of the name ("CycloNova", not "CycloNova's").
    const canonical = (raw: string) => ctx.profile!.competitors.find((c) => raw.toLowerCase().startsWith(c.toLowerCase())) ?? raw;
    const mentions: Array<{ span: Span; name: string }> = named.map((h) => ({ span: h, name: canonical(view.text.slice(h.start, h.end)) }));
    // "Ironloop" for "Ironloop Studios": the distinctive first word of a name whose rest is a corporate suffix, capitalised.
    if (named.length === 0) {
      for (const c of ctx.profile.competitors) {
        const words = c.split(/\s+/);
        if (words.length < 2 || words[0]!.length < 5 || !words.slice(1).every((w) => CORPORATE.has(w.toLowerCase()))) continue;
        const head = words[0]!.toLowerCase();
        view.tokens.forEach((t, k) => {
          if (t.kind === 'word' && /^\p{Lu}/u.test(t.raw) && (t.forms[0] === head || t.forms[0] === `${head}'s`)) mentions.push({ span: { start: t.start, end: t.end, from: k, to: k + 1 }, name: c });
        });
      }
    }
    // In a reply, "they" may stand for the competitor the parent named.
    // Not when the draft names the brand itself: then "their" may well be the brand ("Brisa, hands down. Their repair guys…").
    if (mentions.length === 0 && ctx.parent && view.profileTerms('brand').length === 0) {
      const parentNamed = ctx.parent.profileTerms('competitors');
      if (parentNamed.length === 0) return;
      const name = canonical(ctx.parent.text.slice(parentNamed[0]!.start, parentNamed[0]!.end));
      view.tokens.forEach((t, k) => {
        if (t.kind === 'word' && THEY.has(t.forms[0]!)) mentions.push({ span: { start: t.start, end: t.end, from: k, to: k + 1 }, name });
      });
      for (const h of view.find(OTHERS)) mentions.push({ span: h, name });
      // "Cheaper, sure. And less reliable, less secure…": shortcomings with the parent's competitor as their unsaid subject.
      const deficits = firstFew(view.find(DEFICIT), 8);
      if (deficits.length >= 2) mentions.push({ span: deficits[0]!, name });
      mentions.sort((a, b) => a.span.from - b.span.from);
    }
    if (mentions.length === 0) return;

    const live = (hits: Hit[]) => firstFew(hits).filter((h) => !harmless(view, h) && !negated(view, h));
    const judgements = live(view.find(NEGATIVE_JUDGEMENT));
    const gloating = firstFew(view.find(GLOATING)).filter((h) => !harmless(view, h));
    const contrast = [...firstFew(view.find(CONTRAST))];
    const dismissive = firstFew(view.find(DISMISSIVE));
    const hints = firstFew(view.find(HINTS));
    const critique = firstFew(view.find(CRITIQUE)).filter((h) => !negated(view, h));
    const deficit = firstFew(view.find(DEFICIT)).filter((h) => !negated(view, h));
    // "Chez Brisa, c'est…", "At Brisa we…": the brand set against them.
    for (const b of view.profileTerms('brand')) {
      const before = view.tokens[b.from - 1];
      if (before && /^(chez|at|with|avec)$/.test(before.forms[0]!)) contrast.push({ ...b, start: before.start, from: b.from - 1 });
    }
    const concession = view.find(CONCESSION);
    const comparatives = firstFew(view.find(COMPARATIVE));
    const sentenceIndex = (at: number) => view.sentenceIndexAt(at);

    for (const { span, name } of firstFew(mentions, 32)) {
      // The mention's sentence and the next one ("Voltaro? Cardboard bikes at gold prices 😅").
      const si = sentenceIndex(span.start);
      // Following sentences count while they go on about them: after a bare mention ("Voltaro ?"), with
      // "they"/« leurs », or as a verdict with no subject of its own ("Flimsy frame, cheap plastic."). Two at most.
      const scope = view.sentences[si]!;
      const bare = scope.to - scope.from <= 4;
      let reach = si;
      for (let j = si + 1; j <= si + 2 && j < view.sentences.length; j++) {
        const sj = view.sentences[j]!;
        const words = view.tokens.slice(sj.from, sj.to).filter((t) => t.kind === 'word');
        const continues =
          (j === si + 1 && bare) ||
          words.some((t) => THEY.has(t.forms[0]!)) ||
          (words.length > 0 && words.length <= 10 && !words.some((t) => FIRST_PERSON.has(t.forms[0]!)) && !view.profileTerms('brand').some((b) => b.from >= sj.from && b.to <= sj.to));
        if (!continues) break;
        reach = j;
      }
      const inScope = (h: Span) => {
        const hs = sentenceIndex(h.start);
        if (hs === si) return Math.abs(h.from - span.from) <= 18;
        if (hs > si) return hs <= reach;
        return hs === si - 1 && h.to <= span.from && span.from - h.to <= 6;
      };
      const judgement = judgements.find(inScope);
      if (judgement) {
        reportAt(ctx, judgement, 'bashing', 'warn', { competitor: name });
        return;
      }
      let score = 0;
      let at: Span | undefined;
      // A gloat may close the draft in a short sentence of its own ("… On dit ça, on dit rien.", "Choose wisely 😉").
      const closing = (h: Span) => {
        const hs = sentenceIndex(h.start);
        const sh = view.sentences[hs]!;
        return hs > si && hs <= si + 2 && view.tokens.slice(sh.from, sh.to).filter((t) => t.kind === 'word').length <= 6;
      };
      const gloat = gloating.find((h) => inScope(h) || closing(h));
      if (gloat) {
        score += 2;
        at = gloat;
      }
      let last = view.sentences[reach]!.to;
      // Emoji opening the next sentence still belong to this one ("…at 4pm? 😏 Come try…").
      if (last === scope.to) while (last < view.tokens.length && view.tokens[last]!.kind === 'emoji') last++;
      let emoji = false;
      let quoted = false;
      for (let k = scope.from; k < last; k++) {
        const t = view.tokens[k]!;
        if (t.kind === 'emoji' && (MOCKING_EMOJI.has(t.raw.replace(/\uFE0F/g, '')) || INSINUATING_EMOJI.has(t.raw))) emoji = true;
        // Scare quotes: one or two words between quotes, in the mention's sentence ("'premium' service").
        if (!quoted && k < scope.to && t.kind === 'punct' && QUOTES.has(t.raw)) {
          const close = [k + 2, k + 3, k + 4].find((j) => j < scope.to && view.tokens[j]?.kind === 'punct' && QUOTES.has(view.tokens[j]!.raw));
          if (close !== undefined && view.tokens[k + 1]?.kind === 'word') {
            quoted = true;
            at ??= { start: t.start, end: view.tokens[close]!.end, from: k, to: close + 1 };
          }
        }
      }
      if (emoji) score += 1;
      if (quoted) score += 1;
      // A contrast ("We do it same-day.", « Chez nous, … ») often comes in the next sentence.
      const dig = contrast.find((h) => inScope(h) || sentenceIndex(h.start) === si + 1);
      if (dig) {
        score += 1;
        at ??= dig;
        // Setting them against us with no fact to check and nothing granted to them is a jab, not a comparison.
        const facts = view.tokens.slice(scope.from, scope.to).some((t) => t.kind === 'word' && /\d/.test(t.raw));
        // A comparative counts as granted to them when it sits in their sentence before any "we"/"our".
        const ours = view.tokens.slice(span.to, scope.to).findIndex((t) => t.kind === 'word' && FIRST_PERSON.has(t.forms[0]!));
        const oursAt = ours < 0 ? scope.to : span.to + ours;
        const granted = concession.length > 0 || comparatives.some((c) => c.from >= scope.from && c.from < oursAt);
        if (!facts && !granted) score += 1;
      }
      const hint = hints.find(inScope);
      if (hint) {
        score += 1;
        at ??= hint;
      }
      // Criticism words, one point per distinct word (at most two): "mushy brakes, unreadable screen".
      const faults = new Set([...critique, ...deficit].filter(inScope).map((h) => view.text.slice(h.start, h.end).toLowerCase()));
      if (faults.size) {
        score += Math.min(2, faults.size);
        at ??= critique.find(inScope);
      }
      const dis = dismissive.find((h) => (h.to <= span.from && span.from - h.to <= 1) || (h.from >= span.to && h.from - span.to <= 2));
      if (dis) {
        score += 1;
        at ??= dis;
      }
      if (score >= 2) {
        reportAt(ctx, at ?? span, 'sneering', 'warn', { competitor: name });
        return;
      }
    }
  },
});
