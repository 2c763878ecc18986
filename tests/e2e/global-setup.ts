// vitest globalSetup for the e2e run: bundles the fixture pages once before any spec starts.
import { buildFixtures } from './fixtures/build.mjs';

export default async function setup(): Promise<void> {
  await buildFixtures();
}
