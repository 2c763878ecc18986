// The settings section's logic: per-practice switches and severities as stored, and the debounce field.
import type { PracticeSetting, Settings } from '../../utils/storage';
import type { Severity } from '../../rules/types';

export type SeverityChoice = 'default' | Severity;
export const SEVERITY_CHOICES: readonly SeverityChoice[] = ['default', 'info', 'warn', 'risk'];

/** A practice's setting as shown: absent means on, as designed. */
export function practiceSetting(practices: Settings['practices'], number: number): PracticeSetting {
  return practices[String(number)] ?? { enabled: true };
}

/**
 * The practices map after one change. A practice back to "on, as designed" leaves the map, so the stored
 * settings hold only what the person changed; a practice turned off keeps its severity for when it is on again.
 */
export function withPractice(practices: Settings['practices'], number: number, change: { enabled?: boolean; severity?: SeverityChoice }): Settings['practices'] {
  const current = practiceSetting(practices, number);
  const enabled = change.enabled ?? current.enabled;
  const severity = change.severity === undefined ? current.severity : change.severity === 'default' ? undefined : change.severity;
  const next = { ...practices };
  if (enabled && !severity) delete next[String(number)];
  else next[String(number)] = severity ? { enabled, severity } : { enabled };
  return next;
}

export const DEBOUNCE_MIN = 0;
export const DEBOUNCE_MAX = 2000;

/** The debounce field's text as a number of milliseconds, or null when it is not a whole number in range. */
export function parseDebounce(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= DEBOUNCE_MIN && value <= DEBOUNCE_MAX ? value : null;
}
