// What Tact's manifest may ask for, as rules a manifest can be checked against: the configured one
// (tests/release/manifest.test.ts) and the built ones (the same test, and scripts/lint-firefox.ts after each
// Firefox build). Each rule is written out here, not read from wxt.config.ts, so that loosening the configuration
// fails a test instead of moving the goalposts with it.

export type Browser = 'chrome' | 'firefox';

/** The only API permission. */
export const PERMISSIONS = ['storage'];
/** The content script's hosts: the three sites (X under both of its names). */
export const SITE_MATCHES = ['https://x.com/*', 'https://twitter.com/*', 'https://www.linkedin.com/*', 'https://www.facebook.com/*'];
export const GECKO_ID = 'tact@tact.dev';
/** Firefox 140 reads `data_collection_permissions` (Firefox for Android: 142). */
export const FIREFOX_MIN = 140;
export const FIREFOX_ANDROID_MIN = 142;

/** Directives the extension pages' CSP must have, with exactly these values. */
const CSP_REQUIRED: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'object-src': ["'none'"],
  'connect-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};
/** Chrome also gets Trusted Types (Firefox only has them from 148). */
const CSP_REQUIRED_CHROME: Record<string, string[]> = {
  'require-trusted-types-for': ["'script'"],
  'trusted-types': ["'none'"],
};
/** Sources any other directive may list. */
const CSP_ALLOWED_SOURCES = new Set(["'self'", "'none'"]);

/** Directive → sources of a CSP string. */
export function parseCsp(csp: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);
const list = (v: readonly string[]) => (v.length ? v.join(', ') : 'nothing');
const versionOf = (v: unknown) => (typeof v === 'string' ? Number.parseFloat(v) : Number.NaN);

type Json = Record<string, unknown>;

/**
 * The ways `manifest` breaks the rules for `browser` (empty when it keeps them). `manifest` is a generated
 * manifest.json, or the configured one with the content scripts read from the entrypoints.
 */
export function manifestProblems(manifest: Json, browser: Browser): string[] {
  const problems: string[] = [];
  if (manifest.manifest_version !== 3) problems.push(`manifest_version is ${String(manifest.manifest_version)}, not 3`);

  // Permissions: storage, nothing else; no host permissions of any kind.
  const permissions = (manifest.permissions ?? []) as string[];
  if (!same(permissions, PERMISSIONS)) problems.push(`permissions are ${list(permissions)}; only ${list(PERMISSIONS)} is allowed`);
  for (const key of ['optional_permissions', 'host_permissions', 'optional_host_permissions']) {
    const value = (manifest[key] ?? []) as string[];
    if (value.length) problems.push(`${key} lists ${list(value)}; Tact asks for none`);
  }
  if (manifest.externally_connectable !== undefined) problems.push('externally_connectable is set: no web page or other extension may message Tact');

  // Host access: the content scripts' matches, exactly the three sites.
  const scripts = (manifest.content_scripts ?? []) as { matches?: string[] }[];
  const matches = [...new Set(scripts.flatMap((s) => s.matches ?? []))];
  const foreign = matches.filter((m) => !SITE_MATCHES.includes(m));
  if (foreign.length) problems.push(`content scripts match ${list(foreign)}; only ${list(SITE_MATCHES)} are allowed`);
  const missing = SITE_MATCHES.filter((m) => !matches.includes(m));
  if (missing.length) problems.push(`no content script matches ${list(missing)}`);
  const resources = (manifest.web_accessible_resources ?? []) as ({ matches?: string[] } | string)[];
  for (const entry of resources) {
    const exposedTo = typeof entry === 'string' ? ['<all_urls>'] : (entry.matches ?? []);
    const wide = exposedTo.filter((m) => !SITE_MATCHES.includes(m));
    if (wide.length) problems.push(`web_accessible_resources are exposed to ${list(wide)}`);
  }

  // Content security policy of the extension pages.
  const csp = (manifest.content_security_policy as Json | undefined)?.extension_pages;
  if (typeof csp !== 'string') problems.push('content_security_policy.extension_pages is missing');
  else {
    const directives = parseCsp(csp);
    const required = { ...CSP_REQUIRED, ...(browser === 'chrome' ? CSP_REQUIRED_CHROME : {}) };
    for (const [name, sources] of Object.entries(required)) {
      const actual = directives.get(name);
      if (!actual) problems.push(`CSP: ${name} is missing (want ${sources.join(' ')})`);
      else if (!same(actual, sources)) problems.push(`CSP: ${name} is ${actual.join(' ')}, want ${sources.join(' ')}`);
    }
    for (const [name, sources] of directives) {
      if (name in required) continue;
      const loose = sources.filter((s) => !CSP_ALLOWED_SOURCES.has(s));
      if (loose.length) problems.push(`CSP: ${name} allows ${loose.join(' ')}; only 'self' or 'none'`);
    }
  }
  if ((manifest.content_security_policy as Json | undefined)?.sandbox !== undefined) problems.push('a sandbox CSP is set: Tact has no sandboxed pages');

  // Browser-specific settings: Firefox's id and data consent; nothing of the kind for Chrome (it would warn).
  const specific = manifest.browser_specific_settings as { gecko?: Json; gecko_android?: Json } | undefined;
  if (browser === 'chrome') {
    if (specific !== undefined) problems.push('browser_specific_settings is Firefox-only; Chrome warns about it');
  } else {
    const gecko = specific?.gecko;
    if (gecko?.id !== GECKO_ID) problems.push(`gecko.id is ${String(gecko?.id)}, want ${GECKO_ID}`);
    const min = versionOf(gecko?.strict_min_version);
    if (!(min >= FIREFOX_MIN)) problems.push(`gecko.strict_min_version is ${String(gecko?.strict_min_version)}; data_collection_permissions needs ${FIREFOX_MIN}.0 or later`);
    const androidMin = versionOf(specific?.gecko_android?.strict_min_version ?? gecko?.strict_min_version);
    if (!(androidMin >= FIREFOX_ANDROID_MIN)) problems.push(`Firefox for Android's minimum is ${String(androidMin)}; data_collection_permissions needs ${FIREFOX_ANDROID_MIN}.0 or later`);
    const consent = gecko?.data_collection_permissions as { required?: unknown; optional?: unknown } | undefined;
    if (!consent) problems.push('gecko.data_collection_permissions is missing');
    else {
      if (!Array.isArray(consent.required) || !same(consent.required as string[], ['none'])) problems.push(`data_collection_permissions.required is ${JSON.stringify(consent.required)}, want ["none"]`);
      if (consent.optional !== undefined && !(Array.isArray(consent.optional) && consent.optional.length === 0)) problems.push(`data_collection_permissions.optional is ${JSON.stringify(consent.optional)}: Tact collects nothing`);
    }
    if (manifest.storage !== undefined) problems.push('storage.managed_schema is Chrome-only; Firefox reads a managed storage manifest (addons-linter warns)');
  }
  return problems;
}
