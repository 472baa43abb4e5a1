import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedOrganisation, signIn } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { type Actor, systemActor } from '../../core/auth/access';
import { roundsProfileSection } from './area-profile';
import { roundIndicators } from './indicators';
import { actions, checklistTemplates, findings, presenceShifts, rounds } from './rounds.table';

const t = setUpTestApp();

/** Monday 23 November 2026, ISO week 48, in the morning in Sweden. */
const now = new Date('2026-11-23T09:00:00Z');

/**
 * Area N of the seed (the host's area) in 2026, and some things around it that must not count:
 * the year before, the other area S, an unfinished round, a positive walk finding.
 */
async function world() {
  const seed = await seedOrganisation(t.db);
  const org = seed.organisation.id;
  const [N, S] = seed.areas.map((a) => a.id);
  const [pN, pS] = seed.properties.map((p) => p.id);
  // The default checklists came with the organisation.
  const [template] = await t.db
    .select()
    .from(checklistTemplates)
    .where(and(eq(checklistTemplates.organisationId, org), eq(checklistTemplates.key, 'stairwell')));
  const round = (areaId: string, propertyId: string, walkedOn: string, completed: boolean) => ({
    organisationId: org,
    clientId: crypto.randomUUID(),
    templateId: template.id,
    areaId,
    propertyId,
    walkedOn,
    personName: 'Kim',
    completedAt: completed ? new Date(`${walkedOn}T12:00:00Z`) : null,
  });
  await t.db.insert(rounds).values([
    round(N, pN, '2026-03-02', true),
    round(N, pN, '2026-11-20', true),
    round(N, pN, '2026-11-21', false), // not completed
    round(N, pN, '2025-12-30', true), // the year before
    round(S, pS, '2026-05-05', true), // the other area
  ]);
  const finding = (foundOn: string, severity: 'low' | 'medium' | 'high' | null, positive = false) => ({
    organisationId: org,
    clientId: crypto.randomUUID(),
    areaId: N,
    itemKey: 'lighting',
    severity,
    positive,
    foundOn,
    createdBy: 'Kim',
  });
  await t.db
    .insert(findings)
    .values([
      finding('2026-03-02', 'high'),
      finding('2026-11-20', 'low'),
      finding('2026-11-20', 'medium'),
      finding('2026-06-01', null, true),
      finding('2025-12-30', 'low'),
    ]);
  const action = (
    areaId: string,
    createdOn: string,
    status: 'open' | 'in_progress' | 'done' | 'wont_do',
    dueOn: string | null,
    closedOn: string | null,
  ) => ({ organisationId: org, areaId, title: 'Åtgärd', createdOn, status, dueOn, closedOn });
  await t.db.insert(actions).values([
    action(N, '2026-03-02', 'done', '2026-03-16', '2026-03-12'), // closed after 10 days
    action(N, '2026-04-01', 'wont_do', '2026-04-15', '2026-05-01'), // 30 days
    action(N, '2026-11-20', 'open', '2026-12-04', null), // open, not yet due
    action(N, '2026-06-01', 'in_progress', '2026-07-01', null), // overdue
    action(N, '2026-09-01', 'open', '2026-10-01', null), // overdue
    action(N, '2025-12-01', 'done', '2025-12-15', '2026-01-05'), // created the year before, closed after 35 days
    action(S, '2026-02-01', 'done', '2026-02-15', '2026-02-03'), // the other area
  ]);
  const shift = (areaId: string, startsAt: string, endsAt: string, timeOfDay: 'day' | 'evening') => ({
    organisationId: org,
    clientId: crypto.randomUUID(),
    hostName: 'Hamid',
    areaId,
    startsAt: new Date(startsAt),
    endsAt: new Date(endsAt),
    timeOfDay,
  });
  await t.db.insert(presenceShifts).values([
    shift(N, '2026-03-10T10:00:00+01:00', '2026-03-10T12:00:00+01:00', 'day'), // 2 h, week 11
    shift(N, '2026-11-10T18:00:00+01:00', '2026-11-10T21:00:00+01:00', 'evening'), // 3 h, week 46
    shift(N, '2026-11-16T18:00:00+01:00', '2026-11-16T22:00:00+01:00', 'evening'), // 4 h, week 47
    shift(N, '2026-11-18T09:00:00+01:00', '2026-11-18T15:30:00+01:00', 'day'), // 6.5 h, week 47
    shift(N, '2026-11-23T08:00:00+01:00', '2026-11-23T10:00:00+01:00', 'day'), // 2 h, week 48
    shift(N, '2025-12-31T19:00:00+01:00', '2025-12-31T23:00:00+01:00', 'evening'), // 2025 (ISO week 2026-W01)
    shift(S, '2026-11-17T09:00:00+01:00', '2026-11-17T14:00:00+01:00', 'day'), // the other area
  ]);
  const actor = (role: Actor['role'], areaIds: Actor['areaIds'], language: Actor['language'] = 'sv') => ({
    ...systemActor(org),
    userId: seed.users.host.id,
    name: role,
    role,
    areaIds,
    language,
  });
  return { seed, org, N, S, actor };
}

