import { expect } from 'vitest';
import { type Session, seedOrganisation, signInDirect, testPassword } from '../../../test/fixtures';
import { type TestApp, testConfig } from '../../../test/harness';
import { systemActor } from '../../core/auth/access';
import { swedishToday } from '../../shared/time';
import { createUser } from '../users';
import { isoWeekOf } from './week';

// The situation module's integration-test world, shared by its *.int.test.ts files.

// The server's "today" and current week are the test clock's Swedish days; the test world's must be
// the same ones (a UTC day would be yesterday between midnight and 01:00/02:00 in Sweden).
export const today = swedishToday(testConfig.clock());
export const week = isoWeekOf(new Date(`${today}T12:00:00Z`));

/** A signed-in client with a session made directly (the login route's rate limit would stop this file). */
export const signIn = (t: TestApp, email: string): Promise<Session> => signInDirect(t.app, t.db, email);

export type World = Awaited<ReturnType<typeof world>>;

/** The test organisation with Polisen and a municipal unit as EST partners, and a reporter for each. */
export async function world(t: TestApp) {
  const seed = await seedOrganisation(t.db);
  const admin = await signIn(t, 'admin@alfa.test');
  expect(
    (await admin.post('/api/v1/situation/partners', { name: 'Polisen', kind: 'police' })).statusCode,
  ).toBe(201);
  const kommunRes = await admin.post('/api/v1/situation/partners', {
    name: 'Västerås stad, fritid',
    kind: 'municipality_unit',
    contactEmail: 'fritid@vasteras.test',
  });
  expect(kommunRes.statusCode).toBe(201);
  await createUser({ db: t.db }, systemActor(seed.organisation.id), {
    email: 'kommun@alfa.test',
    name: 'kommun alfa',
    role: 'partner',
    language: 'sv',
    partnerOrganisation: 'Västerås stad, fritid',
    areaIds: [],
    password: testPassword,
  });
  const police = await signIn(t, 'partner@alfa.test');
  const kommun = await signIn(t, 'kommun@alfa.test');
  const analyst = await signIn(t, 'analyst@alfa.test');
  const categories = (await admin.get('/api/v1/situation/categories')).json() as {
    id: string;
    code: string;
  }[];
  const cat = (code: string) => categories.find((c) => c.code === code)!.id;
  return { seed, admin, police, kommun, coordinator: analyst, cat, areas: seed.areas };
}

/** Files a report as the session's user: an evening gathering in the first area today, unless overridden. */
export function file(session: Session, w: World, over: Record<string, unknown> = {}, date = today) {
  return session.post('/api/v1/situation/reports', {
    date,
    timeOfDay: 'evening',
    areaId: w.areas[0].id,
    categoryId: w.cat('gatherings'),
    count: 1,
    description: 'Grupp vid kiosken, hög musik',
    ...over,
  });
}
