/** Writing imported listings: a listing id of the organisation again replaces the stored listing. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import { rentalListings, rentalOffers } from './rental-queue.table';

export type OfferEntry = {
  applicantRef: string;
  queuePosition: number;
  queueDays: number;
  offeredOn: string | null;
  accepted: boolean | null;
  exceptionCodeId: string | null;
};

export type ListingEntry = {
  listingRef: string;
  areaId: string;
  publishedOn: string;
  /** Who got it; null while not let. */
  letToRef: string | null;
  /** The tenant's offer day. */
  letOn: string | null;
  offers: OfferEntry[];
};

const chunk = 500;

/**
 * A let listing must hold its tenant's row. The rows of a listing may lie anywhere in the file, so
 * this is known only once the whole file is read: the import stops here, before anything is written.
 */
function assertTenantsOffered(listings: readonly ListingEntry[]) {
  const missing = listings
    .filter((l) => l.letToRef !== null && !l.offers.some((o) => o.applicantRef === l.letToRef))
    .map((l) => l.listingRef);
  if (missing.length) {
    throw new AppError('rental_queue_tenant_not_offered', { listings: missing.slice(0, 20).join(', ') });
  }
}

/**
 * Replaces the organisation's listings of the same ids with these, in the caller's transaction (the
 * import's one, audited by the pipeline as one import). Returns the report's counts.
 */
export async function replaceListings(tx: Db, actor: Actor, listings: readonly ListingEntry[]) {
  assertTenantsOffered(listings);
  const organisationId = actor.organisationId;
  let replaced = 0;
  for (let i = 0; i < listings.length; i += chunk) {
    const refs = listings.slice(i, i + chunk).map((l) => l.listingRef);
    const gone = await tx
      .delete(rentalListings)
      .where(and(eq(rentalListings.organisationId, organisationId), inArray(rentalListings.listingRef, refs)))
      .returning({ id: rentalListings.id });
    replaced += gone.length;
  }
  let offers = 0;
  for (let i = 0; i < listings.length; i += chunk) {
    const batch = listings.slice(i, i + chunk);
    const stored = await tx
      .insert(rentalListings)
      .values(batch.map(({ offers: _, ...l }) => ({ organisationId, ...l })))
      .returning({ id: rentalListings.id, listingRef: rentalListings.listingRef });
    const ids = new Map(stored.map((s) => [s.listingRef, s.id]));
    const rows = batch.flatMap((l) =>
      l.offers.map((o) => ({ organisationId, listingId: ids.get(l.listingRef)!, ...o })),
    );
    for (let j = 0; j < rows.length; j += chunk)
      await tx.insert(rentalOffers).values(rows.slice(j, j + chunk));
    offers += rows.length;
  }
  return {
    listings: listings.length,
    lettings: listings.filter((l) => l.letToRef !== null).length,
    offers,
    replaced,
  };
}
