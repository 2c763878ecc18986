// Practice 19: Find the qualified person or answer / Trouver la bonne personne ou la bonne réponse.
// A reply that guesses where a wrong answer costs: the parent asks a question about safety, data, health,
// the law, money or compliance, and the draft answers with a hedge ("should be fine", « je pense que oui »,
// « a priori ça devrait aller ») or a bare reassurance without any fact ("nothing to worry about"), and
// does not say it will check. A hedge quoted in order to refuse it (« on ne veut pas vous répondre
// "ça doit être bon" ») does not count. Also flagged: a guess next to a hazard the reply names itself ("no reason it
// would catch fire"); a suspicious message (a link to click, a password asked for) waved through or guessed at; a
// look-alike link ("securitynuvola2024.com") in an answer to a security question.
import { definePractice } from '../practice';
import { defineLexicon, type Hit } from '../text/phrases';
import { negated, reportAt } from '../helpers';
import type { TextView } from '../analysis';
import {
  FINANCIAL_QUESTION, GO_AHEAD, HEDGE, LEGAL_QUESTION, MEDICAL_QUESTION, MESSAGE_RED_FLAG, REFERRAL, RISKY_QUESTION, SUSPICIOUS_MESSAGE,
} from '../lexicon/advice';

/** Reassurance that only counts when the reply gives no fact at all (no figure, no link). */
const REASSURANCE = defineLexicon('p19.reassurance', {
  en: [
    'nothing to worry about', "don't worry", 'no need to worry', 'no worries', 'fully protected', 'totally safe', 'perfectly safe',
    'completely safe', '100% safe', 'absolutely safe', "you'll be fine", 'you will be fine', "it'll be fine", 'it will be fine',
    'all good', "you're fine", "you're good", 'good to go', 'zero risk', 'no risk (at all|whatsoever)', 'not a trace', 'no trace', 'guaranteed (safe|free)', '100% (safe|free)',
  ],
  fr: [
    "pas d'inquiétude", 'ne vous inquiétez pas', "t'inquiète", 'aucun souci', 'aucun risque', 'sans aucun risque', 'rien à craindre',
    'sans danger', 'totalement protégé*', 'entièrement protégé*', 'ça ira', 'pas de souci', 'tout va bien', "c'est bon", 'zéro risque', 'aucune trace', 'garanti sans', 'garantis sans', '100 % sans', '100% sans',
  ],
});

/** What is at stake in the question, for bare reassurance: safety, health, the law, cover, money. */
const STAKES = defineLexicon('p19.stakes', {
  en: [
    'safe', 'safely', 'unsafe', 'dangerous', 'danger', 'risk', 'risky', 'covered', 'protected', 'insured', 'legal', 'legally', 'allowed',
    'compliant', 'fire', 'burn*', 'smoke', 'hurt', 'injur*', 'corrupt*', 'lose my', 'lost', 'fscs', 'guaranteed', 'seizure*', 'epilep*',
    'gluten', 'allerg*', 'coeliac*', 'celiac*', 'nut', 'nuts', 'lactose', 'drink', 'eat',
  ],
  fr: [
    'sans danger', 'dangereu*', 'danger', 'risque', 'risqué', 'couvert', 'couverte', 'protégé*', 'assuré', 'assurée', 'légal', 'légale',
    'autorisé', 'autorisée', 'conforme', 'feu', 'brûl*', 'fumée', 'grave', 'blessé*', 'corrompu*', 'perdre', 'épilep*', 'crise',
    'gluten', 'allerg*', 'cœliaque*', 'coeliaque*', 'arachide*', 'lactose', 'boire', 'manger', 'potable',
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
    "don't charge", 'do not charge', "don't use", 'do not use', 'the manual says', 'the spec sheet', 'official guidance', 'our workshop',
    'bring it in', 'book a check', 'a free check', 'a safety check',
  ],
  fr: [
    'on vérifie', 'nous vérifions', 'je vérifie', 'on va vérifier', 'nous allons vérifier', 'je vais vérifier', 'on se renseigne',
    'je me renseigne', 'nous nous renseignons', 'on confirme avec', 'on revient vers vous', 'nous revenons vers vous', 'je reviens vers vous',
    'je demande', 'on demande', 'notre technicien', 'nos techniciens', "l'atelier vérifie", 'avec l\'atelier', 'nos experts', 'notre expert',
    'notre service juridique', 'notre dpo', 'pas deviner', 'au hasard', "n'utilisez pas", "ne l'utilisez pas", 'ne rechargez pas',
    "arrêtez de l'utiliser", 'ne roulez pas', 'par sécurité', 'par précaution', 'pour être sûr', 'la notice indique', 'la fiche technique',
    'notre atelier', 'apportez-le', 'apportez-la', 'un diagnostic', 'un contrôle',
  ],
});

