// The messages between the content script and the background worker, and their validation.
// Both ends validate what they receive: a message of the wrong shape is dropped, never half-used.
import type { Account, Kind, Lang, Severity, Site } from '../rules/types';

/** Name of the long-lived port the content script opens to the worker. */
export const PORT_NAME = 'tact/composer';
/** Longest draft or parent post sent over the port; the engine checks 200,000 characters at most anyway. */
export const MAX_MESSAGE_TEXT = 200_000;
/** Longest compose-box id. */
const MAX_BOX_ID = 64;

/** A draft with its context, as the popup has it (from the tab's compose box, or pasted). */
export interface DraftInput {
  draft: string;
  site: Site;
  kind: Kind;
  account: Account;
  parent?: string;
}

/** Popup → content script (tabs.sendMessage): the draft of the compose box last focused in the tab. */
export interface CurrentDraftRequest {
  type: 'tact/current-draft';
}
/** Content script → popup: that draft, or null when the tab has none. */
export type CurrentDraftAnswer = DraftInput | null;

/** Popup → worker (runtime.sendMessage): check one draft and describe every practice, for the checklist. */
export interface ChecklistRequest extends DraftInput {
  type: 'tact/checklist';
  locale: Lang;
}

/** How far text alone can tell: `auto` reliably, `partial` only some signals, `judgement` needs the person's call. */
export type Detection = 'auto' | 'partial' | 'judgement';

export interface PracticeInfo {
  number: number;
  title: string;
  statement: string;
  detection: Detection;
  /** Switched off in the options: not checked. */
  enabled: boolean;
}

/** Worker → popup: the findings and the 25 practices, in the person's language. */
export interface ChecklistReport {
  lang: Lang;
  findings: ShownFinding[];
  practices: PracticeInfo[];
  profileError?: string;
}

export interface CheckRequest {
  type: 'check';
  /** Which compose box on the page (the worker keeps one engine per box). */
  box: string;
  /** Increases with every request of a box: the content script shows an answer only if nothing newer was shown. */
  seq: number;
  draft: string;
  site: Site;
  kind: Kind;
  account: Account;
  parent?: string;
  /** The person's language: messages come back in it. */
  locale: Lang;
}

/** The compose box is gone: the worker can drop its engine. */
export interface ForgetRequest {
  type: 'forget';
  box: string;
}

export type ContentMessage = CheckRequest | ForgetRequest;

export interface ShownFinding {
  practice: number;
  rule: string;
  severity: Severity;
  /** The practice's short title, in the person's language. */
  title: string;
  message: string;
  suggestion?: string;
  start?: number;
  end?: number;
}

export interface CheckReport {
  type: 'report';
  box: string;
  seq: number;
  lang: Lang;
  findings: ShownFinding[];
  /** How many practices were run on the draft. */
  checked: number;
  /** Set when the saved brand profile could not be read: the draft was checked without it. */
  profileError?: string;
  truncatedAt?: number;
}

export interface CheckFailure {
  type: 'failure';
  box: string;
  seq: number;
  error: string;
}

export type WorkerMessage = CheckReport | CheckFailure;

const SITES: readonly Site[] = ['x', 'linkedin', 'facebook', 'other'];
const KINDS: readonly Kind[] = ['post', 'reply'];
const ACCOUNTS: readonly Account[] = ['brand', 'personal'];
const LANGS: readonly Lang[] = ['en', 'fr'];
const SEVERITIES: readonly Severity[] = ['info', 'warn', 'risk'];

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isSeq = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isBox = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_BOX_ID;
const isText = (value: unknown, max = MAX_MESSAGE_TEXT): value is string => typeof value === 'string' && value.length <= max;
const oneOf = <T>(allowed: readonly T[], value: unknown): value is T => allowed.includes(value as T);
const isOffset = (value: unknown) => value === undefined || isSeq(value);

function parseDraftInput(value: Fields): DraftInput | null {
  const { draft, site, kind, account, parent } = value;
  if (!isText(draft) || !oneOf(SITES, site) || !oneOf(KINDS, kind) || !oneOf(ACCOUNTS, account)) return null;
  if (parent !== undefined && !isText(parent)) return null;
  const input: DraftInput = { draft, site, kind, account };
  if (parent !== undefined) input.parent = parent;
  return input;
}

/** The popup's checklist request if well-formed, else null. */
export function parseChecklistRequest(value: unknown): ChecklistRequest | null {
  if (!isObject(value) || value.type !== 'tact/checklist' || !oneOf(LANGS, value.locale)) return null;
  const input = parseDraftInput(value);
  return input && { type: 'tact/checklist', locale: value.locale, ...input };
}

/** The content script's answer to the popup (the current draft), if well-formed; null otherwise. */
export function parseCurrentDraft(value: unknown): CurrentDraftAnswer {
  return isObject(value) ? parseDraftInput(value) : null;
}

/** The content script's message if it has the right shape and sizes, else null. */
export function parseContentMessage(value: unknown): ContentMessage | null {
  if (!isObject(value) || !isBox(value.box)) return null;
  if (value.type === 'forget') return { type: 'forget', box: value.box };
  if (value.type !== 'check') return null;
  const { box, seq, draft, site, kind, account, parent, locale } = value;
  if (!isSeq(seq) || !isText(draft) || !oneOf(SITES, site) || !oneOf(KINDS, kind) || !oneOf(ACCOUNTS, account) || !oneOf(LANGS, locale)) return null;
  if (parent !== undefined && !isText(parent)) return null;
  const request: CheckRequest = { type: 'check', box, seq, draft, site, kind, account, locale };
  if (parent !== undefined) request.parent = parent;
  return request;
}

function isShownFinding(value: unknown): value is ShownFinding {
  if (!isObject(value)) return false;
  const { practice, rule, severity, title, message, suggestion, start, end } = value;
  return (
    Number.isInteger(practice) && (practice as number) >= 1 && (practice as number) <= 25 &&
    isText(rule, 200) && oneOf(SEVERITIES, severity) && isText(title, 200) && isText(message, 2000) &&
    (suggestion === undefined || isText(suggestion, 2000)) && isOffset(start) && isOffset(end)
  );
}

/** The worker's message if it has the right shape, else null. */
export function parseWorkerMessage(value: unknown): WorkerMessage | null {
  if (!isObject(value) || !isBox(value.box) || !isSeq(value.seq)) return null;
  if (value.type === 'failure') return isText(value.error, 2000) ? { type: 'failure', box: value.box, seq: value.seq, error: value.error } : null;
  if (value.type !== 'report') return null;
  const { findings, lang, checked, profileError, truncatedAt } = value;
  if (!Array.isArray(findings) || findings.length > 500 || !findings.every(isShownFinding)) return null;
  if (!oneOf(LANGS, lang) || !isSeq(checked) || (profileError !== undefined && !isText(profileError, 2000)) || !isOffset(truncatedAt)) return null;
  return value as unknown as CheckReport;
}
