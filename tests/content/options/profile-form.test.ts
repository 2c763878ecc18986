// The options page's logic without the page: the profile form and its validation, import and export, and
// the practice settings.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../rules/profile';
import {
  addTerm,
  emptyForm,
  errorText,
  exportProfile,
  formFieldOf,
  formInput,
  formOf,
  importProfile,
  importRefusal,
  loadForm,
  validate,
  type ProfileForm,
} from '../../../components/options/profile-form';
import { parseDebounce, practiceSetting, withPractice } from '../../../components/options/settings-form';

const brisa = parseProfile({
  brand: 'Brisa',
  aliases: ['Brisa Bikes'],
  competitors: ['Voltaro', 'CycloNova'],
  codenames: ['Falcon'],
  restrictedTopics: ['layoffs'],
  topics: ['e-bike', 'vélo'],
  voice: { formality: 'friendly', emoji: 'sparingly', person: 'we' },
  bannedTerms: ['cheap'],
});

const formWith = (patch: (form: ProfileForm) => void): ProfileForm => {
  const form = formOf(brisa);
  patch(form);
  return form;
};

describe('formFieldOf', () => {
  it.each([
    ['brand', 'brand'],
    ['competitors[2]', 'competitors'],
    ['bannedTerms', 'bannedTerms'],
    ['voice.person', 'voice.person'],
    ['voice', 'voice'],
    ['(profile)', 'profile'],
    ['something.else', 'profile'],
  ])('places %s on %s', (path, field) => {
    expect(formFieldOf(path)).toBe(field);
  });
});

describe('validate', () => {
  it('gives the profile parseProfile gives for a valid form', () => {
    const { profile, errors } = validate(formOf(brisa));
    expect(errors).toEqual({});
    expect(profile).toEqual(brisa);
  });

  it('names an empty brand', () => {
    const { profile, errors } = validate(formWith((f) => (f.brand = '   ')));
    expect(profile).toBeNull();
    expect(errors.brand).toMatchObject({ path: 'brand', kind: 'missing' });
  });

  it('names an invalid voice value with what it was', () => {
    const { errors } = validate(formWith((f) => (f.voice.person = 'they')));
    expect(errors['voice.person']).toMatchObject({ path: 'voice.person', kind: 'choice', value: 'they' });
  });

  it('places an item error on its list, with the item', () => {
    const { errors } = validate(formWith((f) => (f.lists.competitors = ['Voltaro', 'CycloNova', 42])));
    expect(errors.competitors).toMatchObject({ path: 'competitors[2]', field: 'competitors', kind: 'item-type', index: 2, value: '42' });
    const long = validate(formWith((f) => (f.lists.codenames = ['x'.repeat(101)])));
    expect(long.errors.codenames).toMatchObject({ kind: 'item-length', index: 0 });
  });

  it('reports every invalid field at once, not only the first', () => {
    const { errors } = validate(formWith((f) => {
      f.brand = '';
      f.voice.emoji = 'lots of them';
      f.lists.topics = [null];
    }));
    expect(Object.keys(errors).sort()).toEqual(['brand', 'topics', 'voice.emoji']);
  });

  it('reads voice synonyms as the CLI does', () => {
    expect(validate(formWith((f) => (f.voice.formality = 'casual'))).profile?.voice.formality).toBe('friendly');
  });
});

describe('loadForm', () => {
  it('starts empty without a saved profile', () => {
    expect(loadForm(null)).toEqual({ form: emptyForm(), error: null });
  });

  it('loads a valid profile through parseProfile', () => {
    const { form, error } = loadForm({ brand: ' Brisa ', competitors: ['Voltaro'], voice: { person: 'us' } });
    expect(error).toBeNull();
    expect(form.brand).toBe('Brisa');
    expect(form.voice.person).toBe('we');
  });

  it('keeps an invalid profile as it was saved, with its error', () => {
    const saved = { brand: 'Brisa', competitors: ['Voltaro', 7], voice: { person: 'they' }, topics: 'bikes' };
    const { form, error } = loadForm(saved);
    expect(error).toMatchObject({ path: 'voice.person', kind: 'choice', value: 'they' });
    expect(form.voice.person).toBe('they');
    expect(form.lists.competitors).toEqual(['Voltaro', 7]);
    expect(form.lists.topics).toEqual(['bikes']);
    expect(formInput(form)).toMatchObject({ brand: 'Brisa', competitors: ['Voltaro', 7], voice: { person: 'they' } });
  });

  it('says when the saved value is not even an object', () => {
    expect(loadForm('Brisa').error).toMatchObject({ field: 'profile', kind: 'not-object' });
  });
});

