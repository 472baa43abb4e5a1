// The fair rental queue audit: this module's tables (issue 16).
import { boolean, date, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { tenantKeys, timestamps } from '../../core/db/columns';
import { areaIdColumn } from '../areas';

/**
 * A documented reason to let a flat outside queue order (partnership flat, internal transfer, urgent
 * need …), with its legal or policy basis. The organisation keeps the list; a letting is covered only
 * by an active code.
 */
export const rentalExceptionCodes = pgTable(
  'rental_exception_codes',
  {
    ...tenantKeys(),
    code: text('code').notNull(),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
    /** The law, agreement or policy that allows it (e.g. "Samverkansavtal med kommunen, § 3"). */
    basis: text('basis').notNull().default(''),
    active: boolean('active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [unique('rental_exception_codes_org_code_unique').on(t.organisationId, t.code)],
);

/**
 * A listing of the rental system, as imported: where and when it was published and, once let, whom it
 * went to (a pseudonymous applicant reference) on which day. Re-importing a listing id replaces it.
 */
export const rentalListings = pgTable(
  'rental_listings',
  {
    ...tenantKeys(),
    /** The rental system's id of the listing (objekt-/annonsnummer). */
    listingRef: text('listing_ref').notNull(),
    areaId: areaIdColumn().notNull(),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    /** Who got it; null while not let. */
    letToRef: text('let_to_ref'),
    /** The accepted offer's day: the letting's date and year. Null while not let. */
    letOn: date('let_on', { mode: 'string' }),
    ...timestamps(),
  },
  (t) => [
    unique('rental_listings_org_ref_unique').on(t.organisationId, t.listingRef),
    index('rental_listings_org_let_on_idx').on(t.organisationId, t.letOn),
  ],
);

/** One applicant offered a listing: their place and days in the queue, the offer and the answer. */
export const rentalOffers = pgTable(
  'rental_offers',
  {
    ...tenantKeys(),
    listingId: uuid('listing_id')
      .notNull()
      .references(() => rentalListings.id, { onDelete: 'cascade' }),
    /** Pseudonymous: a personal identity number is refused at import. */
    applicantRef: text('applicant_ref').notNull(),
    queuePosition: integer('queue_position').notNull(),
    queueDays: integer('queue_days').notNull(),
    offeredOn: date('offered_on', { mode: 'string' }),
    /** true accepted, false declined, null no answer recorded. */
    accepted: boolean('accepted'),
    exceptionCodeId: uuid('exception_code_id').references(() => rentalExceptionCodes.id),
  },
  (t) => [
    unique('rental_offers_listing_applicant_unique').on(t.listingId, t.applicantRef),
    index('rental_offers_org_listing_idx').on(t.organisationId, t.listingId),
  ],
);
