/**
 * Secondary cell suppression over a table that is the product of one or more dimensions (areas ×
 * months, programmes × areas, …). A module hands over the contributing counts of the smallest cells
 * (units) and the structure it publishes; it gets back which cells may be shown. The rules, and why,
 * are in docs/disclosure.md:
 *  1. primary: a cell with 1 ≤ count < threshold (in any measure) is hidden;
 *  2. partitions: under a shown parent, hidden non-empty children are none, or at least two whose
 *     sums reach the threshold in every measure (else the smallest shown sibling is hidden too);
 *  3. exact check: no hidden cell — and no sum of two small hidden cells that is still under the
 *     threshold — may be a linear combination of shown cells (parent − siblings, quarter − months,
 *     tertial − quarter, total − one programme's area − another's …); where one is, a shown cell
 *     the computation needs is hidden and the check runs again. Rules 2 and 3 repeat until stable.
 */
import { createHash } from 'node:crypto';
import { spanOf } from './span';

/** One member of a dimension (an area, a district, the organisation; a month, a quarter, a year). */
export type Member = { id: string; leaves: readonly string[] };
/** A parent member that is exactly the sum of its children (a district of its areas, a quarter of its months). */
export type Partition = { parent: string; children: readonly string[] };
export type Dimension = { members: readonly Member[]; partitions: readonly Partition[] };

export type TableInput = {
  threshold: number;
  dimensions: readonly Dimension[];
  /** Contributing counts of each unit (one leaf id per dimension, joined by unitKey), one per measure. */
  units: ReadonlyMap<string, readonly number[]>;
};

export type HiddenReason = 'small_group' | 'protects_another';

export type ProtectedTable = {
  /** Why a cell (one member id per dimension) is hidden; null when it may be shown. */
  hiddenReason(cell: readonly string[]): HiddenReason | null;
  /** The cell's contributing counts, one per measure (zeros for a cell without units). */
  counts(cell: readonly string[]): readonly number[];
  /** How many cells are hidden, by reason (for logs and tests). */
  hiddenCount(): { small_group: number; protects_another: number };
  /**
   * A figure that is not a cell of the table (rolling 12 months, a focus area's programmes): per
   * dimension a member id or a list of member ids added together. Null — it may be shown — when it
   * is a combination of shown cells and so reveals nothing new; otherwise it stays hidden.
   */
  windowReason(members: readonly (string | readonly string[])[]): HiddenReason | null;
};

const separator = '\u0001';
/** The key of a unit or cell: its member ids, one per dimension. */
export const unitKey = (ids: readonly string[]) => ids.join(separator);

type Cell = { key: string; ids: string[]; units: number[]; counts: number[] };

function cartesian<T>(lists: readonly (readonly T[])[]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((prefix) => list.map((x) => [...prefix, x])), [[]]);
}

function buildCells(input: TableInput): { cells: Map<string, Cell>; measures: number } {
  const leafLists = input.dimensions.map((d) => [...new Set(d.members.flatMap((m) => m.leaves))]);
  // A unit's index is its place in the product of the leaf lists (the last dimension fastest), worked
  // out from the leaves' places instead of a key per unit of every cell: tens of thousands of them.
  const place = leafLists.map((list) => new Map(list.map((leaf, i) => [leaf, i])));
  const strides = leafLists.map((_, d) => leafLists.slice(d + 1).reduce((n, l) => n * l.length, 1));
  let measures = 1;
  const unitCounts = new Map<number, readonly number[]>();
  for (const [key, c] of input.units) {
    measures = Math.max(measures, c.length);
    const ids = key.split(separator);
    if (ids.length !== place.length || ids.some((id, d) => !place[d].has(id))) continue;
    unitCounts.set(
      ids.reduce((u, id, d) => u + place[d].get(id)! * strides[d], 0),
      c,
    );
  }
  const cells = new Map<string, Cell>();
  for (const members of cartesian(input.dimensions.map((d) => d.members))) {
    const ids = members.map((m) => m.id);
    const units = members.reduce<number[]>(
      (prefixes, m, d) =>
        prefixes.flatMap((u) => m.leaves.map((leaf) => u + place[d].get(leaf)! * strides[d])),
      [0],
    );
    const counts = new Array<number>(measures).fill(0);
    for (const u of units) {
      const c = unitCounts.get(u);
      if (!c) continue;
      for (let i = 0; i < c.length; i++) counts[i] += c[i];
    }
    cells.set(unitKey(ids), { key: unitKey(ids), ids, units, counts });
  }
  return { cells, measures };
}

/** Every partition of the table: a shown parent cell and the cells it is the sum of, along one dimension. */
function tablePartitions(input: TableInput, cells: Map<string, Cell>): { parent: Cell; children: Cell[] }[] {
  const out: { parent: Cell; children: Cell[] }[] = [];
  for (const cell of cells.values()) {
    input.dimensions.forEach((d, dim) => {
      for (const p of d.partitions) {
        if (p.parent !== cell.ids[dim]) continue;
        const children = p.children.map((child) => {
          const ids = [...cell.ids];
          ids[dim] = child;
          return cells.get(unitKey(ids))!;
        });
        out.push({ parent: cell, children });
      }
    });
  }
  return out;
}

