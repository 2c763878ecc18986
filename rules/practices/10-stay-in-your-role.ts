// Practice 10: Represent only who you should / Ne représenter que ce que l'on doit.
// On a personal account (an employee's, a contractor's), flags speaking for the company: two of three signals,
// - saying one works there ("I'm a mechanic at Brisa", « je bosse chez eux », "Engineer at Linko here"),
// - speaking officially ("officially", "on behalf of", « au nom de », « je vous confirme »),
// - committing the company (a refund, a free replacement, a price, a policy: "you have my word",
//   « je m'engage », « c'est la politique de la boîte »).
// A promise of a benefit to the reader ("you'll get a full refund", « vous aurez 600 € ») commits the company; speaking
// "on behalf of <brand>" or « au nom de toute l'équipe » counts as two signals; "I don't speak for them" takes one away.
// Saying where one works, or giving a personal opinion, is fine; so is declining to promise.
import { definePractice } from '../practice';
import { defineLexicon, type Hit } from '../text/phrases';
import { reportAt } from '../helpers';
import type { TextView } from '../analysis';

const ROLES_EN = '(engineer|mechanic|technician|tech|developer|dev|designer|manager|employee|intern|staff member|support agent|agent|cashier|baker|driver|nurse|analyst|lead|salesperson|rep|barista|accountant|consultant|product manager|engineering manager|workshop lead|store manager|shop manager|contractor|freelancer|pilot|flight attendant|cabin crew|steward|stewardess|cook|chef|waiter|waitress|clerk|courier|operator|recruiter|researcher|scientist|teacher|lecturer|team member|sysadmin|sre|devops|conductor|guard|crew member|ground staff|gate agent|receptionist|pharmacist|dispatcher|coach|trainer|instructor|sales rep|account manager|moderator|community manager)';
const ROLES_FR = '(technicien|technicienne|mécano|mécanicien|mécanicienne|vendeur|vendeuse|salarié|salariée|employé|employée|ingénieur|ingénieure|dev|développeur|développeuse|stagiaire|conseiller|conseillère|manager|responsable|chef|commercial|commerciale|caissier|caissière|boulanger|boulangère|livreur|livreuse|chauffeur|cadre|comptable|chargé|chargée|membre|hôtesse|steward|pilote|agent|agente|infirmier|infirmière|serveur|serveuse|cuisinier|cuisinière|magasinier|magasinière|préparateur|préparatrice|opérateur|opératrice|ingé|prestataire|intérimaire|consultant|consultante|freelance|alternant|alternante|technico|admin|sysadmin|juriste|recruteur|recruteuse|coach|prof|animateur|animatrice|moniteur|monitrice|modérateur|modératrice|community manager)';
const TEAMS_EN = '(finance|hr|support|customer service|customer support|sales|marketing|legal|billing|accounts|engineering|ops|operations|product|security|infra|comms|payments|refunds|claims|logistics)';
const TEAMS_FR = '(support|service client|service clients|sav|standard|marketing|service juridique|juridique|compta|comptabilité|logistique|direction|finance|facturation|rh|sécurité|infra|paie)';

