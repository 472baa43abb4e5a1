import { beforeAll, describe, expect, it } from 'vitest';
import { rolesGranted } from '../src/core/auth/access';
import { apiPrefix } from '../src/core/http/app';
import type { RegisteredRoute } from '../src/core/http/types';
import { isoWeekOf, swedishMonth, swedishYear } from '../src/shared/time';
import { type Session, signIn } from './fixtures';
import { setUpTestApp, testConfig } from './harness';
import { emptyInTestWorld, seedWorldOrganisation, tableRows, type WorldOrganisation } from './world';

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

const t = setUpTestApp({ reset: false });
// Both organisations have data in every module (test/world.ts).
let alfa: WorldOrganisation;
let beta: WorldOrganisation;
const sessions = {} as Record<(typeof roles)[number], Session>;
let apiRoutes: RegisteredRoute[];

beforeAll(async () => {
  alfa = await seedWorldOrganisation(t.context, 'alfa');
  beta = await seedWorldOrganisation(t.context, 'beta');
  for (const role of roles) sessions[role] = await signIn(t.app, `${role}@alfa.test`);
  apiRoutes = t.app.routeTable.filter((r) => r.url.startsWith(apiPrefix));
});

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
    const before = await tableRows(t.db, beta.organisation.id);
    const betaIds = idsOf(before);
    expect(betaIds.size, 'beta has rows in every module').toBeGreaterThan(50);
    const tablesWithoutBeta = Object.keys(before).filter(
      (name) => before[name].length === 0 && !emptyInTestWorld.includes(name),
    );
    expect(tablesWithoutBeta, 'tables the test world gives beta no rows in').toEqual([]);
    const failures: string[] = [];
    const shows = (url: string, body: string) => {
      for (const [id, table] of betaIds)
        if (body.includes(id)) failures.push(`${url} shows beta's ${table} ${id}`);
    };
    for (const route of apiRoutes.filter((r) => !r.public)) {
      const params = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]);
      const idParams = params.filter((name) => !(name in valueParams));
      const plain = fillValues(route.url);
      if (idParams.length === 0) {
        if (route.method !== 'GET') continue;
        const res = await sessions.admin.get(plain);
        shows(plain, res.body);
        continue;
      }
      for (const name of idParams) {
        const table = tableOfParam(route.url, name);
        if (!table) {
          failures.push(`${key(route)}: no kind of id known for :${name} (add it to paramTables)`);
          continue;
        }
        const values =
          table === 'households' ? before.households.map((h) => String(h.ref)) : idsIn(before, table);
        if (values.length === 0) failures.push(`${key(route)}: beta has no ${table} to try`);
        for (const value of values) {
          // The other id params get alfa's own rows of their kind, so only this one is foreign.
          const url = fillValues(route.url).replace(/:(\w+)/g, (_, other: string) =>
            other === name ? value : alfaValue(other, route.url),
          );
          const res = await sessions.admin.request(
            route.method,
            url,
            route.method === 'GET' ? undefined : body(value),
          );
          if (res.statusCode < 400 || res.statusCode >= 500)
            failures.push(`${route.method} ${url} → ${res.statusCode}`);
          if (route.method === 'GET') shows(url, res.body);
        }
      }
    }
    expect(failures).toEqual([]);
    // Every table (the audit log too): beta's rows are as they were.
    expect(await tableRows(t.db, beta.organisation.id)).toEqual(before);
  });
});

/** Params that are not row ids, with a value alfa has data for. */
const valueParams: Record<string, (url: string) => string> = {
  week: () => isoWeekOf(testConfig.clock()),
  month: () => swedishMonth(testConfig.clock()),
  year: () => String(swedishYear(testConfig.clock())),
  key: () => 'stairwell',
  // A body of the working-life headcount is a code every organisation has (GRI 405-1's four).
  body: () => 'company',
  kind: (url) => (url.includes('/privacy/') ? 'survey' : 'properties'),
};

function fillValues(url: string): string {
  return url.replace(/:(\w+)/g, (whole, name: string) => valueParams[name]?.(url) ?? whole);
}

/**
 * Which table an id param's rows are in, by the path segment before it (or the param's name). A
 * new route with a segment not named here fails the test until it is added.
 */
const paramTables: Record<string, string> = {
  activities: 'activities',
  'activity-events': 'activity_events',
  'activity-sessions': 'activity_sessions',
  areas: 'areas',
  areaId: 'areas',
  districts: 'districts',
  properties: 'properties',
  'program-participants': 'program_participants',
  'program-questionnaires': 'program_questionnaires',
  programs: 'programs',
  rounds: 'rounds',
  actions: 'rounds_actions',
  photos: 'rounds_finding_photos',
  walks: 'rounds_safety_walks',
  letters: 'survey_letters',
  emails: 'households', // by the household's reference, not its id
  categories: 'situation_categories',
  coordinators: 'users',
  partners: 'situation_partner_organisations',
  priorities: 'situation_priorities',
  reports: 'situation_incident_reports',
  users: 'users',
  jobs: 'import_jobs',
  goals: 'indicator_goals',
  // A trace's :id is an indicator's code: beta's hand-entered indicators' ids must not resolve either.
  indicators: 'manual_indicators',
  manual: 'manual_indicators',
  entries: 'indicator_entries',
  valuations: 'social_valuations',
  dialogues: 'dialogues',
  'dialogue-points': 'dialogue_points',
  'exception-codes': 'rental_exception_codes',
  feedback: 'feedback_reports',
  budgets: 'budgets',
  proposals: 'budget_proposals',
  'code-letters': 'budget_code_letters',
};

function tableOfParam(url: string, name: string): string | undefined {
  const segments = url.split('/');
  const before = segments[segments.indexOf(`:${name}`) - 1];
  return paramTables[name] ?? paramTables[before];
}

function alfaValue(name: string, url: string): string {
  if (tableOfParam(url, name) === 'areas') return alfa.areas[0].id;
  return alfa.users.admin.id;
}

/** A write's body: every field a route might take an id or a change from points at beta's row. */
function body(id: string) {
  return {
    name: 'Kapad',
    code: 'KAPAD',
    households: 1,
    role: 'admin',
    disabled: true,
    areaId: id,
    districtId: id,
  };
}

type Rows = Record<string, Record<string, unknown>[]>;

function idsIn(rows: Rows, table: string): string[] {
  // Row ids that are UUIDs (a serial id such as the audit log's is a small number any page may show).
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  return (rows[table] ?? [])
    .map((r) => r.id)
    .filter((id): id is string => typeof id === 'string' && uuid.test(id));
}

/** Every row id of every table, with its table (the organisation's own id too). */
function idsOf(rows: Rows): Map<string, string> {
  const ids = new Map<string, string>();
  for (const table of Object.keys(rows)) for (const id of idsIn(rows, table)) ids.set(id, table);
  return ids;
}
