#!/usr/bin/env node
// npm run eval: score.mjs's table for our corpus (tests/corpus) and for the shared sample.
// Extra arguments (e.g. --show-misses) are passed to score.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const shared = join(root, '..', 'shared', 'eval');
const score = join(shared, 'score.mjs');
if (!existsSync(score)) {
  console.error(`eval: ${score} not found; the shared folder must sit beside the checkout (../shared).`);
  process.exit(2);
}
const corpora = [
  ['Our corpus (tests/corpus/corpus.jsonl, Brisa profile)', join(root, 'tests/corpus/corpus.jsonl'), join(root, 'tests/corpus/profile.json')],
  ['Shared sample (../shared/eval/sample.jsonl, Nuvola profile)', join(shared, 'sample.jsonl'), join(shared, 'profile.json')],
];
let status = 0;
for (const [title, corpus, profile] of corpora) {
  console.log(`\n## ${title}\n`);
  const run = spawnSync(process.execPath, [score, '--corpus', corpus, '--profile', profile, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) status = run.status ?? 1;
}
// Development corpora (tests/corpus/dev): one summary line each.
const dev = join(root, 'tests/corpus/dev');
if (existsSync(dev)) {
  console.log('\n## Development corpora (tests/corpus/dev, written without reading the engine)\n');
  console.log('| corpus | drafts | macro precision | macro recall | false alarms on clean drafts | language right |');
  console.log('|---|---|---|---|---|---|');
  for (const file of readdirSync(dev).filter((f) => f.endsWith('.jsonl')).sort()) {
    const run = spawnSync(process.execPath, [score, '--corpus', join(dev, file), '--profile', join(dev, 'nuvola-profile.json'), '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) {
      console.log(`| ${file} | failed: ${run.stdout.trim().split('\n').pop()} |`);
      status = run.status ?? 1;
      continue;
    }
    const s = JSON.parse(run.stdout).summary;
    const pct = (x) => `${(100 * x).toFixed(1)} %`;
    console.log(`| ${file} | ${s.drafts} | ${s.macroPrecision.toFixed(2)} | ${s.macroRecall.toFixed(2)} | ${pct(s.cleanFalseAlarmRate)} | ${pct(s.languageAccuracy)} |`);
  }
}
process.exit(status);
