// Practice 17: Know who you are talking to / Savoir à qui l'on parle.
import { definePractice } from '../practice';

export default definePractice({
  meta: {
    number: 17,
    slug: 'know-your-audience',
    title: { en: "Know who you are talking to", fr: "Savoir à qui l'on parle" },
    statement: {
      en: "Know who you are talking to and what they are looking for: answer their actual question and situation.",
      fr: "Sachez à qui vous parlez et ce que la personne cherche : répondez à sa vraie question et à sa situation.",
    },
    detection: 'judgement',
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