/** Saying one works for the company. */
const SELF_ID = defineLexicon('p10.self-id', {
  en: [
    'i work at', 'i work for', 'i work in the', 'i work on the', 'i work there', 'i work with them', "i'm on the * team", 'i am on the * team',
    "i'm in the * team", "i'm in the * * team", "i'm on the * * team", 'i am in the * team', `i'm (a|an|the) ${ROLES_EN} (at|for|in|on|with)`, `i'm (a|an|the) * ${ROLES_EN} (at|for|in|on|with)`, `i am (a|an|the) ${ROLES_EN} (at|for|in|on|with)`,
    `as (a|an|the) ${ROLES_EN} at`, `as (a|an|the) * ${ROLES_EN} at`, `as ${ROLES_EN} at`, `as * ${ROLES_EN} at`, `${ROLES_EN} at * here`,
    `${ROLES_EN} here`, 'employee here', 'staff here', 'insider here', 'speaking as an employee', 'as an employee', 'as a staff member',
    'from the inside', 'i do contract work for', 'i do (some|) work for', 'i contract for', 'i freelance for', 'i consult for', '(i am|i\'m) contracted (by|to)',
    "(i'm|i am) (in|on) * team", "(i'm|i am) (in|on) * * team", "(i'm|i am) part of (the|their) * team", "(i'm|i am) part of * * team", 'on their * team',
    'for their * team', `i work (in|on) ${TEAMS_EN}`, `(i'm|i am) in ${TEAMS_EN} (at|for|there)`, 'work there', 'i work there', 'my employer',
    `${ROLES_EN} at * here`, `(i'm|i am) one of (the|their|your) ${ROLES_EN}s`, 'i work (in|on) * team', 'i work (in|on) * * team', "i work in *'s * team",
  ],
  fr: [
    'je travaille chez', 'je travaille à', 'je travaille au', 'je travaille dans', 'je travaille pour', 'je bosse chez', 'je bosse à',
    'je bosse au', 'je bosse dans', 'je bosse pour', "j'bosse", 'je bosse là-bas', "j'y bosse", "j'y travaille", 'je fais partie de',
    `je suis ${ROLES_FR} (chez|à|au|là-bas|dans|pour)`, `je suis * ${ROLES_FR} (chez|à|au|là-bas|dans|pour)`, `en tant que ${ROLES_FR}`,
    `en tant qu' ${ROLES_FR}`, `${ROLES_FR} chez * ici`, `${ROLES_FR} ici`, 'en interne', "de l'intérieur", "je suis dans l'équipe", 'je suis chez', "je suis à l'atelier",
    `je suis (au|à la|aux|dans le|dans la) ${TEAMS_FR}`, `je bosse (au|à la|aux) ${TEAMS_FR}`, `je travaille (au|à la|aux) ${TEAMS_FR}`, 'je fais des missions pour',
    'je suis en mission chez', 'je suis en mission pour', 'je suis prestataire', 'je suis presta', 'dans leur équipe', 'mon employeur', "j'y suis",
  ],
});

/** "<Role> at <company>", counted as saying one works there only when it opens a sentence ("Pilote chez Aerlis : …"). */
const ROLE_AT = defineLexicon('p10.role-at', {
  en: [`${ROLES_EN} (at|for)`, `* ${ROLES_EN} (at|for)`, `${TEAMS_EN} team (at|for)`, '* at * here', '* * at * here'],
  fr: [`${ROLES_FR} (chez|à|pour)`, `${ROLES_FR} * (chez|à|pour)`, '* chez * ici', '* * chez * ici'],
});

/** A job title on its own: counts after the brand's name ("— Nuvola employee", "Valmont sales rep"). */
const ROLE = defineLexicon('p10.role', { en: [ROLES_EN, `* ${ROLES_EN}`], fr: [ROLES_FR] });

/** Speaking officially, for the company. */
const OFFICIAL = defineLexicon('p10.official', {
  en: [
    'officially', 'official answer', 'official statement', 'official position', 'official word', 'on behalf of', 'speaking for',
    'i speak for', 'in the name of', 'i can confirm', 'i confirm', 'i can tell you officially', 'i can tell you', 'it is confirmed', "it's confirmed",
    'take it as confirmed', 'consider it confirmed', 'take it from me', 'take my word for it', 'i assure you', 'i can assure you', 'trust me on this',
    'straight from the source', 'from a reliable source', "it's happening", "it's a done deal", 'done deal', "it's been decided", 'it has been decided',
    "it's been signed off", 'believe me', "(take|consider) (that|this|it) as (the|an|their) (company's|official|company) (answer|word|position|line)",
    "the company's answer", 'consider it (approved|aproved|granted|sorted)', 'official confirmation', 'officially confirm*', 'our official (answer|confirmation|position|word|line)', 'i said so', 'i know what i\'m talking about', 'mark my words',
  ],
  fr: [
    'officiellement', 'réponse officielle', 'position officielle', 'au nom de', 'je parle au nom', 'je vous confirme', 'je vous le confirme',
    'je te confirme', 'je te le confirme', 'je confirme', 'je peux vous confirmer', 'je peux confirmer', "c'est officiel",
    "c'est confirmé", 'je vous le certifie', 'je te le certifie', "je vous l'assure", 'je te l\'assure', 'croyez-moi', 'crois-moi', 'de source sûre', "c'est acté", "c'est validé",
    "c'est décidé", "c'est signé", 'faites-moi confiance', 'fais-moi confiance', "c'est moi qui (vous|te) le dis", 'je sais de quoi je parle',
    'notez-le', 'prenez-le comme (la|une) réponse officielle', 'confirmation officielle', 'notre réponse officielle', 'notre position officielle', 'pas besoin d\'attendre la direction', 'considérez que c\'est (validé|accepté|bon)',
  ],
});

