import { defineConfig } from 'vitest/config';
import SlowFilesFirst from './test/slow-files-first';

// Integration tests (*.int.test.ts) run once per database driver: PGlite always, PostgreSQL when
// test/global-postgres.ts could start one (or TEST_DATABASE_URL names one).
const integration = (driver: 'pglite' | 'postgres') => ({
  extends: true as const,
  test: {
    name: `integration-${driver}`,
    include: ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'],
    env: { TEST_DB_DRIVER: driver },
    globalSetup: driver === 'postgres' ? ['test/global-postgres.ts'] : ['test/global-pglite.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    // Test files share their worker's loaded modules (measured: importing the app cost ~2.7 s per file,
    // 430 s of the suite); the registries are idempotent and the one module mock reloads what it mocks.
    isolate: false,
    sequence: { sequencer: SlowFilesFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      integration('pglite'),
      ...(process.env.TEST_SKIP_POSTGRES === '1' ? [] : [integration('postgres')]),
    ],
  },
});