describe('addTerm', () => {
  it('adds a trimmed term', () => {
    expect(addTerm(['Voltaro'], '  CycloNova ')).toEqual({ ok: true, list: ['Voltaro', 'CycloNova'] });
  });

  it('refuses an empty term, a duplicate (ignoring case and accents) and a term too long', () => {
    expect(addTerm([], '   ')).toEqual({ ok: false, reason: 'empty' });
    expect(addTerm(['Voltaro'], 'VOLTARO')).toEqual({ ok: false, reason: 'duplicate' });
    expect(addTerm(['Société Générale'], 'societe generale')).toEqual({ ok: false, reason: 'duplicate' });
    expect(addTerm([], 'x'.repeat(101))).toEqual({ ok: false, reason: 'too-long' });
    expect(addTerm(Array.from({ length: 500 }, (_, i) => `t${i}`), 'one more')).toEqual({ ok: false, reason: 'too-many' });
  });
});

describe('import and export', () => {
  it('round-trips: what Export writes, Import reads back the same', () => {
    const text = exportProfile(brisa);
    expect(JSON.parse(text)).toEqual(brisa);
    expect(importProfile(text)).toEqual({ ok: true, profile: brisa });
  });

  it('reads a file with a byte order mark', () => {
    expect(importProfile(`\uFEFF${exportProfile(brisa)}`)).toEqual({ ok: true, profile: brisa });
  });

  it('refuses malformed JSON', () => {
    const result = importProfile('{"brand": "Brisa",');
    expect(result).toEqual({ ok: false, kind: 'json' });
    if (!result.ok) expect(importRefusal('en', result)).toBe('Nothing imported: this file is not valid JSON.');
  });

  it('refuses an invalid profile and names the field', () => {
    const result = importProfile(JSON.stringify({ brand: 'Brisa', voice: { person: 'they' } }));
    expect(result).toMatchObject({ ok: false, kind: 'profile', error: { path: 'voice.person' } });
    if (!result.ok) {
      expect(importRefusal('en', result)).toContain('“voice.person”');
      expect(importRefusal('fr', result)).toContain('« voice.person »');
    }
  });

  it('refuses a file far too large to be a profile', () => {
    expect(importProfile(' '.repeat(2_000_001))).toEqual({ ok: false, kind: 'too-big' });
  });
});

describe('errorText', () => {
  it('says each kind of problem in both languages', () => {
    const { errors } = validate(formWith((f) => {
      f.brand = '';
      f.voice.person = 'they';
      f.lists.competitors = ['Voltaro', 42];
    }));
    expect(errorText('en', errors.brand!)).toBe('Enter the brand’s name.');
    expect(errorText('fr', errors.brand!)).toBe('Indiquez le nom de la marque.');
    expect(errorText('en', errors['voice.person']!)).toBe('“they” is not one of the choices: pick one.');
    expect(errorText('en', errors.competitors!)).toBe('Entry 2 (42) is not text: remove it.');
    expect(errorText('fr', errors.competitors!)).toBe('L’entrée 2 (42) n’est pas du texte : retirez-la.');
  });
});

describe('practice settings', () => {
  it('reads an absent practice as on, as designed', () => {
    expect(practiceSetting({}, 7)).toEqual({ enabled: true });
  });

  it('stores only what differs from the design', () => {
    const off = withPractice({}, 7, { enabled: false });
    expect(off).toEqual({ '7': { enabled: false } });
    const risk = withPractice(off, 12, { severity: 'risk' });
    expect(risk).toEqual({ '7': { enabled: false }, '12': { enabled: true, severity: 'risk' } });
    expect(withPractice(risk, 7, { enabled: true })).toEqual({ '12': { enabled: true, severity: 'risk' } });
    expect(withPractice(risk, 12, { severity: 'default' })).toEqual({ '7': { enabled: false } });
  });

  it('keeps the severity of a practice turned off, for when it is on again', () => {
    const off = withPractice({ '3': { enabled: true, severity: 'info' } }, 3, { enabled: false });
    expect(off).toEqual({ '3': { enabled: false, severity: 'info' } });
    expect(withPractice(off, 3, { enabled: true })).toEqual({ '3': { enabled: true, severity: 'info' } });
  });

  it('accepts a debounce from 0 to 2000 whole milliseconds', () => {
    expect(parseDebounce('0')).toBe(0);
    expect(parseDebounce(' 300 ')).toBe(300);
    expect(parseDebounce('2000')).toBe(2000);
    for (const bad of ['', '-1', '2001', '1.5', 'abc', '1e3']) expect(parseDebounce(bad), bad).toBeNull();
  });
});
