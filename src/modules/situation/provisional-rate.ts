/**
 * PROVISIONAL — belongs in core/disclosure (a `publishRate` beside `publishShare`); kept here until
 * core has one, so that this module does not invent its own rule. A rate per 1,000 households is
 * published to one decimal, the same as core's report (`roundPlain`) and area profile
 * (`publishFigure`) give non-share figures, so one figure reads the same everywhere. The rate is a
 * shown count over the published household register: its decimals reveal nothing the count does
 * not; a hidden count gives no rate at all (count × households / 1,000 would undo the hiding).
 */
export function publishRatePer1000(count: number | null, households: number): number | null {
  if (count === null || households <= 0) return null;
  return Math.round((count / households) * 10_000) / 10;
}
