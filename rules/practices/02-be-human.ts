// Practice 2: Be a person, not a script / Être une personne, pas un script.
// Flags a brand reply made only of stock customer-service lines ("Thank you for contacting us. A member
// of our team will be in touch shortly.") to someone who wrote something specific. A reply that opens with
// a stock line and then actually answers ("Thanks for getting in touch, Sam! E07 is the speed sensor…")
// is fine: each sentence is classed as scripted, neutral (a greeting, a name, an emoji) or real content,
// and the draft is flagged only when no sentence carries real content.
import { definePractice } from '../practice';
import { reportAt } from '../helpers';
import { defineLexicon, type Hit } from '../text/phrases';
import type { Sentence, TextView } from '../analysis';
import { fold } from '../text/fold';

/** Lines that mark a script: they could be pasted under any message. */
const SCRIPT = defineLexicon('p02.script', {
  en: [
    'thank you for contacting', 'thanks for contacting', 'thank you for reaching out', 'thanks for reaching out',
    'your feedback is important to us', 'your feedback is valuable', 'your call is important to us',
    'your satisfaction is (our|important)', 'we value your feedback', 'we appreciate your feedback',
    'we appreciate your comments', 'thank you for your feedback', 'thank you for your comments',
    'a member of our team will', 'one of our team will', 'one of our advisors will', 'an advisor will',
    'someone from our team will', 'will be in touch shortly', 'will be in touch soon', 'will get back to you shortly',
    'will get back to you as soon as possible', 'forwarded to the relevant', 'passed on to the relevant',
    'the relevant department', 'the relevant team', 'the appropriate team', 'the appropriate department',
    'thanks for your interest in', 'thank you for your interest in', 'our team is always happy to help',
    'always happy to help', 'sorry for any inconvenience', 'sorry for the inconvenience', 'for any inconvenience',
    'apologise for any inconvenience', 'apologize for any inconvenience', 'inconvenience this may have caused',
    'if you need (any|) (further|) assistance', 'for (further|) assistance', 'let us know if you need assistance',
    'visit our website', 'check out our website', 'consult our website', 'our faq', 'to discuss any concerns',
    'review your account with you', 'we take (this|your|these) * (very|) seriously', 'we take this very seriously',
    'your request has been (received|logged|registered)', 'your case has been (logged|escalated)',
    'your ticket number is', 'a ticket has been (opened|created|raised)', 'we are committed to providing',
    'we strive to', 'we aim to provide', 'the best possible experience', 'improve your experience',
    '(thank you|thanks) for bringing (this|it) to our attention', 'for bringing this to our attention',
    'thanks for your feedback', 'thank you for sharing your feedback', 'thanks for sharing your feedback',
    '(always|constantly) looking for ways to improve', 'looking for ways to improve', "we're always working to improve",
    'we are always working to improve', 'we understand your frustration', 'we understand how frustrating',
    'we apologize for any', 'we apologise for any', 'sorry to hear about your experience', 'your patience is appreciated',
    '(has|have) been escalated', 'we have escalated', "we've escalated", 'passed your feedback on', 'passed your comments on',
    'shared your feedback with', "we'll pass your feedback", 'we will pass your feedback', 'we hope to see you again',
    'valued customer', 'please reach out to our', 'via our contact form', 'via the contact form', 'for more information',
    'we are committed to', "we're committed to", 'your experience matters', 'we value your business',
  ],
  fr: [
    'nous accusons bonne réception', 'accusons réception', 'accusons bonne réception', 'bonne réception de votre',
    'sera (traité|traitée) dans les meilleurs délais', 'dans les meilleurs délais', 'votre demande a (bien|) été (enregistrée|prise en compte|transmise)',
    'votre message a (bien|) été (enregistré|transmis|pris en compte)', 'un conseiller (reviendra|va revenir) vers vous',
    'un conseiller vous recontactera', 'reviendra vers vous', 'reviendrons vers vous', 'vous recontacterons',
    'nous vous remercions pour (l\'intérêt|votre message|votre retour|votre patience|votre confiance)',
    'nous vous remercions de (l\'intérêt|votre message|votre retour|votre patience|votre confiance)',
    'vous remercie pour votre message', 'vous remercie de votre message', 'l\'intérêt que vous portez à',
    'n\'hésitez pas à consulter notre site', 'consulter notre site', 'notre site internet', 'retrouvez toutes nos offres',
    'découvrez toutes nos offres', 'découvrir l\'ensemble de nos', 'l\'ensemble de nos services', 'nous mettons tout en œuvre',
    'mettons tout en oeuvre', 'améliorer votre expérience', 'votre satisfaction est notre priorité', 'votre avis compte',
    'votre avis nous est précieux', 'votre retour nous est précieux', 'transmis au service concerné', 'au service concerné',
    'au service compétent', 'la gêne (éventuellement|) occasionnée', 'pour la gêne occasionnée', 'toute gêne occasionnée',
    'pour le désagrément', 'nous restons à votre disposition', 'restons à votre disposition', 'reste à votre disposition',
    'à votre écoute', 'votre dossier a été transmis', 'sous la référence', 'numéro de dossier', 'numéro de ticket',
    'nous prenons (note|bonne note) de', 'prenons bonne note',
    'nous comprenons votre (frustration|mécontentement|déception)', 'nous sommes navrés pour', 'nous vous prions de nous excuser',
    'pour la gêne', 'nous faisons le nécessaire', 'nous faisons notre maximum', '(transmis|transmise|remonté|remontée) à nos équipes',
    'transmettons votre (remarque|retour|message)', 'votre remarque a été', 'pour plus d\'informations', 'rendez-vous sur notre site',
    'via notre formulaire', 'au plaisir de vous revoir', 'nous espérons vous revoir', 'votre fidélité', 'client fidèle',
    'nous vous invitons à (consulter|contacter|nous contacter)', 'notre service client', 'un conseiller vous',
  ],
});

