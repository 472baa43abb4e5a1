/**
 * The year's social value: which valuations are in force, which exits each one values, and what may
 * be shown. A line's participants and value are a participant count and a multiple of it, so they
 * pass the publication layer as one: hidden under the threshold, hidden when the programmes' own
 * table hides those programmes, and the total only when it cannot give a hidden line away (the lines
 * are disjoint groups of exits, so the total is their sum: core's protectTable, with its secondary
 * suppression, decides).
 */
import { flatDimension, type HiddenReason, protectTable, publishCount } from '../../core/disclosure';
import type { ResultLine, SocialValueResult, Valuation, ValuedOutcome } from './social-value.contract';
import { durationFactor, outcomeValue, valuePerPerson } from './valuation';

/** What the result needs of the programmes (programme-outcomes.ts, or a test's table). */
export type OutcomeSource = {
  programmes: readonly { id: string; code: string; name: string }[];
  threshold: number;
  exits(programmeIds: readonly string[], outcome: ValuedOutcome): number;
  hiddenReason(programmeIds: readonly string[]): HiddenReason | null;
};

const totalId = 'total';
const keyOf = (v: Pick<Valuation, 'outcome' | 'programCode'>) => `${v.outcome}|${v.programCode ?? ''}`;

/** Per outcome and programme code, the valuation with the latest valid-from year not after `year`. */
export function valuationsInForce(valuations: readonly Valuation[], year: number): Valuation[] {
  const latest = new Map<string, Valuation>();
  for (const v of valuations) {
    if (v.validFromYear > year) continue;
    const known = latest.get(keyOf(v));
    if (!known || known.validFromYear < v.validFromYear) latest.set(keyOf(v), v);
  }
  return [...latest.values()];
}

/**
 * The programmes a valuation values: its own programme, or — without a code — every programme that
 * has no valuation of its own for the outcome, so that no exit is valued twice.
 */
function programmesOf(v: Valuation, inForce: readonly Valuation[], source: OutcomeSource) {
  const lower = (s: string) => s.toLowerCase();
  if (v.programCode !== null) return source.programmes.filter((p) => lower(p.code) === lower(v.programCode!));
  const own = new Set(
    inForce
      .filter((o) => o.outcome === v.outcome && o.programCode !== null)
      .map((o) => lower(o.programCode!)),
  );
  return source.programmes.filter((p) => !own.has(lower(p.code)));
}

/** The year's result: a line per valuation in force, with its assumptions, and the protected total. */
export function socialValueOf(
  valuations: readonly Valuation[],
  source: OutcomeSource,
  year: number,
): SocialValueResult {
  const inForce = valuationsInForce(valuations, year).sort(
    (a, b) => a.outcome.localeCompare(b.outcome) || (a.programCode ?? '').localeCompare(b.programCode ?? ''),
  );
  const lines = inForce.map((v) => {
    const programmes = programmesOf(v, inForce, source);
    const ids = programmes.map((p) => p.id);
    return { v, programmes, count: source.exits(ids, v.outcome), scopeReason: source.hiddenReason(ids) };
  });
  const table = protectTable({
    threshold: source.threshold,
    dimensions: [
      flatDimension(
        totalId,
        lines.map((l) => l.v.id),
      ),
    ],
    units: new Map(lines.map((l) => [l.v.id, [l.count]])),
  });
  let scopeOnly = false;
  const published = lines.map(({ v, programmes, count, scopeReason }): ResultLine => {
    const tableReason = table.hiddenReason([v.id]);
    // Hidden by the programmes' table alone: the total would give it away as total − the others.
    if (scopeReason && !tableReason) scopeOnly = true;
    const reason = scopeReason ?? tableReason;
    return {
      valuation: v,
      programmes: programmes.map((p) => p.name),
      durationFactor: durationFactor(v.durationYears, v.dropOff),
      valuePerPerson: valuePerPerson(v),
      participants: publishCount(count, reason),
      value: reason ? null : outcomeValue(count, v),
      suppressed: reason !== null,
      reason,
    };
  });
  const totalReason = table.hiddenReason([totalId]) ?? (scopeOnly ? 'protects_another' : null);
  const sum = lines.reduce((s, l) => s + outcomeValue(l.count, l.v), 0);
  return {
    year,
    threshold: source.threshold,
    lines: published,
    total: { value: totalReason ? null : sum, suppressed: totalReason !== null, reason: totalReason },
  };
}