const nonEmpty = (c: Cell) => c.counts.some((v) => v > 0);
const bySize = (a: Cell, b: Cell) => a.counts[0] - b.counts[0] || a.key.localeCompare(b.key);

let secondary = true;

/**
 * Switches secondary suppression (rules 2 and 3) off or on — only for the disclosure audit test,
 * which must fail without it. Nothing in the application calls this.
 */
export function setSecondarySuppressionForAudit(enabled: boolean): void {
  secondary = enabled;
}

// Dashboards ask for the same year's table again and again; the answer only changes with the counts.
const cache = new Map<string, ProtectedTable>();
const cacheSize = 64;

function fingerprint(input: TableInput): string {
  const hash = createHash('sha1').update(`${input.threshold}:${secondary}`);
  for (const d of input.dimensions) {
    for (const m of d.members) hash.update(`m${m.id}:${m.leaves.join(',')};`);
    for (const p of d.partitions) hash.update(`p${p.parent}:${p.children.join(',')};`);
  }
  for (const [key, counts] of [...input.units].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    hash.update(`u${key}=${counts.join(',')};`);
  return hash.digest('hex');
}

/** Protects a table: which cells must be hidden so that no hidden cell can be had from the shown ones. */
export function protectTable(input: TableInput): ProtectedTable {
  const key = fingerprint(input);
  const known = cache.get(key);
  if (known) return known;
  const table = computeProtection(input);
  if (cache.size >= cacheSize) cache.delete(cache.keys().next().value!);
  cache.set(key, table);
  return table;
}

/**
 * The span of the shown cells, worked out only over the units nobody can read off a shown
 * single-unit cell (an area's month): those units are known, so every other cell reduces to its
 * unknown units. Exactly the same answers as the full span, over a far smaller matrix.
 */
function shownSpan(cells: Map<string, Cell>, hidden: Map<string, HiddenReason>) {
  const unitCells = new Map<number, Cell>();
  for (const c of cells.values())
    if (c.units.length === 1 && !hidden.has(c.key)) unitCells.set(c.units[0], c);
  const column = new Map<number, number>();
  const reduce = (units: readonly number[]) =>
    units
      .filter((u) => !unitCells.has(u))
      .map((u) => {
        if (!column.has(u)) column.set(u, column.size);
        return column.get(u)!;
      });
  const shown = [...cells.values()].filter((c) => !hidden.has(c.key) && c.units.length > 1);
  const reduced = shown.map((c) => reduce(c.units));
  const kept = shown.filter((_, i) => reduced[i].length > 0);
  const vectors = reduced.filter((r) => r.length > 0);
  const span = spanOf(vectors);
  return {
    /**
     * A key per list of units such that two disjoint lists whose sum the shown cells give have the
     * same key: which of the lists (added after the shown cells, in order) the span of shown cells
     * and lists needs to write each one. In that span a sum is a combination of shown cells only
     * when the lists' parts cancel, and those parts have the same lists. The converse need not hold:
     * a cheap filter before `representation`, which decides.
     */
    sumKeys(lists: readonly (readonly number[])[]): string[] {
      const extra = lists.map(reduce);
      const all = spanOf([...vectors, ...extra]);
      return extra.map((r) =>
        (all.representation(r) ?? [])
          .filter((i) => i >= vectors.length)
          .sort((a, b) => a - b)
          .join(','),
      );
    },
    /** Null when the units' sum cannot be had from the shown cells; else the wholes it is taken from. */
    representation(units: readonly number[]): Cell[] | null {
      const r = reduce(units);
      if (r.length === 0) return [];
      return span.representation(r)?.map((i) => kept[i]) ?? null;
    },
    /** The shown single-unit cell of a unit, if it is shown. */
    unitCell: (unit: number) => unitCells.get(unit) ?? null,
  };
}

/**
 * The pairs of the cells (each in list order, the pairs in order) whose sum the shown cells might
 * give: only cells of the same sum key can, so the exact check tries those instead of every pair
 * (hundreds of small hidden cells are tens of thousands of pairs).
 */
function pairsThatMayAddUp(span: ReturnType<typeof shownSpan>, list: readonly Cell[]): [Cell, Cell][] {
  const byKey = new Map<string, number[]>();
  const keys = span.sumKeys(list.map((c) => c.units));
  for (const [i, key] of keys.entries()) byKey.set(key, [...(byKey.get(key) ?? []), i]);
  const pairs: [number, number][] = [];
  for (const group of byKey.values())
    for (let x = 0; x < group.length; x++)
      for (let y = x + 1; y < group.length; y++) pairs.push([group[x], group[y]]);
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]).map(([i, j]) => [list[i], list[j]]);
}

