// tact: the command-line front end of the rule engine.
//   tact check [options] [FILE|-]
// Exit codes: 0 nothing at warn/risk, 1 something is, 2 usage or input error (message on stderr).
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createEngine, InputError, loadNlp, parseProfile, ProfileError, type DraftContext, type Finding, type Lang, type Profile } from '../rules';
import { parseCsv } from './csv';
import { COLOURS, formatReport, PLAIN, summaryLine } from './format';

const USAGE = `Usage: tact check [options] [FILE|-]

Checks a draft against the 25 practices of social media engagement.
Reads plain text from FILE, or from standard input when FILE is - or absent.

Options:
  --format stylish|json   Output: human-readable (default) or the JSON report
  --jsonl                 Input is JSON Lines: {"id","text","site","kind","account","parent"?,"profile"?}
                          Output: one {"id","lang","findings"} line per input line, in order
  --csv FILE              Check a content calendar (CSV export of a scheduling tool), one result per row
  --column NAME           With --csv: the column holding the post text (default: text, or the only column)
  --profile FILE          Brand profile (JSON), the default for every draft
  --site x|linkedin|facebook|other     Context of a plain-text draft (default other)
  --kind post|reply       (default post, reply when --parent is given)
  --account brand|personal             (default personal)
  --parent TEXT           The post being replied to
  --locale en|fr          Language of the messages (default: from LANG/LC_ALL)
  --no-color              No colours, even on a terminal
  -h, --help              This help
  -v, --version           Version

Exit status: 0 nothing at warn or risk, 1 something is, 2 usage or input error.
With --jsonl, a bad line gets an error line and does not change the status.`;

class UsageError extends Error {}

