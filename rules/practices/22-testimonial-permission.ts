// Practice 22: Ask before using testimonials / Demander avant de citer un client.
import { definePractice } from '../practice';

export default definePractice({
  meta: {
    number: 22,
    slug: 'testimonial-permission',
    title: { en: "Ask before using testimonials", fr: "Demander avant de citer un client" },
    statement: {
      en: "Ask customers and partners for permission before featuring them, their words or their logo as a testimonial.",
      fr: "Demandez l'autorisation des clients et partenaires avant de les mettre en avant, de citer leurs propos ou leur logo.",
    },
    detection: 'partial',
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
