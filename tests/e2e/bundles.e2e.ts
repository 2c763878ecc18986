// The built extension holds no way to reach the network: every .js, .html and .css file of .output/chrome-mv3
// (built by `npm run test:e2e`) and of .output/firefox-mv3 (when built) is scanned for network APIs (fetch,
// XMLHttpRequest, WebSocket, sendBeacon, EventSource, importScripts, WebTransport, RTCPeerConnection), imports
// and workers from elsewhere, and remote URLs in src/href/url(). Every hit is reported with its file, position and
// the code around it. The scanner itself is proved on planted samples first.
//
// The only absolute URLs allowed are exact strings that are never requested: the XML namespace names Preact
// passes to createElementNS, and the manifest's own match patterns (WXT inlines the content script's `matches`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness';

export interface Hit {
  /** The file, relative to the build folder. */
  file: string;
  /** Which check found it. */
  rule: string;
  /** What matched. */
  match: string;
  line: number;
  column: number;
  /** The code around it (60 characters each side, on one line). */
  context: string;
}

/** Namespace names, not addresses: Preact's createElementNS for <svg>, <math> and foreignObject content. */
const XML_NAMESPACES = ['http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML', 'http://www.w3.org/1999/xhtml'];

/** A quoted string, or anything up to the closing parenthesis (the argument of a call). */
const REMOTE = /^\s*(?:["'`]\s*)?(?:(?:https?|wss?|ftp):|\/\/)/i;

interface Rule {
  name: string;
  pattern: RegExp;
  /** A hit only when this says so (given the match); all matches otherwise. */
  when?: (match: RegExpExecArray) => boolean;
}

const RULES: Rule[] = [
  // fetch(...), fetch (...), and fetch reached through the global object (window.fetch, self["fetch"]...).
  { name: 'fetch', pattern: /(?<![\w$])fetch\s*\(/g },
  { name: 'fetch', pattern: /\b(?:globalThis|window|self|top|parent|frames)\s*(?:\?\.\s*|\.\s*)fetch\b|\[\s*["'`]fetch["'`]\s*\]/g },
  { name: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/g },
  { name: 'WebSocket', pattern: /\bWebSocket(?:Stream)?\b/g },
  { name: 'sendBeacon', pattern: /\bsendBeacon\b/g },
  { name: 'EventSource', pattern: /\bEventSource\b/g },
  { name: 'importScripts', pattern: /\bimportScripts\b/g },
  { name: 'WebTransport', pattern: /\bWebTransport\b/g },
  { name: 'RTCPeerConnection', pattern: /\b(?:webkit)?RTCPeerConnection\b/g },
  // import(...) whose specifier is not a relative or root-relative literal: remote, or computed (which could be).
  {
    name: 'dynamic import',
    pattern: /(?<![\w$.])import\s*\(\s*([^)]{0,200})/g,
    when: (m) => !/^["'`](?:\.{1,2}\/|\/(?!\/))[^"'`]*["'`]/.test(m[1]!),
  },
  // Static imports and re-exports from another origin: import x from "https://…", import "//…", export … from "…".
  { name: 'remote import', pattern: /(?:\bfrom|\bimport)\s*["'`]\s*(?:(?:https?):|\/\/)[^"'`]*["'`]/gi },
  // Workers (and service workers) loaded from elsewhere.
  { name: 'remote worker', pattern: /\bnew\s+(?:Shared)?Worker\s*\(([^)]{0,200})|\bserviceWorker\s*\.\s*register\s*\(([^)]{0,200})/g, when: (m) => REMOTE.test(m[1] ?? m[2] ?? '') || /(?:https?|wss?):\/\//i.test(m[1] ?? m[2] ?? '') },
  // A remote address where the browser would load it: HTML attributes, JSX props, DOM assignments.
  { name: 'remote src/href', pattern: /\b(?:src|href|srcset|action|formaction|poster|ping|data|background|manifest|icon)\s*[:=]\s*["'`]?\s*(?:(?:https?|wss?|ftp):|\/\/)[^\s"'`<>)]*/gi },
  { name: 'remote src/href', pattern: /\bsetAttribute(?:NS)?\s*\([^)]{0,60}?["'`](?:src|href|srcset|action|formaction|poster|ping|data)["'`]\s*,\s*["'`]\s*(?:(?:https?|wss?|ftp):|\/\/)[^"'`]*/gi },
  // CSS: url(https://…), @import "https://…".
  { name: 'remote url()', pattern: /\burl\(\s*["']?\s*(?:(?:https?|ftp):|\/\/)[^"')\s]*/gi },
  { name: 'remote @import', pattern: /@import\s+(?:url\(\s*)?["']?\s*(?:(?:https?|ftp):|\/\/)[^"')\s;]*/gi },
];

/** Any absolute URL with a host: allowed only when it is one of the exact, never-requested strings. */
const ABSOLUTE_URL = /\b(?:https?|wss?|ftp):\/\/[^\s"'`<>)\\,]+/gi;

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

function contextOf(text: string, offset: number, length: number): string {
  const from = Math.max(0, offset - 60);
  const to = Math.min(text.length, offset + length + 60);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`;
}

/**
 * The network hits in one file's text. `allowedUrls`: absolute URLs that may appear as they are (exact strings,
 * each with a reason: XML namespaces, the manifest's match patterns).
 */
export function scanText(file: string, text: string, allowedUrls: ReadonlySet<string> = new Set(XML_NAMESPACES)): Hit[] {
  const hits: (Hit & { offset: number; end: number })[] = [];
  const add = (rule: string, offset: number, match: string) =>
    hits.push({ file, rule, match, offset, end: offset + match.length, ...position(text, offset), context: contextOf(text, offset, match.length) });
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      if (!rule.when || rule.when(m as RegExpExecArray)) add(rule.name, m.index, m[0].trim());
    }
  }
  for (const m of text.matchAll(ABSOLUTE_URL)) {
    const url = m[0];
    if (allowedUrls.has(url)) continue;
    // Already reported, more precisely, by a rule above.
    if (hits.some((h) => h.offset <= m.index && m.index < h.end)) continue;
    add('absolute URL', m.index, url);
  }
  return hits.sort((a, b) => a.offset - b.offset).map(({ offset: _o, end: _e, ...hit }) => hit);
}

/** Every .js, .mjs, .html and .css file under `dir`. */
function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:m?js|html|css)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

interface Manifest {
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { matches?: string[]; js?: string[] }[];
  host_permissions?: string[];
  action?: { default_popup?: string };
  options_ui?: { page?: string };
}

/** The match patterns the manifest itself declares (WXT inlines the content script's definition, `matches` included). */
function matchPatterns(manifest: Manifest): string[] {
  return [...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []), ...(manifest.host_permissions ?? [])];
}

export function scanBuild(dir: string): { files: string[]; hits: Hit[] } {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const allowed = new Set([...XML_NAMESPACES, ...matchPatterns(manifest)]);
  const files = builtFiles(dir);
  return { files: files.map((f) => relative(dir, f)), hits: files.flatMap((f) => scanText(relative(dir, f), readFileSync(f, 'utf8'), allowed)) };
}

const format = (hit: Hit) => `${hit.file}:${hit.line}:${hit.column} ${hit.rule}: ${hit.match}\n    ${hit.context}`;

describe('the bundle scanner', () => {
  // Each sample must be caught by the rule named; `[]` means it must not be reported at all.
  const samples: [string, string[]][] = [
    ['fetch("https://api.example.com/v1/report", { method: "POST" })', ['fetch', 'absolute URL']],
    ['const r=await fetch (u,{body:d})', ['fetch']],
    ['window.fetch(u)', ['fetch', 'fetch']],
    ['const f=globalThis.fetch;f(u)', ['fetch']],
    ['self["fetch"](u)', ['fetch']],
    ['const x=new XMLHttpRequest;x.open("POST",u)', ['XMLHttpRequest']],
    ['new WebSocket("wss://collect.example.com")', ['WebSocket', 'absolute URL']],
    ['navigator.sendBeacon(u,JSON.stringify(d))', ['sendBeacon']],
    ['const es=new EventSource("/stream")', ['EventSource']],
    ['importScripts("https://cdn.example.com/lib.js")', ['importScripts', 'absolute URL']],
    ['new WebTransport(u)', ['WebTransport']],
    ['const pc=new RTCPeerConnection(cfg)', ['RTCPeerConnection']],
    ['import("https://cdn.example.com/mod.js")', ['dynamic import']],
    ['import(u).then(m=>m.run())', ['dynamic import']],
    ['import{a as b}from"https://esm.example.com/a.js";', ['remote import']],
    ['import "//cdn.example.com/side-effect.js";', ['remote import']],
    ['export*from"http://evil.example/x.js"', ['remote import']],
    ['new Worker("https://cdn.example.com/w.js")', ['remote worker']],
    ['navigator.serviceWorker.register("//evil.example/sw.js")', ['remote worker']],
    ['<script type="module" src="https://cdn.example.com/app.js"></script>', ['remote src/href']],
    ["<link rel=stylesheet href='//cdn.example.com/a.css'>", ['remote src/href']],
    ['<img src=http://track.example.com/p.gif>', ['remote src/href']],
    ['el.src="https://track.example.com/p.gif"', ['remote src/href']],
    ['h("img",{src:"https://track.example.com/p.gif",alt:""})', ['remote src/href']],
    ['a.setAttribute("href","https://evil.example/")', ['remote src/href']],
    ['.x{background:url(https://track.example.com/x.png)}', ['remote url()']],
    ['@import url("https://fonts.example.com/css");', ['remote @import', 'remote url()']],
    ['const API="https://api.example.com/v1"', ['absolute URL']],
    // Not network access: these must pass.
    ['import("./chunk-a.js")', []],
    ['__vitePreload(()=>import("../chunks/b.js"),[])', []],
    ['import{h}from"./chunks/i18n.js";import"/chunks/x.js"', []],
    ['new Worker(new URL("./w.js",import.meta.url),{type:"module"})', []],
    ['document.createElementNS("http://www.w3.org/2000/svg","svg")', []],
    ['if(e.startsWith("http://")||e.startsWith("https://"))return{kind:"url"}', []],
    ['<script type="module" crossorigin src="/chunks/popup.js"></script><link rel="modulepreload" href="/chunks/i18n.js">', []],
    ['s.href=URL.createObjectURL(blob),s.download=name', []],
    ['prefetch(x);refetch(y);const fetched=1;"fetch the data"', []],
  ];

  for (const [sample, rules] of samples) {
    it(`${rules.length ? `finds ${rules.join(' + ')} in` : 'lets through'} ${sample}`, () => {
      const hits = scanText('sample.js', sample);
      expect(hits.map((h) => h.rule)).toEqual(rules);
      for (const hit of hits) {
        expect(hit.file).toBe('sample.js');
        expect(sample).toContain(hit.match);
        expect(hit.context.replace(/…/g, '')).toContain(hit.match);
      }
    });
  }

  it('says where: line, column and the code around the hit', () => {
    const text = `const a = 1;\n${'x'.repeat(100)}; navigator.sendBeacon(u, d); ${'y'.repeat(100)}`;
    const [hit] = scanText('chunks/a.js', text);
    expect(hit).toMatchObject({ file: 'chunks/a.js', rule: 'sendBeacon', match: 'sendBeacon', line: 2, column: 113 });
    expect(hit!.context).toBe(`…${'x'.repeat(48)}; navigator.sendBeacon(u, d); ${'y'.repeat(52)}…`);
    expect(format(hit!)).toMatch(/^chunks\/a\.js:2:113 sendBeacon: sendBeacon\n {4}…x+; navigator\.sendBeacon/);
  });

  it('allows only the exact URLs it is given', () => {
    const patterns = new Set([...XML_NAMESPACES, 'https://x.com/*']);
    expect(scanText('c.js', 'matches:["https://x.com/*"]', patterns)).toEqual([]);
    expect(scanText('c.js', 'matches:["https://x.com/*"]').map((h) => h.match)).toEqual(['https://x.com/*']);
    expect(scanText('c.js', 'u="https://x.com/api/track"', patterns).map((h) => h.match)).toEqual(['https://x.com/api/track']);
    expect(scanText('c.js', 'ns="http://www.w3.org/2000/svg/../../evil"', patterns)).toHaveLength(1);
  });
});

const BUILDS = [
  { name: 'Chrome MV3', dir: join(REPO_ROOT, '.output', 'chrome-mv3'), required: true },
  { name: 'Firefox MV3', dir: join(REPO_ROOT, '.output', 'firefox-mv3'), required: false },
];

describe('the built extension', () => {
  for (const build of BUILDS) {
    const present = existsSync(join(build.dir, 'manifest.json'));
    it.runIf(present || build.required)(`${build.name} (${relative(REPO_ROOT, build.dir)}): no network API, no remote import, no remote URL`, () => {
      expect(present, `no build in ${build.dir}: run \`npx wxt build\` first`).toBe(true);
      const { files, hits } = scanBuild(build.dir);
      // The scan saw the whole extension: the worker, the content script, the popup and the options page.
      const manifest = JSON.parse(readFileSync(join(build.dir, 'manifest.json'), 'utf8')) as Manifest;
      const entries = [
        manifest.background?.service_worker ?? manifest.background?.scripts?.[0],
        ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []),
        manifest.action?.default_popup,
        manifest.options_ui?.page,
      ];
      for (const entry of entries) expect(files).toContain(entry);
      expect(files.some((f) => f.startsWith('chunks/'))).toBe(true);
      expect(hits.map(format)).toEqual([]);
    });
  }
});
