// Practice 18: Disclose your relationships / Afficher ses liens.
// On a personal account (an employee's, a contractor's or a paid partner's), flags: referral and affiliate
// links ("nuvola.com/r/mkhan", "?ref=", « lien de parrainage »), personal discount codes ("code LEA15",
// "Use BRISA-SOPHIE20 for 20% off"), gifted or sponsored wording ("they sent me", « offert par »), and
// plain endorsements of the brand ("game-changer", « testez, vous verrez ») — unless the post says who
// the person works for or is paid by (#ad, #sponsorisé, "I work at Brisa", « je bosse chez »,
// "disclaimer", « en toute transparence »). The brand's own account needs no such disclosure.
import { definePractice, type RuleContext } from '../practice';
import { defineLexicon, type Hit } from '../text/phrases';
import { negated } from '../helpers';
import type { TextView } from '../analysis';
import { fold } from '../text/fold';

/** Saying who you work for or who pays you. */
const DISCLOSURE = defineLexicon('p18.disclosure', {
  any: ['#ad', '#ads', '#advert', '#advertisement', '#sponsored', '#sponsor', '#sponsorisé', '#sponsorise', '#pub', '#publicité', '#publicite', '#partenariat', '#partenariatrémunéré', '#paidpartnership', '#paid', '#partner', '#brandpartner', '#ambassador', '#brandambassador', '#ambassadeur', '#ambassadrice', '#employee', '#salarié', '#iworkhere', '#gifted', '#giftedby', '#produitoffert', '#collabcommerciale', '#affiliate', '#affiliation', '#affilié'],
  en: [
    'i work at', 'i work for', 'i work with', 'i work in', 'i work on', 'working at', 'working for', 'i\'m working at', 'worked at', 'work at',
    'employee of', 'employee at', "i'm an employee", 'i am an employee', 'as an employee', 'my employer', 'my company', 'my team at',
    'my colleagues', 'my coworkers', 'my co-workers', 'our team', 'the team i work with', 'we at', 'we built', 'we launched', 'we made',
    'we designed', 'we shipped', 'we released', 'we just launched', 'we just released', 'we\'ve built', 'we\'re hiring', 'join us',
    'join our team', 'disclaimer', 'disclosure', 'full disclosure', 'in full transparency', 'transparency', 'paid partnership',
    'paid partner', 'sponsored by', 'sponsored post', 'this is an ad', 'ad:', 'affiliate link', 'affiliate links', 'i earn a commission',
    'i get a commission', 'i get a small commission', 'i get a kickback', 'i may earn', 'i earn from', 'commission', "i'm an ambassador",
    'brand ambassador', 'ambassador for', 'an ambassador', 'partner of', "i'm a partner", 'i am a partner', 'paid by', 'they pay me',
    'they paid me', "i'm biased", 'i am biased', 'obviously biased', 'bias alert', 'biased opinion', 'slightly biased', 'i joined',
    "i've joined", 'just joined', 'intern at', 'engineer at', 'designer at', 'mechanic at', 'manager at', 'lead at', 'developer at',
    'dev at', 'head of', 'founder of', 'co-founder of', 'cofounder of', 'ceo of', 'ceo at', 'founder', 'co-founder', 'cofounder',
    'work there', 'worked there', 'i\'m on the team', 'part of the team', 'on the team at', 'my day job', 'day job', 'my job at',
    'conflict of interest', 'not impartial', 'not objective', 'partnered with', 'in partnership with', 'paid collab', 'paid collaboration',
    '(excited|thrilled|happy|proud|delighted|glad) to (join|be joining)', 'to join the team', 'joined the team', 'first day at', 'first week at', 'first month at', 'new job', 'new role', 'new position', 'starting at', "i'm joining", 'joining',
    'years at', 'year at', 'months at', 'my shift', 'on shift', 'at work today', 'my workplace', 'our office', 'our workshop', 'our shop',
    'this team', 'love my team', 'team day', 'team party', 'away day', 'offsite', 'off-site', 'company party', 'summer party', 'christmas party',
    'work party', 'the office', 'my manager', 'my boss', "i'm on the * team", "i'm on the (support|sales|infra|product|dev|engineering|design|marketing|data|security|ops|customer) team", 'on the (support|sales|infra|product|dev|engineering|design|marketing|data|security|ops) team at',
    '(rep|engineer|developer|designer|dev|manager|intern|employee|staffer|support agent|agent) (at|from) * here',
    '(salesperson|sales rep|account manager|account executive|consultant|product manager|product owner|pm|analyst|nurse|pilot|baker|cashier|barista|recruiter|community manager|marketer|copywriter|sre|devops|qa|tester) (at|for)',
  ],
  fr: [
    'je bosse chez', 'je bosse pour', 'je bosse avec', 'je bosse à', "j'y bosse", "j'y travaille", 'je travaille chez', 'je travaille pour',
    'je travaille avec', 'je travaille à', 'je suis salarié', 'je suis salariée', 'salarié de', 'salariée de', 'salarié chez',
    'salariée chez', 'employé de', 'employée de', 'employé chez', 'employée chez', 'mon employeur', 'ma boîte', 'ma boite', 'mon équipe',
    'mes collègues', 'notre équipe', "l'équipe produit", 'je fais partie de', 'fais partie de l\'équipe', 'on recrute', 'nous recrutons',
    'rejoignez-nous', 'rejoignez nous', 'disclaimer', 'transparence', 'en toute transparence', 'partenariat rémunéré', 'sponsorisé par',
    'post sponsorisé', 'publicité', 'collaboration commerciale', 'lien affilié', 'liens affiliés', "lien d'affiliation", "liens d'affiliation",
    'je touche une commission', 'je touche une com', 'commission', 'ambassadeur', 'ambassadrice', 'partenaire de', 'je suis partenaire',
    'payé par', 'payée par', 'rémunéré par', 'rémunérée par', 'je suis rémunéré', 'je suis rémunérée', 'je ne suis pas objectif',
    'je ne suis pas objective', 'je suis pas objectif', 'je suis pas objective', 'pas objectif', 'pas objective', 'pas impartial',
    'je prêche pour ma paroisse', 'prêcher pour ma paroisse', "conflit d'intérêts", "conflit d'intérêt", "j'ai rejoint", 'stagiaire chez',
    'alternant chez', 'alternante chez', 'mécano chez', 'technicien chez', 'technicienne chez', 'ingénieur chez', 'ingénieure chez',
    'en tant que salarié', 'en tant que salariée', 'fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'co-fondateur',
    'co-fondatrice', 'mon taf', 'mon boulot', 'mon job', 'en partenariat avec', 'partenariat avec', 'collab rémunérée', 'je suis de la maison',
    'on a lancé', 'nous avons lancé', 'on a conçu', 'nous avons conçu', 'on a sorti', 'premier jour chez', 'première semaine chez',
    'premier mois chez', 'nouveau job', 'nouveau poste', 'mon nouveau poste', 'je commence chez', "j'ai commencé chez", 'je rejoins',
    'rejoins', "rejoindre l'équipe", 'rejoindre les équipes', "intégrer l'équipe", "j'intègre", "je viens d'intégrer", '(ravi|ravie|heureux|heureuse|fier|fière|content|contente|hâte) de rejoindre', 'ans chez', 'an chez', 'mois chez', 'notre atelier', 'notre boutique', 'nos bureaux', 'au boulot', 'au taf', 'cette équipe',
    "soirée d'équipe", 'séminaire', 'afterwork', 'pot de départ', 'les collègues', 'mon chef', 'ma cheffe', 'mon manager', 'mon boss',
    // A job title and the company: « dev chez Nuvola ici », « commerciale chez X depuis 3 ans ».
    '(dev|développeur|développeuse|commercial|commerciale|vendeur|vendeuse|conseiller|conseillère|consultant|consultante|designer|graphiste|chef de projet|cheffe de projet|product manager|product owner|responsable|directeur|directrice|manager|ingé|ingénieur|ingénieure|boulanger|boulangère|infirmier|infirmière|pharmacien|pharmacienne|agent|agente|caissier|caissière|serveur|serveuse|comptable|juriste|chargé de clientèle|chargée de clientèle|community manager|cm|support) chez',
    'chez * ici', 'chez * depuis',
    '(je bosse|je travaille|je suis) (au|à la|dans le|dans la|dans l\'équipe) (service|support|sav|pôle|équipe|team|département|direction)', 'je bosse au', 'je bosse dans', 'je travaille au', 'je travaille dans', "je suis dans l'équipe", 'je fais partie du',
  ],
});

