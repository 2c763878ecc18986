// @vitest-environment happy-dom
// The options page against an in-memory browser.storage: the profile editor (lists, validation, save,
// import, export), the settings, the enterprise policy's locks, the notices and the language.
import { h } from 'preact';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { fakeStorage, type FakeStorage } from '../fake-storage';

const brisa = {
  brand: 'Brisa',
  aliases: ['Brisa Bikes'],
  competitors: ['Voltaro', 'CycloNova'],
  codenames: ['Falcon'],
  restrictedTopics: ['layoffs'],
  topics: ['e-bike'],
  voice: { formality: 'friendly', emoji: 'sparingly', person: 'we' },
  bannedTerms: ['cheap'],
};

const savedProfile = (profile: unknown) => ({ profile: { state: { profile }, version: 1 } });

async function open(storage: FakeStorage = fakeStorage(), browserLanguage = 'en-US') {
  const user = userEvent.setup();
  render(h(OptionsPage, { storage, browserLanguage }));
  await screen.findByRole('heading', { level: 2, name: browserLanguage.startsWith('fr') ? 'Profil de marque' : 'Brand profile' });
  return { user, storage };
}

const storedProfile = (storage: FakeStorage) => (storage.local.data.profile as { state?: { profile?: unknown } } | undefined)?.state?.profile;
const storedSettings = (storage: FakeStorage) => (storage.local.data.settings as { state: Record<string, unknown> } | undefined)?.state;
const list = (name: string) => screen.getByRole('group', { name });
const terms = (name: string) => within(list(name)).queryAllByRole('listitem').map((li) => li.textContent?.replace('×', '').trim());
const describedText = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('brand profile lists', () => {
  it('adds a term with the Add button and with Enter, and removes one with its × button', async () => {
    const { user } = await open();
    const input = screen.getByRole('textbox', { name: 'Add to Competitors' });
    await user.type(input, 'Voltaro');
    await user.click(within(list('Competitors')).getByRole('button', { name: 'Add' }));
    await user.type(input, 'CycloNova{Enter}');
    expect(terms('Competitors')).toEqual(['Voltaro', 'CycloNova']);
    expect(input).toHaveProperty('value', '');

    await user.click(screen.getByRole('button', { name: 'Remove “Voltaro”' }));
    expect(terms('Competitors')).toEqual(['CycloNova']);
    // Focus stays in the list: on the term that took the removed one's place.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove “CycloNova”' })));
  });

  it('refuses a duplicate, with a message linked to the input', async () => {
    const { user } = await open();
    const input = screen.getByRole('textbox', { name: 'Add to Codenames' });
    await user.type(input, 'Falcon{Enter}');
    await user.type(input, '  FALCON {Enter}');
    expect(terms('Codenames')).toEqual(['Falcon']);
    expect(screen.getByRole('alert').textContent).toBe('“FALCON” is already in the list.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(input)).toContain('is already in the list');
  });
});

describe('validation and save', () => {
  it('refuses to save without a brand name, and says so next to the field', async () => {
    const { user, storage } = await open();
    await user.type(screen.getByRole('textbox', { name: 'Add to Competitors' }), 'Voltaro{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    const brand = screen.getByRole('textbox', { name: 'Brand name' });
    expect(brand.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(brand)).toContain('Enter the brand’s name.');
    expect(document.activeElement).toBe(brand);
    expect(screen.getByRole('alert').textContent).toBe('Not saved: fix the marked fields first.');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(storage.local.data.profile).toBeUndefined();
  });

  it('saves a valid profile to the profile store, in storage', async () => {
    const { user, storage } = await open();
    await user.type(screen.getByRole('textbox', { name: 'Brand name' }), '  Brisa ');
    await user.type(screen.getByRole('textbox', { name: 'Add to Competitors' }), 'Voltaro{Enter}');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Formality' }), 'formal');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    await waitFor(() =>
      expect(storage.local.data.profile).toEqual({
        state: { profile: { brand: 'Brisa', aliases: [], competitors: ['Voltaro'], codenames: [], restrictedTopics: [], topics: [], bannedTerms: [], voice: { formality: 'formal', emoji: 'ok', person: 'we' } } },
        version: 1,
      }),
    );
    expect(screen.getByRole('status').textContent).toBe('Saved.');
    expect(screen.getByRole('textbox', { name: 'Brand name' })).toHaveProperty('value', 'Brisa');
  });

  it('shows a saved profile that no longer validates as it is, with its error, and never drops it', async () => {
    const invalid = { ...brisa, competitors: ['Voltaro', 42], voice: { ...brisa.voice, person: 'they' } };
    const { user, storage } = await open(fakeStorage({ local: savedProfile(invalid) }));

    expect(screen.getByText(/Your saved profile does not pass validation \(“voice\.person”\)/)).toBeTruthy();
    const person = screen.getByRole('combobox', { name: 'Speaks as' }) as HTMLSelectElement;
    expect(person.selectedOptions[0]?.textContent).toBe('they (not valid)');
    expect(person.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(person)).toBe('“they” is not one of the choices: pick one.');
    expect(describedText(list('Competitors'))).toContain('Entry 2 (42) is not text: remove it.');
    expect(terms('Competitors')).toEqual(['Voltaro', '42']);

    // Save is refused while it is invalid; what was saved stays in storage as it was.
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(screen.getByRole('alert').textContent).toBe('Not saved: fix the marked fields first.');
    expect(storedProfile(storage)).toEqual(invalid);

    await user.selectOptions(person, 'we');
    await user.click(screen.getByRole('button', { name: 'Remove “42”' }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(storedProfile(storage)).toEqual({ ...brisa, competitors: ['Voltaro'] }));
  });

  it('follows a profile saved by another tab while nothing is being edited', async () => {
    const { storage } = await open();
    await storage.local.set(savedProfile(brisa));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Brand name' })).toHaveProperty('value', 'Brisa'));
    expect(terms('Competitors')).toEqual(['Voltaro', 'CycloNova']);
  });
});

describe('import and export', () => {
  const importInput = () => document.querySelector<HTMLInputElement>('input[type=file][data-import]')!;
  const file = (text: string, name = 'profile.json') => new File([text], name, { type: 'application/json' });

  it('fills the form from a valid JSON file, to be saved', async () => {
    const { user, storage } = await open();
    await user.upload(importInput(), file(JSON.stringify(brisa)));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Brand name' })).toHaveProperty('value', 'Brisa'));
    expect(terms('Competitors')).toEqual(['Voltaro', 'CycloNova']);
    expect((screen.getByRole('combobox', { name: 'Formality' }) as HTMLSelectElement).value).toBe('friendly');
    expect(screen.getByRole('status').textContent).toBe('Imported profile.json: check it, then save.');
    expect(storage.local.data.profile).toBeUndefined();
  });

  it('says a malformed file is not JSON and keeps the form as it was', async () => {
    const { user } = await open(fakeStorage({ local: savedProfile(brisa) }));
    await user.upload(importInput(), file('{"brand": "Other", '));
    expect((await screen.findByRole('alert')).textContent).toBe('Nothing imported: this file is not valid JSON.');
    expect(screen.getByRole('textbox', { name: 'Brand name' })).toHaveProperty('value', 'Brisa');
    expect(terms('Competitors')).toEqual(['Voltaro', 'CycloNova']);
  });

  it('refuses an invalid profile file, naming the field, and keeps the form', async () => {
    const { user } = await open(fakeStorage({ local: savedProfile(brisa) }));
    await user.upload(importInput(), file(JSON.stringify({ brand: 'Other', competitors: 'Globex' })));
    expect((await screen.findByRole('alert')).textContent).toBe('Nothing imported: this file is not a valid profile (“competitors”): This must be a list of terms.');
    expect(screen.getByRole('textbox', { name: 'Brand name' })).toHaveProperty('value', 'Brisa');
  });

  it('exports a JSON download that imports back to the same profile', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:tact-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });

    const { user } = await open(fakeStorage({ local: savedProfile(brisa) }));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(clicks).toHaveLength(1);
    expect(clicks[0]!.download).toBe('tact-profile.json');
    expect(clicks[0]!.href).toBe('blob:tact-test');
    expect(blobs[0]!.type).toBe('application/json');
    const exported = await blobs[0]!.text();
    expect(JSON.parse(exported)).toEqual(brisa);
    cleanup();

    // A fresh browser: import the file, save, and the same profile is stored.
    const other = await open();
    await other.user.upload(importInput(), file(exported, 'tact-profile.json'));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Brand name' })).toHaveProperty('value', 'Brisa'));
    await other.user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(storedProfile(other.storage)).toEqual(brisa));
  });

  it('does not export an invalid profile', async () => {
    const create = vi.spyOn(URL, 'createObjectURL');
    const { user } = await open();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(create).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Not exported: fix the marked fields first.');
  });
});

