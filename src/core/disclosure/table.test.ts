import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaDimension, calendarDimension, flatDimension } from './dimensions';
import { type Dimension, protectTable, type TableInput, unitKey } from './table';

/**
 * An independent oracle: exact rational elimination (BigInt fractions, no floating point, no shared
 * code with span.ts) deciding whether a hidden cell's 0/1 vector is a combination of shown ones.
 */
type Fraction = [bigint, bigint];
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const norm = ([n, d]: Fraction): Fraction => {
  if (n === 0n) return [0n, 1n];
  const g = gcd(n, d) * (d < 0n ? -1n : 1n);
  return [n / g, d / g];
};
const sub = (a: Fraction, b: Fraction, f: Fraction): Fraction =>
  norm([a[0] * b[1] * f[1] - b[0] * f[0] * a[1], a[1] * b[1] * f[1]]);

function inSpanExact(basisVectors: number[][], target: number[]): boolean {
  const width = target.length;
  const rows: { pivot: number; v: Fraction[] }[] = [];
  const reduce = (v: Fraction[]) => {
    for (const r of rows) {
      const f = v[r.pivot];
      if (f[0] === 0n) continue;
      for (let j = 0; j < width; j++) v[j] = sub(v[j], r.v[j], f);
    }
    return v;
  };
  for (const b of basisVectors) {
    const v = reduce(b.map((x) => [BigInt(x), 1n] as Fraction));
    const pivot = v.findIndex((x) => x[0] !== 0n);
    if (pivot < 0) continue;
    const p = v[pivot];
    const scaled = v.map((x) => norm([x[0] * p[1], x[1] * p[0]]));
    for (const r of rows) {
      const f = r.v[pivot];
      if (f[0] !== 0n) for (let j = 0; j < width; j++) r.v[j] = sub(r.v[j], scaled[j], f);
    }
    rows.push({ pivot, v: scaled });
  }
  return reduce(target.map((x) => [BigInt(x), 1n] as Fraction)).every((x) => x[0] === 0n);
}

/** Every cell of the table with its 0/1 vector over units and its counts, worked out independently. */
function cellsOf(input: TableInput) {
  const leafLists = input.dimensions.map((d) => [...new Set(d.members.flatMap((m) => m.leaves))]);
  const product = <T>(lists: T[][]): T[][] =>
    lists.reduce<T[][]>((acc, l) => acc.flatMap((p) => l.map((x) => [...p, x])), [[]]);
  const units = product(leafLists).map(unitKey);
  return product(input.dimensions.map((d) => d.members.map((m) => m))).map((members) => {
    const inside = new Set(product(members.map((m) => [...m.leaves])).map(unitKey));
    const counts = [...inside].reduce(
      (acc, u) => acc.map((v, i) => v + (input.units.get(u)?.[i] ?? 0)),
      new Array<number>(Math.max(1, ...[...input.units.values()].map((c) => c.length))).fill(0),
    );
    return { ids: members.map((m) => m.id), vector: units.map((u) => (inside.has(u) ? 1 : 0)), counts };
  });
}

/** The two promises of the layer, checked from outside: nothing hidden is computable, no small group is left. */
function disclosures(input: TableInput) {
  const table = protectTable(input);
  const cells = cellsOf(input);
  const shown = cells.filter((c) => table.hiddenReason(c.ids) === null);
  const problems: string[] = [];
  for (const c of cells) {
    const hidden = table.hiddenReason(c.ids) !== null;
    if (!hidden && c.counts.some((v) => v > 0 && v < input.threshold)) problems.push(`small shown ${c.ids}`);
    if (
      hidden &&
      c.counts.some((v) => v > 0) &&
      inSpanExact(
        shown.map((s) => s.vector),
        c.vector,
      )
    )
      problems.push(`computable ${c.ids}`);
  }
  // Hidden parts of a shown whole, taken together, are a group too (district − shown areas).
  input.dimensions.forEach((d, dim) => {
    for (const c of shown) {
      for (const p of d.partitions.filter((x) => x.parent === c.ids[dim])) {
        const parts = p.children
          .map(
            (child) =>
              cells.find((x) => x.ids.every((id, i) => (i === dim ? id === child : id === c.ids[i])))!,
          )
          .filter((x) => table.hiddenReason(x.ids) !== null);
        parts[0]?.counts.forEach((_, m) => {
          const sum = parts.reduce((s, x) => s + x.counts[m], 0);
          if (sum > 0 && sum < input.threshold) problems.push(`hidden together ${sum} under ${c.ids}`);
        });
      }
    }
  });
  return { table, problems };
}

