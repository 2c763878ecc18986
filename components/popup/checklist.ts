// The checklist's logic, free of the DOM and of the browser: which group each practice falls in, how far the
// review has got, whether the draft is ready, the Markdown summary, and the key a draft's ticks are kept under.
import type { Lang, Severity } from '../../rules/types';
import type { ChecklistReport, DraftInput, PracticeInfo, ShownFinding } from '../../utils/protocol';
import { t } from '../locales/popup';

/**
 * - `flagged`: at least one finding at `warn` or `risk`. An `info` finding is a tip: it is shown under its practice
 *   but does not flag it (a hint never blocks, as in the sidebar's gate), so the practice stays clear or your call.
 * - `yourCall`: a `judgement` practice with nothing flagged: only the person can tell; they tick it.
 * - `clear`: an `auto` or `partial` practice, switched on, with nothing flagged.
 * - `off`: switched off in the options: not checked, not counted, whatever came back for it.
 */
export type Group = 'flagged' | 'yourCall' | 'clear' | 'off';

/** The order the groups are shown in: what needs the person first, what needs nothing last. */
export const GROUPS: readonly Group[] = ['flagged', 'yourCall', 'clear', 'off'];

export interface ChecklistItem {
  practice: PracticeInfo;
  group: Group;
  /** Most severe first, then in the draft's order. Includes the `info` tips. */
  findings: ShownFinding[];
  /** The most severe finding's severity, if any. */
  worst: Severity | null;
}

const RANK: Record<Severity, number> = { risk: 2, warn: 1, info: 0 };

function bySeverity(a: ShownFinding, b: ShownFinding): number {
  return RANK[b.severity] - RANK[a.severity] || (a.start ?? Infinity) - (b.start ?? Infinity);
}

/** Every practice of the report, classified, in display order: flagged (most severe first), your call, clear, off. */
export function classify(report: Pick<ChecklistReport, 'findings' | 'practices'>): ChecklistItem[] {
  const found = new Map<number, ShownFinding[]>();
  for (const finding of report.findings) found.set(finding.practice, [...(found.get(finding.practice) ?? []), finding]);
  const items = report.practices.map((practice): ChecklistItem => {
    const findings = (found.get(practice.number) ?? []).sort(bySeverity);
    const worst = findings[0]?.severity ?? null;
    let group: Group;
    if (!practice.enabled) group = 'off';
    else if (worst === 'risk' || worst === 'warn') group = 'flagged';
    else if (practice.detection === 'judgement') group = 'yourCall';
    else group = 'clear';
    return { practice, group, findings: group === 'off' ? [] : findings, worst: group === 'off' ? null : worst };
  });
  const order = (item: ChecklistItem) => GROUPS.indexOf(item.group);
  const count = (item: ChecklistItem, severity: Severity) => item.findings.filter((f) => f.severity === severity).length;
  return items.sort(
    (a, b) =>
      order(a) - order(b) ||
      // Within flagged: a risk before a warning, then the practice with more risks, then more warnings.
      (a.group === 'flagged' ? RANK[b.worst!] - RANK[a.worst!] || count(b, 'risk') - count(a, 'risk') || count(b, 'warn') - count(a, 'warn') : 0) ||
      a.practice.number - b.practice.number,
  );
}

export interface Progress {
  /** Clear + ticked "your call" + flagged items marked reviewed. */
  reviewed: number;
  /** Every practice switched on. */
  total: number;
  /** Flagged at `risk` and not marked reviewed. */
  risksLeft: number;
  /** "Your call" items not ticked. */
  callsLeft: number;
  /** What stands between the draft and ready: risksLeft + callsLeft. */
  left: number;
  /** Nothing flagged at risk is left unreviewed, and every "your call" is ticked. Warnings do not hold it back. */
  ready: boolean;
}

/** `checked`: the practices the person ticked (a "your call") or marked reviewed (a flagged one). */
export function progress(items: readonly ChecklistItem[], checked: ReadonlySet<number>): Progress {
  let reviewed = 0;
  let total = 0;
  let risksLeft = 0;
  let callsLeft = 0;
  for (const item of items) {
    if (item.group === 'off') continue;
    total++;
    const ticked = checked.has(item.practice.number);
    if (item.group === 'clear' || ticked) reviewed++;
    if (item.group === 'flagged' && item.worst === 'risk' && !ticked) risksLeft++;
    if (item.group === 'yourCall' && !ticked) callsLeft++;
  }
  const left = risksLeft + callsLeft;
  return { reviewed, total, risksLeft, callsLeft, left, ready: left === 0 };
}