/** A hazard named in the reply itself: guessing next to it is guessing on safety ("no reason it would catch fire"). */
const HAZARD = defineLexicon('p19.hazard', {
  en: [
    'burn', 'burns', 'burning', 'burnt', 'fire', 'catch fire', 'explode', 'explodes', 'explosion', 'short circuit', 'short-circuit', 'shock', 'electrocut*',
    'melt*', 'overheat*', 'fry', 'fried', 'blow up', 'smoke', 'dangerous', 'toxic', 'poison*', 'allergic reaction', 'choke', 'choking',
  ],
  fr: [
    'crame', 'cramer', 'cramerait', 'cramé', 'brûle', 'brûler', 'brûlerait', 'feu', 'prendre feu', 'prend feu', 'explose', 'exploser', 'exploserait',
    'court-circuit', 'électrocut*', 'fond', 'fondre', 'surchauffe', 'surchauffer', 'griller', 'grille', 'fumée', 'dangereu*', 'toxique', 'intoxication',
    "s'étouffer", 'réaction allergique',
  ],
});

/** Something one receives: the suspicious message is about one of these. */
const MESSAGE = defineLexicon('p19.message', {
  en: ['sms', 'text', 'texts', 'email', 'e-mail', 'emails', 'mail', 'message', 'dm', 'call', 'phone call', 'link', 'letter', 'popup', 'pop-up', 'site', 'website', 'page'],
  fr: ['sms', 'texto', 'mail', 'e-mail', 'email', 'courriel', 'message', 'appel', 'coup de fil', 'lien', 'courrier', 'lettre', 'pop-up', 'site', 'page'],
});

const OPEN_QUOTES = new Set(['«', '"', '“', "'", '‘', '„']);
const CLOSE_QUOTES = new Set(['»', '"', '”', "'", '’']);

/** Whether a hit is quoted (« "ça doit être bon" »): mentioned, not used. */
function quoted(view: TextView, hit: Hit): boolean {
  const before = view.tokens[hit.from - 1];
  const after = view.tokens[hit.to];
  return before?.kind === 'punct' && OPEN_QUOTES.has(before.raw[0]!) && after?.kind === 'punct' && CLOSE_QUOTES.has(after.raw[0]!);
}

const DISCLAIMER = /^(not|pas)\b/i;

/** "Should be!", « Normalement oui. »: a bare "should be" closing a clause answers with a guess. */
function bareShouldBe(view: TextView): Hit | undefined {
  const tokens = view.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (a.kind !== 'word' || b.kind !== 'word') continue;
    const pair = `${a.forms[0]} ${b.forms[0]}`;
    if (pair !== 'should be' && pair !== 'normalement oui' && pair !== 'normalement non' && pair !== 'probably yes' && pair !== 'probably not') continue;
    const next = tokens[i + 2];
    if (next === undefined || (next.kind === 'punct' && /[!.,?]/.test(next.raw)) || next.kind === 'emoji') {
      return { lexicon: 'p19.should-be', lang: 'any', start: a.start, end: b.end, from: i, to: i + 2 };
    }
  }
  return undefined;
}

/** "maybe 300 bikes": an estimate of a figure, not a guess at the answer. */
function estimate(view: TextView, hit: Hit): boolean {
  const next = view.tokens[hit.to];
  return hit.to - hit.from === 1 && next?.kind === 'word' && /^\d/.test(next.raw);
}

/** The brand's names squeezed into one lowercase word each ("Nuvola Cloud" → "nuvolacloud"). */
function brandKeys(names: readonly string[]): string[] {
  return names.map((n) => n.toLowerCase().normalize('NFD').replace(/[^a-z0-9]/g, '')).filter((n) => n.length >= 4);
}

