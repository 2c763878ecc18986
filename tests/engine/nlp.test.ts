import { describe, expect, it } from 'vitest';
import { createEngine, loadNlp, nlpLoaded } from '../../rules';
import { findPeople } from '../../rules/nlp';
import { tokenize } from '../../rules/text/tokenize';

const names = (text: string, lang: 'en' | 'fr' = 'en') => findPeople(text, tokenize(text), lang).map((s) => text.slice(s.start, s.end));

describe('named people', () => {
  it('does not load compromise until asked: checking stays synchronous and cold starts fast', () => {
    createEngine().check('Thanks Steve, see you Monday.', { site: 'x', kind: 'post', account: 'personal' });
    expect(nlpLoaded()).toBe(false);
  });

  it('finds name candidates by capitalisation before compromise is loaded', () => {
    expect(names('Shout-out to Martin Keller from Bristol, thanks Steve.')).toEqual(['Martin Keller', 'Bristol', 'Steve']);
    expect(names('Great news. Monday we ride!')).toEqual([]);
  });

  it('keeps only the people compromise confirms once loaded', async () => {
    await loadNlp();
    expect(nlpLoaded()).toBe(true);
    expect(names('Shout-out to Martin Keller from Bristol, thanks Steve.')).toEqual(['Martin Keller', 'Steve']);
    expect(names('Thrilled to be speaking at Cloud Expo Europe next week.')).toEqual([]);
    expect(names("Le nouveau stagiaire s'appelle Kevin, merci à Sophie Martin", 'fr')).toEqual(['Kevin', 'Sophie Martin']);
  });
});