/** Speaking as the company itself: "on behalf of the whole team", « au nom de l'entreprise ». Counts as two signals. */
const SPEAKS_AS = defineLexicon('p10.speaks-as', {
  en: [
    'on behalf of (the|our|) (whole|entire|) (team|company|management|leadership|board|staff)', 'speaking for (the|our) (whole|entire|) (team|company|management|leadership)',
    'on behalf of everyone at', 'speaking for everyone at',
  ],
  fr: [
    "au nom de (toute|) (l'équipe|la direction|l'entreprise|la société|la boîte|mes collègues)", 'au nom de tous mes collègues', 'au nom de toute la',
    'je parle au nom de (la|l\'|toute)',
  ],
});

/** Declining to speak for the company: "I don't speak for them", « je ne parle pas en leur nom ». */
const DISCLAIM = defineLexicon('p10.disclaim', {
  en: [
    "don't speak for", 'do not speak for', 'not speaking for', "can't speak for", 'cannot speak for', 'not (the|an) official', 'views are my own',
    'opinions are my own', 'my own views', 'not the right person', 'not my call', 'ask (the|their|our) support', 'contact (the|their|our) support',
    "(can't|cannot|won't) (promise|commit|guarantee) (anything|on their behalf|for them|for the company)", "(can't|cannot) make (that|any) (promise|commitment)",
    'not in a position to (promise|commit|confirm)', '(write|message|dm) (to|) (their|the official|our official) (account|support|team)', 'they will answer (you|) officially',
    "they'll (answer|reply|confirm) officially", 'official answer from (them|support|the team)',
  ],
  fr: [
    'ne parle pas en leur nom', 'ne parle pas au nom', 'parle pas en leur nom', 'parle en mon nom', 'à titre perso', 'à titre personnel',
    'avis perso', 'pas la bonne personne', 'pas à moi de', 'voyez avec le support', 'contactez le support', 'passez par le support',
    "(peux|pourrai|peut) pas m'engager", "(peux|pourrai|peut) rien promettre", "(peux|pourrai|peut) pas (promettre|garantir|confirmer)", "à la place (du support|de l'entreprise|de la boîte|du service client)",
    'écrire au (support|service client)', 'écrivez au (support|service client)', '(ils|elles) vous (répondront|répondent|confirmeront) officiellement', 'réponse officielle (du support|de leur part)',
  ],
});

/** "You'll get…", « vous aurez… »: the start of a promise made to the reader. */
const YOU_WILL_GET = defineLexicon('p10.you-will-get', {
  en: [
    "(you'll|you will|you're going to|u will|u'll) (get|receive|have|be getting|be given|be offered|be owed)", "you're getting", "you are getting",
    "(you'll|you will) be (refunded|reimbursed|compensated|credited)", "(i'll|i will|let me|i can|i'm going to) (push|get|process|sort|fast-track|approve|issue|put through|arrange|send)",
  ],
  fr: [
    '(vous aurez|tu auras|vous recevrez|tu recevras|vous allez recevoir|tu vas recevoir|vous allez avoir|tu vas avoir|vous toucherez|tu toucheras|vous allez toucher|tu vas toucher|vous obtiendrez|tu obtiendras)',
    '(je vais|je peux|je m\'occupe de|je te fais|je vous fais|je lance|je valide|je débloque|je pousse) (le|la|ton|votre|un|une|les|vos|tes)',
  ],
});

/** What a promise gives: refunds, compensation, credits, replacements, money. */
const BENEFIT = defineLexicon('p10.benefit', {
  en: [
    'refund*', 'compensation', 'credit', 'credits', 'back', 'voucher', 'vouchers', 'replacement', 'money back', 'payout', 'reimbursement', 'goodwill',
    'free (month|months|year|replacement|repair|service|upgrade|battery|bike)', '(month|months) free', 'for free',
  ],
  fr: [
    'rembours*', 'indemnisation', 'indemnité', 'dédommagement', 'avoir', 'bon d\'achat', 'geste commercial', 'remplacement', 'compensation',
    '(mois|an|année|réparation|remplacement) (offert|offerte|gratuit|gratuite)', 'gratuitement',
  ],
});

