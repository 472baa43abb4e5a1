import { createServer as createNetServer } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { expect, inject } from 'vitest';
import { createServer, registerModules } from '../src/app';
import { loadConfig } from '../src/core/config';
import { openDatabase } from '../src/core/db/client';
import { createMailer } from '../src/core/mail/mailer';
import type { AppContext } from '../src/core/module';
import { loadDemo } from '../src/demo/load-demo';
import { demoPassword } from '../src/modules/users';

export { demoPassword };

export type E2eServer = { url: string; ctx: AppContext; close: () => Promise<void> };

/** A port nothing listens on now, from the operating system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The whole application with the demo organisation on an in-memory database, on a free port. */
export async function startDemoServer(): Promise<E2eServer> {
  registerModules();
  const database = await openDatabase({ dataDir: 'memory://' });
  await database.migrate();
  // Links in e-mails (invitations, resets) must point at this server, so its port is chosen first.
  const port = await freePort();
  const config = loadConfig(
    {},
    {
      logLevel: 'warn',
      port,
      host: '127.0.0.1',
      webRoot: inject('webRoot'),
      publicUrl: `http://127.0.0.1:${port}`,
    },
  );
  const mailer = createMailer({ from: config.mailFrom });
  const app = await createServer(config, database, mailer);
  const ctx: AppContext = { db: database.db, database, config, log: app.log, mailer };
  await loadDemo(ctx);
  await app.listen({ port, host: '127.0.0.1' });
  return {
    url: `http://127.0.0.1:${port}`,
    ctx,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** Debian's Chromium, headless, with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const phone: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ locale: 'sv-SE', ...options });
}

/** Signs in through the sign-in page as a user would. */
export async function signInAs(
  page: Page,
  baseUrl: string,
  email: string,
  password = demoPassword,
): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel(/e-post|e-mail/i).fill(email);
  await page.getByLabel(/lösenord|password/i).fill(password);
  await page.getByRole('button', { name: /logga in|sign in/i }).click();
  // The sign-in page has a <main> too: wait until we have left it, and the signed-in app has
  // rendered a page of its own (its language is then the user's stored one).
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.getByRole('main').waitFor();
  // (Not expect.poll: specs also sign in from beforeAll.)
  await page.waitForFunction(
    () => {
      const h1 = document.querySelector('h1');
      return !!h1 && !/^(Logga in|Sign in)$/.test(h1.textContent ?? '');
    },
    undefined,
    { timeout: 30_000 },
  );
}

/** Fails on any serious or critical axe-core violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    `axe violations on ${page.url()}`,
  ).toEqual([]);
}
