// Practice 21: Let qualified spokespeople speak / Laisser parler les porte-parole qualifiés.
// Flags an employee or partner, on their own account, speaking for the company on a sensitive matter
// (lawsuit, recall, safety incident, breach, outage, layoffs, closure, compensation): they present
// themselves as insiders ("I work there", « je bosse chez eux »), speak officially ("I can confirm",
// « au nom de l'enseigne ») or hand down a verdict (« pas de quoi paniquer », "it's a shakedown").
// Pointing people to the official channel ("not the right person to say, ask @Brand") is the right move
// and clears the draft. Brand accounts are run by the people whose job this is: not checked here.
import { definePractice } from '../practice';
import { reportAt } from '../helpers';
import { defineLexicon, type Hit } from '../text/phrases';
import { CRISIS_TOPICS } from '../lexicon/crisis';
import type { TextView } from '../analysis';
import type { Token } from '../text/tokenize';
import type { Span } from '../helpers';

/** Job titles: "Conducteur chez Mobilia", "as a workshop manager", « en tant que responsable atelier ». */
const JOBS = new Set([
  'engineer', 'mechanic', 'technician', 'manager', 'developer', 'dev', 'driver', 'employee', 'staff', 'agent', 'rep',
  'designer', 'analyst', 'director', 'lead', 'head', 'intern', 'cashier', 'advisor', 'adviser', 'supervisor', 'operator',
  'ingenieur', 'ingenieure', 'mecano', 'mecanicien', 'mecanicienne', 'technicien', 'technicienne', 'responsable',
  'vendeur', 'vendeuse', 'conducteur', 'conductrice', 'developpeur', 'developpeuse', 'salarie', 'salariee', 'employe',
  'commercial', 'commerciale', 'chef', 'directeur', 'directrice', 'stagiaire', 'conseiller', 'conseillere',
  'caissier', 'caissiere', 'livreur', 'livreuse', 'chauffeur', 'agente', 'manageur',
]);
const WORKS_AT = new Set(['at', 'for', 'chez']);
const AS_A = new Set(['as', 'tant', "i'm", 'im', 'suis']);

function jobTitle(tokens: readonly Token[]): Span | null {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !JOBS.has(t.forms[0]!)) continue;
    // "<job> at <Name>", « <job> chez <Nom> »: within the next three words.
    for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
      const w = tokens[j]!;
      if (w.kind === 'mention' && j === k + 1) return { start: t.start, end: w.end, from: k, to: j + 1 };
      if (w.kind === 'word' && WORKS_AT.has(w.forms[0]!)) {
        const name = tokens[j + 1];
        if (name && (name.kind === 'mention' || (name.kind === 'word' && /^\p{Lu}/u.test(name.raw)))) {
          return { start: t.start, end: name.end, from: k, to: j + 2 };
        }
      }
    }
    // "as a <job>", « en tant que <job> », "I'm a <job>" (up to three words back).
    for (let j = k - 1; j >= k - 3 && j >= 0; j--) {
      const w = tokens[j]!;
      if (w.kind === 'word' && AS_A.has(w.forms[0]!)) return { start: w.start, end: t.end, from: j, to: k + 1 };
    }
  }
  return null;
}

const POINTERS = new Set(['ask', 'dm', 'contact', 'message', 'tweet', 'demande', 'demandez', 'ecris', 'ecrivez', 'contacte', 'contactez', 'voir', 'voyez']);

/** "ask @BrisaBikes", « demande direct à @BrisaVelo »: sending people to the official account. */
function pointsToOfficial(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'mention') continue;
    for (let j = k - 1; j >= k - 3 && j >= 0; j--) {
      if (tokens[j]!.kind === 'word' && POINTERS.has(tokens[j]!.forms[0]!)) return true;
    }
  }
  return false;
}