/** Stock lines that are fine around a real answer but empty on their own. */
const STOCK = defineLexicon('p02.stock', {
  en: [
    'have a nice day', 'have a great day', 'have a good day', 'have a wonderful day', 'have a lovely day',
    'please dm us', 'dm us your', 'send us a dm', 'send us a private message', 'via private message',
    "we'll look into it", 'we will look into it', "we're looking into it", "we'll look into this", 'we will look into this',
    "we're here to help", 'we are here to help', 'hope this helps', 'kind regards', 'best regards',
    'thanks for getting in touch', 'thank you for getting in touch', 'thank you for your message',
    'thanks for your message', 'thank you for your patience', 'thanks for your patience', 'customer service team',
    'customer care team', 'the support team', 'please contact', 'contact our support', 'contact form',
    "we're sorry to hear", 'we are sorry to hear', 'please visit', 'we appreciate your patience', 'support team',
    'please contact our', 'contact us', 'reach out to us', 'get in touch with us', 'drop us a dm', 'send us a message',
  ],
  fr: [
    'bonne journée', 'belle journée', 'bonne soirée', 'cordialement', 'bien cordialement', 'le service client',
    'l\'équipe service client', 'en message privé', 'en mp', 'par message privé', 'n\'hésitez pas', 'nous contacter',
    'merci pour votre message', 'merci de votre message', 'merci pour votre retour', 'merci de votre retour',
    'merci pour votre patience', 'merci de votre patience', 'nous sommes désolés', 'formulaire de contact',
    'nous regardons', 'nous revenons vers vous', 'merci de nous contacter', 'merci de nous avoir contactés',
    'nous sommes désolés pour le désagrément', 'désagrément', 'merci de votre compréhension', 'merci pour votre compréhension',
    'merci de votre confiance', 'merci pour votre confiance', 'contactez-nous', 'écrivez-nous',
  ],
});

/** Small words that never make a sentence specific. */
const FILLER = new Set([
  'hi', 'hello', 'hey', 'dear', 'and', 'or', 'the', 'a', 'an', 'to', 'of', 'for', 'in', 'on', 'at', 'with', 'we', 'us', 'our',
  'you', 'your', 'it', 'this', 'that', 'is', 'are', 'be', 'will', 'please', 'again', 'thanks', 'thank', 'so', 'very', 'all',
  'bonjour', 'bonsoir', 'salut', 'et', 'ou', 'le', 'la', 'les', "l'", 'de', 'du', 'des', "d'", 'un', 'une', 'à', 'a', 'au',
  'aux', 'en', 'pour', 'par', 'sur', 'nous', 'vous', 'votre', 'vos', 'notre', 'nos', 'est', 'sont', 'merci', 'encore',
  'ce', 'cette', 'ces', 'celui-ci', 'celle-ci', 'il', 'elle', 'se', "s'", "c'", "qu'", 'que', 'qui', 'ici', 'we’re', "we're",
  'shortly', 'soon', 'bientôt', 'rapidement', 'tout', 'toute', 'toutes', 'tous', 'bien', 'très',
].map((w) => fold(w)));

