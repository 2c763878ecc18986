#!/usr/bin/env node
// The e2e tests drive Debian's Chromium (playwright's own browser download is not used). Installs it
// when missing, as root or through sudo; otherwise says what to run. CHROMIUM_PATH points elsewhere.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = !root && spawnSync('sudo', ['-n', 'true']).status === 0;
if (!root && !sudo) {
  console.error(`Chromium is not at ${path}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}
const run = (args) => {
  const command = root ? args[0] : 'sudo';
  const rest = root ? args.slice(1) : ['-n', ...args];
  console.log(`$ ${root ? '' : 'sudo '}${args.join(' ')}`);
  const result = spawnSync(command, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    console.error(`Installing Chromium failed (${args.join(' ')} exited with ${result.status}).`);
    process.exit(1);
  }
};
run(['apt-get', 'update']);
run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium']);
if (!existsSync(path)) {
  console.error(`apt-get installed chromium, but ${path} is still missing.`);
  process.exit(1);
}