function computeProtection(input: TableInput): ProtectedTable {
  const k = input.threshold;
  const { cells } = buildCells(input);
  const hidden = new Map<string, HiddenReason>();
  for (const c of cells.values()) if (c.counts.some((v) => v > 0 && v < k)) hidden.set(c.key, 'small_group');
  const partitions = tablePartitions(input, cells);
  const hide = (c: Cell) => {
    if (hidden.has(c.key)) return false;
    hidden.set(c.key, 'protects_another');
    return true;
  };

  const partitionRule = () => {
    let changed = false;
    for (const { parent, children } of partitions) {
      if (hidden.has(parent.key)) continue;
      const hiddenKids = children.filter((c) => nonEmpty(c) && hidden.has(c.key));
      if (hiddenKids.length === 0) continue;
      const sums = parent.counts.map((_, i) => hiddenKids.reduce((s, c) => s + c.counts[i], 0));
      if (hiddenKids.length >= 2 && sums.every((s) => s === 0 || s >= k)) continue;
      const partner = children.filter((c) => nonEmpty(c) && !hidden.has(c.key)).sort(bySize)[0];
      if (partner) changed = hide(partner) || changed;
    }
    return changed;
  };

  /** Hides the smallest shown cell a computation of `units` needs; false when none is left to hide. */
  const breakComputation = (
    span: ReturnType<typeof shownSpan>,
    units: readonly number[],
    used: Cell[],
    hiddenThisPass: Set<string>,
  ) => {
    // Cheapest first: a shown unit inside the hidden figure; else a shown unit inside the smallest
    // whole the computation takes (so that whole holds a second unknown); else a cell it takes,
    // siblings before wholes that contain the figure (hiding a whole loses more).
    const unitsOf = (c: Cell) =>
      c.units.map((u) => span.unitCell(u)).filter((x): x is Cell => !!x && nonEmpty(x));
    const smallest = (list: Cell[]) => list.filter((c) => !hidden.has(c.key)).sort(bySize)[0];
    const unitSet = new Set(units);
    const contains = (c: Cell) => [...unitSet].every((u) => c.units.includes(u));
    const order = (a: Cell, b: Cell) => Number(contains(a)) - Number(contains(b)) || bySize(a, b);
    let partner = smallest(units.map((u) => span.unitCell(u)).filter((x): x is Cell => !!x && nonEmpty(x)));
    for (const whole of [...used].sort(bySize)) {
      if (partner) break;
      partner = smallest(unitsOf(whole).filter((c) => !unitSet.has(c.units[0])));
    }
    const cellsTaken = used.filter((c) => !hidden.has(c.key));
    partner ??= cellsTaken.filter(nonEmpty).sort(order)[0] ?? cellsTaken.sort(order)[0];
    if (!partner || !hide(partner)) return false;
    hiddenThisPass.add(partner.key);
    return true;
  };

  const exactRule = () => {
    const span = shownSpan(cells, hidden);
    let changed = false;
    const hiddenThisPass = new Set<string>();
    // A cell this pass already hid may have broken a computation: the next round looks again.
    const stale = (used: Cell[]) => used.some((c) => hiddenThisPass.has(c.key));
    const hiddenCells = [...hidden.keys()].map((key) => cells.get(key)!).filter(nonEmpty);
    for (const cell of hiddenCells) {
      const used = span.representation(cell.units);
      if (!used || stale(used)) continue;
      changed = breakComputation(span, cell.units, used, hiddenThisPass) || changed;
    }
    if (changed) return true;
    // Two small hidden groups whose sum can be had (programme A in one area + programme B in another).
    const small = hiddenCells.filter((c) => c.counts.some((v) => v > 0 && v < k));
    for (const [a, b] of pairsThatMayAddUp(span, small)) {
      const together = a.counts.map((v, m) => v + b.counts[m]);
      if (!together.some((v) => v > 0 && v < k)) continue;
      const units = [...new Set([...a.units, ...b.units])];
      if (units.length !== a.units.length + b.units.length) continue; // overlapping: one is part of the other
      const used = span.representation(units);
      if (!used || stale(used)) continue;
      changed = breakComputation(span, units, used, hiddenThisPass) || changed;
    }
    return changed;
  };

  // The partition rule is cheap and settles most cells; the exact check catches what it cannot see.
  for (let round = 0; secondary && round < 10_000; round++) {
    while (partitionRule()) {}
    if (!exactRule()) break;
  }

  const counts = (ids: readonly string[]) => cells.get(unitKey(ids))?.counts ?? [];
  let finalSpan: ReturnType<typeof shownSpan> | null = null;
  const windowUnits = (members: readonly (string | readonly string[])[]) => {
    const units = new Set<number>();
    const lists = members.map((m) => (typeof m === 'string' ? [m] : [...m]));
    for (const ids of cartesian(lists)) for (const u of cells.get(unitKey(ids))?.units ?? []) units.add(u);
    return [...units];
  };
  return {
    windowReason: (members) => {
      finalSpan ??= shownSpan(cells, hidden);
      return finalSpan.representation(windowUnits(members)) ? null : 'protects_another';
    },
    hiddenReason: (ids) => hidden.get(unitKey(ids)) ?? null,
    counts,
    hiddenCount: () => {
      const out = { small_group: 0, protects_another: 0 };
      for (const r of hidden.values()) out[r]++;
      return out;
    },
  };
}
