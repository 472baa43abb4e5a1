import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { seedDemoTemplate } from './demo-database';

declare module 'vitest' {
  export interface ProvidedContext {
    webRoot: string;
    /** An embedded database directory holding the migrated demo, for each spec file to copy. */
    demoTemplate: string;
  }
}

const root = new URL('..', import.meta.url).pathname;

/**
 * Builds the web app once for the browser tests into a folder of this run's own, so a build
 * elsewhere (a developer's `npm start`, another run) cannot change the files under a running test;
 * E2E_SKIP_BUILD=1 reuses dist/web while iterating. Meanwhile the demo is seeded once into a
 * template database that every spec file's server starts from a copy of. (Chromium is started by
 * the test worker: e2e/harness.ts sharedBrowser.)
 */
export default async function setup(project: TestProject) {
  const demoTemplate = mkdtempSync(join(tmpdir(), 'grannskap-e2e-demo-'));
  const skipBuild = process.env.E2E_SKIP_BUILD === '1';
  const outDir = skipBuild ? join(root, 'dist/web') : mkdtempSync(join(root, '.tmp-e2e-web-'));
  const cleanUp = () => {
    rmSync(demoTemplate, { recursive: true, force: true });
    if (!skipBuild) rmSync(outDir, { recursive: true, force: true });
  };
  try {
    await Promise.all([
      skipBuild ? undefined : build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } }),
      seedDemoTemplate(demoTemplate),
    ]);
  } catch (error) {
    cleanUp();
    throw error;
  }
  project.provide('webRoot', outDir);
  project.provide('demoTemplate', demoTemplate);
  return cleanUp;
}
