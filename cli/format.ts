// Human-readable output, after ESLint's default formatter: findings grouped by practice, with the line and
// column of the words that triggered them, colours on a terminal.
import { practices, type Finding, type Lang, type Report } from '../rules';

export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const code = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
export const COLOURS: Style = { red: code(31, 39), yellow: code(33, 39), dim: code(2, 22), bold: code(1, 22), underline: code(4, 24) };
export const PLAIN: Style = { red: (s) => s, yellow: (s) => s, dim: (s) => s, bold: (s) => s, underline: (s) => s };

const TEXTS = {
  en: { none: 'No practice at risk.', findings: 'finding', checked: 'practices checked', practice: 'Practice', lang: { en: 'English', fr: 'French' }, truncated: 'Only the first {n} characters were checked.' },
  fr: { none: 'Aucune pratique en cause.', findings: 'constat', checked: 'pratiques vérifiées', practice: 'Pratique', lang: { en: 'anglais', fr: 'français' }, truncated: 'Seuls les {n} premiers caractères ont été vérifiés.' },
} as const;

const SEVERITY_LABEL = { en: { risk: 'risk', warn: 'warn', info: 'info' }, fr: { risk: 'risque', warn: 'attention', info: 'conseil' } } as const;

function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return `${line}:${offset - lastBreak}`;
}

export function formatReport(title: string, text: string, report: Report & { truncatedAt?: number }, locale: Lang, style: Style): string {
  const t = TEXTS[locale];
  const out: string[] = [];
  out.push(`${style.underline(title)} ${style.dim(`(${t.lang[report.lang]})`)}`);
  if (report.truncatedAt !== undefined) out.push(style.yellow(`  ${t.truncated.replace('{n}', String(report.truncatedAt))}`));
  if (report.findings.length === 0) {
    out.push(`  ${t.none} ${style.dim(`(${practices.length} ${t.checked})`)}`);
    return out.join('\n');
  }
  const byPractice = new Map<number, Finding[]>();
  for (const f of report.findings) byPractice.set(f.practice, [...(byPractice.get(f.practice) ?? []), f]);
  for (const number of [...byPractice.keys()].sort((a, b) => a - b)) {
    const meta = practices.find((p) => p.meta.number === number)?.meta;
    out.push(`  ${style.bold(`${t.practice} ${number}`)} ${style.dim('·')} ${meta ? meta.title[locale] : ''}`);
    for (const f of byPractice.get(number)!) {
      const where = f.start !== undefined ? lineColumn(text, f.start) : '';
      const severity = SEVERITY_LABEL[locale][f.severity];
      const coloured = f.severity === 'risk' ? style.red(severity) : f.severity === 'warn' ? style.yellow(severity) : style.dim(severity);
      out.push(`    ${style.dim(where.padEnd(7))} ${coloured.padEnd(f.severity === 'info' ? 9 : 9)} ${f.message}  ${style.dim(f.rule)}`);
      if (f.suggestion) out.push(`    ${' '.repeat(7)} ${' '.repeat(9)} ${style.dim('→ ' + f.suggestion)}`);
    }
  }
  return out.join('\n');
}

export function summaryLine(findings: Finding[], locale: Lang, style: Style): string {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const [risk, warn, info] = [count('risk'), count('warn'), count('info')];
  const n = findings.length;
  const word = TEXTS[locale].findings + (n === 1 ? '' : 's');
  const labels = SEVERITY_LABEL[locale];
  const line = `${n} ${word} (${risk} ${labels.risk}, ${warn} ${labels.warn}, ${info} ${labels.info})`;
  return risk ? style.red(style.bold(`✖ ${line}`)) : warn ? style.yellow(style.bold(`⚠ ${line}`)) : style.bold(`✔ ${line}`);
}
