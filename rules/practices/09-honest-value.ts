// Practice 9: Be transparent, offer real value / Être transparent et proposer une vraie valeur.
import { definePractice } from '../practice';

export default definePractice({
  meta: {
    number: 9,
    slug: 'honest-value',
    title: { en: "Be transparent, offer real value", fr: "Être transparent et proposer une vraie valeur" },
    statement: {
      en: "Be open and sincere, and back what you say with real value and solutions, not hype, spin or promises nobody can keep.",
      fr: "Soyez transparent et sincère, et appuyez-vous sur une vraie valeur et de vraies solutions, pas sur du battage, de l'enfumage ou des promesses intenables.",
    },
    detection: 'partial',
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