/** The words a finding points at, if it points at any. */
export function wordsOf(draft: string, finding: ShownFinding): string | null {
  if (finding.start === undefined || finding.end === undefined || finding.end <= finding.start) return null;
  const words = draft.slice(finding.start, finding.end).replace(/\s+/g, ' ').trim();
  return words || null;
}

/** "X · Reply · Brand account". */
export function contextLine(input: DraftInput, lang: Lang): string {
  return [t(lang, `site_${input.site}`), t(lang, `kind_${input.kind}`), t(lang, `account_${input.account}`)].join(' · ');
}

/** The status line: ready, or how many items are left. */
export function statusText(p: Progress, lang: Lang): string {
  if (p.ready) return t(lang, 'statusReady');
  return p.left === 1 ? t(lang, 'statusLeftOne') : t(lang, 'statusLeft', { count: p.left });
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Local date and time, `2026-11-24 14:05`: unambiguous in both languages. */
export function formatDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const quote = (text: string) =>
  text
    .trim()
    .split(/\r?\n/)
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
/** One line of Markdown: no line breaks, no runs of spaces. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface SummaryInput {
  input: DraftInput;
  items: readonly ChecklistItem[];
  checked: ReadonlySet<number>;
  lang: Lang;
  date: Date;
}

/**
 * The review as Markdown, for an approval workflow: date, context, progress and status, the draft (quoted), then
 * every practice by group as a task list (ticked = reviewed), flagged ones with their findings, and the credit.
 * It reads as plain text too.
 */
export function summary({ input, items, checked, lang, date }: SummaryInput): string {
  const p = progress(items, checked);
  const lines: string[] = [
    `# ${t(lang, 'md_title')}`,
    '',
    `- **${t(lang, 'md_date')}**: ${formatDate(date)}`,
    `- **${t(lang, 'md_context')}**: ${contextLine(input, lang)}`,
    `- **${t(lang, 'md_progress')}**: ${t(lang, 'progress', { reviewed: p.reviewed, total: p.total })} · ${statusText(p, lang)}`,
    '',
  ];
  if (input.parent?.trim()) lines.push(`**${t(lang, 'replyingTo')}**`, '', quote(input.parent), '');
  lines.push(`## ${t(lang, 'md_draft')}`, '', quote(input.draft), '');

  for (const group of GROUPS) {
    const members = items.filter((item) => item.group === group);
    if (group === 'off' && members.length === 0) continue;
    lines.push(`## ${t(lang, `group_${group}`)} (${members.length})`, '');
    if (members.length === 0) lines.push(t(lang, 'md_none'));
    for (const item of members) {
      const { number, title } = item.practice;
      const box = group === 'off' ? '-' : group === 'clear' || checked.has(number) ? '- [x]' : '- [ ]';
      lines.push(`${box} ${number}. ${oneLine(title)}`);
      for (const finding of item.findings) {
        const words = wordsOf(input.draft, finding);
        lines.push(`  - ${t(lang, `severity_${finding.severity}`)}${words ? ` “${words}”` : ''}: ${oneLine(finding.message)}`);
        if (finding.suggestion) lines.push(`    ${t(lang, 'instead')}: ${oneLine(finding.suggestion)}`);
      }
    }
    lines.push('');
  }
  lines.push(`_${t(lang, 'md_credit')}_`, '');
  return lines.join('\n');
}

/** cyrb53: a fast 53-bit string hash; enough to tell drafts apart, not a security measure. */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** A hash of the draft and its context: the same text as a reply, or from another account, is another review. */
export function draftHash(input: DraftInput): string {
  return cyrb53(JSON.stringify([input.draft, input.site, input.kind, input.account, input.parent ?? '']));
}

/**
 * Where a review's ticks are kept: `${tabId}:${hash}` for the tab's draft, `paste:${hash}` for a pasted text
 * (which belongs to no tab: the same text pasted again finds its ticks).
 */
export function reviewKey(source: number | 'paste', input: DraftInput): string {
  return `${source}:${draftHash(input)}`;
}
