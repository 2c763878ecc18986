// The interface's two catalogs, and filling their placeholders.
import { describe, expect, it } from 'vitest';
import { catalogs, t, uiLanguage, type MessageKey } from '../../components/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogs', () => {
  it('have exactly the same keys in English and French', () => {
    expect(Object.keys(catalogs.fr).sort()).toEqual(Object.keys(catalogs.en).sort());
  });

  it('have no empty message', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const [key, text] of Object.entries(catalogs[lang])) expect(text.trim(), `${lang}.${key}`).not.toBe('');
    }
  });

  it('use the same placeholders in both versions of each message', () => {
    for (const key of Object.keys(catalogs.en) as MessageKey[]) {
      expect(placeholders(catalogs.fr[key]), key).toEqual(placeholders(catalogs.en[key]));
    }
  });
});

describe('t', () => {
  it('fills placeholders', () => {
    expect(t('en', 'nothingFound', { count: 25 })).toBe('Nothing to flag. 25 practices checked.');
    expect(t('fr', 'error', { error: 'délai dépassé' })).toBe('Tact n’a pas pu vérifier ce brouillon : délai dépassé');
  });

  it('fills every occurrence and several placeholders', () => {
    expect(t('en', 'practice', { number: 7 })).toBe('Practice 7');
    expect(t('en', 'dismissLabel', { title: 'Be human' })).toBe('Dismiss “Be human” for this draft');
  });

  it('leaves a placeholder it has no value for', () => {
    expect(t('en', 'nothingFound', { other: 1 })).toBe('Nothing to flag. {count} practices checked.');
  });

  it('returns the template as is without data', () => {
    expect(t('fr', 'review')).toBe('Relire');
  });

  it('does not re-expand placeholders found inside a value', () => {
    expect(t('en', 'error', { error: '{error}' })).toBe('Tact could not check this draft: {error}');
    expect(t('en', 'dismissLabel', { title: '$& {count}' })).toBe('Dismiss “$& {count}” for this draft');
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