function localeFromEnvironment(): Lang {
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || process.env.LANGUAGE || '';
  return env.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

function readInput(file: string | undefined): string {
  try {
    return readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file ?? 'standard input'}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function loadProfile(file: string): Profile {
  let json: unknown;
  try {
    json = JSON.parse(readInput(file));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`profile ${file} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    return parseProfile(json);
  } catch (error) {
    throw new UsageError(`profile ${file}: ${(error as Error).message}`);
  }
}

const flagged = (findings: Finding[]) => findings.some((f) => f.severity !== 'info');

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'stylish' },
      jsonl: { type: 'boolean', default: false },
      csv: { type: 'string' },
      column: { type: 'string' },
      profile: { type: 'string' },
      site: { type: 'string' },
      kind: { type: 'string' },
      account: { type: 'string' },
      parent: { type: 'string' },
      locale: { type: 'string' },
      'no-color': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.version) {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(pkg.version + '\n');
    return 0;
  }
  const [command, ...files] = positionals;
  if (command !== 'check') throw new UsageError(command ? `unknown command "${command}"` : 'missing command "check"');
  if (files.length > 1) throw new UsageError('one input at a time');
  if (values.format !== 'stylish' && values.format !== 'json') throw new UsageError(`--format must be stylish or json, got "${values.format}"`);
  if (values.locale !== undefined && values.locale !== 'en' && values.locale !== 'fr') throw new UsageError(`--locale must be en or fr, got "${values.locale}"`);
  if (values.jsonl && values.csv) throw new UsageError('--jsonl and --csv cannot be combined');
  if (values.column && !values.csv) throw new UsageError('--column goes with --csv');

  const locale: Lang = (values.locale as Lang | undefined) ?? localeFromEnvironment();
  const profile = values.profile ? loadProfile(values.profile) : null;
  const engine = createEngine();
  // A command line can afford compromise's import (≈ 0.7 s): names are then confirmed, not guessed.
  await loadNlp();
  const style = process.stdout.isTTY && !values['no-color'] && !process.env.NO_COLOR ? COLOURS : PLAIN;
  const context = (): DraftContext => {
    const ctx = { site: values.site ?? 'other', kind: values.kind ?? (values.parent ? 'reply' : 'post'), account: values.account ?? 'personal', parent: values.parent, locale };
    return ctx as DraftContext;
  };

  if (values.jsonl) return checkJsonLines(files[0], engine, profile, locale);

  if (values.csv) {
    let table;
    try {
      table = parseCsv(readInput(values.csv));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`${values.csv}: ${(error as Error).message}`);
    }
    const wanted = (values.column ?? (table.header.length === 1 ? table.header[0]! : 'text')).toLowerCase();
    const column = table.header.findIndex((h) => h.toLowerCase() === wanted);
    if (column < 0) throw new UsageError(`${values.csv} has no column "${values.column ?? 'text'}"; columns: ${table.header.join(', ')}`);
    const results = table.rows.map(({ row, cells }) => {
      const text = cells[column] ?? '';
      return { row, text, report: engine.check(text, context(), profile) };
    });
    if (values.format === 'json') {
      process.stdout.write(JSON.stringify(results.map(({ row, report }) => ({ row, ...report })), null, 2) + '\n');
    } else {
      const all = results.flatMap((r) => r.report.findings);
      for (const r of results) process.stdout.write(formatReport(`${values.csv}, row ${r.row}`, r.text, r.report, locale, style) + '\n\n');
      process.stdout.write(summaryLine(all, locale, style) + '\n');
    }
    return results.some((r) => flagged(r.report.findings)) ? 1 : 0;
  }

  const text = readInput(files[0]);
  let report;
  try {
    report = engine.check(text, context(), profile);
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }
  if (values.format === 'json') process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else process.stdout.write(formatReport(files[0] && files[0] !== '-' ? files[0] : '<stdin>', text, report, locale, style) + '\n\n' + summaryLine(report.findings, locale, style) + '\n');
  return flagged(report.findings) ? 1 : 0;
}

/** One output line per non-blank input line, in order; a bad line gets an error line and the rest go on. */
async function checkJsonLines(file: string | undefined, engine: ReturnType<typeof createEngine>, profile: Profile | null, locale: Lang): Promise<number> {
  let input: NodeJS.ReadableStream = process.stdin;
  if (file && file !== '-') {
    const { createReadStream } = await import('node:fs');
    input = createReadStream(file, 'utf8');
    await new Promise<void>((resolve, reject) => {
      (input as ReturnType<typeof createReadStream>).once('open', () => resolve()).once('error', (e) => reject(new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code}`)));
    });
  }
  let anyFlag = false;
  let anyError = false;
  let lineNumber = 0;
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join(''));
    out.length = 0;
  };
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    let id: unknown;
    try {
      let item: Record<string, unknown>;
      try {
        item = JSON.parse(line) as Record<string, unknown>;
      } catch (error) {
        throw new Error(`not JSON: ${(error as Error).message}`);
      }
      if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new Error('expected a JSON object');
      id = item.id;
      if (typeof item.text !== 'string') throw new Error('"text" must be a string');
      const lineProfile = item.profile === undefined || item.profile === null ? profile : parseProfile(item.profile);
      const report = engine.check(item.text, { site: item.site, kind: item.kind, account: item.account, parent: item.parent, locale } as DraftContext, lineProfile);
      if (flagged(report.findings)) anyFlag = true;
      out.push(JSON.stringify({ id: item.id, lang: report.lang, findings: report.findings, ...(report.truncatedAt ? { truncatedAt: report.truncatedAt } : {}) }) + '\n');
    } catch (error) {
      if (!(error instanceof Error) || !(error instanceof InputError || error instanceof ProfileError || error.message)) throw error;
      anyError = true;
      out.push(JSON.stringify({ ...(id !== undefined ? { id } : {}), line: lineNumber, error: error.message }) + '\n');
    }
    if (out.length >= 256) flush();
  }
  flush();
  // A bad line is answered in-band and the batch goes on; the exit status stays about the drafts checked, so
  // one bad line does not turn a whole batch into a failed run for the tools reading it.
  if (anyError) process.stderr.write('tact: some input lines could not be checked (see their "error")\n');
  return anyFlag ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof InputError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`tact: ${(error as Error).message}\n\n${USAGE.split('\n')[0]}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`tact: internal error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 2;
    }
  },
);
