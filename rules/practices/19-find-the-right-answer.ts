// Practice 19: Find the qualified person or answer / Trouver la bonne personne ou la bonne réponse.
import { definePractice } from '../practice';

export default definePractice({
  meta: {
    number: 19,
    slug: 'find-the-right-answer',
    title: { en: "Find the qualified person or answer", fr: "Trouver la bonne personne ou la bonne réponse" },
    statement: {
      en: "When an issue is beyond you, find the most qualified person to handle it or a checked answer, rather than guessing.",
      fr: "Quand un problème vous dépasse, trouvez la personne la plus qualifiée pour le traiter ou une réponse vérifiée, plutôt que de deviner.",
    },
    detection: 'judgement',
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
