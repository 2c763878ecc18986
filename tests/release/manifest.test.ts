// The manifest stays minimal and strict, for Chrome and Firefox: `storage` as the only permission, the content
// script on the three sites only (no <all_urls>, no tabs, no host_permissions), a strict CSP for the extension
// pages, and for Firefox the add-on id and the built-in data consent declaring that nothing is collected.
//
// Builds nothing: it calls wxt.config.ts's manifest function and reads the content scripts' `matches` from the
// entrypoints' source (as WXT does), then checks the result against tests/release/manifest-policy.ts. The manifests
// in .output/ are checked too when they are at least as new as their sources (`npm run lint:firefox` checks the
// Firefox one after every build).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import type { ConfigEnv } from 'wxt';
import config from '../../wxt.config';
import { manifestProblems, parseCsp, SITE_MATCHES, type Browser } from './manifest-policy';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const ENTRYPOINTS = join(ROOT, 'entrypoints');
const BROWSERS: Browser[] = ['chrome', 'firefox'];
type Json = Record<string, unknown>;

/** wxt.config.ts's manifest, as `wxt build` / `wxt zip` (`-b firefox --mv3`) resolve it. */
async function configuredManifest(browser: Browser): Promise<Json> {
  const env: ConfigEnv = { browser, command: 'build', mode: 'production', manifestVersion: 3 };
  const manifest = typeof config.manifest === 'function' ? await config.manifest(env) : await config.manifest;
  return { ...(manifest as Json) };
}

interface ContentScriptSource {
  file: string;
  matches: string[];
  registration?: string;
}

/** WXT's content script entrypoints: `content.ts`, `<name>.content.ts`, `content/index.ts`, `<name>.content/index.ts`. */
function contentScriptFiles(): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(ENTRYPOINTS, { withFileTypes: true })) {
    const isContent = /^(?:.+\.)?content(?:\.[cm]?[jt]sx?)?$/.test(entry.name);
    if (!isContent) continue;
    if (entry.isFile()) files.push(join(ENTRYPOINTS, entry.name));
    else {
      const index = readdirSync(join(ENTRYPOINTS, entry.name)).find((f) => /^index\.[cm]?[jt]sx?$/.test(f));
      if (index) files.push(join(ENTRYPOINTS, entry.name, index));
    }
  }
  return files;
}

/** The options object literal passed to defineContentScript, read with the TypeScript parser (never run). */
function readContentScript(file: string): ContentScriptSource {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  let options: ts.ObjectLiteralExpression | undefined;
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineContentScript') {
      const [arg] = node.arguments;
      if (arg && ts.isObjectLiteralExpression(arg)) options = arg;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!options) throw new Error(`${file}: no defineContentScript({ … }) with an object literal`);
  const property = (name: string) =>
    options!.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name)?.initializer;
  const matches = property('matches');
  if (!matches || !ts.isArrayLiteralExpression(matches) || !matches.elements.every(ts.isStringLiteralLike)) {
    throw new Error(`${file}: \`matches\` must be an array of string literals, so that this test can read it`);
  }
  const registration = property('registration');
  return {
    file,
    matches: matches.elements.map((e) => (e as ts.StringLiteralLike).text),
    registration: registration && ts.isStringLiteralLike(registration) ? registration.text : registration ? '(not a literal)' : undefined,
  };
}

/** The manifest WXT generates from the config and the entrypoints (the parts that concern permissions). */
async function predictedManifest(browser: Browser): Promise<Json> {
  const manifest: Json = { manifest_version: 3, ...(await configuredManifest(browser)) };
  const scripts = contentScriptFiles().map(readContentScript);
  // Declared content scripts go in content_scripts; `registration: 'runtime'` ones become host permissions.
  manifest.content_scripts = scripts.filter((s) => s.registration !== 'runtime').map((s) => ({ matches: s.matches }));
  const runtime = scripts.filter((s) => s.registration === 'runtime').flatMap((s) => s.matches);
  if (runtime.length) manifest.host_permissions = [...((manifest.host_permissions as string[] | undefined) ?? []), ...runtime];
  // A side panel entrypoint makes WXT add the sidePanel permission for Chrome.
  if (browser === 'chrome' && readdirSync(ENTRYPOINTS).some((f) => /^(?:.+\.)?sidepanel(?:\.|$)/.test(f))) {
    manifest.permissions = [...((manifest.permissions as string[] | undefined) ?? []), 'sidePanel'];
  }
  return manifest;
}

