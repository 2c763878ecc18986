// Versioned migrations of the stored settings. Each step takes the previous version's shape and returns
// the next; the settings store runs the steps from the stored version up to SETTINGS_VERSION.
import { SETTINGS_VERSION } from './settings';

type Step = (state: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns version n into version n + 1. */
const MIGRATIONS: Record<number, Step> = {
  // Version 1 (issue 3): { debounceMs, gate, accounts }. Version 2 adds the interface language and the
  // per-practice switches; what version 1 had keeps its meaning.
  1: (state) => ({ locale: 'auto', practices: {}, ...state }),
};

export function migrateSettings(state: unknown, fromVersion: number): Record<string, unknown> {
  let current = typeof state === 'object' && state !== null && !Array.isArray(state) ? { ...(state as Record<string, unknown>) } : {};
  for (let version = Math.max(1, fromVersion); version < SETTINGS_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (step) current = step(current);
  }
  return current;
}
