// One browser per describe block, and what every block must end with: no request left the machine and
// no page or worker logged an error.
import { afterAll, beforeAll, expect } from 'vitest';
import { launch, type LaunchOptions, type Tact } from './harness';

/** Launches Chromium with Tact before the block's tests; returns a getter for it. */
export function browserForSuite(options?: LaunchOptions): () => Tact {
  let tact: Tact | undefined;
  beforeAll(async () => {
    tact = await launch(options);
  });
  afterAll(async () => {
    if (!tact) return;
    try {
      expect(tact.networkLog).toEqual([]);
      expect(tact.consoleErrors).toEqual([]);
    } finally {
      await tact.close();
    }
  });
  return () => {
    if (!tact) throw new Error('the browser is not launched yet');
    return tact;
  };
}