/** Presenting oneself as someone on the inside. */
const INSIDER = defineLexicon('p21.insider', {
  en: [
    'i work at', 'i work for', 'i work there', 'i work with them', 'i work in', "i'm an engineer at", 'i am an engineer at',
    "i'm a * at", "i'm an * at", 'working at', 'worked at', 'i used to work', 'engineer at * here', 'employee here',
    '* at * here', 'insider here', 'as an employee', 'speaking as an employee', 'from the inside', 'inside info',
    'inside information', 'source: me', 'source me', 'trust me i work', 'as someone who works', 'someone who works there',
    'one of the engineers', 'on the team that', 'our team', 'internally', 'internal memo', 'all-hands', 'all hands',
    "i'm on the * team", "i'm on the * * team", "i'm in the * team", "i'm part of the", 'i work on the', 'what i\'ve seen internally',
    'my team', 'my manager', 'my colleagues', "we're aware", 'we are aware', 'our engineers', 'the team is on it', "we're on it",
  ],
  fr: [
    'je bosse chez', 'je bosse là-bas', 'je bosse là bas', 'je bosse pour', 'je travaille chez', 'je travaille là-bas',
    'je travaille pour', 'je suis * là-bas', 'je suis * chez', 'je suis * * chez', 'salarié de', 'salariée de',
    'en tant que salarié', 'en tant que salariée', 'en tant qu\'employé', 'en tant qu\'employée', 'de l\'intérieur',
    'en interne', 'source : moi', 'source moi', 'je suis bien placé', 'je suis bien placée', 'bien placé pour le savoir',
    'bien placée pour le savoir', 'côté boîte', 'chez nous', 'dans ma boîte', 'réunion interne', 'mail interne',
    'j\'bosse', 'j\'travaille', 'j\'y bosse', 'j\'y travaille', 'je bosse au', 'je bosse à', 'je travaille au', 'je travaille à l\'',
    'je fais partie de', 'mon équipe', 'mes collègues', 'mon manager', 'ma direction', 'on est dessus', 'nos ingénieurs',
    'nos équipes sont', 'on est au courant',
  ],
});

/** Speaking officially or committing the company. */
const OFFICIAL = defineLexicon('p21.official', {
  en: [
    'i can confirm', 'can confirm', 'i confirm', 'officially', 'official answer', 'official word', 'on behalf of',
    'i can guarantee', 'i guarantee', 'i promise you', 'the company will', 'they will refund', 'everyone gets',
    "you'll all get", 'rest assured', 'take it from me', 'for the record', 'i can tell you', 'i can say',
  ],
  fr: [
    'je confirme', 'je vous confirme', 'je vous le confirme', 'officiellement', 'réponse officielle', 'au nom de',
    'je vous garantis', 'je vous assure', 'je vous promets', 'la direction va', 'la direction remboursera',
    'l\'entreprise va', 'tout le monde sera', 'vous serez tous', 'croyez-moi', 'c\'est officiel', 'je peux vous dire',
    'je peux te dire', 'je vous le dis',
  ],
});

/** Verdicts and reassurance on the matter itself. */
const VERDICT = defineLexicon('p21.verdict', {
  en: [
    'no need to panic', 'nothing to worry about', "don't worry", 'do not worry', 'no big deal', "it's only", 'it is only',
    "it's just", 'only affects', 'only a few', 'only a handful', 'overblown', 'blown out of proportion', 'baseless',
    'shakedown', 'fake news', 'total nonsense', 'nonsense', 'a joke', "we didn't", 'we did not', 'nobody was',
    'no one was', "it's fine", 'all good', 'will be fixed by', 'back up by', 'they will win', "we'll win", 'we will win',
    'no one got hurt', 'not a big deal', "it's not true", 'not true', "it wasn't", 'stop panicking', 'yes there',
    "yes it's true", "it's true", 'yes it was', "nobody's been hurt", 'nobody has been hurt', 'always the cause', 'are fine',
    'totally safe', 'perfectly safe', "i'm sure", '% sure', 'mostly',
  ],
  fr: [
    'pas de quoi paniquer', 'y a pas de quoi', 'pas d\'inquiétude', 'aucune inquiétude', 'pas de panique', 'rien de grave',
    'rien de dramatique', 'c\'est juste', 'ça concerne que', 'ça ne concerne que', 'ne concerne que',
    'seulement quelques', 'juste quelques', 'n\'importe quoi', 'du flan', 'fake news', 'c\'est faux', 'on n\'a rien',
    'on n\'a pas', 'personne n\'a', 'personne n\'est', 'exagéré', 'monté en épingle', 'on va gagner', 'ils vont gagner',
    'ce sera réglé', 'sera réparé', 'ne vous inquiétez pas', 't\'inquiète', 'tkt', 'oui il y a', 'oui y a', 'oui c\'est vrai',
    'c\'est vrai', 'est safe', 'aucun accident', 'aucun risque', 'il va perdre', 'ils vont perdre', 'y est pour rien',
    'n\'y est pour rien', 'on a les images', 'je suis sûr', 'je suis sûre', 'arrêtez de paniquer', 'pour couper court',
  ],
});