describe('settings', () => {
  it('switches a practice off and gives another a severity, saved at once', async () => {
    const { user, storage } = await open();
    const practice7 = screen.getByRole('switch', { name: '7 Protect confidential information' });
    expect(practice7).toHaveProperty('checked', true);
    await user.click(practice7);
    await waitFor(() => expect(storedSettings(storage)?.practices).toEqual({ '7': { enabled: false } }));
    expect(practice7).toHaveProperty('checked', false);
    expect(screen.getByRole('combobox', { name: 'Severity of practice 7, Protect confidential information' })).toHaveProperty('disabled', true);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Severity of practice 12, Know when to step back' }), 'risk');
    await waitFor(() => expect(storedSettings(storage)?.practices).toEqual({ '7': { enabled: false }, '12': { enabled: true, severity: 'risk' } }));
  });

  it('lists the 25 practices with their number and title in the interface language', async () => {
    await open();
    const switches = screen.getAllByRole('switch').filter((s) => s.id.startsWith('practice-'));
    expect(switches).toHaveLength(25);
    expect(screen.getByRole('switch', { name: '14 Don\'t bash competitors' })).toBeTruthy();
  });

  it('storage that refuses to save (quota): the change applies, and the page says it is not saved', async () => {
    const storage = fakeStorage();
    storage.local.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const { user } = await open(storage);
    const gate = screen.getByRole('switch', { name: 'Ask before posting a draft with a risk' });
    await user.click(gate);
    const alert = await screen.findByText(/storage is not available \(could not be saved: QUOTA_BYTES quota exceeded\)/);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect((gate as HTMLInputElement).checked).toBe(false); // in force for this session
  });

  it('saves the account per site, the gate and the debounce', async () => {
    const { user, storage } = await open();
    await user.selectOptions(screen.getByRole('combobox', { name: 'LinkedIn' }), 'brand');
    await user.click(screen.getByRole('switch', { name: 'Ask before posting a draft with a risk' }));
    const debounce = screen.getByRole('spinbutton', { name: 'Wait after typing' });
    await user.clear(debounce);
    await user.type(debounce, '400');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(storedSettings(storage)?.debounceMs).toBe(150);
    await user.tab(); // committed when leaving the field, not at each keystroke
    await waitFor(() => expect(storedSettings(storage)).toMatchObject({ accounts: { linkedin: 'brand' }, gate: false, debounceMs: 400 }));

    await user.clear(debounce);
    await user.type(debounce, '5000{Enter}');
    await user.tab();
    expect(debounce.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(debounce)).toContain('Enter a whole number of milliseconds from 0 to 2000.');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(storedSettings(storage)?.debounceMs).toBe(400);
  });
});

