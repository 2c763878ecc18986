// The interface's catalogs (one per part: sidebar, popup, options), filling their placeholders, and
// picking the language.
import { describe, expect, it } from 'vitest';
import { chosenLanguage, fill, translator, uiLanguage } from '../../components/i18n';
import { catalogs } from '../../components/locales';
import { t } from '../../components/locales/sidebar';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const parts = Object.entries(catalogs) as [string, { en: Record<string, string>; fr: Record<string, string> }][];

describe('catalogs', () => {
  it('cover the sidebar, the popup and the options page', () => {
    expect(Object.keys(catalogs).sort()).toEqual(['options', 'popup', 'sidebar']);
  });

  describe.each(parts)('%s', (_, catalog) => {
    it('has exactly the same keys in English and French', () => {
      expect(Object.keys(catalog.fr).sort()).toEqual(Object.keys(catalog.en).sort());
    });

    it('has no empty message', () => {
      for (const lang of ['en', 'fr'] as const) {
        for (const [key, text] of Object.entries(catalog[lang])) {
          expect(typeof text, `${lang}.${key}`).toBe('string');
          expect(text.trim(), `${lang}.${key}`).not.toBe('');
        }
      }
    });

    it('uses the same {placeholders} in both versions of each message', () => {
      for (const key of Object.keys(catalog.en)) {
        expect(placeholders(catalog.fr[key] ?? ''), key).toEqual(placeholders(catalog.en[key]!));
      }
    });

    it('has no placeholder left half-written (a lone brace)', () => {
      for (const lang of ['en', 'fr'] as const) {
        for (const [key, text] of Object.entries(catalog[lang])) {
          expect(text.replace(/\{\w+\}/g, ''), `${lang}.${key}`).not.toMatch(/[{}]/);
        }
      }
    });
  });
});

describe('fill', () => {
  it('fills placeholders, every occurrence', () => {
    expect(fill('{a} and {b}, then {a}', { a: 1, b: 'two' })).toBe('1 and two, then 1');
  });

  it('leaves a placeholder it has no value for', () => {
    expect(fill('{count} practices', { other: 1 })).toBe('{count} practices');
  });

  it('returns the template as is without data', () => {
    expect(fill('{count} practices')).toBe('{count} practices');
  });

  it('does not re-expand placeholders found inside a value, nor read replacement patterns', () => {
    expect(fill('Error: {error}', { error: '{error}' })).toBe('Error: {error}');
    expect(fill('“{title}”', { title: '$& {count}' })).toBe('“$& {count}”');
  });

  it('fills zero', () => {
    expect(fill('{count} left', { count: 0 })).toBe('0 left');
  });
});

describe('translator', () => {
  const tr = translator({ en: { hello: 'Hello {name}', bye: 'Bye' }, fr: { hello: 'Bonjour {name}', bye: 'Au revoir' } });

  it('picks the language’s message and fills it', () => {
    expect(tr('en', 'hello', { name: 'Ana' })).toBe('Hello Ana');
    expect(tr('fr', 'hello', { name: 'Ana' })).toBe('Bonjour Ana');
    expect(tr('fr', 'bye')).toBe('Au revoir');
  });

  it('is what each part’s `t` is (the sidebar’s, here)', () => {
    expect(t('en', 'nothingFound', { count: 25 })).toBe('Nothing to flag. 25 practices checked.');
    expect(t('fr', 'error', { error: 'délai dépassé' })).toBe('Tact n’a pas pu vérifier ce brouillon : délai dépassé');
    expect(t('en', 'dismissLabel', { title: 'Be human' })).toBe('Dismiss “Be human” for this draft');
    expect(t('fr', 'review')).toBe('Relire');
  });
});

describe('uiLanguage', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['FR-fr', 'fr'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('reads %s as %s', (tag, lang) => {
    expect(uiLanguage(tag)).toBe(lang);
  });
});

describe('chosenLanguage', () => {
  it('follows the browser when the person chose automatic', () => {
    expect(chosenLanguage('auto', 'fr-FR')).toBe('fr');
    expect(chosenLanguage('auto', 'en-US')).toBe('en');
    expect(chosenLanguage('auto', 'ja')).toBe('en');
    expect(chosenLanguage('auto', undefined)).toBe('en');
  });

  it('keeps the person’s choice whatever the browser’s language', () => {
    expect(chosenLanguage('fr', 'en-US')).toBe('fr');
    expect(chosenLanguage('en', 'fr-FR')).toBe('en');
  });
});
