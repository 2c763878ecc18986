#!/usr/bin/env node
// npm run eval: score.mjs's table for our corpus (tests/corpus) and for the shared sample.
// Extra arguments (e.g. --show-misses) are passed to score.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
process.exit(status);
