// Practice 7: Protect confidential information / Protéger la confidentialité.
import { definePractice } from '../practice';

export default definePractice({
  meta: {
    number: 7,
    slug: 'confidentiality',
    title: { en: "Protect confidential information", fr: "Protéger la confidentialité" },
    statement: {
      en: "Protect the company's confidential information and intellectual property, and the personal data of customers: no internal names, unannounced figures, credentials or private details.",
      fr: "Protégez les informations confidentielles et la propriété intellectuelle de l'entreprise, ainsi que les données personnelles des clients : ni nom de code, ni chiffre non annoncé, ni identifiant, ni détail privé.",
    },
    detection: 'auto',
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
