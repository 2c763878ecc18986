#!/usr/bin/env node
// npm run bench: per-draft time of the engine (median and p95) on a 280-character reply, 3,000-character
// English and French posts and a 60,000-character text, with alex and write-good run on the same texts in
// the same process as references; re-check after a one-character edit; a fresh process's import + first
// check of the bundled engine. Prints a Markdown table (the one in the README).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const quick = process.argv.includes('--quick');

// The engine bundled as the extension's worker gets it: one file, minified.
const outdir = mkdtempSync(join(tmpdir(), 'tact-bench-'));
const bundle = join(outdir, 'engine.mjs');
await build({ entryPoints: [join(root, 'rules/index.ts')], bundle: true, format: 'esm', platform: 'neutral', minify: true, outfile: bundle, logLevel: 'error' });
const { createEngine } = await import(pathToFileURL(bundle).href);
const { text: alex } = await import('alex');
const writeGood = require('write-good');
const profile = JSON.parse(readFileSync(join(root, 'tests/corpus/profile.json'), 'utf8'));

const EN = [
  'Our new Brisa Cargo is finally here, and we could not be prouder of the team that built it.',
  'It carries two kids and the weekly shop, charges overnight, and the battery lasts about 80 km on a mixed commute.',
  'Honestly, Voltaro bikes are garbage compared to this, their support never answers.',
  'If you ride in the rain, book a free check-up at any of our repair shops: brakes, chain, lights, done in 30 minutes.',
  'Sorry if you feel the last update was slow; we are working on it with our payment partner.',
  'Studies show 70% of commuters would switch to an e-bike, so what are you waiting for?',
];
const FR = [
  'Notre nouveau Brisa Cargo est enfin là, et on est très fiers de l’équipe qui l’a conçu.',
  'Il transporte deux enfants et les courses de la semaine, se recharge la nuit, et la batterie tient environ 80 km.',
  'Franchement, les vélos Voltaro sont nuls à côté, leur service client ne répond jamais.',
  'Si vous roulez sous la pluie, réservez une révision gratuite dans nos ateliers : freins, chaîne, éclairage, en 30 minutes.',
  'Désolés pour la gêne éventuellement occasionnée ; j’pense que la mise à jour arrive bientôt pour les client·e·s.',
  'Selon une étude, 70 % des salariés passeraient au vélo électrique, alors qu’attendez-vous ?',
];
// Every sentence is made unique ("12 · …") so the engine's sentence cache cannot serve repeats.
const fill = (sentences, length) => {
  let out = '';
  for (let i = 0; out.length < length; i++) out += `${i} · ${sentences[i % sentences.length]}` + (i % 4 === 3 ? '\n\n' : ' ');
  return out.slice(0, length);
};
const texts = [
  { name: '280-character reply', text: fill(EN, 280), ctx: { site: 'x', kind: 'reply', account: 'brand', parent: 'Your app lost my ride history, why?' }, budget: 1 },
  { name: '3,000-character EN post', text: fill(EN, 3000), ctx: { site: 'linkedin', kind: 'post', account: 'brand' }, budget: 5 },
  { name: '3,000-character FR post', text: fill(FR, 3000), ctx: { site: 'linkedin', kind: 'post', account: 'brand' }, budget: 5 },
  { name: '60,000-character text', text: fill([...EN, ...FR], 60000), ctx: { site: 'facebook', kind: 'post', account: 'personal' }, budget: 100 },
];

function measure(fn, runs) {
  const times = [];
  for (let i = 0; i < Math.min(3, runs); i++) fn(); // warm-up
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] };
}
const ms = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const rows = [];
const engine = createEngine();
for (const t of texts) {
  const runs = quick ? 5 : t.text.length > 10000 ? 30 : 200;
  // Cold: the sentence cache is emptied before every check, so this is the full analysis of a new draft.
  const tact = measure(() => {
    engine.clearCache();
    engine.check(t.text, t.ctx, profile);
  }, runs);
  const alexTime = measure(() => alex(t.text), Math.max(3, Math.floor(runs / 10)));
  const wg = measure(() => writeGood(t.text), Math.max(3, Math.floor(runs / 4)));
  rows.push([t.name, `${ms(tact.median)} / ${ms(tact.p95)}`, `≤ ${t.budget} (median)`, tact.median <= t.budget ? 'yes' : 'NO', `${ms(alexTime.median)} / ${ms(alexTime.p95)}`, `${ms(wg.median)} / ${ms(wg.p95)}`]);
}

// Linear growth: time per 1,000 characters at 3,000 and 60,000 characters.
// Incremental: one character typed at the end of a 3,000-character draft, cache warm.
{
  const base = texts[1].text;
  let k = 0;
  const edit = measure(() => {
    engine.check(base + 'abcdefghij'[k++ % 10], texts[1].ctx, profile);
  }, quick ? 5 : 300);
  rows.push(['re-check after a 1-character edit (3,000 chars)', `${ms(edit.median)} / ${ms(edit.p95)}`, '≤ 1 (median)', edit.median <= 1 ? 'yes' : 'NO', '–', '–']);
}

// Hostile 100,000-character drafts (the fuzzing inputs of tests/engine/properties.test.ts, at full length):
// the slowest single check, cold cache.
{
  const units = ['a', ' ', '😂', '👍🏽', 'é', 'e\u0301\u0301', '\u200b\u200d', '\u202e', '.', '!!!', '*', 'ab ', '@x ', '#tag ', 'http://x.fr/', "l'", 'i d i o t ', 'c0nfidentiel '];
  let worst = 0;
  let worstUnit = '';
  for (const unit of units) {
    const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    const { median } = measure(() => {
      engine.clearCache();
      engine.check(text, { site: 'x', kind: 'reply', account: 'brand', parent: 'Why?' }, profile);
    }, quick ? 1 : 3);
    if (median > worst) [worst, worstUnit] = [median, unit];
  }
  rows.push([`100,000-character hostile drafts (${units.length} kinds), slowest: ${JSON.stringify(worstUnit)}`, `${ms(worst)}`, '≤ 200 (each)', worst <= 200 ? 'yes' : 'NO', '–', '–']);
}

// Cold start: a fresh Node process imports the bundle and checks one draft.
{
  const script = `const t0 = performance.now(); const { check } = await import(${JSON.stringify(pathToFileURL(bundle).href)}); check(${JSON.stringify(texts[0].text)}, { site: 'x', kind: 'post', account: 'brand' }); console.log(performance.now() - t0);`;
  const times = [];
  for (let i = 0; i < (quick ? 2 : 10); i++) {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    times.push(Number(run.stdout.trim()));
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  rows.push(['fresh process: import + first check', `${ms(median)} / ${ms(times[times.length - 1])}`, '≤ 200', median <= 200 ? 'yes' : 'NO', '–', '–']);
}

const perK = (i) => Number(rows[i][1].split(' / ')[0]) / (texts[i].text.length / 1000);
console.log('| draft | Tact median / p95 (ms) | budget (ms) | within | alex median / p95 (ms) | write-good median / p95 (ms) |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(`\nTime per 1,000 characters: ${perK(1).toFixed(3)} ms at 3,000 characters, ${perK(3).toFixed(3)} ms at 60,000 (linear growth when these are close).`);
console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. alex and write-good check other things (inclusive and plain English); they are here as a scale.`);
