import { build } from 'vite';

/** Builds the web app once for the browser tests (E2E_SKIP_BUILD=1 reuses dist/web while iterating). */
export default async function setup() {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  await build({ root: new URL('..', import.meta.url).pathname, logLevel: 'warn' });
}
