// The engine: runs every practice on a draft and its context, and answers with a Report.
// One engine instance per compose box keeps a cache of analysed sentences, so typing at the end of a
// long draft only re-analyses the sentence being typed.
import type { DraftContext, Finding, Lang, Profile, Report, Severity } from './types';
import type { Practice, ReportDescriptor, RuleContext } from './practice';
import { analyseChunk, profileLexicons, splitChunks, TextView, type ChunkAnalysis } from './analysis';
import { PhraseMatcher } from './text/phrases';
import { parseProfile, profileKey } from './profile';
import { practices as allPractices } from './registry';

/** Longest draft analysed; beyond it the rest is not checked and the report says so. */
export const MAX_DRAFT_LENGTH = 200_000;
const SITES = ['x', 'linkedin', 'facebook', 'other'] as const;
const KINDS = ['post', 'reply'] as const;
const ACCOUNTS = ['brand', 'personal'] as const;
const CONTEXT_SYNONYMS: Record<string, string> = {
  twitter: 'x', 'x.com': 'x', 'twitter.com': 'x', fb: 'facebook', 'facebook.com': 'facebook', 'linkedin.com': 'linkedin',
  comment: 'reply', answer: 'reply', response: 'reply', tweet: 'post', status: 'post',
  company: 'brand', official: 'brand', corporate: 'brand', employee: 'personal', staff: 'personal', individual: 'personal',
};
const SEVERITY_RANK: Record<Severity, number> = { risk: 0, warn: 1, info: 2 };

export class InputError extends Error {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`Invalid ${field}: ${problem}`);
    this.name = 'InputError';
  }
}

export interface EngineOptions {
  /** Practices to run (all 25 by default). */
  practices?: readonly Practice[];
  /** Practice numbers switched off. */
  disabled?: readonly number[];
  /** Severity overrides per practice number. */
  severity?: Readonly<Record<number, Severity>>;
  /** Sentences kept in the cache (default 4,000). */
  cacheSize?: number;
  /** Throw when a practice fails instead of skipping it (tests). */
  strict?: boolean;
}

export interface CheckedReport extends Report {
  /** Set when the draft was longer than MAX_DRAFT_LENGTH: only the text before this offset was checked. */
  truncatedAt?: number;
}

export class Engine {
  private readonly practices: readonly Practice[];
  private readonly matcher: PhraseMatcher;
  private readonly cache = new Map<string, ChunkAnalysis>();
  private readonly cacheSize: number;
  private profileMatcher: CompiledProfile | null = null;

  constructor(private readonly options: EngineOptions = {}) {
    const disabled = new Set(options.disabled ?? []);
    this.practices = (options.practices ?? allPractices).filter((p) => !disabled.has(p.meta.number));
    this.matcher = matcherFor(this.practices);
    this.cacheSize = options.cacheSize ?? 4000;
  }

  /**
   * Checks a draft. Throws InputError for a draft that is not a string or an invalid context, and
   * ProfileError for a malformed profile; never throws on the draft's content.
   */
  check(draft: string, context: DraftContext, profile?: Profile | null | unknown): CheckedReport {
    if (typeof draft !== 'string') throw new InputError('draft', `expected a string, got ${draft === null ? 'null' : typeof draft}`);
    const ctx = validateContext(context);
    const validProfile = profile === undefined || profile === null ? null : this.profileFor(profile);
    let text = draft;
    let truncatedAt: number | undefined;
    if (text.length > MAX_DRAFT_LENGTH) {
      truncatedAt = MAX_DRAFT_LENGTH;
      text = text.slice(0, MAX_DRAFT_LENGTH);
    }
    const fallback: Lang = ctx.locale ?? 'en';
    const view = this.view(text, validProfile, fallback);
    const report: CheckedReport = { lang: view.lang, findings: [] };
    if (truncatedAt !== undefined) report.truncatedAt = truncatedAt;
    if (!text.trim()) return report;
    const parent = ctx.parent?.trim() ? this.view(ctx.parent.slice(0, MAX_DRAFT_LENGTH), validProfile, view.lang) : null;
    const locale = ctx.locale ?? view.lang;
    for (const practice of this.practices) {
      const found: Finding[] = [];
      const ruleContext: RuleContext = {
        lang: view.lang,
        context: ctx,
        profile: validProfile,
        draft: view,
        parent,
        report: (d: ReportDescriptor) => found.push(this.finding(practice, d, locale, text.length)),
      };
      try {
        practice.create(ruleContext);
      } catch (error) {
        if (this.options.strict) throw error;
        continue; // one faulty practice must not take the whole report down
      }
      report.findings.push(...found);
    }
    report.findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.practice - b.practice || (a.start ?? 0) - (b.start ?? 0));
    return report;
  }

  /** Forgets every analysed sentence (memory pressure, or measuring cold checks). */
  clearCache(): void {
    this.cache.clear();
  }

  private finding(practice: Practice, d: ReportDescriptor, locale: Lang, length: number): Finding {
    const spec = practice.meta.messages[d.messageId];
    if (!spec) throw new Error(`Practice ${practice.meta.number} reported unknown message "${d.messageId}"`);
    const severity = this.options.severity?.[practice.meta.number] ?? d.severity;
    const finding: Finding = {
      practice: practice.meta.number,
      rule: `${practice.meta.slug}/${d.messageId}`,
      severity,
      message: format(spec.text[locale], d.data),
    };
    if (d.start !== undefined && d.end !== undefined && d.start >= 0 && d.end <= length && d.start < d.end) {
      finding.start = d.start;
      finding.end = d.end;
    }
    if (spec.fix) finding.suggestion = format(spec.fix[locale], d.data);
    return finding;
  }

  private profileFor(input: unknown): Profile {
    // The same profile object comes with every keystroke: validate and compile it once.
    const known = typeof input === 'object' && input !== null ? compiledProfiles.get(input) : undefined;
    if (known) {
      this.profileMatcher = known;
      return known.profile;
    }
    const profile = parseProfile(input);
    const key = profileKey(profile);
    let compiled = this.profileMatcher?.key === key ? this.profileMatcher : recentProfiles.find((p) => p.key === key);
    if (!compiled) {
      compiled = { key, profile, matcher: new PhraseMatcher(profileLexicons(profile)) };
      recentProfiles.unshift(compiled);
      recentProfiles.length = Math.min(recentProfiles.length, 16);
    }
    if (typeof input === 'object' && input !== null) compiledProfiles.set(input, compiled);
    this.profileMatcher = compiled;
    return compiled.profile;
  }

  private view(text: string, profile: Profile | null, fallback: Lang): TextView {
    const chunks = splitChunks(text).map(({ start, end }) => ({ start, analysis: this.analyse(text.slice(start, end)) }));
    return new TextView(text, chunks, profile ? this.profileMatcher : null, fallback);
  }

  private analyse(chunk: string): ChunkAnalysis {
    let analysis = this.cache.get(chunk);
    if (analysis) {
      // Refresh its place so the cache drops the least recently used sentences first.
      this.cache.delete(chunk);
    } else {
      analysis = analyseChunk(chunk, this.matcher);
      if (this.cache.size >= this.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
    }
    this.cache.set(chunk, analysis);
    return analysis;
  }
}

