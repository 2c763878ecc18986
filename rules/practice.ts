// What a practice module declares, ESLint style: `meta` (number, slug, bilingual statement and messages)
// and `create(context)`, which inspects the draft and reports findings through the context.
import type { Bilingual, DraftContext, Lang, Profile, Severity } from './types';
import type { Lexicon } from './text/phrases';
import type { TextView } from './analysis';

/** How far text alone can tell: `auto` reliably, `partial` only some signals, `judgement` needs the person's call. */
export type Detection = 'auto' | 'partial' | 'judgement';

export interface MessageSpec {
  /** Why it matters. `{term}`-style placeholders are filled from the report's `data`. */
  text: Bilingual;
  /** What to do instead. */
  fix?: Bilingual;
}

export interface PracticeMeta {
  number: number;
  slug: string;
  title: Bilingual;
  /** The practice in our own words (after Brian Solis, "The rules of social media engagement", 2011). */
  statement: Bilingual;
  detection: Detection;
  messages: Record<string, MessageSpec>;
}

export interface ReportDescriptor {
  messageId: string;
  severity: Severity;
  start?: number;
  end?: number;
  data?: Record<string, string | number>;
}

export interface RuleContext {
  /** Language of the draft. */
  readonly lang: Lang;
  readonly context: Readonly<DraftContext>;
  readonly profile: Readonly<Profile> | null;
  readonly draft: TextView;
  /** The post replied to, analysed the same way; null for posts. */
  readonly parent: TextView | null;
  report(descriptor: ReportDescriptor): void;
}

export interface Practice {
  meta: PracticeMeta;
  /** Phrase lists this practice matches; compiled with every other practice's into one matcher. */
  lexicons: readonly Lexicon[];
  create(context: RuleContext): void;
}

export function definePractice(practice: { meta: PracticeMeta; lexicons?: readonly Lexicon[]; create(context: RuleContext): void }): Practice {
  return { lexicons: [], ...practice };
}
