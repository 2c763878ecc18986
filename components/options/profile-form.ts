// The brand profile editor's logic, kept out of the components so it can be tested on its own: the form's
// state, its validation (by the engine's own parseProfile, so the options page and the CLI accept exactly the
// same profiles), where an error goes on the page, adding a term to a list, and the JSON import and export.
import { DEFAULT_VOICE, parseProfile, ProfileError } from '../../rules/profile';
import type { Lang, Profile, Voice } from '../../rules/types';
import { t } from '../locales/options';

export const LIST_FIELDS = ['aliases', 'competitors', 'codenames', 'restrictedTopics', 'topics', 'bannedTerms'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export const VOICE_FIELDS = ['formality', 'emoji', 'person'] as const;
export type VoiceField = (typeof VOICE_FIELDS)[number];
export const VOICE_CHOICES: { readonly [K in VoiceField]: readonly Voice[K][] } = {
  formality: ['formal', 'neutral', 'friendly'],
  emoji: ['never', 'sparingly', 'ok'],
  person: ['we', 'i'],
};

/** Where an error is shown: next to a field, or above the whole editor (`profile`). */
export type FormField = 'brand' | ListField | `voice.${VoiceField}` | 'voice' | 'profile';

/**
 * The editor's content. Items and voice values are kept as they were saved, not coerced: a profile saved
 * earlier that no longer validates is shown as it is, with its error, until the person fixes it.
 */
export interface ProfileForm {
  brand: string;
  lists: Record<ListField, unknown[]>;
  voice: Record<VoiceField, unknown>;
}

export type ErrorKind = 'missing' | 'item-type' | 'item-length' | 'too-many' | 'not-list' | 'choice' | 'not-object';

export interface FieldError {
  /** The field as parseProfile names it, e.g. `competitors[2]`. */
  path: string;
  field: FormField;
  kind: ErrorKind;
  /** The item's position (0-based) for item errors. */
  index?: number;
  /** The offending value, as text. */
  value?: string;
}

export type FormErrors = Partial<Record<FormField, FieldError>>;

export const MAX_TERM_LENGTH = 100;
export const MAX_TERMS = 500;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A saved value shown as text: strings as they are, anything else as JSON. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function emptyForm(): ProfileForm {
  return { brand: '', lists: { aliases: [], competitors: [], codenames: [], restrictedTopics: [], topics: [], bannedTerms: [] }, voice: { ...DEFAULT_VOICE } };
}

export function formOf(profile: Profile): ProfileForm {
  const form = emptyForm();
  form.brand = profile.brand;
  for (const field of LIST_FIELDS) form.lists[field] = [...profile[field]];
  form.voice = { ...profile.voice };
  return form;
}

/** What the form holds, in the profile's schema (what parseProfile reads). */
export function formInput(form: ProfileForm): Record<string, unknown> {
  const voice: Record<string, unknown> = {};
  for (const key of VOICE_FIELDS) if (form.voice[key] !== undefined) voice[key] = form.voice[key];
  return { brand: form.brand, ...Object.fromEntries(LIST_FIELDS.map((field) => [field, form.lists[field]])), voice };
}

/** `competitors[2]` → competitors, `voice.person` → voice.person, `(profile)` → profile. */
export function formFieldOf(path: string): FormField {
  const base = path.replace(/\[\d+\]$/, '');
  if (base === 'brand' || base === 'voice' || (LIST_FIELDS as readonly string[]).includes(base)) return base as FormField;
  const voiceKey = base.startsWith('voice.') ? base.slice('voice.'.length) : '';
  if ((VOICE_FIELDS as readonly string[]).includes(voiceKey)) return base as FormField;
  return 'profile';
}

/** Turns a ProfileError into an error placed on the page, reading the offending value to say what is wrong. */
export function fieldError(error: ProfileError, input: unknown): FieldError {
  const path = error.field;
  const field = formFieldOf(path);
  const record = isRecord(input) ? input : {};
  const index = /\[(\d+)\]$/.exec(path)?.[1];
  if (field === 'profile') return { path, field, kind: 'not-object' };
  if (field === 'brand') return { path, field, kind: 'missing' };
  if (field === 'voice') return { path, field, kind: 'not-object', value: shown(record.voice) };
  if (field.startsWith('voice.')) {
    const voice = isRecord(record.voice) ? record.voice : {};
    return { path, field, kind: 'choice', value: shown(voice[field.slice('voice.'.length)]) };
  }
  const list = record[field];
  if (index !== undefined && Array.isArray(list)) {
    const item = list[Number(index)];
    return { path, field, kind: typeof item === 'string' ? 'item-length' : 'item-type', index: Number(index), value: shown(item) };
  }
  return { path, field, kind: Array.isArray(list) ? 'too-many' : 'not-list' };
}

function problem(input: Record<string, unknown>): FieldError | null {
  try {
    parseProfile(input);
    return null;
  } catch (error) {
    if (error instanceof ProfileError) return fieldError(error, input);
    throw error;
  }
}

/**
 * Validates the form with parseProfile. parseProfile stops at the first problem; to show every field's
 * message at once, each field is also checked alone (beside a stand-in brand).
 */
export function validate(form: ProfileForm): { profile: Profile | null; errors: FormErrors } {
  const errors: FormErrors = {};
  const add = (error: FieldError | null) => {
    if (error && !errors[error.field]) errors[error.field] = error;
  };
  const input = formInput(form);
  add(problem({ brand: form.brand }));
  for (const field of LIST_FIELDS) add(problem({ brand: 'x', [field]: form.lists[field] }));
  add(problem({ brand: 'x', voice: input.voice }));
  add(problem(input));
  if (Object.keys(errors).length) return { profile: null, errors };
  return { profile: parseProfile(input), errors };
}

/**
 * A saved profile (or a managed one) in the form. A valid one is read through parseProfile (trimmed, voice
 * synonyms resolved); one that fails is shown as close to what was saved as the form allows, with its error.
 */
export function loadForm(saved: unknown): { form: ProfileForm; error: FieldError | null } {
  if (saved === null || saved === undefined) return { form: emptyForm(), error: null };
  try {
    return { form: formOf(parseProfile(saved)), error: null };
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    const form = emptyForm();
    const record = isRecord(saved) ? saved : {};
    form.brand = typeof record.brand === 'string' ? record.brand : record.brand === undefined || record.brand === null ? '' : shown(record.brand);
    for (const field of LIST_FIELDS) {
      const list = record[field];
      form.lists[field] = Array.isArray(list) ? [...list] : typeof list === 'string' ? [list] : [];
    }
    if (isRecord(record.voice)) for (const key of VOICE_FIELDS) if (record.voice[key] !== undefined) form.voice[key] = record.voice[key];
    return { form, error: fieldError(error, saved) };
  }
}

/** Folds case and accents, as the engine's matching does: "Société" and "societe" are the same term. */
export function termKey(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().trim();
}

export type AddResult = { ok: true; list: unknown[] } | { ok: false; reason: 'empty' | 'duplicate' | 'too-long' | 'too-many' };

/** Adds a term to a list, refusing an empty one, one already there, or one parseProfile would refuse. */
export function addTerm(list: readonly unknown[], term: string): AddResult {
  const trimmed = term.trim();
  if (!trimmed) return { ok: false, reason: 'empty' };
  const key = termKey(trimmed);
  if (list.some((item) => typeof item === 'string' && termKey(item) === key)) return { ok: false, reason: 'duplicate' };
  if (trimmed.length > MAX_TERM_LENGTH) return { ok: false, reason: 'too-long' };
  if (list.length >= MAX_TERMS) return { ok: false, reason: 'too-many' };
  return { ok: true, list: [...list, trimmed] };
}

/** The file Export writes: the profile as the CLI's --profile reads it. */
export function exportProfile(profile: Profile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

export const EXPORT_FILE_NAME = 'tact-profile.json';
/** A profile file is a few kilobytes; anything far larger is not one. */
export const MAX_IMPORT_CHARS = 2_000_000;

export type ImportResult = { ok: true; profile: Profile } | { ok: false; kind: 'too-big' | 'json' } | { ok: false; kind: 'profile'; error: FieldError };

/** Reads an imported file's text: JSON, then parseProfile. */
export function importProfile(text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, kind: 'too-big' };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, kind: 'json' };
  }
  try {
    return { ok: true, profile: parseProfile(value) };
  } catch (error) {
    if (error instanceof ProfileError) return { ok: false, kind: 'profile', error: fieldError(error, value) };
    throw error;
  }
}