type CompiledProfile = { key: string; profile: Profile; matcher: PhraseMatcher };
/** Profiles already validated and compiled, by the object passed in (callers must not mutate a profile in place). */
const compiledProfiles = new WeakMap<object, CompiledProfile>();
/** The last profiles compiled, by content: a batch alternating a few profiles compiles each once. */
const recentProfiles: CompiledProfile[] = [];

/**
 * The compiled lexicons of a set of practices, shared by every engine running that set (one engine per
 * compose box must not recompile them). A lexicon shared by several practices is compiled once.
 */
const matchers = new Map<string, PhraseMatcher>();
function matcherFor(practices: readonly Practice[]): PhraseMatcher {
  const lexicons = new Map(practices.flatMap((p) => p.lexicons).map((l) => [l.id, l]));
  const key = [...lexicons.keys()].join('\n');
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = new PhraseMatcher([...lexicons.values()]);
    matchers.set(key, matcher);
  }
  return matcher;
}

function format(template: string, data: ReportDescriptor['data']): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

function validateContext(context: unknown): DraftContext {
  if (typeof context !== 'object' || context === null) throw new InputError('context', 'expected an object with site, kind and account');
  const c = context as Record<string, unknown>;
  const pick = <T extends string>(field: string, allowed: readonly T[], fallback?: T): T => {
    const raw = c[field];
    if ((raw === undefined || raw === null) && fallback !== undefined) return fallback;
    // The names people and tools use for the same thing ("twitter", "comment", "company") are accepted.
    const value = typeof raw === 'string' ? (CONTEXT_SYNONYMS[raw.trim().toLowerCase()] ?? raw.trim().toLowerCase()) : raw;
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      throw new InputError(`context.${field}`, `expected one of ${allowed.join(', ')}, got ${JSON.stringify(value) ?? 'nothing'}`);
    }
    return value as T;
  };
  const out: DraftContext = {
    site: pick('site', SITES, 'other'),
    kind: pick('kind', KINDS, c.parent ? 'reply' : 'post'),
    account: pick('account', ACCOUNTS, 'personal'),
  };
  if (c.parent !== undefined && c.parent !== null) {
    if (typeof c.parent !== 'string') throw new InputError('context.parent', `expected a string, got ${typeof c.parent}`);
    out.parent = c.parent;
  }
  if (c.locale !== undefined && c.locale !== null) out.locale = pick('locale', ['en', 'fr'] as const);
  return out;
}

/** Checks with a shared default engine. Prefer one `createEngine()` per compose box to benefit from its cache. */
let defaultEngine: Engine | null = null;
export function check(draft: string, context: DraftContext, profile?: Profile | null | unknown): CheckedReport {
  return (defaultEngine ??= new Engine()).check(draft, context, profile);
}

export function createEngine(options?: EngineOptions): Engine {
  return new Engine(options);
}
