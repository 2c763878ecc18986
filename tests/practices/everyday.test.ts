// No practice flags an everyday draft that merely uses trigger words harmlessly.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../rules';
import { EVERYDAY_DRAFTS } from '../fixtures/everyday';
import { testProfile } from '../fixtures/profile';

describe('everyday drafts', () => {
  const engine = createEngine({ strict: true });
  for (const c of EVERYDAY_DRAFTS) {
    it(`[${c.lang}] ${c.text.slice(0, 90)}`, () => {
      const report = engine.check(
        c.text,
        { site: c.site ?? 'x', kind: c.kind ?? (c.parent ? 'reply' : 'post'), account: c.account ?? 'brand', parent: c.parent },
        c.profile === undefined ? testProfile : c.profile,
      );
      expect(report.lang).toBe(c.lang);
      expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    });
  }
});
