import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const defaultWebRoot = new URL('../../dist/web', import.meta.url).pathname;
const root = new URL('../..', import.meta.url).pathname;

/**
 * Builds the web app with Vite when dist/web is missing (a fresh clone), so `npm start` just works.
 * A GRANNSKAP_WEB_ROOT of one's own is served as it is.
 */
export async function ensureWebBuilt(webRoot: string = defaultWebRoot): Promise<void> {
  if (resolve(webRoot) !== resolve(defaultWebRoot)) return;
  if (existsSync(resolve(defaultWebRoot, 'index.html'))) return;
  process.stdout.write('Building the web app (first start)…\n');
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn' });
}
