import { describe, expect, it } from 'vitest';
import { check } from '../../rules';

const lang = (text: string, locale?: 'en' | 'fr') => check(text, { site: 'x', kind: 'post', account: 'personal', locale }).lang;

describe('language detection', () => {
  it.each([
    ['Vivement les vacances 🌞', 'fr'],
    ["J'pense qu'on devrait tester ça", 'fr'],
    ['This 👆', 'en'],
    ['Thrilled to be speaking at Cloud Expo Europe in Paris next week!', 'en'],
    ['Merci pour le partage, super thread 🙏 #backup', 'fr'],
    ['Thanks for the help, really appreciated', 'en'],
    ["Les ingénieur·e·s de l'équipe sont au top", 'fr'],
  ])('%s → %s', (text, expected) => {
    expect(lang(text)).toBe(expected);
  });

  it('goes by the majority in a mixed draft', () => {
    expect(lang('Thanks pour le partage, je vais tester ça ce soir avec mon équipe')).toBe('fr');
    expect(lang("C'est la vie, but we are still shipping this feature for you and your team today")).toBe('en');
  });

  it('falls back to the requested locale when there is no evidence', () => {
    expect(lang('👍👍', 'fr')).toBe('fr');
    expect(lang('👍👍', 'en')).toBe('en');
  });
});
