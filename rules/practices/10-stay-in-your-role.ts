// Practice 10: Represent only who you should / Ne représenter que ce que l'on doit.
// On a personal account (an employee's, a contractor's), flags speaking for the company: two of three signals,
// - saying one works there ("I'm a mechanic at Brisa", « je bosse chez eux », "Engineer at Linko here"),
// - speaking officially ("officially", "on behalf of", « au nom de », « je vous confirme »),
// - committing the company (a refund, a free replacement, a price, a policy: "you have my word",
//   « je m'engage », « c'est la politique de la boîte »).
// Saying where one works, or giving a personal opinion, is fine; so is declining to promise.
import { definePractice } from '../practice';
import { defineLexicon, type Hit } from '../text/phrases';
import { reportAt } from '../helpers';
import type { TextView } from '../analysis';

const ROLES_EN = '(engineer|mechanic|technician|tech|developer|dev|designer|manager|employee|intern|staff member|support agent|agent|cashier|baker|driver|nurse|analyst|lead|salesperson|rep|barista|accountant|consultant|product manager|engineering manager|workshop lead|store manager|shop manager)';
const ROLES_FR = '(technicien|technicienne|mécano|mécanicien|mécanicienne|vendeur|vendeuse|salarié|salariée|employé|employée|ingénieur|ingénieure|dev|développeur|développeuse|stagiaire|conseiller|conseillère|manager|responsable|chef|commercial|commerciale|caissier|caissière|boulanger|boulangère|livreur|livreuse|chauffeur|cadre|comptable|chargé|chargée|membre)';

/** Saying one works for the company. */
const SELF_ID = defineLexicon('p10.self-id', {
  en: [
    'i work at', 'i work for', 'i work in the', 'i work on the', 'i work there', 'i work with them', "i'm on the * team", 'i am on the * team',
    "i'm in the * team", "i'm in the * * team", "i'm on the * * team", 'i am in the * team', `i'm (a|an|the) ${ROLES_EN} (at|for|in)`, `i'm (a|an|the) * ${ROLES_EN} (at|for|in)`, `i am (a|an|the) ${ROLES_EN} (at|for|in)`,
    `as (a|an|the) ${ROLES_EN} at`, `as (a|an|the) * ${ROLES_EN} at`, `as ${ROLES_EN} at`, `as * ${ROLES_EN} at`, `${ROLES_EN} at * here`,
    `${ROLES_EN} here`, 'employee here', 'staff here', 'insider here', 'speaking as an employee', 'as an employee', 'as a staff member',
    'from the inside',
  ],
  fr: [
    'je travaille chez', 'je travaille à', 'je travaille au', 'je travaille dans', 'je travaille pour', 'je bosse chez', 'je bosse à',
    'je bosse au', 'je bosse dans', 'je bosse pour', "j'bosse", 'je bosse là-bas', "j'y bosse", "j'y travaille", 'je fais partie de',
    `je suis ${ROLES_FR} (chez|à|au|là-bas|dans|pour)`, `je suis * ${ROLES_FR} (chez|à|au|là-bas|dans|pour)`, `en tant que ${ROLES_FR}`,
    `en tant qu' ${ROLES_FR}`, `${ROLES_FR} chez * ici`, `${ROLES_FR} ici`, 'en interne', "de l'intérieur", "je suis dans l'équipe", 'je suis chez', "je suis à l'atelier",
  ],
});

/** Speaking officially, for the company. */
const OFFICIAL = defineLexicon('p10.official', {
  en: [
    'officially', 'official answer', 'official statement', 'official position', 'official word', 'on behalf of', 'speaking for',
    'i speak for', 'in the name of', 'i can confirm', 'i confirm', 'i can tell you officially', 'i can tell you', 'it is confirmed', "it's confirmed",
  ],
  fr: [
    'officiellement', 'réponse officielle', 'position officielle', 'au nom de', 'je parle au nom', 'je vous confirme', 'je vous le confirme',
    'je te confirme', 'je te le confirme', 'je confirme', 'je peux vous confirmer', 'je peux confirmer', "c'est officiel",
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
    'refund has been approved', "you'll have it", "we'll cover", 'we will cover', 'will cover the',
  ],
  fr: [
    "je m'engage", 'je vous garantis', 'je te garantis', 'je vous promets', 'je te promets', 'vous avez ma parole', 'tu as ma parole',
    "c'est la politique de", 'la politique de la boîte', 'la direction remboursera', 'la direction va', "l'entreprise va", 'la boîte va',
    'remboursera', 'rembourseront', 'sera remboursé*', 'seront remboursé*', "bon d'achat", 'mois offert*', 'sans supplément',
    'de ma part', 'restera gratuit*', 'vous serez remboursé*', 'tu seras remboursé*', 'un geste commercial', 'on vous remplace',
    'on te remplace', 'on vous rembourse', 'on te rembourse',
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
  lexicons: [SELF_ID, OFFICIAL, COMMIT],
  create(ctx) {
    if (ctx.context.account !== 'personal') return;
    const draft = ctx.draft;
    const live = (hits: Hit[]) => hits.filter((h) => !negatedHere(draft, h));
    const self = live(draft.find(SELF_ID));
    const official = live(draft.find(OFFICIAL));
    const commit = live(draft.find(COMMIT));
    const signals = (self.length ? 1 : 0) + (official.length ? 1 : 0) + (commit.length ? 1 : 0);
    if (signals < 2) return;
    // Point at the words that speak for the company, not at the job title.
    const target = official[0] ?? commit[0] ?? self[0]!;
    reportAt(ctx, target, 'speaksForCompany', 'warn');
  },
});
