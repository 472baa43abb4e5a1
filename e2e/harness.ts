import { rmSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { createServer, registerModules } from '../src/app';
import { openDatabase } from '../src/core/db/client';
import { createMailer } from '../src/core/mail/mailer';
import type { AppContext } from '../src/core/module';
import { demoPassword } from '../src/modules/users';
import { type Clock, clockStartingAt } from '../src/shared/time';
import { chromiumLaunch, copyDemoTemplate, e2eClockStart, e2eConfig } from './demo-database';

export { demoPassword, e2eClockStart };

type E2eServer = { url: string; ctx: AppContext; close: () => Promise<void> };

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

/** The clock of this spec file's server, which its browser contexts follow; until it starts, the fixed start. */
let suiteClock: Clock = clockStartingAt(new Date(e2eClockStart));

/** "Now" as the server and the browser see it in this spec file. */
export const e2eNow = (): Date => suiteClock();

/**
 * The whole application with the demo organisation, on a free port: a copy of the demo seeded in
 * global setup (its own embedded database directory, removed on close).
 */
async function startDemoServer(): Promise<E2eServer> {
  registerModules();
  const dataDir = copyDemoTemplate(inject('demoTemplate'));
  const database = await openDatabase({ dataDir }).catch((error) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  // Links in e-mails (invitations, resets) must point at this server, so its port is chosen first.
  const port = await freePort();
  const config = e2eConfig({
    port,
    host: '127.0.0.1',
    dataDir,
    webRoot: inject('webRoot'),
    publicUrl: `http://127.0.0.1:${port}`,
  });
  suiteClock = config.clock;
  const mailer = createMailer({ from: config.mailFrom });
  const app = await createServer(config, database, mailer);
  const ctx: AppContext = { db: database.db, database, config, log: app.log, mailer };
  await app.listen({ port, host: '127.0.0.1' });
  return {
    url: `http://127.0.0.1:${port}`,
    ctx,
    close: async () => {
      try {
        await app.close();
        await database.close();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

let workerBrowser: Promise<Browser> | undefined;

/**
 * The worker's Chromium, launched by the first spec file and kept for the later ones (the files
 * share their worker's modules, isolate: false); Playwright exits it with the worker. Driven from
 * this process over a pipe: one Chromium started in global setup and connected to over a WebSocket
 * put the Vitest main process between every call and the browser (situation.spec used ~10 % more
 * CPU that way; bench/RESULTS.md, CI time). Each file closes the contexts it opened (closeContexts).
 */
function sharedBrowser(): Promise<Browser> {
  workerBrowser ??= chromium.launch(chromiumLaunch).catch((error) => {
    workerBrowser = undefined;
    throw error;
  });
  return workerBrowser.then((browser) => {
    if (browser.isConnected()) return browser;
    workerBrowser = undefined; // It crashed under an earlier file: a new one for this file.
    return sharedBrowser();
  });
}

/** Closes every context of the browser: the spec files run one at a time, so they are this file's. */
async function closeContexts(browser: Browser): Promise<void> {
  await Promise.all(browser.contexts().map((context) => context.close()));
}

export const phone: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

type PageGlobals = typeof globalThis & { __realPerformance?: Performance };

/**
 * A browser context in Swedish whose clock starts at the server's "now" and runs on (Playwright's
 * clock). That clock also replaces `performance` with a stand-in whose resource entries are always
 * empty; the rounds app lists the files a page has loaded from them, to cache for offline use, so
 * the real entries are put back (init scripts run in the order they were added).
 */
async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'sv-SE', ...options });
  await context.addInitScript(() => {
    (globalThis as PageGlobals).__realPerformance = performance;
  });
  await context.clock.install({ time: e2eNow() });
  await context.addInitScript(() => {
    const real = (globalThis as PageGlobals).__realPerformance;
    if (!real || real === performance) return;
    performance.getEntries = () => real.getEntries();
    performance.getEntriesByType = (type) => real.getEntriesByType(type);
    performance.getEntriesByName = (name, type) => real.getEntriesByName(name, type);
  });
  return context;
}

/**
 * Signs in through the sign-in page as a user would; fails unless the server accepted it, and
 * returns once the signed-in app shows a page of its own.
 */
export async function signInAs(
  page: Page,
  baseUrl: string,
  email: string,
  password = demoPassword,
): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel(/e-post|e-mail/i).fill(email);
  await page.getByLabel(/lösenord|password/i).fill(password);
  const [login] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login')),
    page.getByRole('button', { name: /logga in|sign in/i }).click(),
  ]);
  expect(login.status(), `sign-in of ${email}`).toBe(200);
  // The sign-in page has a <main> and an <h1> too: wait until we have left it, and the signed-in
  // app has rendered a page of its own (its language is then the user's stored one).
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

/** Waits for the page's h1 (pages load their code and data lazily). */
export async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Fails when the page scrolls sideways at its width (a 360 px phone's, say). */
export async function expectNoSidewaysScroll(page: Page, width = 360): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `width of ${page.url()}`).toBeLessThanOrEqual(width);
}

