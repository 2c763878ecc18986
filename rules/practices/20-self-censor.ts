// Practice 20: Not everything is worth sharing / Tout n'est pas bon à partager.
import { definePractice } from '../practice';

export default definePractice({
  meta: {
    number: 20,
    slug: 'self-censor',
    title: { en: "Not everything is worth sharing", fr: "Tout n'est pas bon à partager" },
    statement: {
      en: "Edit yourself: keep private matters, other people's personal details and heat-of-the-moment rants off public feeds.",
      fr: "Censurez-vous : gardez pour vous la vie privée, les données personnelles des autres et les coups de sang.",
    },
    detection: 'partial',
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
