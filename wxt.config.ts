import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  // The stack's choice: `browser` is webextension-polyfill's promise-based API in every browser.
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Tact',
    description:
      'Coaches you while you post: flags which of the 25 rules of social media engagement a draft may break. Nothing leaves your machine.',
    permissions: ['storage'],
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
