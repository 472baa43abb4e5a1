/**
 * The disclosure audit (issue 10): for random organisations and answer patterns, collect everything
 * the safety index publishes to an analyst (who sees every area) and the annual report, turn it into
 * linear constraints over the unit cells, and check that no hidden group can be pinned to within one
 * respondent. It must find disclosures when secondary suppression is switched off.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { setSecondarySuppressionForAudit } from '../src/core/disclosure';
import { buildAnnualReport } from '../src/core/report';
import { LinearModel, shareStepFor, type Term } from './disclosure-audit/linear-audit';
import { type SurveyWorld, seedSurveyWorld, type WorldSpec } from './disclosure-audit/survey-world';
import { type Session, seedOrganisation, signInDirect } from './fixtures';
import { setUpTestApp } from './harness';

const year = 2025;
const t = setUpTestApp({ timeout: 120_000 });
beforeEach(() => {
  setSecondarySuppressionForAudit(true);
});

const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
/** The calendar grid the module publishes below organisation level, each period with its months. */
const grid: { key: string; months: string[] }[] = [
  { key: String(year), months },
  ...[1, 2, 3, 4].map((q) => ({ key: `${year}-Q${q}`, months: months.slice(q * 3 - 3, q * 3) })),
  ...[1, 2, 3].map((k) => ({ key: `${year}-T${k}`, months: months.slice(k * 4 - 4, k * 4) })),
  ...months.map((m) => ({ key: m, months: [m] })),
];
const rolling = months.map((m, i) => ({ key: `R12:${m}`, months: months.slice(0, i + 1) })); // earlier months are empty

type Group = { id: string; respondents: number | null; value: number | null; suppressed: boolean };
type Question = { code: string; valid: number | null; value: number | null };

function areasOf(world: SurveyWorld, groupId: string): number[] {
  return world.areas.flatMap((a, i) =>
    groupId === 'organisation' || a.id === groupId || a.districtId === groupId ? [i] : [],
  );
}

const nVar = (a: number, m: string) => `n_${a}_${m.replace('-', '_')}`;
const validVar = (a: number, m: string, q: string) => `v_${a}_${m.replace('-', '_')}_${q}`;
const topVar = (a: number, m: string, q: string) => `t_${a}_${m.replace('-', '_')}_${q}`;
const sum = (areas: number[], ms: string[], name: (a: number, m: string) => string, c = 1): Term[] =>
  areas.flatMap((a) => ms.map((m) => ({ variable: name(a, m), coefficient: c })));

/**
 * What anyone knows without looking: no area has more respondents than households (public), tops
 * are valid answers, index answers need a respondent.
 */
function structure(model: LinearModel, world: SurveyWorld) {
  world.areas.forEach((_, a) => {
    for (const m of months) {
      model.bound(nVar(a, m), 0, world.households);
      for (const q of world.codes) {
        model.bound(validVar(a, m, q), 0, world.households);
        model.bound(topVar(a, m, q), 0, world.households);
      }
      for (const q of world.codes) {
        model.add(
          [
            { variable: topVar(a, m, q), coefficient: 1 },
            { variable: validVar(a, m, q), coefficient: -1 },
          ],
          Number.NEGATIVE_INFINITY,
          0,
        );
        if (world.indexCodes.includes(q))
          model.add(
            [
              { variable: validVar(a, m, q), coefficient: 1 },
              { variable: nVar(a, m), coefficient: -1 },
            ],
            Number.NEGATIVE_INFINITY,
            0,
          );
      }
      model.add(
        [
          { variable: nVar(a, m), coefficient: 1 },
          ...world.indexCodes.map((q) => ({ variable: validVar(a, m, q), coefficient: -1 })),
        ],
        Number.NEGATIVE_INFINITY,
        0,
      );
    }
  });
}

/** A rounded share of `base` (an expression) says: (v − step/2)·base ≤ tops ≤ (v + step/2)·base. */
function shareBounds(model: LinearModel, tops: Term[], base: Term[], value: number, n: number) {
  const half = shareStepFor(n) / 2;
  const scaled = (terms: Term[], f: number) =>
    terms.map((x) => ({ variable: x.variable, coefficient: -f * x.coefficient }));
  model.add([...tops, ...scaled(base, value + half)], Number.NEGATIVE_INFINITY, 0);
  model.add([...tops, ...scaled(base, Math.max(0, value - half))], 0, Number.POSITIVE_INFINITY);
}

type Published = { period: { key: string; months: string[] }; groups: Group[] };

