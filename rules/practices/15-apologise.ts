// Practice 15: Apologise when it is due / S'excuser quand il le faut.
import { definePractice } from '../practice';

export default definePractice({
  meta: {
    number: 15,
    slug: 'apologise',
    title: { en: "Apologise when it is due", fr: "S'excuser quand il le faut" },
    statement: {
      en: "Apologise when you should, sincerely and without conditions, as your code of conduct says; when a situation isn't covered (a legal threat, a regulator), ask your management or legal team first.",
      fr: "Excusez-vous quand il le faut, sincèrement et sans condition, comme le prévoit votre code de conduite ; quand la situation n'est pas prévue (menace juridique, régulateur), demandez d'abord à votre direction ou au service juridique.",
    },
    detection: 'partial',
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
