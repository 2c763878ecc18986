import { defineConfig, type UserManifest } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * Content security policy of the extension's own pages (popup, options, and the worker): scripts, styles and
 * images from the package only, no eval, no plug-ins, no <base>, no form posts, never framed, and no network at all
 * (`connect-src 'none'`, and `default-src 'none'` for anything not listed). Chrome also requires Trusted Types, so
 * no string can reach an HTML sink such as innerHTML; Firefox has them from 148 only (older versions would log an
 * unknown directive), so its policy stops before them. Development mode (`wxt`) keeps WXT's default instead: its dev
 * server serves scripts and styles and reloads the pages over a WebSocket.
 * tests/release/manifest.test.ts holds the policy to these rules.
 */
function extensionPagesCsp(browser: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    // The options page opens in a tab of its own (options_ui.open_in_tab, set by WXT from entrypoints/options):
    // nothing frames these pages.
    "frame-ancestors 'none'",
    ...(browser === 'firefox' ? [] : ["require-trusted-types-for 'script'", "trusted-types 'none'"]),
  ].join('; ');
}

/**
 * Firefox 140 (an ESR) is the first with built-in data consent (`data_collection_permissions`) and grants MV3
 * content-script hosts at install (127+); it runs MV3 background scripts (109+) and has the CSS Custom Highlight
 * API (140; older browsers would only lose the highlight). Firefox for Android reads the data consent key from 142.
 */
type Gecko = NonNullable<NonNullable<UserManifest['browser_specific_settings']>['gecko']> & {
  data_collection_permissions: { required: string[]; optional?: string[] };
};
const gecko: Gecko = {
  id: 'tact@tact.dev',
  strict_min_version: '140.0',
  // Firefox's built-in data consent: Tact collects and transmits nothing.
  data_collection_permissions: { required: ['none'] },
};

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  // The stack's choice: `browser` is webextension-polyfill's promise-based API in every browser.
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, command }) => ({
    // Localised from public/_locales (en, fr).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `storage` only. Host access is the content script's matches (entrypoints/composer.content: x.com,
    // twitter.com, www.linkedin.com, www.facebook.com); no host_permissions, no tabs (the popup asks for the active
    // tab's draft by id, which needs no permission).
    permissions: ['storage'],
    ...(command === 'build' ? { content_security_policy: { extension_pages: extensionPagesCsp(browser) } } : {}),
    // Enterprise policy: what an administrator may push (profile, settings, locked fields); Chrome reads this
    // schema, Firefox takes the same data from a managed storage manifest (see README).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko, gecko_android: { strict_min_version: '142.0' } } }
      : {}),
  }),
  hooks: {
    // managed_schema.json is Chrome's (see `storage` above): keep it out of the Firefox package.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser !== 'firefox') return;
      const index = files.findIndex((file) => file.relativeDest === 'managed_schema.json');
      if (index >= 0) files.splice(index, 1);
    },
  },
  zip: {
    // .output/tact-<package.json version>-chrome-mv3.zip, …-firefox-mv3.zip (and …-sources.zip for AMO's review).
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    // The sources zip is for AMO's reviewers to rebuild the Firefox package: the README's screenshots are not needed.
    excludeSources: ['assets/screenshots/**'],
  },
  vite: () => ({
    // @preact/preset-vite is typed against the newest Vite while WXT 0.21.0 bundles its own Vite 7;
    // the plugin works with both, only their type declarations differ.
    plugins: [preact() as never],
    // Vite's modulepreload polyfill calls fetch() (on the extension's own chunks): dead code in Chrome and Firefox,
    // which preload modules natively, and the only network API in the build (tests/e2e/bundles.e2e.ts).
    build: { modulePreload: { polyfill: false } },
  }),
});