/** Everything the analyst is shown for the year: summaries of every period, and every group's questions. */
async function collect(analyst: Session, world: SurveyWorld, model: LinearModel) {
  const published: Published[] = [];
  for (const period of [...grid, ...rolling]) {
    const res = await analyst.get(`/api/v1/safety-index/summary?period=${encodeURIComponent(period.key)}`);
    expect(res.statusCode).toBe(200);
    const groups: Group[] = res.json().groups;
    published.push({ period, groups });
    for (const g of groups) {
      const areas = areasOf(world, g.id);
      if (g.respondents !== null) model.add(sum(areas, period.months, nVar), g.respondents, g.respondents);
      if (g.value !== null && g.respondents !== null) {
        const tops = world.indexCodes.flatMap((q) => sum(areas, period.months, (a, m) => topVar(a, m, q)));
        const base = world.indexCodes.flatMap((q) => sum(areas, period.months, (a, m) => validVar(a, m, q)));
        shareBounds(model, tops, base, g.value, g.respondents);
      }
      // A hidden group's questions are hidden with it (one table): nothing to collect there.
      if (period.key.startsWith('R12') || g.suppressed) continue;
      const q = await analyst.get(`/api/v1/safety-index/questions?period=${period.key}&group=${g.id}`);
      if (q.statusCode === 404) continue;
      expect(q.statusCode).toBe(200);
      for (const question of q.json().questions as Question[]) {
        const valid = sum(areas, period.months, (a, m) => validVar(a, m, question.code));
        if (question.valid !== null) model.add(valid, question.valid, question.valid);
        if (question.value !== null && question.valid !== null) {
          const tops = sum(areas, period.months, (a, m) => topVar(a, m, question.code));
          shareBounds(
            model,
            tops,
            valid.map((v) => ({ ...v })),
            question.value,
            question.valid,
          );
        }
      }
    }
  }
  return published;
}

/** True contributing respondents of a group over months, from the answers written. */
function trueRespondents(world: SurveyWorld, groupId: string, ms: string[]): number {
  let n = 0;
  for (const a of areasOf(world, groupId))
    for (const m of ms)
      for (const answers of world.answers.get(`${world.areas[a].id}|${m}`) ?? [])
        if (world.indexCodes.some((q) => (answers[q] ?? 0) >= 1)) n++;
  return n;
}

/** The hidden groups an attacker can pin to within one respondent, as "group@period [min, max]". */
async function disclosedCells(
  spec: WorldSpec,
  options: { firstOnly?: boolean } = {},
): Promise<{ disclosed: string[]; hidden: number }> {
  await t.reset();
  const seed = await seedOrganisation(t.db);
  const world = await seedSurveyWorld(t, seed.organisation.id, year, spec);
  const analyst = await signInDirect(t.app, t.db, 'analyst@alfa.test');
  const model = new LinearModel();
  structure(model, world);
  const published = await collect(analyst, world, model);
  const report = await buildAnnualReport(t.db, seed.organisation, year, 'sv', t.context.config.clock());
  const index = report.indicators.find((i) => i.id === 'safety_index')!;
  if (index.n !== null) model.add(sum(areasOf(world, 'organisation'), months, nVar), index.n, index.n);

  const hiddenCells = published.flatMap(({ period, groups }) =>
    groups
      .filter((g) => g.suppressed)
      .map((g) => ({
        name: `${g.id}@${period.key}`,
        terms: sum(areasOf(world, g.id), period.months, nVar),
        truth: trueRespondents(world, g.id, period.months),
      }))
      .filter((cell) => cell.truth > 0),
  );
  const disclosed = await model.pinned(hiddenCells, options);
  const hidden = hiddenCells.length;
  return { disclosed, hidden };
}

/** Two districts: one with a small area (2–4 a month) beside a large one, one with two mid-sized areas. */
const exampleSpec: WorldSpec = {
  districts: [2, 2],
  respondents: [
    ...[3, 2, 4, 3, 2, 3, 4, 2, 3, 3, 2, 4],
    ...Array(12).fill(14),
    ...Array(12).fill(9),
    ...Array(12).fill(11),
  ],
  seed: 42,
};

describe('the disclosure audit of the safety index', () => {
  it('finds hidden groups that can be worked out when secondary suppression is off', async () => {
    setSecondarySuppressionForAudit(false);
    const { disclosed, hidden } = await disclosedCells(exampleSpec, { firstOnly: true });
    expect(hidden).toBeGreaterThan(0);
    expect(disclosed.length).toBeGreaterThan(0);
  }, 300_000);

  it('finds none in the same organisation with the publication layer as it is', async () => {
    const { disclosed, hidden } = await disclosedCells(exampleSpec);
    expect(hidden).toBeGreaterThan(0);
    expect(disclosed).toEqual([]);
  }, 300_000);

  it('finds none over random organisations and answer patterns', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          districts: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 2 }),
          respondents: fc.array(
            fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 8, max: 20 })),
            {
              minLength: 12,
              maxLength: 36,
            },
          ),
          seed: fc.integer({ min: 1, max: 1_000_000 }),
        }),
        async (spec) => {
          const { disclosed } = await disclosedCells(spec);
          expect(disclosed).toEqual([]);
        },
      ),
      { numRuns: 3 },
    );
  }, 600_000);
});