type Kind = 'script' | 'stock' | 'neutral' | 'content';

/** Hits grouped by the sentence they start in: one pass over sentences and hits (both in text order). */
function bySentence(sentences: readonly Sentence[], hits: readonly Hit[]): Hit[][] {
  const out: Hit[][] = sentences.map(() => []);
  const sorted = [...hits].sort((a, b) => a.from - b.from);
  let k = 0;
  for (const h of sorted) {
    while (k < sentences.length - 1 && h.from >= sentences[k]!.to) k++;
    if (h.to <= sentences[k]!.to) out[k]!.push(h);
  }
  return out;
}

function classify(view: TextView, s: Sentence, script: Hit[], stocked: Hit[], brandTokens: Set<number>): Kind {
  const covered = new Set<number>();
  for (const h of [...script, ...stocked]) for (let k = h.from; k < h.to; k++) covered.add(k);
  let words = 0;
  let content = 0;
  let capitalised = 0;
  for (let k = s.from; k < s.to; k++) {
    const t = view.tokens[k]!;
    if (t.kind !== 'word') continue;
    words++;
    if (covered.has(k) || brandTokens.has(k) || FILLER.has(t.forms[0]!)) continue;
    if (/^\p{Lu}/u.test(t.raw) && k > s.from) capitalised++;
    content++;
  }
  if (script.length > 0 && content <= 4) return 'script';
  if (stocked.length > 0 && content <= 2) return 'stock';
  // A greeting, a name, an emoji: "Bonjour !", "Hi Sam,", "🙂".
  if (words <= 2 || content - capitalised <= 0) return 'neutral';
  return 'content';
}

export default definePractice({
  meta: {
    number: 2,
    slug: 'be-human',
    title: { en: "Be a person, not a script", fr: "Être une personne, pas un script" },
    statement: {
      en: "People want to talk to people: answer personally, consistently and usefully, not with a canned form reply.",
      fr: "On veut parler à des humains : répondez de façon personnelle, cohérente et utile, pas avec une réponse toute faite.",
    },
    detection: 'partial',
    messages: {
      canned: {
        text: {
          en: 'This reply is a stock script ("{term}"): nothing in it answers what the person actually wrote.',
          fr: 'Cette réponse est un texte tout fait (« {term} ») : rien n’y répond à ce que la personne a écrit.',
        },
        fix: {
          en: 'Answer their actual message: name the problem they described, give the next step or the answer, and sign it if you can.',
          fr: 'Répondez à leur message : reprenez le problème décrit, donnez la réponse ou la prochaine étape, et signez si possible.',
        },
      },
    },
  },
  lexicons: [SCRIPT, STOCK],
  create(ctx) {
    if (ctx.context.account !== 'brand' || ctx.context.kind !== 'reply') return;
    const { draft } = ctx;
    const script = draft.find(SCRIPT);
    const stock = draft.find(STOCK);
    if (script.length === 0 && stock.length < 2) return;
    // A parent of a few words ("Thanks!", « merci ! ») does not call for more than a stock line.
    if (ctx.parent && ctx.parent.stats.words < 6) return;
    const brandTokens = new Set<number>();
    for (const h of draft.profileTerms('brand')) for (let k = h.from; k < h.to; k++) brandTokens.add(k);
    let scripted = 0;
    let stocked = 0;
    const scriptBy = bySentence(draft.sentences, script);
    const stockBy = bySentence(draft.sentences, stock);
    for (let i = 0; i < draft.sentences.length; i++) {
      const kind = classify(draft, draft.sentences[i]!, scriptBy[i]!, stockBy[i]!, brandTokens);
      if (kind === 'content') return;
      if (kind === 'script') scripted++;
      else if (kind === 'stock') stocked++;
    }
    if (scripted >= 1 || stocked >= 2) {
      const first = script[0] ?? stock[0]!;
      reportAt(ctx, first, 'canned', 'warn');
    }
  },
});