describe('managed policy', () => {
  it('disables a locked setting, shows the administrator’s value and marks it', async () => {
    const { user, storage } = await open(fakeStorage({ managed: { locked: ['gate'], settings: { gate: false } } }));
    const gate = screen.getByRole('switch', { name: 'Ask before posting a draft with a risk' });
    expect(gate).toHaveProperty('disabled', true);
    expect(gate).toHaveProperty('checked', false);
    expect(describedText(gate)).toContain('Set by your organisation');
    expect(screen.getByRole('img', { name: 'Locked' })).toBeTruthy();
    await user.click(gate);
    expect(storage.local.data.settings).toBeUndefined();
    // What is not locked can still be changed.
    expect(screen.getByRole('spinbutton', { name: 'Wait after typing' })).toHaveProperty('disabled', false);
    expect(screen.getByRole('switch', { name: '7 Protect confidential information' })).toHaveProperty('disabled', false);
  });

  it('locks every practice control when practices are locked', async () => {
    await open(fakeStorage({ managed: { locked: ['practices', 'accounts'] } }));
    const practices = screen.getByRole('group', { name: /^Practices/ });
    for (const control of [...within(practices).getAllByRole('switch'), ...within(practices).getAllByRole('combobox')]) expect(control).toHaveProperty('disabled', true);
    expect(screen.getByRole('combobox', { name: 'X' })).toHaveProperty('disabled', true);
  });

  it('shows a managed profile read-only instead of the editor', async () => {
    await open(fakeStorage({ local: savedProfile(brisa), managed: { profile: { brand: 'Acme', competitors: ['Globex'] } } }));
    expect(screen.getByText(/Your organisation manages the brand profile/)).toBeTruthy();
    expect(screen.getByText('Acme')).toBeTruthy();
    expect(screen.getByText('Globex')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Brand name' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save profile' })).toBeNull();
    expect(document.querySelector('input[type=file]')).toBeNull();
  });
});