/** What a spec file works with: its own server on a fresh copy of the demo, and the worker's Chromium. */
export type DemoSuite = {
  readonly url: string;
  readonly ctx: AppContext;
  readonly browser: Browser;
  /** A page in a new context (newContext); close it with `page.context().close()`. */
  page(options?: BrowserContextOptions): Promise<Page>;
  /** A page in a new context, signed in as `email` through the sign-in page. */
  signedInPage(email: string, options?: BrowserContextOptions): Promise<Page>;
};

/**
 * The one way a spec file sets up: `const demo = setUpDemoSuite();` at its top starts the file's
 * server and gets the worker's browser before its tests (beforeAll), and after them closes the
 * server and the file's browser contexts.
 * The handle is filled in by beforeAll, so use it inside hooks and tests only.
 */
export function setUpDemoSuite(): DemoSuite {
  let server: E2eServer | undefined;
  let browser: Browser | undefined;
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('setUpDemoSuite: used outside a hook or test');
    return value;
  };
  const suite: DemoSuite = {
    get url() {
      return started(server).url;
    },
    get ctx() {
      return started(server).ctx;
    },
    get browser() {
      return started(browser);
    },
    async page(options) {
      const context = await newContext(suite.browser, options);
      return context.newPage();
    },
    async signedInPage(email, options) {
      const page = await suite.page(options);
      await signInAs(page, suite.url, email);
      return page;
    },
  };
  beforeAll(async () => {
    // Each is kept as soon as it is there, so that afterAll closes it even when the other failed.
    await Promise.all([
      startDemoServer().then((started) => {
        server = started;
      }),
      sharedBrowser().then((shared) => {
        browser = shared;
      }),
    ]);
  });
  afterAll(async () => {
    if (browser) await closeContexts(browser);
    await server?.close();
  });
  return suite;
}

/** Fails on any serious or critical axe-core violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  // A page without frames is checked by one axe.run in it (the same rules and results): the default
  // runs each frame apart and then opens a blank page to combine them, a third of the time of a check.
  const results = await new AxeBuilder({ page }).setLegacyMode(page.frames().length === 1).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    `axe violations on ${page.url()}`,
  ).toEqual([]);
}

/**
 * axe on a page opened with JavaScript off (axe runs as a script, so it cannot run there): the
 * page's HTML is served again at its own address to a context with JavaScript, from `open`, and
 * checked there (same origin, so its images, styles and links load).
 */
export async function expectAccessibleWithoutScript(page: Page, open: () => Promise<Page>): Promise<void> {
  const url = page.url().split('#')[0];
  const html = await page.content();
  const checker = await open();
  await checker.route(
    (u) => u.href === url,
    (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
  );
  await checker.goto(url);
  await expectAccessible(checker);
  await checker.context().close();
}
