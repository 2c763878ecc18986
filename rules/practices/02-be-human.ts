// Practice 2: Be a person, not a script / Être une personne, pas un script.
import { definePractice } from '../practice';

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
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
