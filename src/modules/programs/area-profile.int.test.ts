import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedOrganisation, signIn } from '../../../test/fixtures';
import { createTestApp, type TestApp } from '../../../test/harness';
import { areaProfileSections } from '../../core/area-profile';
import { type Actor, systemActor } from '../../core/auth/access';
import { runImport } from '../../core/import/run-import';
import { indicators } from '../../core/indicators';
import type { AppContext } from '../../core/module';
import { participantsImport } from './participants.import';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());
beforeEach(async () => t.reset());

const actorOf = (organisationId: string, role: Actor['role'], areaIds: Actor['areaIds'], language = 'sv') =>
  ({
    userId: null,
    organisationId,
    name: role,
    role,
    areaIds,
    partnerOrganisation: null,
    language,
  }) as Actor;

/**
 * 2020: from Bäckby norra 12 Jobbpunkt exits (5 to work, 7 none) and 2 from En frisk generation
 * (outcome other, not a job program); from Bäckby södra 3 Jobbpunkt exits (1 to work).
 */
function participantsFile() {
  const lines = ['program,participant_ref,enrolled_on,exited_on,outcome,satisfaction,area_code'];
  for (let i = 1; i <= 12; i++)
    lines.push(`jobbpunkt,JP-N${i},2020-02-01,2020-10-01,${i <= 5 ? 'work' : 'none'},4,alfa-N`);
  for (let i = 1; i <= 2; i++) lines.push(`frisk,EFG-N${i},2020-01-20,2020-12-10,other,5,alfa-N`);
  for (let i = 1; i <= 3; i++)
    lines.push(`jobbpunkt,JP-S${i},2020-02-01,2020-10-01,${i === 1 ? 'work' : 'none'},4,alfa-S`);
  return { bytes: new TextEncoder().encode(`${lines.join('\n')}\n`), name: 'participants.csv' };
}

async function setUp() {
  const seed = await seedOrganisation(t.db);
  const admin = await signIn(t.app, 'admin@alfa.test');
  for (const body of [
    { code: 'jobbpunkt', name: 'Jobbpunkt', focusArea: 'arbete', reportsJobOutcome: true },
    { code: 'frisk', name: 'En frisk generation', focusArea: 'gemenskap' },
  ]) {
    expect((await admin.post('/api/v1/programs', body)).statusCode).toBe(201);
  }
  const report = await runImport(
    t.db,
    systemActor(seed.organisation.id),
    participantsImport,
    participantsFile(),
  );
  expect(report).toMatchObject({ status: 'done', summary: { created: 17 } });
  return { seed, north: seed.areas[0], south: seed.areas[1] };
}

const ctx = () => ({ db: t.db }) as unknown as AppContext;
const programsSection = async (actor: Actor, areaId: string, year = 2020) =>
  (await areaProfileSections(ctx(), { actor, areaId, year })).find((s) => s.module === 'programs');

describe('programs on the area profile', () => {
  it('shows participants from the area and exits to work with the Wilson interval', async () => {
    const { seed, north } = await setUp();
    const section = await programsSection(actorOf(seed.organisation.id, 'viewer', 'all'), north.id);
    expect(section?.title).toBe('Program');
    const [enrolled, exited, toWork] = section?.figures ?? [];
    expect([enrolled.label, enrolled.value, enrolled.suppressed]).toEqual([
      'Deltagare från området inskrivna 2020',
      14,
      undefined,
    ]);
    expect([exited.value, exited.suppressed]).toEqual([14, undefined]);
    // 5 of 12 = 41.7 %; Wilson: centre 0.5767, margin 0.3216, divided by 1.3201 → 19.3 %–68.0 %.
    expect(toWork.label).toBe('Avslut till arbete (Jobbpunkt)');
    expect(toWork.value).toBeCloseTo(5 / 12, 10);
    expect(toWork.note).toBe('95 % konfidensintervall 19,3–68,0 % (Wilson), 12 avslut.');
  });

  it('suppresses groups under 10 and is left out for those who may not read the area', async () => {
    const { seed, north, south } = await setUp();
    const english = await programsSection(actorOf(seed.organisation.id, 'analyst', 'all', 'en'), south.id);
    expect(english?.figures.map((f) => [f.label, f.value, f.suppressed])).toEqual([
      ['Participants from the area enrolled in 2020', null, true],
      ['Participants from the area who left in 2020', null, true],
      ['Exits to work (Jobbpunkt)', null, true],
    ]);
    expect(english?.figures[2].note).toBe('Shown once at least 10 have left; now 3.');
    // Another year: nobody, which is no one to point at.
    const empty = await programsSection(actorOf(seed.organisation.id, 'analyst', 'all'), north.id, 2021);
    expect(empty?.figures.map((f) => [f.value, f.suppressed])).toEqual([
      [0, undefined],
      [0, undefined],
      [null, undefined],
    ]);
    const host = actorOf(seed.organisation.id, 'host', [north.id]);
    expect(await programsSection(host, north.id)).toBeDefined();
    expect(await programsSection(host, south.id)).toBeUndefined();
    expect(await programsSection(actorOf(seed.organisation.id, 'partner', 'all'), north.id)).toBeUndefined();
  });
});

describe('a program followed up per area', () => {
  it('shows areas with at least 10 and withholds smaller groups', async () => {
    const { north, south } = await setUp();
    const admin = await signIn(t.app, 'admin@alfa.test');
    const [jobbpunkt] = (await admin.get('/api/v1/programs'))
      .json()
      .filter((p: { code: string }) => p.code === 'jobbpunkt');
    const followUp = (await admin.get(`/api/v1/programs/${jobbpunkt.id}/follow-up?year=2020`)).json();
    const byArea = new Map(followUp.byArea.map((a: { areaId: string }) => [a.areaId, a]));
    // Bäckby norra: 12 exits, 5 to work; Bäckby södra: 3 exits, withheld with their outcomes.
    expect(byArea.get(north.id)).toMatchObject({
      suppressed: false,
      figures: { howMuch: { exited: 12 }, betterOff: { atExit: { work: { count: 5, n: 12 } } } },
    });
    expect(byArea.get(south.id)).toEqual({ areaId: south.id, suppressed: true, figures: null });
    // The whole program is still counted: 15 exits, 6 to work.
    expect(followUp.current.betterOff.atExit.work).toMatchObject({ count: 6, n: 15 });
    // A year without anyone in the program lists no areas.
    const later = (await admin.get(`/api/v1/programs/${jobbpunkt.id}/follow-up?year=2022`)).json();
    expect(later.byArea).toEqual([]);
  });
});

describe('programs in the annual report', () => {
  it('breaks satisfaction down per program and withholds programs with fewer than 10 answers', async () => {
    const { seed } = await setUp();
    const satisfied = indicators().find((i) => i.id === 'program_satisfied_share');
    const value = await satisfied?.compute(t.db, seed.organisation.id, 2020, 'sv');
    // En frisk generation: 2 answers, withheld. Jobbpunkt: 15 of 15 satisfied (4 of 5);
    // Wilson for 15 of 15: low = 15 / (15 + 1.96²) = 79.6 %, high 100 %.
    expect(value?.breakdowns?.[0].rows).toEqual([
      ['En frisk generation', 2, null, null, null, null],
      ['Jobbpunkt', 15, 15, 100, 79.6, 100],
    ]);
  });
});
