// Practice 25: When in doubt, check / Dans le doute, vérifier.
import { definePractice } from '../practice';

export default definePractice({
  meta: {
    number: 25,
    slug: 'when-in-doubt-check',
    title: { en: "When in doubt, check", fr: "Dans le doute, vérifier" },
    statement: {
      en: "When in doubt, find out before you post: no unsourced figures, rumours or claims you haven't checked.",
      fr: "Dans le doute, renseignez-vous avant de publier : ni chiffre sans source, ni rumeur, ni affirmation non vérifiée.",
    },
    detection: 'partial',
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
