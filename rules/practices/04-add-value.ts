// Practice 4: Add value every time / Apporter de la valeur à chaque fois.
import { definePractice } from '../practice';

export default definePractice({
  meta: {
    number: 4,
    slug: 'add-value',
    title: { en: "Add value every time", fr: "Apporter de la valeur à chaque fois" },
    statement: {
      en: "Every post or reply should give something: information, help, a real point of view. Empty amplification, bait and hashtag stuffing cheapen the brand.",
      fr: "Chaque publication ou réponse doit apporter quelque chose : une information, une aide, un vrai point de vue. Le relais creux, les appâts à partages et l'avalanche de hashtags dévalorisent la marque.",
    },
    detection: 'auto',
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
