import { describe, expect, it } from 'vitest';
import { tokenize } from '../../rules/text/tokenize';

const words = (text: string) => tokenize(text).map((t) => `${t.kind}:${t.forms[0]}`);
const forms = (text: string) => tokenize(text).map((t) => t.forms);

describe('tokenize', () => {
  it('keeps offsets into the original text, shifted by base', () => {
    const text = "Bonjour l'équipe 👋 #Vélo";
    for (const t of tokenize(text, 100)) expect(text.slice(t.start - 100, t.end - 100)).toBe(t.raw);
  });

  it('splits French elisions and keeps English contractions whole', () => {
    expect(words("j'pense qu'on t'aime, don't we")).toEqual([
      "word:j'", 'word:pense', "word:qu'", 'word:on', "word:t'", 'word:aime', 'punct:,', "word:don't", 'word:we',
    ]);
  });

  it('folds case, accents and curly apostrophes', () => {
    expect(words('ÉTÉ Déçu’e')).toEqual(['word:ete', "word:decu'e"]);
  });

  it('compares inclusive writing by its base word', () => {
    expect(words('les ingénieur·e·s et salarié.e.s')).toEqual(['word:les', 'word:ingenieur', 'word:et', 'word:salarie']);
  });

  it('decodes leetspeak and stretched letters as extra forms', () => {
    expect(forms('c0nfidentiel')[0]).toContain('confidentiel');
    expect(forms('stuuupid')[0]).toContain('stupid');
    expect(forms('2024')[0]).toEqual(['2024']);
  });

  it('joins spaced-out words but not runs of real one-letter words', () => {
    expect(words('you are an i d i o t')).toContain('word:idiot');
    expect(words('c.o.n.f.i.d.e.n.t.i.e.l')).toEqual(['word:confidentiel']);
    expect(words('il y a à faire')).toEqual(['word:il', 'word:y', 'word:a', 'word:a', 'word:faire']);
  });

  it('marks masked swear words', () => {
    const [t] = tokenize('f*ck');
    expect(t?.masked).toBe(true);
  });

  it('recognises links, e-mails, hashtags, mentions and emoji', () => {
    const kinds = tokenize('see nuvola.fr/aide, mail a.b@ex.com #Backup @NuvolaFR 👍🏽 https://x.com/a?b=1.').map((t) => t.kind);
    expect(kinds).toEqual(['word', 'url', 'punct', 'word', 'email', 'hashtag', 'mention', 'emoji', 'url', 'punct']);
  });

  it('treats control and zero-width characters as separators, lone surrogates as punctuation', () => {
    expect(words('con\u200bfidential\u0000x')).toEqual(['word:con', 'word:fidential', 'word:x']);
    expect(() => tokenize('a\ud800b\udc00c')).not.toThrow();
  });
});
