// The registry of practices, Refined GitHub style: every practice is one module with its own test file,
// is stated in both languages, and is listed in the README.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { practices } from '../../rules';

const root = new URL('../..', import.meta.url).pathname;
const readme = readFileSync(`${root}README.md`, 'utf8');
const moduleFiles = readdirSync(`${root}rules/practices`).filter((f) => f.endsWith('.ts'));

describe('the 25 practices', () => {
  it('are numbered 1 to 25, in order, with unique slugs', () => {
    expect(practices.map((p) => p.meta.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(new Set(practices.map((p) => p.meta.slug)).size).toBe(25);
  });

  it('each live in rules/practices/NN-slug.ts', () => {
    const expected = practices.map((p) => `${String(p.meta.number).padStart(2, '0')}-${p.meta.slug}.ts`);
    expect(moduleFiles.sort()).toEqual(expected.sort());
  });

  for (const { meta } of practices) {
    const id = `${String(meta.number).padStart(2, '0')}-${meta.slug}`;
    describe(`practice ${meta.number}`, () => {
      it('is stated in English and in French', () => {
        for (const text of [meta.title, meta.statement]) {
          expect(text.en.trim()).not.toBe('');
          expect(text.fr.trim()).not.toBe('');
          expect(text.fr).not.toBe(text.en);
        }
      });

      it('has messages, each with a reason and a fix in both languages and the same placeholders', () => {
        const messages = Object.values(meta.messages);
        expect(messages.length).toBeGreaterThan(0);
        const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        for (const m of messages) {
          expect(m.text.en && m.text.fr).toBeTruthy();
          expect(placeholders(m.text.fr)).toEqual(placeholders(m.text.en));
          expect(m.fix?.en && m.fix.fr).toBeTruthy();
        }
      });

      it('has its test file', () => {
        expect(existsSync(`${root}tests/practices/${id}.test.ts`)).toBe(true);
      });

      it('is listed in the README', () => {
        expect(readme).toContain(`| ${meta.number} | [${meta.title.en}](rules/practices/${id}.ts)`);
      });
    });
  }

  it('credits the source in the README', () => {
    expect(readme).toContain('Brian Solis');
    expect(readme).toContain('The rules of social media engagement');
  });
});
