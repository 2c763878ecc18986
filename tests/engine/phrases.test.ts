import { describe, expect, it } from 'vitest';
import { defineLexicon, expandAlternatives, maskedEquals, PhraseMatcher } from '../../rules/text/phrases';
import { tokenize } from '../../rules/text/tokenize';

const INSULT = defineLexicon('t.insult', { en: ['idiot*', 'moron'], fr: ['crétin'] }, { maskable: true });
const SORRY = defineLexicon('t.sorry', { en: ['sorry (if|that) you (feel|felt)', 'for * inconvenience'], fr: ["c'est pas (ma|notre) faute"] });
const TAG = defineLexicon('t.tag', { any: ['#ad'] });
const matcher = new PhraseMatcher([INSULT, SORRY, TAG]);
const hits = (text: string) => matcher.match(tokenize(text)).map((h) => `${h.lexicon}:${text.slice(h.start, h.end)}`);

describe('phrase matcher', () => {
  it('expands alternatives, optional groups included', () => {
    expect(expandAlternatives('a (b|c|) d')).toEqual(['a b d', 'a c d', 'a d']);
  });

  it('matches prefixes, wildcards and alternatives whatever the case and accents', () => {
    expect(hits('What IDIOTS. Sorry if you FELT that way. For any inconvenience.')).toEqual([
      't.insult:IDIOTS',
      't.sorry:Sorry if you FELT',
      't.sorry:For any inconvenience',
    ]);
    expect(hits("Quel CRETIN, c'est pas notre faute")).toEqual(['t.insult:CRETIN', "t.sorry:c'est pas notre faute"]);
  });

  it('lets commas and emoji sit inside a phrase', () => {
    expect(hits('sorry, if you feel 🙄 that')).toEqual(['t.sorry:sorry, if you feel']);
  });

  it('matches disguised words: leetspeak, spacing, masking, stretching', () => {
    expect(hits('m0r0n')).toEqual(['t.insult:m0r0n']);
    expect(hits('i d i o t')).toEqual(['t.insult:i d i o t']);
    expect(hits('m*ron')).toEqual(['t.insult:m*ron']);
    expect(hits('idiooooot')).toEqual(['t.insult:idiooooot']);
  });

  it('matches a hashtag-only phrase on hashtags, not on the plain word', () => {
    expect(hits('great #ad')).toEqual(['t.tag:#ad']);
    expect(hits('an ad for shoes')).toEqual([]);
  });

  it('compares masked words letter by letter', () => {
    expect(maskedEquals('f*ck', 'fuck')).toBe(true);
    expect(maskedEquals('f**k', 'fuck')).toBe(true);
    expect(maskedEquals('f*ck', 'fck')).toBe(false);
    expect(maskedEquals('sh*t', 'shirt')).toBe(true);
  });

  it('compiles phrases lazily by first word, optional first groups included', () => {
    const lazy = new PhraseMatcher([defineLexicon('t.lazy', { en: ['(really|) bad idea', '(the|a) (best|worst) ever', 'apolog(y|ies) accepted', 'terrib* idea'] })]);
    const found = (text: string) => lazy.match(tokenize(text)).map((h) => text.slice(h.start, h.end));
    expect(found('bad idea')).toEqual(['bad idea']);
    expect(found('A really bad idea, the worst ever.')).toEqual(['really bad idea', 'bad idea', 'the worst ever']);
    expect(found('apologies accepted. Terrible idea')).toEqual(['apologies accepted', 'Terrible idea']);
    // Matching again after the lazy compile finds the same.
    expect(found('bad idea')).toEqual(['bad idea']);
  });

  it('rejects prefixes too short to mean anything', () => {
    expect(() => new PhraseMatcher([defineLexicon('t.bad', { en: ['ab*'] })])).toThrow(/prefix too short/);
  });
});
