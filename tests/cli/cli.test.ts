// The CLI is the contract the scorer and scripts rely on: run it as a separate process, as they do.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const profilePath = join(root, 'tests/corpus/profile.json');
const dir = mkdtempSync(join(tmpdir(), 'tact-cli-'));

function tact(args: string[], input = '', env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [join(root, 'bin/tact.mjs'), ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'en_GB.UTF-8', ...env } });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const bashing = 'Voltaro bikes are garbage, honestly.';

describe('tact check', () => {
  it('prints findings grouped by practice and exits 1 when something is at warn or risk', () => {
    const r = tact(['check', '--profile', profilePath, '--account', 'brand', '-'], bashing);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Practice 14 · Don't bash competitors/);
    expect(r.out).toMatch(/1:\d+\s+warn/);
  });

  it('exits 0 on a clean draft and says how many practices were checked', () => {
    const r = tact(['check', '-'], 'Lovely ride along the canal this morning.');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/25 practices checked/);
  });

  it('prints the JSON report with --format json', () => {
    const r = tact(['check', '--format', 'json', '--profile', profilePath, '--account', 'brand'], bashing);
    const report = JSON.parse(r.out);
    expect(report.lang).toBe('en');
    expect(report.findings.some((f: { practice: number }) => f.practice === 14)).toBe(true);
  });

  it('writes messages in the locale asked for, or the environment one', () => {
    const asked = JSON.parse(tact(['check', '--format', 'json', '--locale', 'fr', '--profile', profilePath], bashing).out);
    const env = JSON.parse(tact(['check', '--format', 'json', '--profile', profilePath], bashing, { LANG: 'fr_FR.UTF-8' }).out);
    expect(asked.findings[0].message).toMatch(/dénigre/);
    expect(env.findings[0].message).toMatch(/dénigre/);
  });

  it('answers JSON lines in order, with an error line for a malformed one, and goes on', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: bashing, site: 'x', kind: 'post', account: 'brand' }),
      'this is not json',
      '',
      JSON.stringify({ id: 'b', text: 'Hello', site: 'myspace', kind: 'post', account: 'brand' }),
      JSON.stringify({ id: 'c', text: bashing, site: 'x', kind: 'post', account: 'brand', profile: { brand: 'Other', competitors: [] } }),
      JSON.stringify({ id: 'd', text: 'x', site: 'x', kind: 'post', account: 'brand', profile: { brand: 3 } }),
    ].join('\n');
    const r = tact(['check', '--jsonl', '--profile', profilePath, '-'], lines);
    // Line "a" is flagged; the bad lines are answered in-band and reported on stderr.
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/could not be checked/);
    const out = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id ?? `line ${o.line}`)).toEqual(['a', 'line 2', 'b', 'c', 'd']);
    expect(out[0].findings.some((f: { practice: number }) => f.practice === 14)).toBe(true);
    expect(out[1].error).toMatch(/not JSON/);
    expect(out[2]).toMatchObject({ line: 4, error: expect.stringMatching(/context\.site/) });
    // The line's own profile replaces the default one: no competitor named there.
    expect(out[3].findings.some((f: { practice: number }) => f.practice === 14)).toBe(false);
    expect(out[4]).toMatchObject({ line: 6, error: expect.stringMatching(/"brand"/) });
  });

  it('checks a content calendar row by row', () => {
    const file = join(dir, 'calendar.csv');
    writeFileSync(file, 'date;post;network\n01/12;"Lovely ride, see you Sunday";x\n02/12;Voltaro bikes are garbage;x\n');
    const r = tact(['check', '--csv', file, '--column', 'post', '--format', 'json', '--profile', profilePath, '--account', 'brand']);
    expect(r.code).toBe(1);
    const rows = JSON.parse(r.out);
    expect(rows.map((x: { row: number }) => x.row)).toEqual([2, 3]);
    expect(rows[0].findings).toEqual([]);
    expect(rows[1].findings.some((f: { practice: number }) => f.practice === 14)).toBe(true);
  });

  it('exits 2 with a message on stderr for usage and input errors', () => {
    const cases: Array<[string[], RegExp]> = [
      [['lint'], /unknown command/],
      [['check', '--format', 'xml'], /--format/],
      [['check', '--locale', 'de'], /--locale/],
      [['check', '--bogus'], /bogus/],
      [['check', join(dir, 'missing.txt')], /cannot read/],
      [['check', '--profile', join(dir, 'missing.json')], /cannot read/],
      [['check', '--csv', profilePath, '--column', 'nope'], /no column "nope"/],
      [['check', '--site', 'myspace'], /context\.site/],
    ];
    for (const [args, message] of cases) {
      const r = tact(args, 'hello');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
    }
    const badProfile = join(dir, 'bad.json');
    writeFileSync(badProfile, JSON.stringify({ brand: 'X', competitors: 'Voltaro' }));
    const r = tact(['check', '--profile', badProfile], 'hello');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/"competitors"/);
  });
});