/** The post replied to already says you work there: "so, how's your first month at Nuvola?". */
const PARENT_KNOWS = defineLexicon('p18.parent-knows', {
  en: ['are you (a|an|the) * (at|for|with)', 'are you (at|with|working at|working for)', 'do you work (at|for|there)', 'you work there', '(your|ur) (first|1st) (day|week|month|year) at', '(your|ur) new (job|role|position|team|employer) at', 'you work (at|for)', "you're (at|with|working at|working for)", 'how is * treating you', 'since you joined'],
  fr: ["(t'es|tu es|vous êtes|t'étais|tu étais) (un|une|) * chez", "(t'es|tu es|vous êtes) chez", '(tu bosses|vous bossez|tu travailles|vous travaillez) (là-bas|chez eux)', '(ce|ton|votre|ta|cette|ce) (premier|première|1er) (jour|semaine|mois|année) chez', '(ton|votre) (nouveau|nouvelle) (job|poste|boulot|taf|équipe) chez', '(tu bosses|tu travailles|vous travaillez|vous bossez) (chez|pour)', 'depuis que tu as rejoint', 'depuis que vous avez rejoint', 'depuis ton arrivée chez'],
});

/** Egging on rather than praising: "vas-y", "go for it". Praise only when the brand is named in the draft itself. */
const WEAK_ENDORSE = /^(vas y|allez y|fonce|foncez|go for it|go get|valide|je valide|top|try it|testez|essayez)$/;

