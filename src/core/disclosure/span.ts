/**
 * The linear span of 0/1 vectors over units (each vector: the units a shown cell adds up), kept in
 * reduced echelon form, so that "can this hidden cell be computed from the shown ones?" is a
 * membership test — and, when it can, which shown cells the computation uses. Floating point with
 * partial pivoting is exact enough here: entries start as 0/1 and the tables are a few thousand
 * units wide at most.
 */
const tolerance = 1e-7;

export type Span = {
  rank: number;
  /** Null when the vector is not in the span; else the input vectors (by index) it is a combination of. */
  representation(units: readonly number[]): number[] | null;
};

type Row = { pivot: number; values: Float64Array; combo: Map<number, number> };

function addScaled(into: Map<number, number>, from: Map<number, number>, factor: number) {
  for (const [i, c] of from) {
    const v = (into.get(i) ?? 0) + factor * c;
    if (Math.abs(v) < tolerance) into.delete(i);
    else into.set(i, v);
  }
}

export function spanOf(vectors: readonly (readonly number[])[]): Span {
  let width = 0;
  for (const v of vectors) for (const u of v) width = Math.max(width, u + 1);
  const rows: Row[] = [];
  const dense = (units: readonly number[]) => {
    const values = new Float64Array(width);
    for (const u of units) if (u < width) values[u] += 1;
    return values;
  };
  /** Subtracts every row's multiple at its pivot; rows are kept zero at each other's pivots, so one pass does. */
  const reduce = (values: Float64Array, combo: Map<number, number>) => {
    for (const row of rows) {
      const factor = values[row.pivot];
      if (Math.abs(factor) < tolerance) continue;
      for (let j = row.pivot; j < width; j++) values[j] -= factor * row.values[j];
      addScaled(combo, row.combo, -factor);
    }
  };
  vectors.forEach((vector, index) => {
    const values = dense(vector);
    const combo = new Map([[index, 1]]);
    reduce(values, combo);
    const pivot = values.findIndex((v) => Math.abs(v) > tolerance);
    if (pivot < 0) return;
    const scale = values[pivot];
    for (let j = pivot; j < width; j++) values[j] /= scale;
    for (const [i, c] of combo) combo.set(i, c / scale);
    for (const row of rows) {
      const factor = row.values[pivot];
      if (Math.abs(factor) < tolerance) continue;
      for (let j = pivot; j < width; j++) row.values[j] -= factor * values[j];
      addScaled(row.combo, combo, -factor);
    }
    rows.push({ pivot, values, combo });
  });
  return {
    rank: rows.length,
    representation: (units) => {
      if (units.some((u) => u >= width)) return null;
      const values = dense(units);
      const combo = new Map<number, number>();
      reduce(values, combo);
      if (values.some((v) => Math.abs(v) > tolerance)) return null;
      // values − Σ factor·row = 0, so the vector is −(combo) in terms of the inputs.
      return [...combo.keys()];
    },
  };
}