describe('notices', () => {
  const notice = { key: 'settings', problem: 'unusable fields: gate', backupKey: 'backup:settings:2026-11-24T10:00:00.000Z', at: '2026-11-24T10:00:00.000Z' };

  it('shows what could not be read and where the copy is, until dismissed', async () => {
    const { user, storage } = await open(fakeStorage({ local: { notices: [notice], [notice.backupKey]: { gate: 'yes' } } }));
    const banner = screen.getByRole('region', { name: 'Some saved data could not be read' });
    expect(banner.textContent).toContain('Your settings (these fields could not be used: gate');
    expect(banner.textContent).toContain('Tact uses the defaults instead');
    expect(banner.textContent).toContain(notice.backupKey);

    await user.click(within(banner).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Some saved data could not be read' })).toBeNull();
    await waitFor(() => expect(storage.local.data.notices).toBeUndefined());
    expect(storage.local.data[notice.backupKey]).toEqual({ gate: 'yes' });
  });

  it('shows a notice written while the page loads damaged settings', async () => {
    await open(fakeStorage({ local: { settings: 42 } }));
    expect(await screen.findByRole('region', { name: 'Some saved data could not be read' })).toBeTruthy();
  });

  it('shows nothing when every stored value was read', async () => {
    await open();
    expect(screen.queryByRole('region', { name: 'Some saved data could not be read' })).toBeNull();
  });
});

describe('language', () => {
  it('follows the browser’s language when set to automatic', async () => {
    await open(fakeStorage(), 'fr-FR');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Options de Tact');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('switches the whole page to French at once, and saves the choice', async () => {
    const { user, storage } = await open();
    await user.type(screen.getByRole('textbox', { name: 'Brand name' }), 'Brisa');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Interface language' }), 'fr');

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Options de Tact');
    expect(screen.getByRole('heading', { level: 2, name: 'Profil de marque' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Enregistrer le profil' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: '7 Protéger la confidentialité' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Langue de l’interface' })).toHaveProperty('value', 'fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toBe('Options de Tact');
    // The form being edited is kept.
    expect(screen.getByRole('textbox', { name: 'Nom de la marque' })).toHaveProperty('value', 'Brisa');
    await waitFor(() => expect(storedSettings(storage)?.locale).toBe('fr'));
  });
});
