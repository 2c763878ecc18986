// Public types of the rule engine. Pure data: shared by the worker, the CLI and the tests.

export type Lang = 'en' | 'fr';
export type Site = 'x' | 'linkedin' | 'facebook' | 'other';
export type Kind = 'post' | 'reply';
/** `brand`: the brand's official account. `personal`: the own account of someone who works for, or is paid by, the brand. */
export type Account = 'brand' | 'personal';
/** `risk`: harm is likely. `warn`: a reviewer should look. `info`: a hint (never blocks). */
export type Severity = 'info' | 'warn' | 'risk';

export interface DraftContext {
  site: Site;
  kind: Kind;
  account: Account;
  /** The post being replied to (replies only). */
  parent?: string;
  /** Language of the messages (the user's language), independent of the draft's language. */
  locale?: Lang;
}

export interface Finding {
  practice: number;
  /** `<slug>/<messageId>`, stable across versions: safe to store dismissals against. */
  rule: string;
  severity: Severity;
  message: string;
  /** UTF-16 offsets into the original draft, when the finding points at words. */
  start?: number;
  end?: number;
  /** What to do instead. */
  suggestion?: string;
}

export interface Report {
  lang: Lang;
  findings: Finding[];
}

export interface Voice {
  formality: 'formal' | 'neutral' | 'friendly';
  emoji: 'never' | 'sparingly' | 'ok';
  person: 'we' | 'i';
}

/** A brand profile: the schema of `../shared/eval/README.md`. Lists hold terms in every language the brand writes in. */
export interface Profile {
  brand: string;
  aliases: string[];
  competitors: string[];
  codenames: string[];
  restrictedTopics: string[];
  topics: string[];
  voice: Voice;
  bannedTerms: string[];
}

export type Bilingual = Record<Lang, string>;
