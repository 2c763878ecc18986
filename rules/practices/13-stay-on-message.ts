// Practice 13: Stay on message / Rester dans son sujet.
import { definePractice } from '../practice';

export default definePractice({
  meta: {
    number: 13,
    slug: 'stay-on-message',
    title: { en: "Stay on message", fr: "Rester dans son sujet" },
    statement: {
      en: "Stay on message and on topic, in line with your role and with what the business is about.",
      fr: "Restez sur le message et sur le sujet, en accord avec votre rôle et avec l'activité de l'entreprise.",
    },
    detection: 'partial',
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
