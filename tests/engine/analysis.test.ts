import { describe, expect, it } from 'vitest';
import { check } from '../../rules';
import { splitChunks, stem } from '../../rules/analysis';
import { testProfile } from '../fixtures/profile';

describe('splitChunks', () => {
  it('cuts after sentence ends and line breaks, covering the whole text', () => {
    const text = 'One. Two!! Three?\nFour… five';
    const chunks = splitChunks(text);
    expect(chunks.map(({ start, end }) => text.slice(start, end))).toEqual(['One. ', 'Two!! ', 'Three?\n', 'Four… ', 'five']);
  });

  it('cuts a very long run-on sentence at a space', () => {
    const text = 'word '.repeat(1000);
    const chunks = splitChunks(text);
    expect(chunks.length).toBeGreaterThan(4);
    expect(chunks.map(({ start, end }) => text.slice(start, end)).join('')).toBe(text);
  });
});

describe('profile terms', () => {
  it('stems long topic words and leaves short ones exact', () => {
    expect(stem('sauvegarde')).toBe('sauvegard');
    expect(stem('layoffs')).toBe('layoff');
    expect(stem('licenciements')).toBe('licenci');
    expect(stem('procès')).toBeNull();
    expect(stem('cloud storage')).toBeNull();
  });

  it('requires capitals for names the profile writes with capitals', () => {
    const post = { site: 'x', kind: 'post', account: 'brand' } as const;
    const bashing = (text: string) => check(text, post, testProfile).findings.some((f) => f.practice === 14);
    expect(bashing('Voltaro is garbage, honestly.')).toBe(true);
    expect(bashing('@Voltaro is garbage, honestly.')).toBe(true);
    expect(bashing('voltaro is garbage, honestly.')).toBe(false);
  });
});
