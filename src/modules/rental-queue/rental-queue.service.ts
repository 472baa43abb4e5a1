/** The audit as staff read it: the year's share per area and over the years, and the lettings out of order. */
import { type Actor, assertCan } from '../../core/auth/access';
import { organisationMember } from '../../core/disclosure';
import type { ServiceContext } from '../../core/module';
import { areaNameMap } from '../areas';
import { publishedQueueOrder } from './publication';
import type { OutOfOrderLetting, QueueAudit, QueueOrderShare } from './rental-queue.contract';
import { rentalQueuePermissions as p } from './rental-queue.policy';
import { verdictsOfYear, yearsWithLettings } from './rental-queue.store';

/** The year's published share, each area's (hidden where the publication layer says so) and the trend up to the year. */
export async function queueOrderShare(
  { db }: ServiceContext,
  actor: Actor,
  year: number,
): Promise<QueueOrderShare> {
  assertCan(actor, p['rental-queue.share']);
  const org = actor.organisationId;
  const published = await publishedQueueOrder(db, org, year);
  const years = (await yearsWithLettings(db, org)).filter((y) => y < year);
  const trend = [];
  for (const y of years)
    trend.push({ year: y, share: (await publishedQueueOrder(db, org, y)).of(organisationMember).share });
  const share = published.of(organisationMember).share;
  if (share.n !== 0 || share.reason) trend.push({ year, share });
  return {
    year,
    share,
    trend,
    areas: published.lettingAreas.map((area) => {
      const { share: areaShare, counts } = published.of(area.id);
      return {
        areaId: area.id,
        areaName: area.name,
        districtName: area.districtName,
        share: areaShare,
        inOrder: counts?.inOrder ?? null,
        covered: counts?.covered ?? null,
        deviations: counts?.deviations ?? null,
      };
    }),
  };
}

/**
 * The year's lettings out of order, for the staff who answer for the letting: listing by listing,
 * the unexplained deviations and those an active exception covers. Records, not figures: the
 * listing ids and queue positions are the work list (pseudonymous; no applicant is named).
 */
export async function queueAudit({ db }: ServiceContext, actor: Actor, year: number): Promise<QueueAudit> {
  assertCan(actor, p['rental-queue.read']);
  const [verdicts, names] = await Promise.all([
    verdictsOfYear(db, actor.organisationId, year),
    areaNameMap(db, actor.organisationId),
  ]);
  const listed = (verdict: 'deviation' | 'covered'): OutOfOrderLetting[] =>
    verdicts
      .filter((v) => v.verdict === verdict)
      .map((v) => ({
        listingRef: v.listingRef,
        areaId: v.areaId,
        areaName: names.get(v.areaId) ?? '',
        letOn: v.letOn,
        position: v.position,
        queueDaysDifference: v.queueDaysDifference,
        exceptionCode: v.exceptionCode,
      }))
      .sort((a, b) => a.areaName.localeCompare(b.areaName, 'sv') || a.letOn.localeCompare(b.letOn));
  return { year, deviations: listed('deviation'), covered: listed('covered') };
}