/** Committing the company: refunds, replacements, prices, policies, promises. */
const COMMIT = defineLexicon('p10.commit', {
  en: [
    'i guarantee', 'i can guarantee', "guarantee you'll", 'guarantee you will', 'you have my word', 'consider it done', "i'll make sure you",
    'i will make sure you', "i'll sort it", "i'll get you", 'i promise you', "i promise you'll", 'we will not be raising', "we won't be raising",
    'we will not raise', "we won't raise", 'the company will', 'they will refund', "they'll refund", 'will refund', 'will be refunded',
    "you'll get a refund", "you'll get a new", "you'll get a free", "you'll get a replacement", "you'll get your money back",
    "you'll get * months free", "you'll get * month free", 'you will get a refund', 'you will get a new', 'everyone gets', 'month free',
    'months free', 'free replacement', 'a brand new battery', 'a brand new bike', 'a brand new one', 'full refund', 'mention my name', 'tell them i sent you', 'company policy', 'their policy', 'our policy is', 'officially yes',
    'you can return it', 'will sort it automatically', 'will be compensated', 'gets compensation', 'refund is approved',
    'refund has been approved', "you'll have it", "we'll cover", 'we will cover', 'will cover the', "won't happen again", 'will not happen again',
    'never happen again', "it's automatic", 'will be fixed by', "(yes|yep) (it's|its|it is) covered", 'tell (them|the dealer|the shop|the store|the agent|him|her) i said', "we're dropping", 'we are dropping', "we'll be dropping", 'we will be dropping',
    '(i approve|i\'m approving|i\'ll approve|i authorise|i authorize|i\'ll authorise|i\'ll authorize|i sign off on|i\'ll sign off on) (it|this|that|the|your)', "you're approved", 'approved on my end', 'approved on my side',
    "(we'll|we will) (add|include|waive|throw in|match|honour|honor) (any|every|all|the|your)", 'any clause (you|your)',
  ],
  fr: [
    "je m'engage", 'je vous garantis', 'je te garantis', 'je vous promets', 'je te promets', 'vous avez ma parole', 'tu as ma parole',
    "c'est la politique de", 'la politique de la boîte', 'la direction remboursera', 'la direction va', "l'entreprise va", 'la boîte va',
    'remboursera', 'rembourseront', 'sera remboursé*', 'seront remboursé*', "bon d'achat", 'mois offert*', 'sans supplément',
    'de ma part', 'restera gratuit*', 'vous serez remboursé*', 'tu seras remboursé*', 'un geste commercial', 'on vous remplace',
    'on te remplace', 'on vous rembourse', 'on te rembourse', 'ne se reproduira (plus|pas)', "ça n'arrivera plus", "cela n'arrivera plus",
    '(je te|je vous) (fais|ferai) rembourser', 'je (te|vous) rembourse', '(tout le monde|chacun) (aura|recevra)', 'je (te|vous) fais (un|une) geste', 'je présente nos excuses', 'nous présentons nos excuses',
    'je valide pour', 'je (vous|te) (valide|autorise|accorde)', 'je donne mon (accord|feu vert)', "c'est (accepté|accordé) pour",
    '(on|nous) (ajoutera|ajoutons|ajoute|inclura|incluons|offrira|offre) (toutes|tous|la|les|votre|vos) (clause*|option*|frais)', 'sera réglé (demain|aujourd\'hui|cette semaine|avant)', "c'est automatique",
  ],
});

const NEGATIONS = new Set(['not', 'never', "don't", "can't", 'cannot', "won't", 'no', 'ne', "n'", 'pas', 'jamais']);

/** Negated by one of the two words just before it, without crossing punctuation ("I can't promise you"). */
function negatedHere(view: TextView, hit: Hit): boolean {
  for (let k = hit.from - 1; k >= 0 && k >= hit.from - 2; k--) {
    const t = view.tokens[k]!;
    if (t.kind !== 'word') return false;
    if (NEGATIONS.has(t.forms[0]!)) return true;
  }
  return false;
}

