// Practice 21: Let qualified spokespeople speak / Laisser parler les porte-parole qualifiés.
import { definePractice } from '../practice';

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
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
