/** Reading the imported lettings as the audit's pure rule takes them (queue-order.ts). */
import { and, asc, eq, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { type AuditedLetting, auditLetting, type LettingVerdict } from './queue-order';
import { rentalExceptionCodes, rentalListings, rentalOffers } from './rental-queue.table';

/** The listings let in the year (by the accepted offer's day), each with every offer made. */
export async function lettingsOfYear(
  db: Db,
  organisationId: string,
  year: number,
): Promise<AuditedLetting[]> {
  const listings = await db
    .select({
      id: rentalListings.id,
      listingRef: rentalListings.listingRef,
      areaId: rentalListings.areaId,
      letOn: rentalListings.letOn,
      letToRef: rentalListings.letToRef,
    })
    .from(rentalListings)
    .where(
      and(
        eq(rentalListings.organisationId, organisationId),
        isNotNull(rentalListings.letToRef),
        gte(rentalListings.letOn, `${year}-01-01`),
        lte(rentalListings.letOn, `${year}-12-31`),
      ),
    )
    .orderBy(asc(rentalListings.letOn), asc(rentalListings.listingRef));
  if (listings.length === 0) return [];
  const offers = await db
    .select({
      listingId: rentalOffers.listingId,
      applicantRef: rentalOffers.applicantRef,
      queuePosition: rentalOffers.queuePosition,
      queueDays: rentalOffers.queueDays,
      offeredOn: rentalOffers.offeredOn,
      accepted: rentalOffers.accepted,
      code: rentalExceptionCodes.code,
      active: rentalExceptionCodes.active,
    })
    .from(rentalOffers)
    .leftJoin(rentalExceptionCodes, eq(rentalExceptionCodes.id, rentalOffers.exceptionCodeId))
    .where(
      and(
        eq(rentalOffers.organisationId, organisationId),
        inArray(
          rentalOffers.listingId,
          listings.map((l) => l.id),
        ),
      ),
    );
  const byListing = new Map<string, typeof offers>();
  for (const o of offers) byListing.set(o.listingId, [...(byListing.get(o.listingId) ?? []), o]);
  return listings.map((l) => ({
    listingRef: l.listingRef,
    areaId: l.areaId,
    letOn: l.letOn!,
    letToRef: l.letToRef!,
    offers: (byListing.get(l.id) ?? []).map((o) => ({
      applicantRef: o.applicantRef,
      queuePosition: o.queuePosition,
      queueDays: o.queueDays,
      offeredOn: o.offeredOn,
      accepted: o.accepted,
      exception: o.code === null ? null : { code: o.code, active: o.active ?? false },
    })),
  }));
}

export type AuditedVerdict = LettingVerdict & Pick<AuditedLetting, 'listingRef' | 'areaId' | 'letOn'>;

/** The year's lettings with the audit's verdict on each. */
export async function verdictsOfYear(
  db: Db,
  organisationId: string,
  year: number,
): Promise<AuditedVerdict[]> {
  const out: AuditedVerdict[] = [];
  for (const letting of await lettingsOfYear(db, organisationId, year)) {
    const verdict = auditLetting(letting);
    // The import refuses a listing let to someone not among its offers; nothing to judge without one.
    if (verdict)
      out.push({ ...verdict, listingRef: letting.listingRef, areaId: letting.areaId, letOn: letting.letOn });
  }
  return out;
}

/** The years with lettings, oldest first. */
export async function yearsWithLettings(db: Db, organisationId: string): Promise<number[]> {
  const yearOf = sql<number>`extract(year from ${rentalListings.letOn})::int`;
  const rows = await db
    .selectDistinct({ year: yearOf })
    .from(rentalListings)
    .where(and(eq(rentalListings.organisationId, organisationId), isNotNull(rentalListings.letOn)))
    .orderBy(yearOf);
  return rows.map((r) => Number(r.year));
}