/** "You'll get a full refund", « vous aurez 600 € d'indemnisation », "I'll push the refund through": a benefit promised to the reader. */
function promises(view: TextView): Hit[] {
  const out: Hit[] = [];
  const starts = view.find(YOU_WILL_GET);
  if (!starts.length) return out;
  const benefit = new Uint8Array(view.tokens.length);
  for (const b of view.find(BENEFIT)) benefit[b.from] = 1;
  for (const h of starts) {
    if (negatedHere(view, h)) continue;
    const sentence = view.sentenceAt(h.start);
    const end = Math.min(sentence?.to ?? view.tokens.length, h.to + 5);
    for (let i = h.to; i < end; i++) {
      const t = view.tokens[i]!;
      if (benefit[i] || (t.kind === 'punct' && /^[€£$]/.test(t.raw))) {
        out.push(h);
        break;
      }
    }
  }
  return out;
}

export default definePractice({
  meta: {
    number: 10,
    slug: 'stay-in-your-role',
    title: { en: "Represent only who you should", fr: "Ne représenter que ce que l'on doit" },
    statement: {
      en: "Speak for whom you are entitled to speak for, and don't cross that line: an employee on a personal account does not commit the company.",
      fr: "Ne parlez qu'au nom de ceux que vous représentez, sans franchir la limite : un salarié sur son compte personnel n'engage pas l'entreprise.",
    },
    detection: 'partial',
    messages: {
      speaksForCompany: {
        text: {
          en: '"{term}": from a personal account, this speaks for the company or commits it. People will hold the company to it, and it is not yours to promise.',
          fr: '« {term} » : depuis un compte personnel, cela parle au nom de l’entreprise ou l’engage. On tiendra l’entreprise à cette parole, et ce n’est pas à vous de la donner.',
        },
        fix: {
          en: 'Speak for yourself only: point to the official account or support for anything about refunds, prices or policy.',
          fr: 'Ne parlez qu’en votre nom : pour tout ce qui touche aux remboursements, aux prix ou aux règles, renvoyez vers le compte officiel ou le service client.',
        },
      },
    },
  },
  lexicons: [ROLE, SELF_ID, ROLE_AT, OFFICIAL, SPEAKS_AS, DISCLAIM, COMMIT, YOU_WILL_GET, BENEFIT],
  create(ctx) {
    if (ctx.context.account !== 'personal') return;
    const draft = ctx.draft;
    const live = (hits: Hit[]) => hits.filter((h) => !negatedHere(draft, h));
    const opensSentence = (h: Hit) => draft.sentenceAt(h.start)?.from === h.from;
    // "— nuvola employee", "Valmont sales rep": a job title right after the brand's name, in any case.
    const names = new Set((ctx.profile ? [ctx.profile.brand, ...ctx.profile.aliases] : []).map((n) => n.toLowerCase()));
    const brandRole = draft.find(ROLE).filter((r) => {
      const prev = draft.tokens[r.from - 1];
      return prev !== undefined && prev.kind === 'word' && names.has(prev.raw.toLowerCase());
    });
    const self = [...live(draft.find(SELF_ID)), ...draft.find(ROLE_AT).filter(opensSentence), ...brandRole];
    const official = live(draft.find(OFFICIAL));
    const commit = [...live(draft.find(COMMIT)), ...promises(draft)];
    // "On behalf of Nuvola", « au nom de toute l'équipe »: speaking as the company is two signals at once.
    const brand = new Set((ctx.profile ? draft.profileTerms('brand') : []).map((b) => b.from));
    const speaksAs = draft.has(SPEAKS_AS) || official.some((o) => brand.has(o.to) || brand.has(o.to + 1) || brand.has(o.to + 2));
    let signals = (self.length ? 1 : 0) + (official.length ? 1 : 0) + (commit.length ? 1 : 0) + (speaksAs ? 1 : 0);
    if (draft.has(DISCLAIM)) signals--;
    if (signals < 2) return;
    // Point at the words that speak for the company, not at the job title.
    const target = official[0] ?? commit[0] ?? self[0]!;
    reportAt(ctx, target, 'speaksForCompany', 'warn');
  },
});
