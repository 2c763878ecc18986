// Settings, profile and policy: storage for every context of the extension.
export type { AreaLike, ChangeListener, StorageLike, StorageChanges } from './areas';
export { DEFAULT_SETTINGS, LOCKABLE, SETTINGS_VERSION, engineOptions, parseSettings, type LocaleChoice, type Lockable, type PracticeSetting, type Settings } from './settings';
export { createProfileStore, createSettingsStore, hydrated, type PersistedStore, type ProfileState, type SettingsState } from './stores';
export { parseSetAccount, PROFILE_KEY, readStoredSettings, SETTINGS_KEY, type SetAccountAnswer, type SetAccountRequest } from './read-settings';
export { effectiveProfile, effectiveSettings, NO_POLICY, parsePolicy, readPolicy, resolveProfile, type Policy, type ResolvedProfile } from './policy';
export { clearNotices, NOTICES_KEY, readNotices, type StorageNotice } from './notices';
export { migrateSettings } from './migrations';