/** A field error in words, in the interface's language. */
export function errorText(lang: Lang, error: FieldError): string {
  const value = error.value ?? '';
  switch (error.kind) {
    case 'missing':
      return t(lang, 'errBrand');
    case 'choice':
      return t(lang, 'errChoice', { value });
    case 'item-type':
      return t(lang, 'errItemType', { n: (error.index ?? 0) + 1, value });
    case 'item-length':
      return t(lang, 'errItemLength', { n: (error.index ?? 0) + 1, max: MAX_TERM_LENGTH });
    case 'too-many':
      return t(lang, 'errTooMany', { max: MAX_TERMS });
    case 'not-list':
      return t(lang, 'errNotList');
    case 'not-object':
      return t(lang, error.field === 'voice' ? 'errVoice' : 'errProfile');
  }
}

/** Why a term was not added, in words. */
export function addRefusal(lang: Lang, reason: Exclude<AddResult, { ok: true }>['reason'], term: string): string {
  switch (reason) {
    case 'empty':
      return t(lang, 'addEmpty');
    case 'duplicate':
      return t(lang, 'addDuplicate', { term: term.trim() });
    case 'too-long':
      return t(lang, 'errItemLengthNew', { max: MAX_TERM_LENGTH });
    case 'too-many':
      return t(lang, 'errTooMany', { max: MAX_TERMS });
  }
}

/** What an import that changed nothing says. */
export function importRefusal(lang: Lang, result: Exclude<ImportResult, { ok: true }>): string {
  if (result.kind === 'profile') return t(lang, 'importInvalid', { field: result.error.path, problem: errorText(lang, result.error) });
  return t(lang, result.kind === 'too-big' ? 'importTooBig' : 'importNotJson');
}
