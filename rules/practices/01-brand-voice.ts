// Practice 1: Speak in the brand's voice / Parler avec la voix de la marque.
import { definePractice } from '../practice';

export default definePractice({
  meta: {
    number: 1,
    slug: 'brand-voice',
    title: { en: "Speak in the brand's voice", fr: "Parler avec la voix de la marque" },
    statement: {
      en: "Give the brand one defined voice and persona that reflect its mission and character, and keep to it: the person, the register, the emoji and the words the brand has chosen.",
      fr: "Donnez à la marque une voix et un personnage définis, fidèles à sa mission et à son caractère, et tenez-vous-y : la personne, le registre, les émojis et les mots qu'elle a choisis.",
    },
    detection: 'partial',
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
