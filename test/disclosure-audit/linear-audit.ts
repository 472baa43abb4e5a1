/**
 * The attacker's arithmetic, written down: every published count is an equation over the unit
 * cells (area × month × question), every rounded share the interval of counts it allows, plus what
 * anyone knows (0 ≤ top ≤ valid, an index answer needs a respondent). A linear-programming solver
 * (HiGHS) then asks how far each hidden cell's count can move. A cell pinned to less than one
 * person is disclosed. This is an independent check of what leaves the API, not a copy of the rules.
 */
import highsLoader from 'highs';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let solver: Highs | null = null;
async function highs(): Promise<Highs> {
  solver ??= await highsLoader();
  return solver;
}

export type Term = { variable: string; coefficient: number };
export type Constraint = { terms: Term[]; low: number; high: number };

export class LinearModel {
  readonly constraints: Constraint[] = [];
  readonly variables = new Set<string>();
  private readonly bounds = new Map<string, [number, number]>();

  bound(variable: string, low: number, high: number) {
    this.variables.add(variable);
    this.bounds.set(variable, [low, high]);
  }

  /** low ≤ Σ coefficient·variable ≤ high */
  add(terms: Term[], low: number, high: number) {
    const merged = new Map<string, number>();
    for (const t of terms) merged.set(t.variable, (merged.get(t.variable) ?? 0) + t.coefficient);
    const clean = [...merged]
      .filter(([, c]) => Math.abs(c) > 1e-12)
      .map(([variable, coefficient]) => ({ variable, coefficient }));
    if (clean.length === 0) return;
    for (const t of clean) this.variables.add(t.variable);
    this.constraints.push({ terms: clean, low, high });
  }

  private text(objective: Term[], sense: 'Maximize' | 'Minimize'): string {
    const expr = (terms: Term[]) =>
      terms
        .map((t) => `${t.coefficient >= 0 ? '+' : '-'} ${Math.abs(t.coefficient)} ${t.variable}`)
        .join(' ');
    const lines = [sense, ` obj: ${expr(objective)}`, 'Subject To'];
    this.constraints.forEach((c, i) => {
      if (c.low === c.high) lines.push(` e${i}: ${expr(c.terms)} = ${c.low}`);
      else {
        if (Number.isFinite(c.low)) lines.push(` l${i}: ${expr(c.terms)} >= ${c.low}`);
        if (Number.isFinite(c.high)) lines.push(` h${i}: ${expr(c.terms)} <= ${c.high}`);
      }
    });
    lines.push('Bounds');
    for (const v of this.variables) {
      const [low, high] = this.bounds.get(v) ?? [0, Number.POSITIVE_INFINITY];
      lines.push(Number.isFinite(high) ? ` ${low} <= ${v} <= ${high}` : ` ${v} >= ${low}`);
    }
    lines.push('End');
    return lines.join('\n');
  }

  /** An optimal point of the objective: every variable's value. */
  async point(objective: Term[], sense: 'Maximize' | 'Minimize'): Promise<Map<string, number>> {
    const h = await highs();
    const result = h.solve(this.text(objective, sense));
    if (result.Status !== 'Optimal') throw new Error(`LP ${sense}: ${result.Status}`);
    const values = new Map<string, number>();
    for (const [name, column] of Object.entries(result.Columns))
      values.set(name, (column as { Primal: number }).Primal);
    return values;
  }

  /**
   * Which of the expressions are pinned: their value cannot move by a whole unit under the
   * constraints. Cheap first: feasible points that push many expressions at once (all up, all
   * down, mixed) clear every expression they move by ≥ 1 from the true value; only what is left gets
   * its own minimum and maximum.
   */
  async pinned(
    expressions: { name: string; terms: Term[]; truth: number }[],
    options: { firstOnly?: boolean } = {},
  ): Promise<string[]> {
    const valueAt = (point: Map<string, number>, terms: Term[]) =>
      terms.reduce((s, t) => s + t.coefficient * (point.get(t.variable) ?? 0), 0);
    let open = expressions;
    const everyone = (sign: (i: number) => number) =>
      open.flatMap((e, i) =>
        e.terms.map((t) => ({ variable: t.variable, coefficient: sign(i) * t.coefficient })),
      );
    for (const sign of [
      () => 1,
      () => -1,
      (i: number) => (i % 2 ? 1 : -1),
      (i: number) => (i % 2 ? -1 : 1),
    ]) {
      if (open.length === 0) break;
      const point = await this.point(everyone(sign), 'Maximize');
      open = open.filter((e) => Math.abs(valueAt(point, e.terms) - e.truth) < 1 - 1e-6);
    }
    const out: string[] = [];
    for (const e of open) {
      const max = valueAt(await this.point(e.terms, 'Maximize'), e.terms);
      const min = valueAt(await this.point(e.terms, 'Minimize'), e.terms);
      if (max - min < 1 - 1e-6) out.push(`${e.name} [${min.toFixed(2)}, ${max.toFixed(2)}] true ${e.truth}`);
      if (options.firstOnly && out.length) break;
    }
    return out;
  }
}

/** Share rounding as the layer publishes it: the true share lies within half a step of the shown one. */
export const shareStepFor = (n: number) => (n < 100 ? 0.01 : 0.001);
