import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/core/audit.table';
import { rolesGranted } from '../src/core/auth/access';
import { users } from '../src/core/auth/auth.table';
import { apiPrefix } from '../src/core/http/app';
import type { RegisteredRoute } from '../src/core/http/types';
import { areas, properties } from '../src/modules/areas';
import { type Session, seedOrganisation, signIn } from './fixtures';
import { createTestApp, type TestApp } from './harness';

/**
 * Walks every registered API route with every role. Coverage is by construction: a route that
 * declares neither a permission nor `public` stops the application from starting, and every
 * declared route is walked here. Public API routes must be named in this list.
 */
const publicApiRoutes = [
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/password-reset',
  'POST /api/v1/auth/password-reset/confirm',
];

/** Permission prefixes of the modules a partner may reach: its own module and what every user has. */
const partnerModules = ['situation.', 'self.', 'imports.'];

const roles = ['admin', 'analyst', 'host', 'partner', 'viewer'] as const;

let t: TestApp;
let alfa: Awaited<ReturnType<typeof seedOrganisation>>;
let beta: Awaited<ReturnType<typeof seedOrganisation>>;
const sessions = {} as Record<(typeof roles)[number], Session>;
let apiRoutes: RegisteredRoute[];

beforeAll(async () => {
  t = await createTestApp();
  alfa = await seedOrganisation(t.db, 'alfa');
  beta = await seedOrganisation(t.db, 'beta');
  for (const role of roles) sessions[role] = await signIn(t.app, `${role}@alfa.test`);
  apiRoutes = t.app.routeTable.filter((r) => r.url.startsWith(apiPrefix));
});
afterAll(async () => t.close());

const key = (r: RegisteredRoute) => `${r.method} ${r.url}`;

/** Fills every :param; area fields get the area the host was not given, other ids the given one. */
function concreteUrl(route: RegisteredRoute, ids: { area: string; other: string }): string {
  return route.url.replace(/:(\w+)/g, (_, name: string) => (name === route.areaField ? ids.area : ids.other));
}

describe('authorisation of every API route', () => {
  it('has routes to walk, each declaring a permission or named here as public', () => {
    expect(apiRoutes.length).toBeGreaterThan(10);
    const publicOnes = apiRoutes.filter((r) => r.public).map(key);
    expect(publicOnes.sort()).toEqual([...publicApiRoutes].sort());
    for (const r of apiRoutes.filter((r) => !r.public))
      expect(() => rolesGranted(r.access!), key(r)).not.toThrow();
  });

  it('never lets a viewer write, and lets a partner reach only the situation picture', () => {
    for (const r of apiRoutes.filter((r) => !r.public)) {
      const granted = rolesGranted(r.access!);
      // A viewer may set their own preferences (language), never the organisation's data.
      if (r.method !== 'GET' && !r.access!.startsWith('self.'))
        expect(granted, `${key(r)} is a write`).not.toContain('viewer');
      if (granted.includes('partner')) {
        expect(
          partnerModules.some((m) => r.access!.startsWith(m)),
          `${key(r)} (${r.access}) granted to partner`,
        ).toBe(true);
      }
    }
  });

  it('refuses every role the route does not grant, and everyone signed out', async () => {
    const ids = { area: alfa.areas[1].id, other: alfa.areas[0].id };
    const failures: string[] = [];
    for (const route of apiRoutes.filter((r) => !r.public)) {
      const url = concreteUrl(route, ids);
      const anonymous = await t.app.inject({
        method: route.method as 'GET',
        url,
        payload: route.method === 'GET' ? undefined : {},
      });
      if (anonymous.statusCode !== 401) failures.push(`${key(route)} signed out → ${anonymous.statusCode}`);
      const granted = rolesGranted(route.access!);
      for (const role of roles) {
        const res = await sessions[role].request(route.method, url, route.method === 'GET' ? undefined : {});
        if (!granted.includes(role) && res.statusCode !== 403)
          failures.push(`${key(route)} as ${role} → ${res.statusCode}`);
        if (granted.includes(role) && res.statusCode === 401) failures.push(`${key(route)} as ${role} → 401`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('holds a host to their areas on every route that names an area', async () => {
    const ids = { area: alfa.areas[1].id, other: alfa.areas[1].id };
    const failures: string[] = [];
    for (const route of apiRoutes.filter((r) => r.areaField && rolesGranted(r.access!).includes('host'))) {
      if (!route.url.includes(`:${route.areaField}`) && route.method !== 'GET') continue;
      let url = concreteUrl(route, ids);
      if (!route.url.includes(`:${route.areaField}`))
        url += `${url.includes('?') ? '&' : '?'}${route.areaField}=${alfa.areas[1].id}`;
      const res = await sessions.host.request(
        route.method,
        url,
        route.method === 'GET' ? undefined : { [route.areaField!]: alfa.areas[1].id },
      );
      if (res.statusCode !== 403) failures.push(`${key(route)} in another area → ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('shows a host nothing of the areas not given to them in any list', async () => {
    const hidden = [alfa.areas[1].id, alfa.properties[1].id];
    const failures: string[] = [];
    for (const route of apiRoutes.filter((r) => r.method === 'GET' && !r.url.includes(':') && !r.public)) {
      if (!rolesGranted(route.access!).includes('host')) continue;
      const res = await sessions.host.get(route.url);
      for (const id of hidden) if (res.body.includes(id)) failures.push(`${route.url} shows ${id}`);
    }
    expect(failures).toEqual([]);
  });

  it("never reads or writes another organisation's data", async () => {
    const betaIds = [
      beta.areas[0].id,
      beta.areas[1].id,
      beta.properties[0].id,
      beta.district.id,
      beta.users.admin.id,
    ];
    const auditBefore = await t.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.organisationId, beta.organisation.id));
    const snapshot = async () => ({
      areas: await t.db
        .select()
        .from(areas)
        .where(eq(areas.organisationId, beta.organisation.id))
        .orderBy(areas.code),
      properties: await t.db
        .select()
        .from(properties)
        .where(eq(properties.organisationId, beta.organisation.id))
        .orderBy(properties.code),
      users: await t.db
        .select()
        .from(users)
        .where(eq(users.organisationId, beta.organisation.id))
        .orderBy(users.email),
    });
    const before = await snapshot();
    const failures: string[] = [];
    for (const route of apiRoutes.filter((r) => !r.public)) {
      if (!route.url.includes(':')) {
        if (route.method !== 'GET') continue;
        const res = await sessions.admin.get(route.url);
        for (const id of betaIds) if (res.body.includes(id)) failures.push(`${route.url} shows beta's ${id}`);
        continue;
      }
      for (const id of betaIds) {
        const url = route.url.replace(/:(\w+)/g, id);
        const body = {
          name: 'Kapad',
          code: 'KAPAD',
          households: 1,
          role: 'admin',
          disabled: true,
          areaId: id,
          districtId: id,
        };
        const res = await sessions.admin.request(
          route.method,
          url,
          route.method === 'GET' ? undefined : body,
        );
        if (res.statusCode < 400) failures.push(`${route.method} ${url} → ${res.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshot()).toEqual(before);
    const auditAfter = await t.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.organisationId, beta.organisation.id));
    expect(auditAfter).toEqual(auditBefore);
  });
});
