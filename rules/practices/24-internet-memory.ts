// Practice 24: The internet never forgets / Internet a de la mémoire.
import { definePractice } from '../practice';

export default definePractice({
  meta: {
    number: 24,
    slug: 'internet-memory',
    title: { en: "The internet never forgets", fr: "Internet a de la mémoire" },
    statement: {
      en: "Anything you publish can be held against you: the internet keeps screenshots of every promise, boast and joke.",
      fr: "Tout ce que vous publiez peut se retourner contre vous : Internet garde une capture de chaque promesse, vantardise ou blague.",
    },
    detection: 'partial',
    messages: {},
  },
  create() {
    // TODO(issue 2): detector.
  },
});
