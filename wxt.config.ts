import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  // The stack's choice: `browser` is webextension-polyfill's promise-based API in every browser.
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    // Localised from public/_locales (en, fr).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // Enterprise policy: what an administrator may push (profile, settings, locked fields); Chrome reads this
    // schema, Firefox takes the same data from a managed storage manifest (see README).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'tact@tact.dev', strict_min_version: '115.0' } } }
      : {}),
  }),
  vite: () => ({
    // @preact/preset-vite is typed against the newest Vite while WXT 0.21.0 bundles its own Vite 7;
    // the plugin works with both, only their type declarations differ.
    plugins: [preact() as never],
  }),
});
