/**
 * The queue-order share through the publication layer. A letting is one household moving in
 * (disclosure kind `households`): units are areas, counted in lettings of the year, protected over
 * the organisation's areas → districts → organisation. An area with few lettings — where a single
 * deviation would point at one tenant — is hidden there, and a district or the organisation is never
 * shown where it would give a hidden area away. This module never hides or rounds on its own.
 */
import type { Db } from '../../core/db/client';
import {
  areaDimension,
  disclosureThresholds,
  organisationMember,
  protectTable,
  publishShare,
  unitKey,
} from '../../core/disclosure';
import { organisationAreas } from '../areas';
import { countVerdicts, inQueueOrderShare, type VerdictCounts } from './queue-order';
import type { PublishedShare } from './rental-queue.contract';
import { type AuditedVerdict, verdictsOfYear } from './rental-queue.store';

export type PublishedQueueOrder = {
  share: PublishedShare;
  /** The verdict counts; null when the figure is hidden. */
  counts: VerdictCounts | null;
};

/** The year's verdicts and, for the organisation (`organisationMember`), a district or an area, its published share. */
export async function publishedQueueOrder(db: Db, organisationId: string, year: number) {
  const [verdicts, areas, thresholds] = await Promise.all([
    verdictsOfYear(db, organisationId, year),
    organisationAreas(db, organisationId),
    disclosureThresholds(db, organisationId),
  ]);
  const byArea = new Map<string, AuditedVerdict[]>();
  for (const v of verdicts) byArea.set(v.areaId, [...(byArea.get(v.areaId) ?? []), v]);
  const table = protectTable({
    threshold: thresholds.households,
    dimensions: [areaDimension(areas)],
    units: new Map([...byArea].map(([areaId, list]) => [unitKey([areaId]), [list.length]])),
  });
  const areasOf = (member: string) =>
    member === organisationMember ? areas : areas.filter((a) => a.id === member || a.districtId === member);
  return {
    areas,
    verdicts,
    /** Areas with lettings in the year. */
    lettingAreas: areas.filter((a) => byArea.has(a.id)),
    of(member: string): PublishedQueueOrder {
      const reason = table.hiddenReason([member]);
      const counts = countVerdicts(
        areasOf(member).flatMap((a) => (byArea.get(a.id) ?? []).map((v) => v.verdict)),
      );
      const value = inQueueOrderShare(counts);
      const published = publishShare(
        value === null ? null : { value, low: value, high: value },
        counts.lettings,
        reason,
      );
      return {
        share: { value: published.value, n: published.n, reason: published.reason },
        counts: reason ? null : counts,
      };
    },
  };
}
