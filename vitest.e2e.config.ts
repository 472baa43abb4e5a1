import { defineConfig } from 'vitest/config';

// Browser journeys: one file at a time (each starts a server on a fresh copy of the demo and uses the
// worker's Chromium, e2e/harness.ts), on the built web app. Two at once on two cores was measured:
// each test ran about twice as slow, the whole barely faster, and a long journey hit its time limit.
// The files share their worker's loaded modules (the app, Playwright, axe-core, the Chromium it
// launched), as the server tests do.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.spec.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
