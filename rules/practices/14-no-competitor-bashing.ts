// Practice 14: Don't bash competitors / Ne pas dénigrer les concurrents.
// Flags a competitor from the profile named near negative judgement. A factual comparison
// ("Stratus has more integrations") is fine: it names the competitor without running it down.
import { definePractice } from '../practice';
import { defineLexicon } from '../text/phrases';
import { NEGATIVE_JUDGEMENT } from '../lexicon/judgement';
import { near, negated, reportAt } from '../helpers';

/** Mocking a competitor's trouble: "not the first time", « encore une panne ». */
const GLOATING = defineLexicon('p14.gloating', {
  en: ["not the first time", "again lol", "told you so", "rip", "good luck with that", "maybe they should", "try hiring", "switch to us", "unlike them", "unlike some", "at least we"],
  fr: ["pas la première fois", "encore une fois", "on vous l'avait dit", "bon courage à eux", "ils devraient", "peut-être qu'ils devraient", "contrairement à eux", "contrairement à certains", "nous au moins", "chez nous au moins"],
});

export default definePractice({
  meta: {
    number: 14,
    slug: 'no-competitor-bashing',
    title: { en: "Don't bash competitors", fr: 'Ne pas dénigrer les concurrents' },
    statement: {
      en: 'Never run competitors down: show what makes you different and what you stand for.',
      fr: 'Ne dénigrez jamais vos concurrents : montrez ce qui vous distingue et ce que vous défendez.',
    },
    detection: 'auto',
    messages: {
      bashing: {
        text: {
          en: '"{term}" runs down {competitor}. Disparaging a competitor makes the brand look petty and can expose it legally.',
          fr: '« {term} » dénigre {competitor}. Dénigrer un concurrent donne une image mesquine de la marque et peut l’exposer juridiquement.',
        },
        fix: {
          en: 'Drop the judgement and say what you do differently, with facts people can check.',
          fr: 'Retirez le jugement et dites ce que vous faites autrement, avec des faits vérifiables.',
        },
      },
    },
  },
  lexicons: [NEGATIVE_JUDGEMENT, GLOATING],
  create(ctx) {
    const competitors = ctx.draft.profileTerms('competitors');
    if (competitors.length === 0) return;
    // In a reply, "they" may stand for a competitor the parent named.
    const judgements = [...ctx.draft.find(NEGATIVE_JUDGEMENT), ...ctx.draft.find(GLOATING)].filter((j) => !negated(ctx.draft, j));
    for (const competitor of competitors) {
      const judgement = judgements.find((j) => near(ctx.draft, competitor, j, 14));
      if (judgement) {
        reportAt(ctx, judgement, 'bashing', 'warn', { competitor: ctx.draft.text.slice(competitor.start, competitor.end) });
        return;
      }
    }
  },
});
