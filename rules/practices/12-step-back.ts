// Practice 12: Know when to step back / Savoir se retirer.
import { definePractice } from '../practice';

export default definePractice({
  meta: {
    number: 12,
    slug: 'step-back',
    title: { en: "Know when to step back", fr: "Savoir se retirer" },
    statement: {
      en: "Know when to step away: don't get dragged into conversations that cannot end well.",
      fr: "Sachez vous mettre en retrait : ne vous laissez pas entraîner dans des échanges sans issue.",
    },
    detection: 'partial',
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