describe('the configured manifest', () => {
  test('the content scripts are read from their source', () => {
    const scripts = contentScriptFiles().map(readContentScript);
    expect(scripts.map((s) => s.file.slice(ROOT.length + 1))).toEqual(['entrypoints/composer.content/index.ts']);
    expect([...scripts[0]!.matches].sort()).toEqual([...SITE_MATCHES].sort());
  });

  for (const browser of BROWSERS) {
    test(`${browser}: storage only, the three sites, strict CSP${browser === 'firefox' ? ', gecko id and data consent' : ''}`, async () => {
      expect(manifestProblems(await predictedManifest(browser), browser)).toEqual([]);
    });
  }

  test('the CSP is the same for both browsers but for Trusted Types (Chrome only; Firefox has them from 148)', async () => {
    const csp = async (browser: Browser) =>
      parseCsp(((await configuredManifest(browser)).content_security_policy as { extension_pages: string }).extension_pages);
    const chrome = await csp('chrome');
    const firefox = await csp('firefox');
    for (const name of ['require-trusted-types-for', 'trusted-types']) {
      expect(chrome.has(name)).toBe(true);
      expect(firefox.has(name)).toBe(false);
      chrome.delete(name);
    }
    expect(firefox).toEqual(chrome);
  });

  test('Chrome keeps the enterprise policy schema; Firefox leaves it out (a managed storage manifest instead)', async () => {
    expect((await configuredManifest('chrome')).storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect((await configuredManifest('firefox')).storage).toBeUndefined();
  });
});

describe('the rules catch what they are for', () => {
  const base = async () => predictedManifest('firefox');
  const cases: [string, (m: Json) => void, RegExp][] = [
    ['the tabs permission', (m) => void (m.permissions = ['storage', 'tabs']), /permissions are storage, tabs/],
    ['<all_urls> as a permission', (m) => void (m.permissions = ['storage', '<all_urls>']), /permissions/],
    ['host permissions', (m) => void (m.host_permissions = ['<all_urls>']), /host_permissions lists <all_urls>/],
    ['optional host permissions', (m) => void (m.optional_host_permissions = ['*://*/*']), /optional_host_permissions/],
    ['a content script on every site', (m) => void (m.content_scripts = [{ matches: [...SITE_MATCHES, '<all_urls>'] }]), /content scripts match <all_urls>/],
    ['a content script on another site', (m) => void (m.content_scripts = [{ matches: [...SITE_MATCHES, 'https://*.example.com/*'] }]), /example\.com/],
    ['a resource exposed to every page', (m) => void (m.web_accessible_resources = [{ resources: ['x.css'], matches: ['<all_urls>'] }]), /web_accessible_resources/],
    ['messages from web pages', (m) => void (m.externally_connectable = { matches: ['https://x.com/*'] }), /externally_connectable/],
    ['no CSP', (m) => void delete m.content_security_policy, /extension_pages is missing/],
    ['eval allowed', (m) => void (m.content_security_policy = { extension_pages: csp(m).replace("script-src 'self'", "script-src 'self' 'unsafe-eval'") }), /script-src/],
    ['a remote script source', (m) => void (m.content_security_policy = { extension_pages: csp(m).replace("script-src 'self'", "script-src 'self' https://cdn.example.com") }), /script-src/],
    ['network allowed', (m) => void (m.content_security_policy = { extension_pages: csp(m).replace("connect-src 'none'", 'connect-src https:') }), /connect-src/],
    ['inline styles', (m) => void (m.content_security_policy = { extension_pages: csp(m).replace("style-src 'self'", "style-src 'self' 'unsafe-inline'") }), /style-src allows 'unsafe-inline'/],
    ['another add-on id', (m) => void (gecko(m).id = 'tact@example.com'), /gecko\.id/],
    ['no data consent', (m) => void delete gecko(m).data_collection_permissions, /data_collection_permissions is missing/],
    ['data collected', (m) => void (gecko(m).data_collection_permissions = { required: ['browsingActivity'] }), /required/],
    ['a minimum version without data consent', (m) => void (gecko(m).strict_min_version = '115.0'), /strict_min_version is 115\.0/],
  ];
  const csp = (m: Json) => (m.content_security_policy as { extension_pages: string }).extension_pages;
  const gecko = (m: Json) => (m.browser_specific_settings as { gecko: Json }).gecko;
  for (const [name, change, expected] of cases) {
    test(name, async () => {
      const manifest = structuredClone(await base());
      change(manifest);
      const problems = manifestProblems(manifest, 'firefox');
      expect(problems.join('\n')).toMatch(expected);
    });
  }
  test('Trusted Types dropped from the Chrome CSP', async () => {
    const manifest = await predictedManifest('chrome');
    manifest.content_security_policy = { extension_pages: csp(manifest).replace(/; require-trusted-types-for[^;]*/, '') };
    expect(manifestProblems(manifest, 'chrome').join('\n')).toMatch(/require-trusted-types-for is missing/);
  });
});

/** The newest modification time among the manifest's sources. */
function newestSource(): number {
  const times: number[] = [];
  const walk = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) readdirSync(path).forEach((f) => walk(join(path, f)));
    else times.push(stat.mtimeMs);
  };
  ['wxt.config.ts', 'package.json', 'entrypoints', 'public'].forEach((p) => walk(join(ROOT, p)));
  return Math.max(...times);
}

describe('the built manifests (.output/)', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  for (const browser of BROWSERS) {
    const file = join(ROOT, '.output', `${browser}-mv3`, 'manifest.json');
    const skip = !existsSync(file)
      ? `absent: build it with \`npx wxt build${browser === 'firefox' ? ' -b firefox --mv3' : ''}\``
      : statSync(file).mtimeMs < newestSource()
        ? 'older than wxt.config.ts, package.json, entrypoints/ or public/: rebuild it to check it'
        : '';
    test.skipIf(skip !== '')(`${browser}-mv3/manifest.json${skip ? ` (skipped: ${skip})` : ''}`, () => {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Json;
      expect(manifestProblems(manifest, browser)).toEqual([]);
      expect(manifest.version).toBe(pkg.version);
      // Chrome's enterprise policy schema is not packaged for Firefox.
      expect(existsSync(join(file, '..', 'managed_schema.json'))).toBe(browser === 'chrome');
    });
  }
});
