import { existsSync } from 'node:fs';

const webIndex = new URL('../../dist/web/index.html', import.meta.url).pathname;
const root = new URL('../..', import.meta.url).pathname;

/** Builds the web app with Vite when dist/web is missing (a fresh clone), so `npm start` just works. */
export async function ensureWebBuilt(): Promise<void> {
  if (existsSync(webIndex)) return;
  process.stdout.write('Building the web app (first start)…\n');
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn' });
}
