/**
 * The programme attacks of issue 10, made through the API and the annual report as the roles that
 * made them: "total − visible programmes" and "programme − visible areas". Nothing may be recovered
 * within ±0.5 person or 0.5 percentage point. The numbers of the organisation are written out below.
 */
import { describe, expect, it } from 'vitest';
import { seedOrganisation, signInDirect } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { systemActor } from '../../core/auth/access';
import { runImport } from '../../core/import/run-import';
import { indicators } from '../../core/indicators';
import { addAreas, addDistrict } from '../areas/testing';
import { programsAreaProfile } from './area-profile';
import { participantsImport } from './participants.import';

const t = setUpTestApp();

/**
 * Exits in 2025 per programme and area (to work of them). Districts: Bäckby (N, S), Råby (R).
 *   Jobbpunkt         job, arbete     N 12 (5)   S 3 (1)   R 20 (10)   = 35 (16)
 *   Kvinna för Bäckby job, arbete     N 4 (2)                           = 4 (2)
 *   CV-boxen          job, arbete                          R 15 (12)   = 15 (12)
 *   En frisk gen.     gemenskap                            R 30 (0)    = 30 (0)
 *   Läxhjälpen        gemenskap                 S 12 (0)               = 12 (0)
 *   Alla spelar roll  gemenskap       N 1 (1)                           = 1 (1)
 * Satisfaction 5 for those who got work, 2 for the others.
 */
const plan: [code: string, area: string, exits: number, work: number][] = [
  ['jobbpunkt', 'N', 12, 5],
  ['jobbpunkt', 'S', 3, 1],
  ['jobbpunkt', 'R', 20, 10],
  ['kvinna', 'N', 4, 2],
  ['cv', 'R', 15, 12],
  ['frisk', 'R', 30, 0],
  ['laxhjalp', 'S', 12, 0],
  ['alla', 'N', 1, 1],
];
const programmeDefs = [
  { code: 'jobbpunkt', name: 'Jobbpunkt', focusArea: 'arbete', reportsJobOutcome: true },
  { code: 'kvinna', name: 'Kvinna för Bäckby', focusArea: 'arbete', reportsJobOutcome: true },
  { code: 'cv', name: 'CV-boxen', focusArea: 'arbete', reportsJobOutcome: true },
  { code: 'frisk', name: 'En frisk generation', focusArea: 'gemenskap' },
  { code: 'laxhjalp', name: 'Läxhjälpen', focusArea: 'gemenskap' },
  { code: 'alla', name: 'Alla spelar roll', focusArea: 'gemenskap' },
];

function file() {
  const lines = ['program,participant_ref,enrolled_on,exited_on,outcome,satisfaction,area_code'];
  for (const [code, area, exits, work] of plan) {
    for (let i = 0; i < exits; i++) {
      const gotWork = i < work;
      lines.push(
        `${code},${code}-${area}-${i},2025-02-01,2025-10-01,${gotWork ? 'work' : 'none'},${gotWork ? 5 : 2},alfa-${area}`,
      );
    }
  }
  return { bytes: new TextEncoder().encode(`${lines.join('\n')}\n`), name: 'participants.csv' };
}

type Share = { value: number | null; n: number | null; reason: string | null };
type Year = {
  reason: string | null;
  howMuch: { exited: number | null };
  betterOff: { atExit: { work: Share } };
};

async function setUp() {
  const seed = await seedOrganisation(t.db);
  const raby = await addDistrict(t.db, seed.organisation.id, 'Råby');
  const [r] = await addAreas(t.db, [
    { organisationId: seed.organisation.id, districtId: raby.id, code: 'alfa-R', name: 'Råby' },
  ]);
  const admin = await signInDirect(t.app, t.db, 'admin@alfa.test');
  const ids: Record<string, string> = {};
  for (const body of programmeDefs) {
    const res = await admin.post('/api/v1/programs', body);
    expect(res.statusCode).toBe(201);
    ids[body.code] = res.json().id;
  }
  const report = await runImport(t.db, systemActor(seed.organisation.id), participantsImport, file());
  expect(report).toMatchObject({ status: 'done', summary: { created: 97 } });
  const areaIds: Record<string, string> = { N: seed.areas[0].id, S: seed.areas[1].id, R: r.id };
  return { seed, ids, areaIds };
}