/** Referral and affiliate wording. */
const REFERRAL = defineLexicon('p18.referral', {
  en: ['my link', 'use my link', 'via my link', 'with my link', 'referral link', 'referral code', 'my referral', 'refer a friend', 'my code', 'use my code', 'with my code', 'link in my bio', 'link in bio', 'link in my profile', 'link in profile', 'free month with', 'gets you a free', 'get a free month', 'get you a free'],
  fr: ['mon lien', 'via mon lien', 'avec mon lien', 'lien de parrainage', 'code parrain', 'code de parrainage', 'parrainage', 'mon code', 'avec mon code', 'lien en bio', 'lien dans ma bio', 'lien dans mon profil', 'mois offert avec', 'de ma part'],
});

/** Words that introduce a discount code. */
const CODE_INTRO = defineLexicon('p18.code-intro', {
  en: ['code', 'promo code', 'discount code', 'coupon', 'coupon code', 'voucher', 'voucher code', 'use', 'enter', 'with'],
  fr: ['code', 'code promo', 'code réduc', 'code de réduction', 'code remise', 'utilise', 'utilisez', 'avec', 'avec le code', 'entrez', 'tape', 'tapez'],
});

/** A discount: what makes an uppercase word a code. */
const DISCOUNT = defineLexicon('p18.discount', {
  en: ['off', 'discount', 'free month', 'free first month', 'first month free', 'free delivery', 'free shipping', 'free trial', 'gets you', 'saves you', 'save'],
  fr: ['réduction', 'remise', 'de réduc', 'mois offert', 'premier mois offert', 'livraison offerte', 'offert', 'offerte', 'économisez', 'profitez', 'rabais'],
});

/** Gifted and sponsored wording. */
const GIFTED = defineLexicon('p18.gifted', {
  en: ['for the invite', 'for inviting me', 'invited me', 'collab with', 'in collaboration with', 'gifted', 'was gifted', 'got gifted', 'they sent me', 'sent me this', 'sent me a', 'sent me one', 'sent over', 'kindly sent', 'got this for free', 'got it for free', 'received this', 'for free from', 'pr package', 'pr box', 'pr kit', 'press kit', 'for sending', 'for this beauty', 'for gifting', 'on the house', 'lent me', 'loaned me', 'let me test', 'let me try', 'to test for', 'for the loan', 'courtesy of'],
  fr: ["m'avoir invité", "m'avoir invitée", "pour l'invitation", 'en collaboration avec', 'collab avec', 'offert par', 'offerte par', 'offerts par', 'reçu gratuitement', "on m'a offert", "ils m'ont offert", "m'ont offert", "m'a offert", "ils m'ont envoyé", "m'ont envoyé", "m'a envoyé", 'colis presse', 'en cadeau', 'cadeau de', "m'ont prêté", "m'a prêté", 'prêté par', 'prêt de', 'pour tester', 'pour le tester', 'en test', 'pour ce cadeau', "m'avoir envoyé", "de m'avoir offert", 'pour l\'envoi'],
});

