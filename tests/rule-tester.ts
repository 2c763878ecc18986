// RuleTester for practices, after ESLint's: `invalid` drafts must be flagged by the practice (warn or
// risk), `valid` drafts must not. Each case also checks the detected language, that offsets point inside
// the draft, and that the messages read in both English and French.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../rules';
import type { Account, Kind, Lang, Profile, Severity, Site } from '../rules';
import type { Practice } from '../rules/practice';
import { testProfile } from './fixtures/profile';

export interface DraftCase {
  lang: Lang;
  text: string;
  site?: Site;
  kind?: Kind;
  account?: Account;
  parent?: string;
  /** Replaces the test profile; `null` checks without a profile. */
  profile?: Profile | null;
  /** For invalid cases: the severity expected (default: warn or risk). */
  severity?: Severity;
}

export function ruleTester(practice: Practice, cases: { valid: DraftCase[]; invalid: DraftCase[] }): void {
  const engine = createEngine({ practices: [practice], strict: true });
  const { number, slug } = practice.meta;
  const run = (c: DraftCase, locale: Lang) =>
    engine.check(
      c.text,
      { site: c.site ?? 'x', kind: c.kind ?? (c.parent ? 'reply' : 'post'), account: c.account ?? 'brand', parent: c.parent, locale },
      c.profile === undefined ? testProfile : c.profile,
    );
  const label = (c: DraftCase) => `[${c.lang}${c.account ? ' ' + c.account : ''}] ${c.text.slice(0, 90)}`;

  describe(`practice ${number} (${slug})`, () => {
    it('has at least 4 flagged and 2 clean drafts in each language', () => {
      for (const lang of ['en', 'fr'] as const) {
        expect(cases.invalid.filter((c) => c.lang === lang).length, `invalid ${lang}`).toBeGreaterThanOrEqual(4);
        expect(cases.valid.filter((c) => c.lang === lang).length, `valid ${lang}`).toBeGreaterThanOrEqual(2);
      }
    });

    describe('flags', () => {
      for (const c of cases.invalid) {
        it(label(c), () => {
          const report = run(c, 'en');
          expect(report.lang).toBe(c.lang);
          const mine = report.findings.filter((f) => f.practice === number && f.severity !== 'info');
          expect(mine, JSON.stringify(report.findings)).not.toHaveLength(0);
          if (c.severity) expect(mine.map((f) => f.severity)).toContain(c.severity);
          for (const f of mine) {
            expect(f.rule.startsWith(`${slug}/`)).toBe(true);
            expect(f.message.length).toBeGreaterThan(10);
            if (f.start !== undefined) {
              expect(f.start).toBeGreaterThanOrEqual(0);
              expect(f.end!).toBeLessThanOrEqual(c.text.length);
              expect(f.start).toBeLessThan(f.end!);
            }
          }
          const french = run(c, 'fr').findings.filter((f) => f.practice === number && f.severity !== 'info');
          expect(french.map((f) => f.rule)).toEqual(mine.map((f) => f.rule));
          expect(french.map((f) => f.message)).not.toEqual(mine.map((f) => f.message));
        });
      }
    });

    describe('does not flag', () => {
      for (const c of cases.valid) {
        it(label(c), () => {
          const report = run(c, 'en');
          expect(report.lang).toBe(c.lang);
          const mine = report.findings.filter((f) => f.practice === number && f.severity !== 'info');
          expect(mine, JSON.stringify(mine)).toHaveLength(0);
        });
      }
    });
  });
}
