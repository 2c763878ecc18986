// Brand profile validation. A malformed profile is answered with an error naming the field, never
// half-used: the caller keeps its previous valid profile.
import type { Profile, Voice } from './types';

export class ProfileError extends Error {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`Invalid profile: "${field}" ${problem}`);
    this.name = 'ProfileError';
  }
}

const LIST_FIELDS = ['aliases', 'competitors', 'codenames', 'restrictedTopics', 'topics', 'bannedTerms'] as const;
const VOICE_VALUES: { [K in keyof Voice]: readonly Voice[K][] } = {
  formality: ['formal', 'neutral', 'friendly'],
  emoji: ['never', 'sparingly', 'ok'],
  person: ['we', 'i'],
};
const VOICE_SYNONYMS: { [K in keyof Voice]: Record<string, Voice[K]> } = {
  formality: { casual: 'friendly', informal: 'friendly', warm: 'friendly', playful: 'friendly', relaxed: 'friendly', professional: 'formal', corporate: 'formal', official: 'formal', balanced: 'neutral' },
  emoji: { none: 'never', no: 'never', false: 'never', some: 'sparingly', few: 'sparingly', rarely: 'sparingly', moderate: 'sparingly', yes: 'ok', true: 'ok', allowed: 'ok', often: 'ok', lots: 'ok' },
  person: { us: 'we', plural: 'we', 'first-person plural': 'we', me: 'i', singular: 'i', 'first-person singular': 'i' },
};
export const DEFAULT_VOICE: Voice = { formality: 'neutral', emoji: 'ok', person: 'we' };
const MAX_TERMS = 500;
const MAX_TERM_LENGTH = 100;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function termList(value: unknown, field: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ProfileError(field, `must be a list of strings, got ${describe(value)}`);
  if (value.length > MAX_TERMS) throw new ProfileError(field, `has ${value.length} terms; at most ${MAX_TERMS} are allowed`);
  const out: string[] = [];
  value.forEach((term, index) => {
    if (typeof term !== 'string') throw new ProfileError(`${field}[${index}]`, `must be a string, got ${describe(term)}`);
    const trimmed = term.trim();
    if (trimmed.length > MAX_TERM_LENGTH) throw new ProfileError(`${field}[${index}]`, `is longer than ${MAX_TERM_LENGTH} characters`);
    if (trimmed) out.push(trimmed);
  });
  return out;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `the string "${value.slice(0, 40)}"` : `a ${typeof value}`;
}

/** Checks an untrusted value (parsed JSON, storage, policy) and returns a complete profile. */
export function parseProfile(input: unknown): Profile {
  if (!isRecord(input)) throw new ProfileError('(profile)', `must be a JSON object, got ${describe(input)}`);
  if (typeof input.brand !== 'string' || !input.brand.trim()) {
    throw new ProfileError('brand', input.brand === undefined ? 'is missing' : `must be a non-empty string, got ${describe(input.brand)}`);
  }
  const voice = { ...DEFAULT_VOICE };
  if (input.voice !== undefined && input.voice !== null) {
    if (!isRecord(input.voice)) throw new ProfileError('voice', `must be an object, got ${describe(input.voice)}`);
    for (const key of Object.keys(VOICE_VALUES) as Array<keyof Voice>) {
      const raw = input.voice[key];
      if (raw === undefined) continue;
      // Common synonyms ("casual", "none", "us") are read as the schema's words rather than refused.
      const value = typeof raw === 'string' ? (VOICE_SYNONYMS[key][raw.trim().toLowerCase()] ?? raw.trim().toLowerCase()) : raw;
      const allowed = VOICE_VALUES[key] as readonly string[];
      if (typeof value !== 'string' || !allowed.includes(value)) {
        throw new ProfileError(`voice.${key}`, `must be one of ${allowed.join(', ')}, got ${describe(value)}`);
      }
      (voice as Record<string, string>)[key] = value;
    }
  }
  const profile = { brand: input.brand.trim(), voice } as Profile;
  for (const field of LIST_FIELDS) profile[field] = termList(input[field], field);
  return profile;
}

/** A stable key for caching per-profile work. */
export function profileKey(profile: Profile | null): string {
  return profile ? JSON.stringify(profile) : '';
}