/** Recommending or praising. */
const ENDORSE = defineLexicon('p18.endorse', {
  en: [
    'love', 'loving', 'loved', 'obsessed', 'game changer', 'game-changer', 'gamechanger', 'best', 'amazing', 'awesome', 'incredible',
    'impressed', 'recommend', 'highly recommend', 'recommended', 'must-have', 'must have', 'try it', 'try them', 'give it a try',
    'give them a try', 'check it out', 'check them out', 'go get', 'grab one', 'grab yours', "won't regret", 'cannot recommend',
    "can't recommend", 'life-changing', 'life changing', 'changed my life', 'switched to', 'never going back', 'worth every penny',
    'worth it', 'hands down', 'go for it', 'the way to go', 'favourite', 'favorite', 'fave', 'blown away', 'so good', 'really good',
    'super happy', 'so happy with', 'brilliant', 'fantastic', 'top notch', 'top-notch', '10/10', 'five stars', 'no regrets',
    'treat yourself', "don't hesitate", 'no contest', 'smoothest', 'cosiest', 'coziest', 'gorgeous', 'stunning',
    'nothing beats', 'beats everything', 'can\'t live without', 'couldn\'t be happier', 'seriously impressed', 'big fan', 'huge fan',
    'a joy', 'pure joy', 'solid choice', 'great choice', 'you won\'t be disappointed', 'do yourself a favour',
    'do yourself a favor', 'best purchase', 'best decision', 'thank me later', 'a dream', 'give them a go', 'give it a go', "you'll thank me",
    'money well spent', 'best money', 'smartest money', 'smartest thing', 'never looked back', 'lifesaver', 'life saver', 'can honestly say',
    'great', 'been great', 'great results', 'so great', 'painless', 'rock solid', 'rock-solid', 'flawless', 'works like a charm',
    'most reliable', 'nothing comes close', 'nothing else comes close', 'not even close', 'saved my (life|bacon|skin|business|job|day)', 'never let me down', 'never lets me down', 'you need this',
  ],
  fr: [
    'top', 'au top', 'génial', 'géniale', 'trop bien', 'je recommande', 'je conseille', 'recommande', 'conseille', 'testez', 'essayez',
    'foncez', 'fonce', 'allez-y', 'vas-y', 'vous verrez', 'tu verras', 'coup de cœur', "j'adore", 'adore', 'bluffé', 'bluffée',
    'incroyable', 'le meilleur', 'la meilleure', 'les meilleurs', 'indispensable', 'changé ma vie', 'change la vie', 'dors tranquille',
    'dors enfin', '#bonplan', 'bon plan', 'pépite', 'kiffe', 'je kiffe', 'vraiment bien', 'franchement bien', 'rien à redire', 'jamais sans',
    'aucun regret', 'je regrette pas', 'je ne regrette pas', 'parfait', 'parfaite', 'excellent', 'excellente', 'hyper content',
    'hyper contente', 'trop content', 'trop contente', 'ravi', 'ravie', 'sans hésiter', "n'hésitez pas", 'hésitez pas', 'hésite pas',
    'que du bonheur', 'au poil', 'nickel', 'une tuerie', 'dingue', 'validé', 'je valide', '10/10', 'franchement top', 'passé sur',
    'passée sur', 'passez sur', 'adopté', 'adoptée', 'adoptez', 'impeccable', 'le top', 'ne le regretterez pas', 'regretterez pas',
    'regretteras pas', 'vaut le coup', 'vaut vraiment le coup', 'moment préféré', 'préféré', 'préférée', 'fan de', 'conquis', 'conquise',
    'meilleur achat', 'meilleure décision', 'meilleur choix', 'le meilleur choix', 'vous me remercierez', 'tu me remercieras', 'argent bien dépensé', 'le pied', 'un régal', 'que du bon', 'mon chouchou', 'ma chouchoute',
    'super bien', 'que du positif', 'très content', 'très contente', 'zéro souci', 'aucun souci avec', 'sans aucun souci', 'un bonheur',
    'le plus fiable', 'la plus fiable', 'de plus fiable', 'sauvé la mise', "m'a sauvé la vie", 'jamais déçu', 'jamais déçue', "ne m'a jamais lâché", "m'a jamais lâché", 'rien ne vaut', 'imbattable',
  ],
});

