/**
 * Turnout — ballots / households invited (codes issued) — through the publication layer. Ballots
 * are households that voted (disclosure kind `households`): units are areas (a budget is one area's
 * of one year), over the organisation's areas as a protected table, so a small area's turnout is
 * hidden there, and a district or the organisation is never shown where it would give it away.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import {
  areaDimension,
  disclosureThresholds,
  type HiddenReason,
  organisationMember,
  protectTable,
  publishShare,
  unitKey,
} from '../../core/disclosure';
import { organisationAreas } from '../areas';
import { budgetBallots, budgets, budgetVotingCodes } from './participatory-budget.table';

export type AreaTurnout = { areaId: string; ballots: number; invited: number };

/** Ballots and codes issued per area in the year's budgets (imported budgets have no invitations: left out). */
export async function turnoutByArea(db: Db, organisationId: string, year: number): Promise<AreaTurnout[]> {
  const ofYear = and(
    eq(budgets.organisationId, organisationId),
    eq(budgets.year, year),
    eq(budgets.imported, false),
  );
  const count = sql<number>`count(*)::int`;
  const [ballots, invited] = await Promise.all([
    db
      .select({ areaId: budgets.areaId, n: count })
      .from(budgetBallots)
      .innerJoin(budgets, eq(budgets.id, budgetBallots.budgetId))
      .where(ofYear)
      .groupBy(budgets.areaId),
    db
      .select({ areaId: budgets.areaId, n: count })
      .from(budgetVotingCodes)
      .innerJoin(budgets, eq(budgets.id, budgetVotingCodes.budgetId))
      .where(ofYear)
      .groupBy(budgets.areaId),
  ]);
  const cast = new Map(ballots.map((r) => [r.areaId, r.n]));
  return invited.map((r) => ({ areaId: r.areaId, ballots: cast.get(r.areaId) ?? 0, invited: r.n }));
}

export type PublishedTurnout = {
  value: number | null;
  /** Households invited (the base); null when hidden. */
  n: number | null;
  ballots: number | null;
  reason: HiddenReason | null;
};

/**
 * The year's turnout of the organisation (`organisationMember`), a district or an area, as it may be
 * published; value null without invitations.
 */
export async function publishedTurnout(db: Db, organisationId: string, year: number) {
  const [rows, areas, thresholds] = await Promise.all([
    turnoutByArea(db, organisationId, year),
    organisationAreas(db, organisationId),
    disclosureThresholds(db, organisationId),
  ]);
  const table = protectTable({
    threshold: thresholds.households,
    dimensions: [areaDimension(areas)],
    units: new Map(rows.map((r) => [unitKey([r.areaId]), [r.ballots]])),
  });
  const byArea = new Map(rows.map((r) => [r.areaId, r]));
  const leaves = (member: string) =>
    member === organisationMember
      ? rows
      : rows.filter(
          (r) => r.areaId === member || areas.some((a) => a.id === r.areaId && a.districtId === member),
        );
  return {
    areas,
    rows: byArea,
    of(member: string): PublishedTurnout {
      const reason = table.hiddenReason([member]);
      const parts = leaves(member);
      const ballots = parts.reduce((s, r) => s + r.ballots, 0);
      const invited = parts.reduce((s, r) => s + r.invited, 0);
      const share = publishShare(
        invited > 0 ? { value: ballots / invited, low: ballots / invited, high: ballots / invited } : null,
        invited,
        reason,
      );
      return { value: share.value, n: share.n, ballots: reason ? null : ballots, reason };
    },
  };
}
