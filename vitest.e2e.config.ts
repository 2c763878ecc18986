import { defineConfig } from 'vitest/config';

// Browser tests: headless Chromium with Tact's Chrome build loaded, on the fixture pages in tests/e2e/fixtures.
// Build the extension first (`npx wxt build`), then: npx vitest run -c vitest.e2e.config.ts
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    // One browser at a time: the machine has two cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
