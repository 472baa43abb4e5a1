import { defineConfig } from 'vitest/config';

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
