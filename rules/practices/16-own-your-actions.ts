// Practice 16: Own your actions / Assumer ses actes.
import { definePractice } from '../practice';

export default definePractice({
  meta: {
    number: 16,
    slug: 'own-your-actions',
    title: { en: "Own your actions", fr: "Assumer ses actes" },
    statement: {
      en: "Take responsibility for what you and the company did; don't shift the blame to customers, partners or colleagues.",
      fr: "Assumez ce que vous et l'entreprise avez fait ; ne rejetez pas la faute sur les clients, les partenaires ou les collègues.",
    },
    detection: 'partial',
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
