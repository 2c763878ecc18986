// Practice 5: Respect the people you talk to / Respecter ses interlocuteurs.
import { definePractice } from '../practice';

export default definePractice({
  meta: {
    number: 5,
    slug: 'respect',
    title: { en: "Respect the people you talk to", fr: "Respecter ses interlocuteurs" },
    statement: {
      en: "Treat everyone you engage with, critics included, with respect: no insults, mockery or condescension.",
      fr: "Respectez toutes les personnes avec qui vous échangez, critiques compris : ni insulte, ni moquerie, ni condescendance.",
    },
    detection: 'auto',
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