/** The truth the attacker wants: exits and exits to work of a set of (programme, area) units. */
function truth(codes: string[], areasIn: string[] = ['N', 'S', 'R']) {
  const units = plan.filter(([code, area]) => codes.includes(code) && areasIn.includes(area));
  return { exits: units.reduce((s, u) => s + u[2], 0), work: units.reduce((s, u) => s + u[3], 0) };
}

/**
 * total − the parts shown: what the attacker takes to be the hidden part. Undefined when the total
 * itself is hidden. The share is recovered from the published (rounded) shares times their bases.
 */
function difference(total: Year, shownParts: Year[]) {
  if (total.reason || total.howMuch.exited === null) return undefined;
  const exits = total.howMuch.exited - shownParts.reduce((s, p) => s + (p.howMuch.exited ?? 0), 0);
  const workOf = (y: Year) => (y.betterOff.atExit.work.value ?? 0) * (y.betterOff.atExit.work.n ?? 0);
  const work = workOf(total) - shownParts.reduce((s, p) => s + workOf(p), 0);
  return { exits, work, rate: exits > 0 ? work / exits : null };
}

/**
 * The attack recovers nothing: neither the hidden unit's count (±0.5) nor its share (±0.5 point),
 * and what it does get — the hidden parts together — is a group of at least 10 people.
 */
function expectNothingRecovered(
  attack: ReturnType<typeof difference>,
  hidden: { exits: number; work: number },
) {
  if (!attack) return;
  expect(attack.exits).toBeGreaterThanOrEqual(10);
  expect(Math.abs(attack.exits - hidden.exits)).toBeGreaterThan(0.5);
  if (attack.rate !== null && hidden.exits > 0) {
    expect(Math.abs(attack.rate - hidden.work / hidden.exits)).toBeGreaterThan(0.005);
  }
}

const shown = (y: Year) => y.reason === null;

