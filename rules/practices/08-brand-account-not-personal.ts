// Practice 8: The brand account is not your soapbox / Le compte de marque n'est pas une tribune personnelle.
import { definePractice } from '../practice';

export default definePractice({
  meta: {
    number: 8,
    slug: 'brand-account-not-personal',
    title: { en: "The brand account is not your soapbox", fr: "Le compte de marque n'est pas une tribune personnelle" },
    statement: {
      en: "Don't use the brand's account for your personal views (politics, religion, causes) unless the stance is the brand's own and fits its charter.",
      fr: "N'utilisez pas le compte de la marque pour vos opinions personnelles (politique, religion, causes), sauf si la position est celle de la marque et conforme à sa charte.",
    },
    detection: 'partial',
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