/** Referral paths and parameters in a link: /r/name, ?ref=, aff=, invite codes. */
const REFERRAL_URL = /(?:\/(?:r|ref|refer|referral|invite|i|aff|affiliate|parrain|parrainage|partner|go)\/[\w-]{2,40}|[?&](?:ref|referral|refcode|aff|aff_id|affiliate|affid|tag|via|invite|code|promo|coupon|partner|utm_source=(?:affiliate|partner|influencer|ambassador)))/i;
const AFFILIATE_HOSTS = /(?:^|\/\/|\.)(?:amzn\.to|amzn\.eu|rstyle\.me|shareasale\.com|awin1\.com|go\.skimresources\.com|click\.linksynergy\.com|tidd\.ly|howl\.me|shopmy\.us|ltk\.app|liketoknow\.it)/i;

export default definePractice({
  meta: {
    number: 18,
    slug: 'disclose-relationships',
    title: { en: "Disclose your relationships", fr: "Afficher ses liens" },
    statement: {
      en: "Be clear about your relationships, whom you represent and your intentions: say when you work for, are paid by or were gifted by a brand.",
      fr: "Affichez vos liens, ce que vous représentez, qui vous représentez et vos intentions : dites quand vous travaillez pour une marque, êtes payé par elle ou avez reçu un cadeau.",
    },
    detection: 'auto',
    messages: {
      referral: {
        text: {
          en: '"{term}" is a referral or affiliate link: you benefit when people use it, and readers must be told.',
          fr: '« {term} » est un lien de parrainage ou d’affiliation : vous y gagnez quand on l’utilise, et vos lecteurs doivent le savoir.',
        },
        fix: {
          en: 'Say so plainly: add #ad or "affiliate link", or "I work at {brand}".',
          fr: 'Dites-le clairement : ajoutez #pub ou « lien affilié », ou « je travaille chez {brand} ».',
        },
      },
      code: {
        text: {
          en: '"{term}" is a personal discount code. Promoting it without saying you are paid or employed is hidden advertising.',
          fr: '« {term} » est un code promo personnel. Le promouvoir sans dire que vous êtes payé ou salarié, c’est de la publicité déguisée.',
        },
        fix: {
          en: 'Add #ad (or #sponsored) at the start, or say "I work at {brand}".',
          fr: 'Ajoutez #sponsorisé (ou #pub) en début de post, ou précisez « je bosse chez {brand} ».',
        },
      },
      gifted: {
        text: {
          en: '"{term}": you received this from the brand. Readers should know before they read your opinion.',
          fr: '« {term} » : vous avez reçu ce produit de la marque. Vos lecteurs doivent le savoir avant de lire votre avis.',
        },
        fix: {
          en: 'Add #gifted or #ad at the start of the post.',
          fr: 'Ajoutez « produit offert » ou #sponsorisé en début de post.',
        },
      },
      endorsement: {
        text: {
          en: '"{term}" praises {brand} from your own account without saying you work for (or with) it. Undisclosed endorsements mislead people, and are against advertising rules.',
          fr: '« {term} » fait l’éloge de {brand} depuis votre compte perso sans dire que vous y travaillez (ou êtes lié). Une recommandation sans transparence trompe les gens, et enfreint les règles de la publicité.',
        },
        fix: {
          en: 'Say it upfront: "I work at {brand}" or "#ad", then share your honest opinion.',
          fr: 'Dites-le d’entrée : « je bosse chez {brand} » ou #pub, puis donnez votre avis sincère.',
        },
      },
    },
  },
  lexicons: [DISCLOSURE, REFERRAL, CODE_INTRO, DISCOUNT, GIFTED, ENDORSE, PARENT_KNOWS],
  create(ctx) {
    if (ctx.context.account !== 'personal') return;
    const d = ctx.draft;
    if (d.find(DISCLOSURE).length > 0 || startsWithAd(d)) return;
    if (ctx.parent && ctx.context.kind === 'reply' && ctx.parent.find(PARENT_KNOWS).length > 0) return;
    const brand = brandName(ctx);
    const data = { brand };

    // 1. Referral and affiliate links (short affiliate hosts such as amzn.to are not always tokenized as links).
    for (const t of d.tokens) {
      if (t.kind === 'url' && (REFERRAL_URL.test(t.raw) || AFFILIATE_HOSTS.test(t.raw))) {
        ctx.report({ messageId: 'referral', severity: 'warn', start: t.start, end: t.end, data: { term: t.raw, ...data } });
        return;
      }
    }
    const affiliate = affiliateChunk(d.text);
    if (affiliate) {
      ctx.report({ messageId: 'referral', severity: 'warn', start: affiliate[0], end: affiliate[1], data: { term: d.text.slice(affiliate[0], affiliate[1]), ...data } });
      return;
    }
    // 2. Discount codes.
    const code = findCode(d);
    if (code) {
      ctx.report({ messageId: 'code', severity: 'warn', start: code.start, end: code.end, data: { term: d.text.slice(code.start, code.end), ...data } });
      return;
    }
    const referral = d.find(REFERRAL)[0];
    const endorse = d.find(ENDORSE).filter((h) => !negated(d, h, 2) && !idiom(d, h));
    const mentioned = mentionsBrand(ctx);
    if (referral && (mentioned || endorse.length > 0 || d.stats.urls > 0)) {
      report(ctx, referral, 'referral', data);
      return;
    }
    // 3. Gifted or lent products.
    const gifted = d.find(GIFTED)[0];
    if (gifted && (mentioned || endorse.length > 0)) {
      report(ctx, gifted, 'gifted', data);
      return;
    }
    // 4. Praise for the brand (named here, or in the post replied to).
    // Egging on ("vas-y", "go for it") praises only a brand named in the draft, not one named in the post replied to.
    const inDraft = endorse.length > 0 && brandInDraft(ctx);
    const praise = endorse.find((h) => inDraft || !WEAK_ENDORSE.test(d.tokens.slice(h.from, h.to).filter((t) => t.kind === 'word').map((t) => t.forms[0]).join(' ')));
    if (mentioned && praise) {
      report(ctx, praise, 'endorsement', data);
    }
  },
});