/** Handing the question to the people whose job it is. */
const REDIRECT = defineLexicon('p21.redirect', {
  en: [
    'not the right person', "can't comment", 'cannot comment', "can't speak for", 'cannot speak for', 'not able to comment',
    'not in a position to', 'official statement', 'official channels', 'the official account', 'press office', 'press team',
    'ask support', 'contact support', 'support can', 'check with', 'the official statement', 'official page',
    'status page', 'the best place', 'best to ask', "i'm just a", "i'm just an", "i'm only a", "i'm only an", 'above my pay grade',
  ],
  fr: [
    'pas la bonne personne', 'je ne peux pas commenter', 'peux pas commenter', 'je ne peux pas parler', 'pas à moi de',
    'communiqué officiel', 'le compte officiel', 'service presse', 'canaux officiels', 'demande direct à', 'demandez à',
    'contactez le service client', 'le service client pourra', 'voyez avec', 'la communication officielle',
    'page de statut', 'page statut', 'le mieux est de', 'mieux vaut demander', 'je ne suis que', 'je suis juste',
  ],
});

export default definePractice({
  meta: {
    number: 21,
    slug: 'qualified-spokespeople',
    title: { en: "Let qualified spokespeople speak", fr: "Laisser parler les porte-parole qualifiés" },
    statement: {
      en: "On sensitive matters (crises, incidents, legal, finance) let the qualified spokespeople answer and offer solutions; point people to them.",
      fr: "Sur les sujets sensibles (crises, incidents, juridique, finances), laissez répondre les porte-parole qualifiés et orientez les gens vers eux.",
    },
    detection: 'judgement',
    messages: {
      unofficial: {
        text: {
          en: '"{term}": on a sensitive matter ({topic}), this reads as a statement from the company, from someone who is not its spokesperson. It will be quoted as one.',
          fr: '« {term} » : sur un sujet sensible ({topic}), cela se lit comme une déclaration de l’entreprise, faite par quelqu’un qui n’en est pas le porte-parole. Elle sera citée comme telle.',
        },
        fix: {
          en: 'Don\'t speak for the company here: say you can\'t comment and point people to the official account or statement.',
          fr: 'Ne parlez pas au nom de l’entreprise : dites que vous ne pouvez pas commenter et renvoyez vers le compte ou le communiqué officiel.',
        },
      },
    },
  },
  lexicons: [CRISIS_TOPICS, INSIDER, OFFICIAL, VERDICT, REDIRECT],
  create(ctx) {
    if (ctx.context.account !== 'personal') return;
    const { draft, parent } = ctx;
    if (draft.has(REDIRECT) || pointsToOfficial(draft.tokens)) return;

    // The sensitive matter, in the draft or in the post replied to.
    const crisisIn = (view: TextView): Hit | undefined => view.find(CRISIS_TOPICS)[0] ?? view.profileTerms('restrictedTopics')[0];
    const inDraft = crisisIn(draft);
    const inParent = parent ? crisisIn(parent) : undefined;
    if (!inDraft && !inParent) return;
    const topic = inDraft ? draft.text.slice(inDraft.start, inDraft.end) : parent!.text.slice(inParent!.start, inParent!.end);

    const insider = draft.find(INSIDER)[0] ?? jobTitle(draft.tokens);
    const official = draft.find(OFFICIAL)[0];
    const verdict = draft.find(VERDICT)[0];
    const brandNamed = draft.profileTerms('brand').length > 0 || (parent?.profileTerms('brand').length ?? 0) > 0;
    if (insider) {
      // An insider on a crisis: the words will be read as the company's.
      reportAt(ctx, insider, 'unofficial', verdict ? 'risk' : 'warn', { topic });
    } else if (official && brandNamed) {
      reportAt(ctx, official, 'unofficial', 'warn', { topic });
    } else if (verdict && brandNamed) {
      reportAt(ctx, verdict, 'unofficial', 'info', { topic });
    }
  },
});