const values = (section: { figures: { label: string; value: number | null }[] } | null) =>
  section?.figures.map((f) => [f.label, f.value]);

describe('the rounds section of the area profile', () => {
  it('gives the year’s figures for the area, worked out by hand', async () => {
    const { N, actor } = await world();
    const section = await roundsProfileSection(
      t.db,
      { actor: actor('host', [N]), areaId: N, year: 2026 },
      now,
    );
    expect(section?.title).toBe('Ronder och trygghetsvandringar');
    expect(values(section)).toEqual([
      ['Genomförda ronderingar', 2], // 2 March and 20 November; 21 November is unfinished
      ['Fynd', 3], // the positive one and last year's do not count
      ['Öppna åtgärder', 3], // of the 5 created in 2026: open, in progress, open
      ['Försenade åtgärder', 2], // due 1 July and 1 October; 4 December is still ahead
      ['Andel åtgärder avslutade', 0.4], // 2 of 5 closed
      ['Mediantid till avslutad åtgärd', 30], // closed in 2026 after 10, 30 and 35 days
      ['Närvarotimmar', 17.5], // 2 + 3 + 4 + 6.5 + 2
    ]);
    expect(section?.figures.map((f) => f.note)).toEqual([
      undefined,
      'varav 1 med hög allvarlighet',
      'av 5 åtgärder som skapades under året',
      'per 2026-11-23',
      undefined,
      '3 åtgärder avslutade under året',
      'varav 7 kvällstimmar, 5 pass',
    ]);
    expect(section?.tables).toEqual([
      {
        caption: 'Närvarotimmar per vecka, senaste 8 veckorna',
        columns: ['Vecka', 'Dagtid (timmar)', 'Kväll (timmar)', 'Totalt (timmar)'],
        units: ['text', 'hours', 'hours', 'hours'],
        rows: [
          ['v. 41 2026', 0, 0, 0],
          ['v. 42 2026', 0, 0, 0],
          ['v. 43 2026', 0, 0, 0],
          ['v. 44 2026', 0, 0, 0],
          ['v. 45 2026', 0, 0, 0],
          ['v. 46 2026', 0, 3, 3],
          ['v. 47 2026', 6.5, 4, 10.5],
          ['v. 48 2026', 2, 0, 2],
        ],
      },
    ]);
  });

  it('agrees with the annual report’s indicators when the organisation has one area with data', async () => {
    const { org, N, S, actor } = await world();
    const section = await roundsProfileSection(
      t.db,
      { actor: actor('admin', 'all'), areaId: N, year: 2026 },
      now,
    );
    const other = await roundsProfileSection(
      t.db,
      { actor: actor('admin', 'all'), areaId: S, year: 2026 },
      now,
    );
    const byId = Object.fromEntries(roundIndicators.map((i) => [i.id, i]));
    const value = async (id: string) => (await byId[id].compute(t.db, org, 2026)).value;
    const figure = (s: typeof section, i: number) => s?.figures[i].value ?? 0;
    // Rounds: 2 in N and 1 in S make the organisation's 3.
    expect(await value('rounds_completed')).toBe(figure(section, 0) + figure(other, 0));
    expect(await value('rounds_completed')).toBe(3);
    // Actions created in 2026: N 2 of 5 closed, S 1 of 1 → 3 of 6.
    expect(await value('actions_closed_share')).toBe(0.5);
    expect(figure(other, 4)).toBe(1);
    // Closed in 2026: 10, 30, 35 (N) and 2 (S) days → median (10 + 30) / 2.
    expect(await value('median_days_to_close')).toBe(20);
    expect(figure(other, 5)).toBe(2);
    // Presence: 17.5 h in N and 5 h in S.
    expect(await value('presence_hours')).toBe(22.5);
    expect(figure(other, 6)).toBe(5);
  });

  it('breaks the annual report’s indicators down per area, adding up to the organisation’s figure', async () => {
    const { org } = await world();
    const tables = async (id: string) => {
      const indicator = roundIndicators.find((i) => i.id === id)!;
      return (await indicator.compute(t.db, org, 2026, 'sv')).breakdowns;
    };
    expect(await tables('rounds_completed')).toEqual([
      {
        caption: 'per område',
        columns: ['Område', 'Genomförda ronderingar'],
        units: ['text', 'count'],
        rows: [
          ['Bäckby norra', 2],
          ['Bäckby södra', 1],
        ],
      },
    ]);
    // Shares as published fractions: 2 of 5 closed = 0.4, 1 of 1 = 1.
    const closed = (await tables('actions_closed_share'))?.[0];
    expect(closed?.units).toEqual(['text', 'count', 'count', 'fraction']);
    expect(closed?.rows).toEqual([
      ['Bäckby norra', 5, 2, 0.4],
      ['Bäckby södra', 1, 1, 1],
    ]);
    const median = (await tables('median_days_to_close'))?.[0];
    expect(median?.units).toEqual(['text', 'count', 'days']);
    expect(median?.rows).toEqual([
      ['Bäckby norra', 3, 30],
      ['Bäckby södra', 1, 2],
    ]);
    const presence = (await tables('presence_hours'))?.[0];
    expect(presence?.columns).toEqual(['Område', 'Timmar', 'Varav kväll', 'Pass']);
    expect(presence?.units).toEqual(['text', 'hours', 'hours', 'count']);
    expect(presence?.rows).toEqual([
      ['Bäckby norra', 17.5, 7, 5],
      ['Bäckby södra', 5, 0, 1],
    ]);
  });

  it('ends the weekly table with the last ISO week of a past year, and speaks English', async () => {
    const { N, actor } = await world();
    const section = await roundsProfileSection(
      t.db,
      { actor: actor('viewer', 'all', 'en'), areaId: N, year: 2025 },
      now,
    );
    expect(values(section)?.slice(0, 3)).toEqual([
      ['Rounds completed', 1],
      ['Findings', 1],
      ['Open actions', 0],
    ]);
    expect(section?.figures[6]).toMatchObject({
      label: 'Presence hours',
      value: 4,
      note: 'of which 4 evening hours, 1 shift',
    });
    const rows = section?.tables?.[0].rows ?? [];
    expect(rows).toHaveLength(8);
    // 31 December 2025 is a Wednesday in ISO week 1 of 2026.
    expect(rows.at(-1)).toEqual(['Week 1, 2026', 0, 4, 4]);
    expect(rows[0][0]).toBe('Week 46, 2025');
  });

  it('has no section for actors who may not read rounds in the area, and no table for a year not begun', async () => {
    const { N, S, actor } = await world();
    expect(await roundsProfileSection(t.db, { actor: actor('host', [N]), areaId: S, year: 2026 }, now)).toBe(
      null,
    );
    expect(
      await roundsProfileSection(t.db, { actor: actor('partner', 'all'), areaId: N, year: 2026 }, now),
    ).toBe(null);
    const future = await roundsProfileSection(
      t.db,
      { actor: actor('admin', 'all'), areaId: N, year: 2027 },
      now,
    );
    expect(future?.tables).toEqual([]);
    expect(values(future)?.map(([, v]) => v)).toEqual([0, 0, 0, 0, null, null, 0]);
  });

  it('is part of the area profile the areas module serves', async () => {
    const { N } = await world();
    const host = await signIn(t.app, 'host@alfa.test');
    const profile = (await host.get(`/api/v1/areas/${N}/profile?year=2026`)).json();
    const section = profile.sections.find((s: { module: string }) => s.module === 'rounds');
    expect(values(section)?.[0]).toEqual(['Genomförda ronderingar', 2]);
    expect(values(section)?.[6]).toEqual(['Närvarotimmar', 17.5]);
  });
});
