// Practice 19: Find the qualified person or answer / Trouver la bonne personne ou la bonne réponse.
// A reply that guesses where a wrong answer costs: the parent asks a question about safety, data, health,
// the law, money or compliance, and the draft answers with a hedge ("should be fine", « je pense que oui »,
// « a priori ça devrait aller ») or a bare reassurance without any fact ("nothing to worry about"), and
// does not say it will check. A hedge quoted in order to refuse it (« on ne veut pas vous répondre
// "ça doit être bon" ») does not count.
import { definePractice } from '../practice';
import { defineLexicon, type Hit } from '../text/phrases';
import { negated, reportAt } from '../helpers';
import type { TextView } from '../analysis';
import { FINANCIAL_QUESTION, HEDGE, LEGAL_QUESTION, MEDICAL_QUESTION, REFERRAL, RISKY_QUESTION } from '../lexicon/advice';

/** Reassurance that only counts when the reply gives no fact at all (no figure, no link). */
const REASSURANCE = defineLexicon('p19.reassurance', {
  en: [
    'nothing to worry about', "don't worry", 'no need to worry', 'no worries', 'fully protected', 'totally safe', 'perfectly safe',
    'completely safe', '100% safe', 'absolutely safe', "you'll be fine", 'you will be fine', "it'll be fine", 'it will be fine',
    'all good', "you're fine", "you're good", 'good to go',
  ],
  fr: [
    "pas d'inquiétude", 'ne vous inquiétez pas', "t'inquiète", 'aucun souci', 'aucun risque', 'sans aucun risque', 'rien à craindre',
    'sans danger', 'totalement protégé*', 'entièrement protégé*', 'ça ira', 'pas de souci', 'tout va bien', "c'est bon",
  ],
});

/** What is at stake in the question, for bare reassurance: safety, health, the law, cover, money. */
const STAKES = defineLexicon('p19.stakes', {
  en: [
    'safe', 'safely', 'unsafe', 'dangerous', 'danger', 'risk', 'risky', 'covered', 'protected', 'insured', 'legal', 'legally', 'allowed',
    'compliant', 'fire', 'burn*', 'smoke', 'hurt', 'injur*', 'corrupt*', 'lose my', 'lost', 'fscs', 'guaranteed', 'seizure*', 'epilep*',
  ],
  fr: [
    'sans danger', 'dangereu*', 'danger', 'risque', 'risqué', 'couvert', 'couverte', 'protégé*', 'assuré', 'assurée', 'légal', 'légale',
    'autorisé', 'autorisée', 'conforme', 'feu', 'brûl*', 'fumée', 'grave', 'blessé*', 'corrompu*', 'perdre', 'épilep*', 'crise',
  ],
});

/** The reply says it will check, or hands over to someone qualified: the right move. */
const CHECKING = defineLexicon('p19.checking', {
  en: [
    "we'll check", 'we will check', 'let me check', "i'll check", 'i will check', "we're checking", 'we are checking', 'checking with',
    'check with our', 'confirm with', "we'll confirm", 'we will confirm', "i'll ask", 'let me ask', "we'll ask", 'get back to you',
    'come back to you', 'our technician', 'our technicians', 'our engineers', 'our engineer', 'our mechanic', 'our mechanics', 'our team will',
    'the workshop will', 'our specialist*', 'our expert*', 'our legal team', 'our compliance team', 'our dpo', 'guess on', 'not guess',
    "won't guess", "don't want to guess", 'rather not guess', 'to be sure', 'to be safe', "don't ride", 'do not ride', 'stop using',
    "don't charge", 'do not charge', "don't use", 'do not use', 'the manual says', 'the spec sheet', 'official guidance',
  ],
  fr: [
    'on vérifie', 'nous vérifions', 'je vérifie', 'on va vérifier', 'nous allons vérifier', 'je vais vérifier', 'on se renseigne',
    'je me renseigne', 'nous nous renseignons', 'on confirme avec', 'on revient vers vous', 'nous revenons vers vous', 'je reviens vers vous',
    'je demande', 'on demande', 'notre technicien', 'nos techniciens', "l'atelier vérifie", 'avec l\'atelier', 'nos experts', 'notre expert',
    'notre service juridique', 'notre dpo', 'pas deviner', 'au hasard', "n'utilisez pas", "ne l'utilisez pas", 'ne rechargez pas',
    "arrêtez de l'utiliser", 'ne roulez pas', 'par sécurité', 'par précaution', 'pour être sûr', 'la notice indique', 'la fiche technique',
  ],
});

