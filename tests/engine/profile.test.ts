import { describe, expect, it } from 'vitest';
import { parseProfile, ProfileError } from '../../rules';

const valid = { brand: 'Nuvola', aliases: ['Nuvola Cloud'], competitors: ['Stratus'], codenames: [], restrictedTopics: [], topics: [], voice: { formality: 'friendly', emoji: 'sparingly', person: 'we' }, bannedTerms: [] };

function errorOf(input: unknown): ProfileError {
  try {
    parseProfile(input);
  } catch (error) {
    if (error instanceof ProfileError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('parseProfile', () => {
  it('accepts the shared schema and trims terms', () => {
    const p = parseProfile({ ...valid, competitors: ['  Stratus ', ''] });
    expect(p.competitors).toEqual(['Stratus']);
    expect(p.voice).toEqual(valid.voice);
  });

  it('fills missing lists and voice with defaults', () => {
    const p = parseProfile({ brand: 'Acme' });
    expect(p.aliases).toEqual([]);
    expect(p.voice.person).toBe('we');
  });

  it('reads common synonyms of the voice values', () => {
    const p = parseProfile({ brand: 'Acme', voice: { formality: 'Casual', emoji: 'none', person: 'us' } });
    expect(p.voice).toEqual({ formality: 'friendly', emoji: 'never', person: 'we' });
  });

  it.each([
    [null, '(profile)'],
    [[], '(profile)'],
    [{}, 'brand'],
    [{ brand: 42 }, 'brand'],
    [{ ...valid, competitors: 'Stratus' }, 'competitors'],
    [{ ...valid, codenames: ['Heron', 3] }, 'codenames[1]'],
    [{ ...valid, voice: 'friendly' }, 'voice'],
    [{ ...valid, voice: { person: 'they' } }, 'voice.person'],
    [{ ...valid, bannedTerms: Array(501).fill('x') }, 'bannedTerms'],
  ])('names the field of a malformed profile (%j)', (input, field) => {
    const error = errorOf(input);
    expect(error.field).toBe(field);
    expect(error.message).toContain(`"${field}"`);
  });
});