/** A whitespace-delimited chunk on a known affiliate host ("amzn.to/3xY"), scanned once, each chunk bounded. */
function affiliateChunk(text: string): [number, number] | null {
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && /\s/.test(text[i]!)) i++;
    const start = i;
    while (i < n && !/\s/.test(text[i]!)) i++;
    if (i - start >= 8 && i - start <= 300) {
      const chunk = text.slice(start, i);
      if (chunk.includes('.') && AFFILIATE_HOSTS.test(chunk)) return [start, i];
    }
  }
  return null;
}

function report(ctx: RuleContext, hit: Hit, id: string, data: Record<string, string>): void {
  ctx.report({ messageId: id, severity: 'warn', start: hit.start, end: hit.end, data: { term: ctx.draft.text.slice(hit.start, hit.end), ...data } });
}

/** Praise words in set phrases: "best of luck", "all the best", « top départ », "top 10". */
function idiom(d: TextView, h: Hit): boolean {
  const word = d.tokens[h.from]!.forms[0]!;
  if (h.to - h.from !== 1) return false;
  const next = d.tokens[h.to];
  const prev = d.tokens[h.from - 1];
  const nextWord = next && next.kind === 'word' ? next.forms[0]! : '';
  if (word === 'best') return /^(of|wishes|regards|luck|friend|friends|practice|practices|way|part)$/.test(nextWord) || (!!prev && /^(the|my|our|your|their|its)$/.test(prev.forms[0]!) && /^(of|wishes)$/.test(nextWord)) || (!!prev && prev.forms[0] === 'all');
  if (word === 'top') return /^(depart|\d+|of|du|des|de|la|le|les|chrono)$/.test(nextWord);
  if (word === 'great') return /^(to|question|questions|talk|talks|meeting|news|day|job|work|event|chat|session|read|point|points|catching|seeing|meeting|thread|post|panel|webinar)$/.test(nextWord);
  if (word === 'love') return /^(to|you|u|ya|it when|this community)$/.test(nextWord);
  return false;
}

/** "Ad:" or "AD |" opening the post. */
function startsWithAd(d: TextView): boolean {
  const first = d.tokens[0];
  const second = d.tokens[1];
  return !!first && first.kind === 'word' && /^(ad|pub|sponsored|sponsorisé|annonce)$/i.test(first.raw) && !!second && second.kind === 'punct' && /^[:|\-–—]$/.test(second.raw);
}

function brandName(ctx: RuleContext): string {
  return ctx.profile?.brand ?? ((ctx.context.locale ?? ctx.lang) === 'fr' ? 'la marque' : 'the brand');
}