const OPEN_QUOTES = new Set(['«', '"', '“', "'", '‘', '„']);
const CLOSE_QUOTES = new Set(['»', '"', '”', "'", '’']);

/** Whether a hit is quoted (« "ça doit être bon" »): mentioned, not used. */
function quoted(view: TextView, hit: Hit): boolean {
  const before = view.tokens[hit.from - 1];
  const after = view.tokens[hit.to];
  return before?.kind === 'punct' && OPEN_QUOTES.has(before.raw[0]!) && after?.kind === 'punct' && CLOSE_QUOTES.has(after.raw[0]!);
}

/** "maybe 300 bikes": an estimate of a figure, not a guess at the answer. */
function estimate(view: TextView, hit: Hit): boolean {
  const next = view.tokens[hit.to];
  return hit.to - hit.from === 1 && next?.kind === 'word' && /^\d/.test(next.raw);
}

/** Whether the reply states any fact: a figure or a link. */
function factual(view: TextView): boolean {
  return view.tokens.some((t) => t.kind === 'url' || (t.kind === 'word' && /\d/.test(t.raw)));
}

export default definePractice({
  meta: {
    number: 19,
    slug: 'find-the-right-answer',
    title: { en: "Find the qualified person or answer", fr: "Trouver la bonne personne ou la bonne réponse" },
    statement: {
      en: "When an issue is beyond you, find the most qualified person to handle it or a checked answer, rather than guessing.",
      fr: "Quand un problème vous dépasse, trouvez la personne la plus qualifiée pour le traiter ou une réponse vérifiée, plutôt que de deviner.",
    },
    detection: 'judgement',
    messages: {
      guess: {
        text: {
          en: '"{term}" is a guess, and the question is about "{topic}". If the guess is wrong, someone can get hurt, lose data or break a rule on your word.',
          fr: '« {term} » est une supposition, et la question porte sur « {topic} ». Si elle est fausse, quelqu’un peut se blesser, perdre des données ou enfreindre une règle sur votre parole.',
        },
        fix: {
          en: 'Check with the person who knows (workshop, tech team, legal, compliance) or the official source, and say you will come back with a checked answer.',
          fr: 'Vérifiez auprès de la personne qui sait (atelier, équipe technique, juridique, conformité) ou de la source officielle, et dites que vous revenez avec une réponse vérifiée.',
        },
      },
      reassurance: {
        text: {
          en: '"{term}" reassures without any checked fact, on a question about "{topic}".',
          fr: '« {term} » rassure sans aucun fait vérifié, sur une question qui porte sur « {topic} ».',
        },
        fix: {
          en: 'Give the checked rule or figure (limits, conditions, source), or say you are checking and will come back.',
          fr: 'Donnez la règle ou le chiffre vérifié (limites, conditions, source), ou dites que vous vérifiez et que vous revenez vers la personne.',
        },
      },
    },
  },
  lexicons: [HEDGE, REASSURANCE, STAKES, CHECKING, REFERRAL, RISKY_QUESTION, MEDICAL_QUESTION, LEGAL_QUESTION, FINANCIAL_QUESTION],
  create(ctx) {
    const parent = ctx.parent;
    const draft = ctx.draft;
    if (!parent || !parent.text.includes('?')) return;
    const risk = parent.find(RISKY_QUESTION)[0] ?? parent.find(MEDICAL_QUESTION)[0] ?? parent.find(LEGAL_QUESTION)[0] ?? parent.find(FINANCIAL_QUESTION)[0];
    if (!risk) return;
    if (draft.has(CHECKING) || draft.has(REFERRAL)) return;
    const topic = parent.text.slice(risk.start, risk.end);
    const hedge = draft.find(HEDGE).find((h) => !quoted(draft, h) && !negated(draft, h) && !estimate(draft, h));
    if (hedge) {
      reportAt(ctx, hedge, 'guess', 'warn', { topic });
      return;
    }
    const reassurance = draft.find(REASSURANCE).find((h) => !quoted(draft, h));
    const stakes = parent.has(STAKES) || parent.has(MEDICAL_QUESTION) || parent.has(LEGAL_QUESTION) || parent.has(FINANCIAL_QUESTION);
    if (reassurance && stakes && !factual(draft)) reportAt(ctx, reassurance, 'reassurance', 'warn', { topic });
  },
});
