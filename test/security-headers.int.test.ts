import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Config, loadConfig } from '../src/core/config';
import type { Database } from '../src/core/db/client';
import { buildApp } from '../src/core/http/app';
import type { GrannskapModule } from '../src/core/module';
import { modules } from '../src/modules';
import { seedOrganisation } from './fixtures';
import { capturingMailer, openTestDatabase, resetDatabase } from './harness';

// Issue 11, points 4, 5 and 9: security headers on every kind of page, X-Forwarded-For believed only
// when TRUST_PROXY says so, and internal errors that never reach the client.

let database: Database;
let webRoot: string;
const apps: { close: () => Promise<unknown> }[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  await resetDatabase(database);
  await seedOrganisation(database.db);
  webRoot = mkdtempSync(join(tmpdir(), 'grannskap-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><div id="root"></div>');
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await database.close();
  rmSync(webRoot, { recursive: true, force: true });
});

/** A route that fails inside the database, as the UTF-32 upload did on PostgreSQL. */
const failingModule: GrannskapModule = {
  name: 'failing',
  dependsOn: [],
  routes: async (app, { db }) => {
    app.get('/failing/sql', { config: { public: true } }, async () => {
      await db.execute(sql`select secret_column from table_that_is_not_there`);
      return {};
    });
    app.get('/failing/status', { config: { public: true } }, async () => {
      // A library error that carries a client status but an internal message.
      throw Object.assign(new Error('insert into users (password_hash) values ($1)'), { statusCode: 400 });
    });
  },
};

async function appWith(overrides: Partial<Config> = {}, logLines: string[] = []) {
  const config = loadConfig({}, { logLevel: 'error', webRoot, ...overrides });
  const logStream = { write: (line: string) => void logLines.push(line) };
  const app = await buildApp({
    config,
    database,
    mailer: capturingMailer(),
    modules: [...modules, failingModule],
    logStream,
  });
  await app.ready();
  apps.push(app);
  return app;
}

/** A CSP header as directive → sources. */
function policy(header: string | string[] | number | undefined): Record<string, string[]> {
  return Object.fromEntries(
    String(header)
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('security headers', () => {
  it('puts a strict policy on the API, the web app, the API docs and the public pages', async () => {
    const app = await appWith();
    for (const url of ['/api/v1/auth/me', '/overview', '/api/docs', '/api/docs/json', '/kalender/alfa']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBeLessThan(500);
      const csp = policy(res.headers['content-security-policy']);
      expect(csp['script-src'], url).toEqual(["'self'"]);
      expect(csp['script-src-attr'], url).toEqual(["'none'"]);
      expect(csp['object-src'], url).toEqual(["'none'"]);
      expect(csp['frame-ancestors'], url).toEqual(["'none'"]);
      expect(csp['connect-src'], url).toEqual(["'self'"]);
      expect(csp['upgrade-insecure-requests'], url).toBeUndefined();
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('same-origin');
      expect(res.headers['strict-transport-security'], url).toBeUndefined();
    }
  });

  it('keeps the tenant survey page its own, stricter policy', async () => {
    const app = await appWith();
    const res = await app.inject({ method: 'GET', url: '/s/a-token-that-does-not-exist' });
    expect(res.statusCode).toBe(404);
    const csp = policy(res.headers['content-security-policy']);
    expect(csp['default-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('pins browsers to https with HSTS only when SECURE_COOKIES=true', async () => {
    const secure = await appWith({ secureCookies: loadConfig({ SECURE_COOKIES: 'true' }).secureCookies });
    const res = await secure.inject({ method: 'GET', url: '/overview' });
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(policy(res.headers['content-security-policy'])['upgrade-insecure-requests']).toEqual([]);
  });

  it('lets map tiles in from the configured tile server only', async () => {
    const app = await appWith({ mapTileUrl: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png' });
    const res = await app.inject({ method: 'GET', url: '/overview' });
    expect(policy(res.headers['content-security-policy'])['img-src']).toEqual([
      "'self'",
      'data:',
      'https://*.tiles.example.org',
    ]);
  });
});

const login = (
  app: Awaited<ReturnType<typeof appWith>>,
  i: number,
  options: { remoteAddress?: string } = {},
) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    // Made-up client addresses, one per attempt, and a different unknown account each time.
    headers: { 'x-forwarded-for': `198.51.100.${i + 1}` },
    payload: { email: `stranger${i}@example.test`, password: 'a guess' },
    ...options,
  });

describe('the sign-in rate limit and X-Forwarded-For', () => {
  it('limits 25 logins from one client however many addresses it claims to forward for', async () => {
    const app = await appWith();
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await login(app, i)).statusCode);
    // The login route allows 20 a minute per client address.
    expect(statuses).toEqual([...Array(20).fill(401), ...Array(5).fill(429)]);
  });

  it('believes X-Forwarded-For only from the proxies TRUST_PROXY names', async () => {
    const app = await appWith({ trustProxy: loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy });
    const fromProxy: number[] = [];
    for (let i = 0; i < 25; i++) fromProxy.push((await login(app, i)).statusCode);
    expect(fromProxy).toEqual(Array(25).fill(401));
    // The same claims from a client that is not the proxy count against that client.
    const direct: number[] = [];
    for (let i = 0; i < 25; i++)
      direct.push((await login(app, i, { remoteAddress: '203.0.113.7' })).statusCode);
    expect(direct.filter((s) => s === 429)).toHaveLength(5);
  });
});

describe('internal errors', () => {
  it('answers a database failure with a translated generic message and the request id, and logs the cause', async () => {
    const logLines: string[] = [];
    const app = await appWith({}, logLines);
    const sv = await app.inject({ method: 'GET', url: '/api/v1/failing/sql' });
    expect(sv.statusCode).toBe(500);
    const requestId = sv.headers['x-request-id'];
    expect(sv.json()).toEqual({
      error: {
        code: 'internal',
        message: `Något gick fel hos oss. Försök igen; kvarstår felet, kontakta administratören och uppge felkod ${requestId}.`,
        requestId,
      },
    });
    expect(sv.body).not.toMatch(/secret_column|table_that_is_not_there|select/);
    const logged = logLines.map((line) => JSON.parse(line)).find((entry) => entry.reqId === requestId);
    expect(logged?.msg).toBe('unhandled error');
    expect(logged?.err?.message).toMatch(/table_that_is_not_there/);

    const en = await app.inject({
      method: 'GET',
      url: '/api/v1/failing/sql',
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().error.message).toBe(
      `Something went wrong on our side. Try again; if it persists, contact the administrator and give the error code ${en.headers['x-request-id']}.`,
    );
  });

  it('does not pass on the message of a non-framework error that carries a 4xx status', async () => {
    const app = await appWith();
    const res = await app.inject({ method: 'GET', url: '/api/v1/failing/status' });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('internal');
    expect(res.body).not.toMatch(/insert into|password_hash/);
  });

  it("still explains Fastify's own client errors, such as a malformed JSON body", async () => {
    const app = await appWith();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation');
  });
});
