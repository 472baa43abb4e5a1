import { describe, expect, it } from 'vitest';
import { seedOrganisation, signIn, testActor } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { areaProfileSections } from '../../core/area-profile';
import type { Actor } from '../../core/auth/access';

const t = setUpTestApp();

/**
 * Bäckby norra 2026: the dance school (gemenskap) held two sessions — 60 visits (41 women, 17 men,
 * 2 other; 38 aged 0–12, 20 aged 13–15, 2 unknown) and 10 visits (5 women, 5 men; 10 aged 65+) —
 * and the walks (trygghet) one of 8 (8 women, age unknown). A planned session, a 2025 session
 * and a session in Bäckby södra stay out.
 */
async function setUp() {
  const seed = await seedOrganisation(t.db);
  const [north, south] = seed.areas;
  const admin = await signIn(t.app, 'admin@alfa.test');
  const dance = (
    await admin.post('/api/v1/activities', {
      name: 'Mimers dansskola',
      focusArea: 'gemenskap',
      areaIds: [north.id, south.id],
    })
  ).json();
  const walks = (
    await admin.post('/api/v1/activities', { name: 'Promenader', focusArea: 'trygghet', areaIds: [north.id] })
  ).json();
  const sessions = [
    { activityId: dance.id, areaId: north.id, date: '2026-03-04', participants: 60, women: 41, men: 17 },
    { activityId: dance.id, areaId: north.id, date: '2026-03-11', participants: 10, women: 5, men: 5 },
    { activityId: walks.id, areaId: north.id, date: '2026-04-02', participants: 8, women: 8 },
    { activityId: dance.id, areaId: north.id, date: '2026-12-20', participants: null },
    { activityId: dance.id, areaId: north.id, date: '2025-11-11', participants: 50 },
    { activityId: dance.id, areaId: south.id, date: '2026-03-05', participants: 30 },
  ];
  const ages = [{ '0-12': 38, '13-15': 20 }, { '65+': 10 }, {}, {}, {}, {}];
  for (const [i, session] of sessions.entries()) {
    const res = await admin.post('/api/v1/activity-sessions', { ...session, ages: ages[i] });
    expect(res.statusCode).toBe(201);
  }
  return { seed, north, south };
}

const ctx = () => t.context;

describe('activities on the area profile', () => {
  it('shows the year’s sessions, visits by gender and age band, and activities per focus area', async () => {
    const { seed, north } = await setUp();
    const analyst = testActor(seed.organisation.id, 'analyst', 'all');
    const sections = await areaProfileSections(ctx(), { actor: analyst, areaId: north.id, year: 2026 });
    const section = sections.find((s) => s.module === 'activities');
    expect(section?.title).toBe('Aktiviteter');
    expect(section?.figures.map((f) => [f.label, f.value])).toEqual([
      ['Genomförda tillfällen', 3],
      ['Deltagare (besök)', 78],
      ['Aktiviteter', 2],
    ]);
    const [gender, age, focus] = section?.tables ?? [];
    expect(gender.rows).toEqual([
      ['Kvinnor/flickor', 54],
      ['Män/pojkar', 22],
      ['Annat/okänt', 2],
    ]);
    expect(age.caption).toBe('Besök efter åldersgrupp 2026');
    expect(age.rows).toEqual([
      ['0–12 år', 38],
      ['13–15 år', 20],
      ['16–19 år', 0],
      ['20–25 år', 0],
      ['26–64 år', 0],
      ['65+ år', 10],
      ['Okänd ålder', 10],
    ]);
    expect(focus.rows).toEqual([
      ['Trygghet', 1, 1, 8],
      ['Gemenskap', 1, 2, 70],
    ]);
  });

  it('speaks the reader’s language and is left out for those who may not read the area', async () => {
    const { seed, north, south } = await setUp();
    const english = testActor(seed.organisation.id, 'viewer', 'all', 'en');
    const [section] = (
      await areaProfileSections(ctx(), { actor: english, areaId: south.id, year: 2026 })
    ).filter((s) => s.module === 'activities');
    expect(section.figures.map((f) => [f.label, f.value])).toEqual([
      ['Sessions held', 1],
      ['Participants (visits)', 30],
      ['Activities', 1],
    ]);
    // The host of Bäckby norra sees it there, not in Bäckby södra; a partner (police) never.
    const host = testActor(seed.organisation.id, 'host', [north.id]);
    const modules = async (actor: Actor, areaId: string) =>
      (await areaProfileSections(ctx(), { actor, areaId, year: 2026 })).map((s) => s.module);
    expect(await modules(host, north.id)).toContain('activities');
    expect(await modules(host, south.id)).not.toContain('activities');
    const partner = testActor(seed.organisation.id, 'partner', 'all');
    expect(await modules(partner, north.id)).not.toContain('activities');
  });
});
