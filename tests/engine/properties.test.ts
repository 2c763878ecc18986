// Property tests: whatever the draft, the engine never throws, keeps offsets inside the draft, and its
// time grows linearly with the draft's length.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, type DraftContext } from '../../rules';
import { testProfile } from '../fixtures/profile';

const contexts: DraftContext[] = [
  { site: 'x', kind: 'post', account: 'brand' },
  { site: 'facebook', kind: 'reply', account: 'personal', parent: 'Your app lost my files?! Why?' },
  { site: 'linkedin', kind: 'reply', account: 'brand', parent: 'Vous avez supprimé mon compte par erreur 😭' },
];

/** Pieces that stress the tokenizer and the matchers: disguises, joiners, marks, surrogates, emoji. */
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    'i d i o t ', 'c0nfidentiel ', 'f*ck ', '#ad ', '@Voltaro ', 'Voltaro ', 'garbage ', "j'pense ", 'ingénieur·e·s ', '!!!!!!!! ',
    '........', '😂😂😂', '👍🏽', '\u200b\u200d', 'e\u0301\u0301\u0301', '\ud800', '\udfff', '\u202e', '\n\n', 'http://', 'www.', '.fr/',
    'a@b.', 'AKIA', 'sk_live_', '*** ', '·e·s', "'''", '(((', 'sorry if you feel ', 'pour la gêne occasionnée ',
  ),
);
const draft = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

const engine = createEngine();

function assertWellFormed(text: string, ctx: DraftContext) {
  const report = engine.check(text, ctx, testProfile);
  expect(['en', 'fr']).toContain(report.lang);
  for (const f of report.findings) {
    expect(f.practice).toBeGreaterThanOrEqual(1);
    expect(f.practice).toBeLessThanOrEqual(25);
    expect(['info', 'warn', 'risk']).toContain(f.severity);
    expect(f.message.length).toBeGreaterThan(0);
    if (f.start !== undefined || f.end !== undefined) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.start!).toBeLessThan(f.end!);
    }
  }
}

describe('engine properties', () => {
  it('never throws and keeps offsets inside the draft, on random Unicode and disguised text', () => {
    fc.assert(
      fc.property(draft, fc.constantFrom(...contexts), (text, ctx) => assertWellFormed(text, ctx)),
      { numRuns: 400 },
    );
  });

  it('handles adversarial repetitions', () => {
    fc.assert(
      fc.property(piece, fc.integer({ min: 1_000, max: 20_000 }), fc.constantFrom(...contexts), (unit, times, ctx) => {
        const text = (unit || '!').repeat(Math.ceil(times / Math.max(1, unit.length)));
        assertWellFormed(text, ctx);
      }),
      { numRuns: 25 },
    );
  });

  it('takes time linear in the length of the draft', () => {
    const sentence = 'Voltaro bikes are garbage and j\'pense que c0nfidentiel, i d i o t!!! 😂 #ad www.brisa.fr/x ';
    const time = (length: number) => {
      const text = sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
      const samples: number[] = [];
      for (let k = 0; k < 3; k++) {
        engine.clearCache(); // cold cache: measure the analysis, not the cache
        const t0 = performance.now();
        engine.check(text, contexts[0]!, testProfile);
        samples.push(performance.now() - t0);
      }
      return Math.min(...samples);
    };
    time(10_000); // warm up the JIT
    const small = time(10_000);
    const large = time(100_000);
    // Ten times the text may cost ten times the time, with room for noise, never quadratic (100×).
    expect(large / Math.max(small, 0.5)).toBeLessThan(30);
  });

  it('checks a 100,000-character draft of every kind without failing', () => {
    for (const unit of ['a', ' ', '😂', 'é', '\u0301', '\u200b', '.', '*', 'ab ', '@', '#', 'http://x.fr/', "l'"]) {
      assertWellFormed(unit.repeat(Math.ceil(100_000 / unit.length)), contexts[1]!);
    }
  });
});
