// Practice 23: Read the room before you reply / Évaluer le contexte avant de répondre.
import { definePractice } from '../practice';

export default definePractice({
  meta: {
    number: 23,
    slug: 'evaluate-context',
    title: { en: "Read the room before you reply", fr: "Évaluer le contexte avant de répondre" },
    statement: {
      en: "Take the time to read the context and the situation before answering: no promotion or jokes in a tragedy, no reply in the heat of anger.",
      fr: "Prenez le temps d'évaluer le contexte et la situation avant de répondre : ni promotion ni blague dans un drame, pas de réponse sous le coup de la colère.",
    },
    detection: 'partial',
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
