import { defineConfig } from 'vitest/config';

// Browser journeys: one file at a time (each starts a server and Chromium), on the built web app.
// Two at once on two cores was measured: each test ran about twice as slow, the whole barely faster,
// and a long journey hit its time limit.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.spec.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
