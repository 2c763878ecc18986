// `npm run lint:firefox`: after `wxt build -b firefox --mv3`, lints the Firefox package with addons-linter (the
// validator addons.mozilla.org runs on every upload) and checks its manifest against
// tests/release/manifest-policy.ts. Fails on any error, and on any warning or notice that is not one of the
// EXPLAINED ones below (each is also explained in the README, "Privacy").
//
//   npx wxt build -b firefox --mv3 && tsx scripts/lint-firefox.ts [.output/firefox-mv3]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestProblems } from '../tests/release/manifest-policy';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const target = resolve(ROOT, process.argv[2] ?? '.output/firefox-mv3');

interface Message {
  code: string;
  message: string;
  description?: string | string[];
  file?: string;
  line?: number;
  column?: number;
}
interface Report {
  summary: { errors: number; notices: number; warnings: number };
  errors: Message[];
  notices: Message[];
  warnings: Message[];
}

/** A warning the package cannot avoid, and why it is harmless. Each one allows exactly one message. */
interface Explained {
  code: string;
  /** The packaged file (content hashes vary from build to build). */
  file: RegExp;
  /** What the flagged code must be, read at the reported line and column. */
  source: RegExp;
  why: string;
}

// Preact's renderer, minified: `dom.innerHTML = props.dangerouslySetInnerHTML.__html`. The linter flags the
// assignment in every bundle that contains Preact: the sidebar's (content script) and the chunk the popup and the
// options page share. It only runs for an element given `dangerouslySetInnerHTML`, which Tact never uses (checked
// below in its source), so no string ever reaches innerHTML; in Chrome the extension pages also require Trusted Types.
const PREACT_INNER_HTML = /^[\w$]+\.innerHTML=[\w$]+\.__html\b/;
const PREACT_WHY = "Preact's dangerouslySetInnerHTML branch (minified); Tact never uses dangerouslySetInnerHTML";
const EXPLAINED: Explained[] = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^content-scripts\/composer\.js$/, source: PREACT_INNER_HTML, why: PREACT_WHY },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\/i18n-[\w-]+\.js$/, source: PREACT_INNER_HTML, why: PREACT_WHY },
];

/** Tact's own source must never hand Preact raw HTML, or the exception above would no longer hold. */
function rawHtmlInSource(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.[cm]?[jt]sx?$/.test(entry.name)) {
        readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
          if (/dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/.test(line)) found.push(`${relative(ROOT, path)}:${i + 1}: ${line.trim()}`);
        });
      }
    }
  };
  ['entrypoints', 'components', 'utils', 'rules'].forEach((dir) => walk(join(ROOT, dir)));
  return found;
}

function sourceAt(file: string, line = 1, column = 1): string {
  const path = join(target, file);
  if (!existsSync(path)) return '';
  return (readFileSync(path, 'utf8').split('\n')[line - 1] ?? '').slice(column - 1, column - 1 + 200);
}

const where = (m: Message) => `${m.file ?? ''}${m.line ? `:${m.line}` : ''}${m.column ? `:${m.column}` : ''}`;

if (!existsSync(join(target, 'manifest.json')) || !statSync(target).isDirectory()) {
  console.error(`No Firefox build at ${relative(ROOT, target)}: run \`npx wxt build -b firefox --mv3\` first.`);
  process.exit(2);
}

const bin = join(ROOT, 'node_modules', 'addons-linter', 'bin', 'addons-linter');
const version = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'addons-linter', 'package.json'), 'utf8')) as { version: string }).version;
const run = spawnSync(process.execPath, [bin, '--output', 'json', '--boring', target], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report: Report;
try {
  report = JSON.parse(run.stdout) as Report;
} catch {
  console.error(`addons-linter did not produce a report (exit ${run.status}):\n${run.stderr || run.stdout}`);
  process.exit(2);
}

const failures: string[] = [];
const lines: string[] = [];
const used = new Set<Explained>();
for (const m of report.errors) {
  failures.push(`error ${m.code} ${where(m)}: ${m.message}`);
  lines.push(`  ERROR      ${m.code.padEnd(38)} ${where(m)}  ${m.message}`);
}
for (const [kind, messages] of [['warning', report.warnings], ['notice', report.notices]] as const) {
  for (const m of messages) {
    const at = sourceAt(m.file ?? '', m.line, m.column);
    const explained = EXPLAINED.find((e) => !used.has(e) && e.code === m.code && e.file.test(m.file ?? '') && e.source.test(at));
    if (explained) {
      used.add(explained);
      lines.push(`  explained  ${m.code.padEnd(38)} ${where(m)}  ${m.message}: ${explained.why}`);
    } else {
      failures.push(`${kind} ${m.code} ${where(m)}: ${m.message}${at ? `\n      at: ${at.slice(0, 120)}` : ''}`);
      lines.push(`  ${kind.toUpperCase().padEnd(10)} ${m.code.padEnd(38)} ${where(m)}  ${m.message}`);
    }
  }
}

const raw = rawHtmlInSource();
if (raw.length) failures.push(`raw HTML in Tact's source (the innerHTML exception assumes there is none):\n    ${raw.join('\n    ')}`);

const manifest = JSON.parse(readFileSync(join(target, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const problems = manifestProblems(manifest, 'firefox');
failures.push(...problems.map((p) => `manifest: ${p}`));

const { errors, warnings, notices } = report.summary;
console.log(`addons-linter ${version} on ${relative(ROOT, target)}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
lines.forEach((l) => console.log(l));
console.log(`manifest (tests/release/manifest-policy.ts): ${problems.length ? `${problems.length} problems` : 'storage only, the three sites, strict CSP, gecko id, no data collected'}`);
for (const e of EXPLAINED.filter((e) => !used.has(e))) {
  console.log(`  note: the explained ${e.code} in ${e.file.source} did not occur; remove it here and from the README`);
}
if (failures.length) {
  console.error(`\nlint:firefox failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`lint:firefox passed: 0 errors; ${used.size} warnings, each explained (README, "Privacy"); nothing else.`);
