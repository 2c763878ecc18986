// Practice 11: Know the limits / Connaître les limites.
import { definePractice } from '../practice';

export default definePractice({
  meta: {
    number: 11,
    slug: 'know-the-limits',
    title: { en: "Know the limits", fr: "Connaître les limites" },
    statement: {
      en: "Know the boundaries that protect you, the company and the people you talk to: topics the company keeps private, and advice (medical, legal, financial) that is not yours to give.",
      fr: "Connaissez les limites qui vous protègent, vous, l'entreprise et vos interlocuteurs : les sujets que l'entreprise garde pour elle, et les conseils (médicaux, juridiques, financiers) qui ne vous reviennent pas.",
    },
    detection: 'partial',
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
