// Settings, profile and policy: storage for every context of the extension.
export type { AreaLike, ChangeListener, StorageLike, StorageChanges } from './areas';
export { DEFAULT_SETTINGS, LOCKABLE, SETTINGS_VERSION, engineOptions, parseSettings, type LocaleChoice, type Lockable, type PracticeSetting, type Settings } from './settings';
export { createProfileStore, createSettingsStore, hydrated, PROFILE_KEY, SETTINGS_KEY, type PersistedStore, type ProfileState, type SettingsState } from './stores';
export { effectiveProfile, effectiveSettings, NO_POLICY, parsePolicy, readPolicy, resolveProfile, type Policy, type ResolvedProfile } from './policy';
export { clearNotices, NOTICES_KEY, readNotices, type StorageNotice } from './notices';
export { migrateSettings } from './migrations';
