/**
 * Demo: a synthetic, plausible salary file for the demo organisation — no person behind any row —
 * for 2022 (the seeds' survey: 74 women, 92 men, a 0 % gap), 2024 and 2025 (about 160 employees in
 * six work groups, levels 2–6), with an unexplained premium for male project managers so that the 5 %
 * flag shows. A few findings, a 2025 action plan and the 2024 plan followed up.
 */
import { systemActor } from '../../core/auth/access';
import type { DemoContext } from '../../core/module';
import { seededRandom } from '../../shared/random';
import { createAction, updateAction } from './pay-actions.service';
import { payLevel } from './pay-statistics';
import { setFinding } from './pay-survey.service';
import { salariesImport } from './salaries.import';
import type { Gender, SalaryRow } from './salary-row';

type Group = {
  name: string;
  level: number;
  /** A full-time monthly salary at hiring, SEK (2025). */
  base: number;
  /** Women and men in 2025 and in 2022. */
  counts: { 2025: [number, number]; 2022: [number, number] };
  /** Men's pay over women's of the same tenure: the gap the survey should find. */
  menPremium: number;
  /** The share who get variable pay (on-call, bonus) and its range, SEK a year. */
  variable?: { share: number; from: number; to: number };
};

const groups: Group[] = [
  {
    name: 'Fastighetsskötare',
    level: 2,
    base: 30_500,
    counts: { 2025: [8, 32], 2022: [10, 36] },
    menPremium: 1,
    variable: { share: 0.4, from: 6_000, to: 18_000 },
  },
  { name: 'Kundtjänst', level: 2, base: 29_800, counts: { 2025: [16, 6], 2022: [15, 6] }, menPremium: 1 },
  { name: 'Uthyrare', level: 3, base: 33_000, counts: { 2025: [17, 7], 2022: [16, 7] }, menPremium: 1 },
  { name: 'Ekonom', level: 4, base: 41_000, counts: { 2025: [12, 6], 2022: [12, 6] }, menPremium: 1 },
  {
    name: 'Projektledare',
    level: 5,
    base: 48_000,
    counts: { 2025: [11, 19], 2022: [11, 22] },
    menPremium: 1.09,
    variable: { share: 0.7, from: 10_000, to: 30_000 },
  },
  {
    name: 'Chef',
    level: 6,
    base: 60_000,
    counts: { 2025: [11, 13], 2022: [10, 15] },
    menPremium: 1.01,
    variable: { share: 0.7, from: 20_000, to: 45_000 },
  },
];

const roundTo = (value: number, step: number) => Math.round(value / step) * step;

/** One year's employees: tenure raises pay 0.8 % a year, a few work part time. */
function employees(year: 2025 | 2022, random: () => number): SalaryRow[] {
  const between = (from: number, to: number) => from + Math.floor(random() * (to - from + 1));
  let number = 0;
  return groups.flatMap((g) => {
    const [women, men] = g.counts[year];
    const genders: Gender[] = [...Array(women).fill('woman'), ...Array(men).fill('man')];
    return genders.map((gender) => {
      number++;
      const age = between(24, 63);
      const tenure = between(0, Math.min(30, age - 22));
      const fte = random() < 0.85 ? 1 : [0.5, 0.75, 0.8][between(0, 2)];
      const pay =
        g.base * (1 + 0.008 * tenure) * (gender === 'man' ? g.menPremium : 1) * (0.985 + random() * 0.03);
      const variable =
        g.variable && random() < g.variable.share ? between(g.variable.from, g.variable.to) : null;
      return {
        year,
        employeeRef: `E${String(number).padStart(4, '0')}`,
        gender,
        jobTitle: g.name,
        workGroup: g.name,
        jobValueLevel: g.level,
        monthlySalary: roundTo(pay * fte, 100),
        fte,
        birthYear: year - age,
        hiredOn: `${year - tenure}-${String(between(1, 12)).padStart(2, '0')}-01`,
        variablePay: variable === null ? null : roundTo(variable, 500),
      };
    });
  });
}