describe('programme figures cannot be picked apart', () => {
  it('total − visible programmes recovers no hidden programme (analyst and viewer, API and report)', async () => {
    const { seed } = await setUp();
    for (const email of ['analyst@alfa.test', 'viewer@alfa.test']) {
      const session = await signInDirect(t.app, t.db, email);
      const overview = (await session.get('/api/v1/programs/overview?year=2025')).json();
      const byCode = new Map<string, Year>(
        overview.programs.map((p: { program: { code: string }; figures: Year }) => [
          p.program.code,
          p.figures,
        ]),
      );
      // The organisation's total and the three larger programmes are shown; 12 + 3 + … add up.
      expect(overview.total.howMuch.exited).toBe(97);
      expect(['jobbpunkt', 'cv', 'frisk'].map((c) => byCode.get(c)!.howMuch.exited)).toEqual([35, 15, 30]);
      // Läxhjälpen (12) is hidden with the small ones: their 5 alone would be total − the others.
      expect(byCode.get('laxhjalp')).toMatchObject({ reason: 'protects_another', howMuch: { exited: null } });
      // The small programmes are hidden as small groups, with no count.
      for (const code of ['kvinna', 'alla']) {
        expect(byCode.get(code)).toMatchObject({ reason: 'small_group', howMuch: { exited: null } });
      }
      console.log(
        JSON.stringify(
          [
            overview.total,
            ...overview.byFocusArea.map((f: { figures: Year }) => f.figures),
            ...overview.programs.map((p: { figures: Year }) => p.figures),
          ].map((y: Year) => [y.reason, y.howMuch.exited, y.betterOff.atExit.work.value]),
        ),
      );
      const focus = new Map<string, Year>(
        overview.byFocusArea.map((f: { focusArea: string; figures: Year }) => [f.focusArea, f.figures]),
      );
      // Every published total and the programmes it is the sum of.
      const totals: [Year, string[]][] = [
        [overview.total, programmeDefs.map((p) => p.code)],
        [focus.get('arbete')!, ['jobbpunkt', 'kvinna', 'cv']],
        [focus.get('gemenskap')!, ['frisk', 'laxhjalp', 'alla']],
      ];
      for (const [total, codes] of totals) {
        const visible = codes.filter((c) => shown(byCode.get(c)!));
        const attack = difference(
          total,
          visible.map((c) => byCode.get(c)!),
        );
        for (const hidden of codes.filter((c) => !visible.includes(c)))
          expectNothingRecovered(attack, truth([hidden]));
      }
    }
    // The report: program_satisfied_share over all programmes, and its row per programme.
    const byId = new Map(indicators().map((i) => [i.id, i]));
    const satisfied = await byId
      .get('program_satisfied_share')!
      .compute(t.db, seed.organisation.id, 2025, 'sv');
    // 97 answers of 97 exits; the satisfied are those who got work: 31 of 97 = 32.0 % → 0.32.
    expect(satisfied).toMatchObject({ n: 97, value: 0.32, suppressed: false });
    const rows = satisfied.breakdowns![0].rows;
    const shownRows = rows.filter((r) => r[3] !== null);
    const n = satisfied.n! - shownRows.reduce((s, r) => s + Number(r[3]), 0);
    const hits =
      satisfied.value! * satisfied.n! - shownRows.reduce((s, r) => s + Number(r[4]) * Number(r[3]), 0);
    const hiddenRows = rows
      .filter((r) => r[3] === null)
      .map((r) => programmeDefs.find((p) => p.name === r[0])!.code);
    expect(hiddenRows.sort()).toEqual(['alla', 'kvinna', 'laxhjalp']);
    expect(n).toBeGreaterThanOrEqual(10);
    for (const hidden of hiddenRows) {
      const h = truth([hidden]);
      expect(Math.abs(n - h.exits)).toBeGreaterThan(0.5);
      expect(Math.abs(hits / n - h.work / h.exits)).toBeGreaterThan(0.005);
    }
    // The job-outcome programmes' sum includes a hidden programme, so job_outcome_rate is hidden.
    const jobRate = await byId.get('job_outcome_rate')!.compute(t.db, seed.organisation.id, 2025, 'sv');
    expect(jobRate).toMatchObject({ value: null, n: null, suppressed: true });
    const jobRows = jobRate.breakdowns![0].rows;
    // Kvinna för Bäckby (4 exits) is one of the hidden rows, with its reason and no count.
    expect(jobRows.find((r) => r[0] === 'Kvinna för Bäckby')).toEqual([
      'Kvinna för Bäckby',
      null,
      null,
      null,
      null,
      null,
      null,
      'Visas inte: färre än 10 deltagare',
    ]);
  });

  it('programme − visible areas recovers no hidden area, and all programmes in an area − its visible programmes neither', async () => {
    const { seed, ids, areaIds } = await setUp();
    const viewer = await signInDirect(t.app, t.db, 'viewer@alfa.test');
    const followUps = new Map<string, { current: Year; byArea: { areaId: string; figures: Year }[] }>();
    for (const [code, id] of Object.entries(ids)) {
      followUps.set(code, (await viewer.get(`/api/v1/programs/${id}/follow-up?year=2025`)).json());
    }
    const area = (code: string, a: string) =>
      followUps.get(code)!.byArea.find((x) => x.areaId === areaIds[a])?.figures;
    // Bäckby södra's 3 Jobbpunkt exits are hidden, and another area with them.
    expect(area('jobbpunkt', 'S')).toMatchObject({ reason: 'small_group', howMuch: { exited: null } });
    for (const [code, followUp] of followUps) {
      const rows = followUp.byArea.map((x) => ({
        a: Object.keys(areaIds).find((k) => areaIds[k] === x.areaId)!,
        f: x.figures,
      }));
      const attack = difference(
        followUp.current,
        rows.filter((r) => shown(r.f)).map((r) => r.f),
      );
      for (const hidden of rows.filter((r) => !shown(r.f)))
        expectNothingRecovered(attack, truth([code], [hidden.a]));
    }
    // The area profile gives all programmes in the area: minus each programme shown in the area.
    const viewerActor = {
      ...systemActor(seed.organisation.id),
      role: 'viewer' as const,
      areaIds: 'all' as const,
    };
    let differenced = 0;
    for (const a of ['N', 'S', 'R']) {
      const section = await programsAreaProfile(t.context, {
        actor: viewerActor,
        areaId: areaIds[a],
        year: 2025,
      });
      const exited = section!.figures[1];
      if (exited.value === null) continue;
      differenced++;
      const visible = [...followUps].flatMap(([code]) => {
        const f = area(code, a);
        return f && shown(f) ? [{ code, f }] : [];
      });
      const remainder = exited.value - visible.reduce((s, v) => s + (v.f.howMuch.exited ?? 0), 0);
      if (remainder > 0) expect(remainder).toBeGreaterThanOrEqual(10);
      for (const [code] of followUps) {
        const f = area(code, a);
        if (f && !shown(f)) expect(Math.abs(remainder - truth([code], [a]).exits)).toBeGreaterThan(0.5);
      }
    }
    // All three areas' totals are shown (17, 15 and 65 exits): the differences were all tried.
    expect(differenced).toBe(3);
  });

  it('a programme with one exit publishes no outcome, no count and says why', async () => {
    const { ids } = await setUp();
    const analyst = await signInDirect(t.app, t.db, 'analyst@alfa.test');
    const followUp = (await analyst.get(`/api/v1/programs/${ids.alla}/follow-up?year=2025`)).json();
    expect(followUp.current.reason).toBe('small_group');
    expect(followUp.current.howMuch).toEqual({ enrolled: null, active: null, exited: null });
    expect(followUp.current.betterOff.atExit.work).toEqual({
      value: null,
      low: null,
      high: null,
      n: null,
      suppressed: true,
      reason: 'small_group',
    });
    expect(followUp.current.howWell.satisfied.value).toBeNull();
    expect(followUp.current.howWell.satisfactionMean).toBeNull();
    expect(followUp.current.missing.outcome).toBeNull();
  });

  it('a host sees the organisation’s protected table restricted to their own area', async () => {
    const { ids, areaIds } = await setUp();
    const analyst = await signInDirect(t.app, t.db, 'analyst@alfa.test');
    const host = await signInDirect(t.app, t.db, 'host@alfa.test');
    for (const id of Object.values(ids)) {
      const whole = (await analyst.get(`/api/v1/programs/${id}/follow-up?year=2025`)).json();
      const own = (await host.get(`/api/v1/programs/${id}/follow-up?year=2025`)).json();
      // Only Bäckby norra, and exactly as the organisation's table has it (not re-protected).
      expect(own.byArea.every((a: { areaId: string }) => a.areaId === areaIds.N)).toBe(true);
      expect(own.byArea).toEqual(whole.byArea.filter((a: { areaId: string }) => a.areaId === areaIds.N));
      expect(own.current).toEqual(whole.current);
    }
    // Jobbpunkt has 12 exits in Bäckby norra: the host sees the row (hidden or shown as the organisation's).
    const jobbpunkt = (await host.get(`/api/v1/programs/${ids.jobbpunkt}/follow-up?year=2025`)).json();
    expect(jobbpunkt.byArea).toHaveLength(1);
  });
});