/** A link whose domain dresses the brand's name up ("securitynuvola2024.com", "nuvola-help.net"): a look-alike, maybe a phishing site. */
function lookalikeLink(view: TextView, keys: readonly string[]): Hit | null {
  if (!keys.length) return null;
  for (let i = 0; i < view.tokens.length; i++) {
    const t = view.tokens[i]!;
    if (t.kind !== 'url') continue;
    let host = t.raw.toLowerCase().replace(/^https?:\/\//, '');
    const slash = host.indexOf('/');
    if (slash >= 0) host = host.slice(0, slash);
    const labels = host.split('.');
    if (labels.length < 2) continue;
    const name = labels[labels.length - 2]!.replace(/[^a-z0-9]/g, '');
    if (keys.includes(name)) continue;
    if (keys.some((k) => name.includes(k))) return { lexicon: 'p19.lookalike', lang: 'any', start: t.start, end: t.end, from: i, to: i + 1 };
  }
  return null;
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
      goAhead: {
        text: {
          en: '"{term}" tells the person to go ahead with a message they suspect ("{topic}"), without checking that it really comes from you. If it is phishing, they will give it their details on your word.',
          fr: '« {term} » dit à la personne de donner suite à un message qu’elle trouve suspect (« {topic} »), sans vérifier qu’il vient bien de vous. Si c’est de l’hameçonnage, elle livrera ses données sur votre parole.',
        },
        fix: {
          en: 'Check with the team that sends these messages first. Until then, tell them not to click and to go through the app or the official site.',
          fr: 'Vérifiez d’abord auprès de l’équipe qui envoie ces messages. En attendant, dites-lui de ne pas cliquer et de passer par l’appli ou le site officiel.',
        },
      },
      lookalike: {
        text: {
          en: '"{term}" is not the brand\'s own domain but looks like it, in an answer about "{topic}". Sending people to a look-alike address teaches them to trust phishing sites.',
          fr: '« {term} » n’est pas le domaine de la marque mais lui ressemble, dans une réponse sur « {topic} ». Envoyer vers une adresse qui imite la marque apprend aux gens à faire confiance aux sites d’hameçonnage.',
        },
        fix: {
          en: 'Check the address with the team in charge and link only to the brand\'s official domain.',
          fr: 'Vérifiez l’adresse auprès de l’équipe concernée et ne donnez que des liens vers le domaine officiel de la marque.',
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
  lexicons: [
    HEDGE, REASSURANCE, STAKES, CHECKING, REFERRAL, RISKY_QUESTION, MEDICAL_QUESTION, LEGAL_QUESTION, FINANCIAL_QUESTION, HAZARD, MESSAGE, SUSPICIOUS_MESSAGE,
    MESSAGE_RED_FLAG, GO_AHEAD,
  ],
  create(ctx) {
    const parent = ctx.parent;
    const draft = ctx.draft;
    if (!parent || !parent.text.includes('?')) return;
    // "We're not doctors" after a guess is a disclaimer, not a referral: only pointing to someone qualified counts.
    const referred = draft.find(REFERRAL).some((h) => !DISCLAIMER.test(draft.text.slice(h.start, h.end)));
    if (draft.has(CHECKING) || referred) return;
    // Only a negation right before counts ("not probably"): « Pas besoin je crois » still guesses.
    const hedge = draft.find(HEDGE).find((h) => !quoted(draft, h) && !negated(draft, h, 1) && !estimate(draft, h)) ?? bareShouldBe(draft);
    // A message the person doubts ("this SMS asks me to click, is it you?"), waved through or guessed at.
    const suspicious = parent.has(MESSAGE) ? parent.find(MESSAGE_RED_FLAG)[0] ?? parent.find(SUSPICIOUS_MESSAGE)[0] : undefined;
    if (suspicious) {
      const topic = parent.text.slice(suspicious.start, suspicious.end);
      // Confirming is only reckless when the message shows warning signs (a link to click, a password asked for).
      const goAhead = parent.has(MESSAGE_RED_FLAG) ? draft.find(GO_AHEAD).find((h) => !quoted(draft, h) && !negated(draft, h)) : undefined;
      if (goAhead) {
        reportAt(ctx, goAhead, 'goAhead', 'warn', { topic });
        return;
      }
      if (hedge) {
        reportAt(ctx, hedge, 'guess', 'warn', { topic });
        return;
      }
    }
    const risk = parent.find(RISKY_QUESTION)[0] ?? parent.find(MEDICAL_QUESTION)[0] ?? parent.find(LEGAL_QUESTION)[0] ?? parent.find(FINANCIAL_QUESTION)[0];
    // A guess next to a hazard the reply names itself ("no reason it would catch fire") is a guess on safety.
    const hazard = hedge ? draft.find(HAZARD)[0] : undefined;
    if (!risk && hedge && hazard) {
      reportAt(ctx, hedge, 'guess', 'warn', { topic: draft.text.slice(hazard.start, hazard.end) });
      return;
    }
    if (!risk) return;
    const topic = parent.text.slice(risk.start, risk.end);
    if (ctx.profile) {
      const lookalike = lookalikeLink(draft, brandKeys([ctx.profile.brand, ...ctx.profile.aliases]));
      if (lookalike) {
        reportAt(ctx, lookalike, 'lookalike', 'warn', { topic });
        return;
      }
    }
    if (hedge) {
      reportAt(ctx, hedge, 'guess', 'warn', { topic });
      return;
    }
    const reassurance = draft.find(REASSURANCE).find((h) => !quoted(draft, h));
    const stakes = parent.has(STAKES) || parent.has(MEDICAL_QUESTION) || parent.has(LEGAL_QUESTION) || parent.has(FINANCIAL_QUESTION);
    if (reassurance && stakes && !factual(draft)) reportAt(ctx, reassurance, 'reassurance', 'warn', { topic });
  },
});
