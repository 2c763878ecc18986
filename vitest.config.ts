import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The property tests feed 100,000-character drafts; give them room on a loaded CI machine.
    testTimeout: 30_000,
  },
});
