import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    webRoot: string;
  }
}

const root = new URL('..', import.meta.url).pathname;

/**
 * Builds the web app once for the browser tests into a folder of this run's own, so a build
 * elsewhere (a developer's `npm start`, another run) cannot change the files under a running test.
 * E2E_SKIP_BUILD=1 reuses dist/web while iterating.
 */
export default async function setup(project: TestProject) {
  if (process.env.E2E_SKIP_BUILD === '1') {
    project.provide('webRoot', join(root, 'dist/web'));
    return;
  }
  const outDir = mkdtempSync(join(root, '.tmp-e2e-web-'));
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  project.provide('webRoot', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
