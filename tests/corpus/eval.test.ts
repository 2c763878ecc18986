// Coaching quality, measured the way the project is judged: ../shared/eval/score.mjs runs the CLI on a
// labelled corpus. Our corpus and the shared sample must both reach the figures of issue 2.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const shared = join(root, '..', 'shared', 'eval');

interface Summary {
  macroPrecision: number;
  macroRecall: number;
  cleanFalseAlarmRate: number;
  languageAccuracy: number;
  missingReports: number;
}

function score(corpus: string, profile: string): Summary {
  const run = spawnSync(process.execPath, [join(shared, 'score.mjs'), '--corpus', corpus, '--profile', profile, '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(run.status, run.stderr + run.stdout.slice(0, 500)).toBe(0);
  return (JSON.parse(run.stdout) as { summary: Summary }).summary;
}

const corpora: Array<[string, string, string]> = [
  ['our corpus', join(root, 'tests/corpus/corpus.jsonl'), join(root, 'tests/corpus/profile.json')],
  ['the shared sample', join(shared, 'sample.jsonl'), join(shared, 'profile.json')],
];

describe.skipIf(!existsSync(join(shared, 'score.mjs')))('coaching quality (score.mjs)', () => {
  for (const [name, corpus, profile] of corpora) {
    it(`reaches the figures on ${name}`, { timeout: 120_000 }, () => {
      const s = score(corpus, profile);
      expect(s.missingReports).toBe(0);
      expect(s.macroRecall).toBeGreaterThanOrEqual(0.85);
      expect(s.macroPrecision).toBeGreaterThanOrEqual(0.9);
      expect(s.cleanFalseAlarmRate).toBeLessThanOrEqual(0.05);
      expect(s.languageAccuracy).toBeGreaterThanOrEqual(0.99);
    });
  }
});
