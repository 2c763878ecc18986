// Practice 18: Disclose your relationships / Afficher ses liens.
import { definePractice } from '../practice';

export default definePractice({
  meta: {
    number: 18,
    slug: 'disclose-relationships',
    title: { en: "Disclose your relationships", fr: "Afficher ses liens" },
    statement: {
      en: "Be clear about your relationships, whom you represent and your intentions: say when you work for, are paid by or were gifted by a brand.",
      fr: "Affichez vos liens, ce que vous représentez, qui vous représentez et vos intentions : dites quand vous travaillez pour une marque, êtes payé par elle ou avez reçu un cadeau.",
    },
    detection: 'auto',
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
