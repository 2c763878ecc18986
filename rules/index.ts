// The rule engine's public API. Pure TypeScript: no DOM, no browser APIs (runs in the worker, the CLI and tests).
export type { Account, Bilingual, DraftContext, Finding, Kind, Lang, Profile, Report, Severity, Site, Voice } from './types';
export type { Practice, PracticeMeta, Detection } from './practice';
export { check, createEngine, Engine, InputError, MAX_DRAFT_LENGTH, type CheckedReport, type EngineOptions } from './engine';
export { parseProfile, ProfileError } from './profile';
export { loadNlp, nlpLoaded } from './nlp';
export { practices } from './registry';