/** 2024: the 2025 staff without those hired in 2025, paid 3.5 % less (the year's raise undone). */
function yearBefore(rows: readonly SalaryRow[]): SalaryRow[] {
  return rows
    .filter((r) => Number(r.hiredOn.slice(0, 4)) < 2025)
    .map((r) => ({
      ...r,
      year: 2024,
      monthlySalary: roundTo(r.monthlySalary / 1.035, 100),
      variablePay: r.variablePay === null ? null : roundTo(r.variablePay / 1.035, 500),
    }));
}

/** 2022 as the seeds report it: women's pay scaled so that the mean gap is 0 %. */
function withoutGap(rows: readonly SalaryRow[]): SalaryRow[] {
  const meanOf = (g: Gender) => {
    const of = rows.filter((r) => r.gender === g);
    return of.reduce((s, r) => s + payLevel(r), 0) / of.length;
  };
  const scale = meanOf('man') / meanOf('woman');
  return rows.map((r) =>
    r.gender === 'woman' ? { ...r, monthlySalary: roundTo(r.monthlySalary * scale, 10) } : r,
  );
}

/** The demo's salary rows of 2022, 2024 and 2025, the same on every run (a fixed seed). */
export function demoSalaryRows(): SalaryRow[] {
  const random = seededRandom(2025_14);
  const staff2025 = employees(2025, random);
  return [...withoutGap(employees(2022, random)), ...yearBefore(staff2025), ...staff2025];
}

export async function seedPaySurveyDemo(ctx: DemoContext): Promise<void> {
  const actor = systemActor(ctx.organisationId, 'demo');
  const rows = demoSalaryRows();
  await ctx.db.transaction((tx) =>
    salariesImport.commit!(tx, actor, rows, { seen: new Set() }, async () => {}),
  );

  const finding = (
    year: number,
    categoryKind: 'work_group' | 'equal_value',
    categoryKey: string,
    explanation: string,
  ) =>
    setFinding(ctx, actor, { year, categoryKind, categoryKey, explained: explanation !== '', explanation });
  await finding(
    2025,
    'work_group',
    'Chef',
    'Männen i gruppen leder de större förvaltningsområdena (fler lägenheter och medarbetare); arbetsvärderingen ger dem samma nivå men ansvaret är större.',
  );
  await finding(2025, 'equal_value', 'Kundtjänst → Fastighetsskötare', '');
  await finding(
    2024,
    'work_group',
    'Fastighetsskötare',
    'Skillnaden i rörlig lön är jourersättning: den som har jour får den, oavsett kön.',
  );

  const done = await createAction(ctx, actor, {
    year: 2024,
    description: 'Se över lönesättningen för projektledare inför lönerevisionen.',
    owner: 'HR-chef',
    dueOn: '2025-04-30',
  });
  await updateAction(ctx, actor, done.id, {
    status: 'done',
    followUp: 'Lönekriterier för projektledare är införda; gapet minskade något men finns kvar.',
  });
  const notDone = await createAction(ctx, actor, {
    year: 2024,
    description: 'Utbilda chefer i lönesamtal utan könsbias.',
    owner: 'HR-specialist',
    dueOn: '2025-06-30',
  });
  await updateAction(ctx, actor, notDone.id, {
    status: 'not_done',
    followUp: 'Flyttad till 2025 års plan: utbildningen kunde inte upphandlas i tid.',
  });
  for (const action of [
    {
      description: 'Justera lönerna för kvinnliga projektledare med oförklarat gap.',
      owner: 'Vd',
      dueOn: '2026-04-30',
    },
    {
      description: 'Utbilda chefer i lönesamtal utan könsbias.',
      owner: 'HR-specialist',
      dueOn: '2026-06-30',
    },
    {
      description: 'Analysera kundtjänsts lönenivå mot fastighetsskötarnas (likvärdigt arbete).',
      owner: 'HR-chef',
      dueOn: '2026-03-31',
    },
  ]) {
    await createAction(ctx, actor, { year: 2025, ...action });
  }
}
