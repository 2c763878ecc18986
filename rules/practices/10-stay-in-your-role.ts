// Practice 10: Represent only who you should / Ne représenter que ce que l'on doit.
import { definePractice } from '../practice';

export default definePractice({
  meta: {
    number: 10,
    slug: 'stay-in-your-role',
    title: { en: "Represent only who you should", fr: "Ne représenter que ce que l'on doit" },
    statement: {
      en: "Speak for whom you are entitled to speak for, and don't cross that line: an employee on a personal account does not commit the company.",
      fr: "Ne parlez qu'au nom de ceux que vous représentez, sans franchir la limite : un salarié sur son compte personnel n'engage pas l'entreprise.",
    },
    detection: 'partial',
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