/** Compact brand names ("brisa", "brisabikes") for links, handles and hashtags. */
function compactNames(ctx: RuleContext): string[] {
  const p = ctx.profile;
  if (!p) return [];
  return [p.brand, ...p.aliases].map((n) => fold(n).replace(/[^a-z0-9]/g, '')).filter((n) => n.length >= 3);
}

/** The brand named in the draft itself (name, @handle, #hashtag, link). */
function brandInDraft(ctx: RuleContext): boolean {
  const d = ctx.draft;
  if (d.profileTerms('brand').length > 0) return true;
  const names = compactNames(ctx);
  return d.tokens.some((t) => (t.kind === 'url' || t.kind === 'mention' || t.kind === 'hashtag') && names.some((n) => fold(t.raw).replace(/[^a-z0-9]/g, '').includes(n)));
}

/** The brand named in the draft (name, @handle, #hashtag, link), or in the post replied to. */
function mentionsBrand(ctx: RuleContext): boolean {
  const d = ctx.draft;
  if (d.profileTerms('brand').length > 0) return true;
  const names = compactNames(ctx);
  if (names.length === 0) return false;
  const inTokens = (v: TextView) =>
    v.tokens.some((t) => (t.kind === 'url' || t.kind === 'mention' || t.kind === 'hashtag') && names.some((n) => fold(t.raw).replace(/[^a-z0-9]/g, '').includes(n)));
  if (inTokens(d)) return true;
  const p = ctx.parent;
  if (p && ctx.context.kind === 'reply' && (p.profileTerms('brand').length > 0 || inTokens(p))) return true;
  return false;
}

const CODE_SHAPE = /^[A-Za-z0-9][A-Za-z0-9_-]{3,29}$/;

/** An uppercase code after "code" / "use" / « avec le code », or anywhere in a sentence that offers a discount. */
function findCode(d: TextView): { start: number; end: number } | null {
  const discount = d.find(DISCOUNT);
  const intros = d.find(CODE_INTRO);
  const text = d.text;
  const chunkAt = (pos: number): [number, number] | null => {
    let s = pos;
    while (s < text.length && (text[s] === ' ' || text[s] === ':' || text[s] === '\u00a0' || text[s] === '«' || text[s] === '"')) s++;
    let e = s;
    while (e < text.length && e - s < 40 && !/[\s,;!?»"()]/.test(text[e]!)) e++;
    while (e > s && /[.:]/.test(text[e - 1]!)) e--;
    return e > s ? [s, e] : null;
  };
  const codeLike = (w: string, strict: boolean) => {
    if (!CODE_SHAPE.test(w)) return false;
    const upper = (w.match(/[A-Z]/g) ?? []).length;
    const lower = (w.match(/[a-z]/g) ?? []).length;
    const digits = (w.match(/\d/g) ?? []).length;
    if (upper < 3) return false;
    if (strict) return digits > 0 && upper >= 3 && lower <= 1;
    return lower <= 2 && (digits > 0 || upper >= 4);
  };
  for (const h of intros) {
    const word = fold(text.slice(h.start, h.end));
    const c = chunkAt(h.end);
    if (!c) continue;
    const w = text.slice(c[0], c[1]);
    const isCodeWord = /code|coupon|voucher/.test(word);
    // "use"/"avec" only introduce a code when the sentence offers a discount.
    if (!isCodeWord && !discount.some((x) => d.sentenceAt(x.start) === d.sentenceAt(h.start))) continue;
    if (codeLike(w, false) && !/^(HTTP|HTTPS|WWW)/.test(w)) return { start: c[0], end: c[1] };
    // "code: lea15" after an explicit "code" in a post that offers a discount: lower case still counts.
    if (isCodeWord && discount.length > 0 && /^[a-z][a-z0-9_-]{2,19}\d$/i.test(w) && /[a-z]{3}/i.test(w)) return { start: c[0], end: c[1] };
  }
  // A code on its own in a sentence with a discount: "-10 % avec EMBRUNS10".
  for (const s of d.sentences) {
    if (!discount.some((x) => x.start >= s.start && x.start < s.end) && !/%/.test(text.slice(s.start, s.end))) continue;
    for (let k = s.from; k < s.to; k++) {
      const t = d.tokens[k]!;
      if (t.kind !== 'word') continue;
      const c = chunkAt(t.start);
      if (c && codeLike(text.slice(c[0], c[1]), true)) return { start: c[0], end: c[1] };
    }
  }
  return null;
}
