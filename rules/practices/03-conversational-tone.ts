// Practice 3: Keep it conversational / Garder un ton de conversation.
import { definePractice } from '../practice';

export default definePractice({
  meta: {
    number: 3,
    slug: 'conversational-tone',
    title: { en: "Keep it conversational", fr: "Garder un ton de conversation" },
    statement: {
      en: "Write the way you would talk to the person: plain words that carry the brand's personality, not corporate or legal jargon.",
      fr: "Écrivez comme vous parleriez à la personne : des mots simples qui portent la personnalité de la marque, pas du jargon administratif ou juridique.",
    },
    detection: 'partial',
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
