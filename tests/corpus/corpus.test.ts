// Our labelled corpus follows the shared format (../shared/eval/README.md) and keeps its size and mix.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../rules';

const lines = readFileSync(new URL('./corpus.jsonl', import.meta.url), 'utf8').split('\n').filter((l) => l.trim());
const cases = lines.map((l) => JSON.parse(l) as Record<string, unknown>);

describe('tests/corpus/corpus.jsonl', () => {
  it('has at least 250 drafts in English and French, with clean drafts and hard negatives', () => {
    expect(cases.length).toBeGreaterThanOrEqual(250);
    const count = (f: (c: Record<string, unknown>) => boolean) => cases.filter(f).length;
    expect(count((c) => c.lang === 'en')).toBeGreaterThanOrEqual(100);
    expect(count((c) => c.lang === 'fr')).toBeGreaterThanOrEqual(100);
    expect(count((c) => (c.expect as number[]).length === 0 && (c.allow as number[]).length === 0 && !c.negative_for)).toBeGreaterThanOrEqual(50);
    expect(count((c) => Array.isArray(c.negative_for))).toBeGreaterThanOrEqual(25);
  });

  it('labels every practice at least 8 times', () => {
    for (let p = 1; p <= 25; p++) expect(cases.filter((c) => (c.expect as number[]).includes(p)).length, `practice ${p}`).toBeGreaterThanOrEqual(8);
  });

  it('has well-formed lines', () => {
    const ids = new Set<unknown>();
    for (const c of cases) {
      expect(ids.has(c.id), String(c.id)).toBe(false);
      ids.add(c.id);
      expect(['en', 'fr']).toContain(c.lang);
      expect(['x', 'linkedin', 'facebook']).toContain(c.site);
      expect(['post', 'reply']).toContain(c.kind);
      expect(['brand', 'personal']).toContain(c.account);
      expect(typeof c.text).toBe('string');
      if (c.kind === 'reply') expect(typeof c.parent, String(c.id)).toBe('string');
      for (const p of [...(c.expect as number[]), ...(c.allow as number[])]) expect(p >= 1 && p <= 25).toBe(true);
      if (c.profile !== undefined) expect(() => parseProfile(c.profile)).not.toThrow();
    }
  });
});

describe('tests/corpus/dev', () => {
  const dir = new URL('./dev/', import.meta.url);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
    it(`${file} has well-formed, uniquely identified lines`, () => {
      const rows = readFileSync(new URL(file, dir), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(rows.length).toBeGreaterThanOrEqual(50);
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      for (const r of rows) {
        expect(['en', 'fr']).toContain(r.lang);
        expect(typeof r.text).toBe('string');
        if (r.kind === 'reply') expect(typeof r.parent, String(r.id)).toBe('string');
        if (r.profile !== undefined) expect(() => parseProfile(r.profile)).not.toThrow();
      }
    });
  }
});