const units = (entries: [string[], number[]][]) => new Map(entries.map(([ids, c]) => [unitKey(ids), c]));

describe('protectTable', () => {
  // Two districts: Bäckby (areas B1 with 3 respondents, B2 with 20) and Råby (R1 30, R2 25).
  const areas = areaDimension([
    { id: 'B1', districtId: 'Bäckby' },
    { id: 'B2', districtId: 'Bäckby' },
    { id: 'R1', districtId: 'Råby' },
    { id: 'R2', districtId: 'Råby' },
  ]);

  it('hides a small area and its smallest sibling, so the district minus the shown area gives nothing', () => {
    const input = {
      threshold: 10,
      dimensions: [areas],
      units: units([
        [['B1'], [3]],
        [['B2'], [20]],
        [['R1'], [30]],
        [['R2'], [25]],
      ]),
    };
    const { table, problems } = disclosures(input);
    expect(table.hiddenReason(['B1'])).toBe('small_group');
    expect(table.hiddenReason(['B2'])).toBe('protects_another');
    expect(table.hiddenReason(['Bäckby'])).toBeNull();
    expect(table.hiddenReason(['R1'])).toBeNull();
    expect(problems).toEqual([]);
  });

  it('hides more when the hidden areas of a district are still fewer than ten together (1 + 2)', () => {
    const three = areaDimension([
      { id: 'A', districtId: 'D' },
      { id: 'B', districtId: 'D' },
      { id: 'C', districtId: 'D' },
      { id: 'E', districtId: 'F' },
    ]);
    const input = {
      threshold: 10,
      dimensions: [three],
      units: units([
        [['A'], [1]],
        [['B'], [2]],
        [['C'], [40]],
        [['E'], [50]],
      ]),
    };
    const { table, problems } = disclosures(input);
    expect(table.hiddenReason(['C'])).toBe('protects_another');
    expect(problems).toEqual([]);
  });

  it('hides the district too when a district has one area (the two are the same figure)', () => {
    const lone = areaDimension([
      { id: 'A', districtId: 'D' },
      { id: 'B', districtId: 'E' },
      { id: 'C', districtId: 'E' },
    ]);
    const input = {
      threshold: 10,
      dimensions: [lone],
      units: units([
        [['A'], [4]],
        [['B'], [30]],
        [['C'], [30]],
      ]),
    };
    const { table, problems } = disclosures(input);
    expect(table.hiddenReason(['D'])).toBe('small_group');
    expect(problems).toEqual([]);
  });

  it('keeps a hidden April from being had as tertial 1 minus quarter 1', () => {
    const months = calendarDimension(2025, { tertials: true });
    const perMonth = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
    const input = {
      threshold: 10,
      dimensions: [months],
      units: units(perMonth.map((m) => [[m], [m === '2025-04' ? 3 : 12]])),
    };
    const { table, problems } = disclosures(input);
    expect(table.hiddenReason(['2025-04'])).toBe('small_group');
    expect(problems).toEqual([]);
    // Without tertials the same table needs less hidden: the structure published decides.
    const plain = protectTable({ ...input, dimensions: [calendarDimension(2025)] });
    expect(plain.hiddenCount().protects_another).toBeLessThanOrEqual(table.hiddenCount().protects_another);
  });

  it('protects every measure: a cell is small when any of its counts is (index n and each question)', () => {
    const input = {
      threshold: 10,
      dimensions: [areas],
      units: units([
        [['B1'], [12, 8]],
        [['B2'], [20, 20]],
        [['R1'], [30, 30]],
        [['R2'], [25, 25]],
      ]),
    };
    const { table, problems } = disclosures(input);
    expect(table.hiddenReason(['B1'])).toBe('small_group');
    expect(problems).toEqual([]);
  });

  it('shows empty cells and everything when no group is small', () => {
    const input = {
      threshold: 10,
      dimensions: [areas],
      units: units([
        [['B1'], [0]],
        [['B2'], [20]],
        [['R1'], [30]],
        [['R2'], [25]],
      ]),
    };
    const table = protectTable(input);
    expect(table.hiddenCount()).toEqual({ small_group: 0, protects_another: 0 });
    expect(table.counts(['Bäckby'])).toEqual([20]);
  });

  it('protects a programme × area table in both directions (total − programmes, programme − areas)', () => {
    const programmes = flatDimension('all', ['jobbpunkt', 'frisk']);
    const twoAreas = areaDimension([
      { id: 'A', districtId: 'D' },
      { id: 'B', districtId: 'D' },
      { id: 'C', districtId: 'E' },
    ]);
    const input = {
      threshold: 10,
      dimensions: [programmes, twoAreas],
      units: units([
        [['jobbpunkt', 'A'], [1]],
        [['jobbpunkt', 'B'], [30]],
        [['jobbpunkt', 'C'], [25]],
        [['frisk', 'A'], [14]],
        [['frisk', 'B'], [12]],
        [['frisk', 'C'], [11]],
      ]),
    };
    const { table, problems } = disclosures(input);
    expect(table.hiddenReason(['jobbpunkt', 'A'])).toBe('small_group');
    expect(problems).toEqual([]);
  });

  it('keeps two small hidden cells of different programmes and areas from being had together', () => {
    // Jobbpunkt 12 in N and 3 in S, En frisk generation 2 in N: the total minus Jobbpunkt-N would
    // give Jobbpunkt-S + Frisk-N = 5 people together.
    const programmes = flatDimension('all', ['J', 'F']);
    const twoAreas = areaDimension([
      { id: 'N', districtId: 'B' },
      { id: 'S', districtId: 'B' },
    ]);
    const input = {
      threshold: 10,
      dimensions: [programmes, twoAreas],
      units: units([
        [['J', 'N'], [12]],
        [['J', 'S'], [3]],
        [['F', 'N'], [2]],
        [['F', 'S'], [0]],
      ]),
    };
    const table = protectTable(input);
    const cells = cellsOf(input);
    const shown = cells.filter((c) => table.hiddenReason(c.ids) === null).map((c) => c.vector);
    const pair = cells
      .find((c) => c.ids.join() === 'J,S')!
      .vector.map((v, i) => v + cells.find((c) => c.ids.join() === 'F,N')!.vector[i]);
    expect(inSpanExact(shown, pair)).toBe(false);
    expect(disclosures(input).problems).toEqual([]);
  });

  it('hides no more than it must: one small month in one area leaves the organisation and district years shown', () => {
    // Bäckby: N with 20 answers in March, S with 3 in February; Råby: R1 and R2 with 30 in each month.
    const four = areaDimension([
      { id: 'N', districtId: 'B' },
      { id: 'S', districtId: 'B' },
      { id: 'R1', districtId: 'R' },
      { id: 'R2', districtId: 'R' },
    ]);
    const input = {
      threshold: 10,
      dimensions: [four, calendarDimension(2025, { tertials: true })],
      units: units([
        [['S', '2025-02'], [3]],
        [['N', '2025-03'], [20]],
        [['R1', '2025-02'], [30]],
        [['R1', '2025-03'], [30]],
        [['R2', '2025-02'], [30]],
        [['R2', '2025-03'], [30]],
      ]),
    };
    const { table, problems } = disclosures(input);
    expect(problems).toEqual([]);
    for (const group of ['organisation', 'B', 'R', 'R1', 'R2'])
      expect(table.hiddenReason([group, '2025'])).toBeNull();
    expect(table.hiddenReason(['organisation', '2025-Q1'])).toBeNull();
    expect(table.hiddenReason(['S', '2025'])).toBe('small_group');
  });

  const areaTree = fc
    .array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 6 })
    .map((districtOf) => areaDimension(districtOf.map((d, i) => ({ id: `a${i}`, districtId: `d${d}` }))));

  it('never leaves a hidden group computable or a small group shown (random areas × months)', () => {
    fc.assert(
      fc.property(
        areaTree,
        fc.boolean(),
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 40 })), {
          minLength: 72,
          maxLength: 72,
        }),
        (areaDim: Dimension, tertials, counts) => {
          const leaves = areaDim.members.filter((m) => m.leaves.length === 1 && m.leaves[0] === m.id);
          const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
          const entries: [string[], number[]][] = [];
          for (const [i, a] of leaves.entries())
            for (const [j, m] of months.entries()) entries.push([[a.id, m], [counts[(i * 12 + j) % 72]]]);
          const input = {
            threshold: 10,
            dimensions: [areaDim, calendarDimension(2025, { tertials })],
            units: units(entries),
          };
          expect(disclosures(input).problems).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});
