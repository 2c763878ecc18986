// Practice 6: Respect others' content and rights / Respecter les contenus et les droits d'autrui.
import { definePractice } from '../practice';

export default definePractice({
  meta: {
    number: 6,
    slug: 'respect-copyright',
    title: { en: "Respect others' content and rights", fr: "Respecter les contenus et les droits d'autrui" },
    statement: {
      en: "Respect copyright, image rights and the terms of use of other people's content: ask, license, credit and link rather than copy.",
      fr: "Respectez le droit d'auteur, le droit à l'image et les conditions d'usage des contenus d'autrui : demandez, achetez les droits, citez et renvoyez vers l'original plutôt que de copier.",
    },
    detection: 'partial',
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
