import { cells } from '../../core/import/cells';
import { type ColumnSpec, defineImportKind, type RowProblem } from '../../core/import/import-kind';
import { areaCodeColumn, lookUp, unknownName } from '../../core/import/look-up';
import { findPersonalData } from '../../core/personal-data';
import { areaCodeMap } from '../areas';
import { exceptionCodesOf } from './exception-codes';
import { type ListingEntry, type OfferEntry, replaceListings } from './lettings.store';
import { rentalQueuePermissions } from './rental-queue.policy';

/** One row: an applicant offered a listing, with the listing's own fields repeated. */
type Row = { listing: Omit<ListingEntry, 'offers'>; offer: OfferEntry };

type ListingSeen = Omit<ListingEntry, 'offers'> & {
  /** As the file writes it, for the message. */
  areaCode: string;
  applicants: Set<string>;
  positions: Set<number>;
};

type Ctx = {
  areas: Map<string, string>;
  /** Code in lower case → id and whether active. */
  exceptions: Map<string, { id: string; active: boolean }>;
  listings: Map<string, ListingSeen>;
};

// Every column must be in the header; `required` says whether its cells may be empty.
const ref = (name: string, aliases: string[], required: boolean): ColumnSpec => ({
  name,
  aliases,
  required: true,
  cell: cells.text({ required, max: 64 }),
});

const columns: ColumnSpec[] = [
  ref('listing_id', ['objektsnummer', 'objekt', 'annons'], true),
  areaCodeColumn(),
  { name: 'published_on', aliases: ['publicerad'], required: true, cell: cells.date({ required: true }) },
  ref('applicant_ref', ['sökande', 'sokande'], true),
  {
    name: 'queue_position',
    aliases: ['köplats', 'koplats', 'plats'],
    required: true,
    cell: cells.integer({ required: true, min: 1, max: 100_000 }),
  },
  {
    name: 'queue_days',
    aliases: ['ködagar', 'kodagar'],
    required: true,
    cell: cells.integer({ required: true, min: 0, max: 36_500 }),
  },
  { name: 'offered_on', aliases: ['erbjuden'], required: true, cell: cells.date() },
  { name: 'accepted', aliases: ['tackat_ja', 'accepterad'], required: true, cell: cells.boolean() },
  ref('let_to_ref', ['uthyrd_till', 'hyresgäst', 'hyresgast'], false),
  {
    name: 'exception_code',
    aliases: ['undantag', 'undantagskod'],
    required: true,
    cell: cells.text({ max: 40 }),
  },
];

/** A reference that looks like a personal identity or coordination number, even with a wrong check digit. */
function identityProblems(column: string, value: string | null): RowProblem[] {
  if (!value) return [];
  return findPersonalData(value, { checksum: false })
    .filter((f) => f.kind === 'personal_identity_number' || f.kind === 'coordination_number')
    .map((f) => ({ column, code: 'rental-queue:import.identity_number', params: { masked: f.masked } }));
}

/** The listing's fields must read the same on every one of its rows. */
function listingProblems(seen: ListingSeen | undefined, row: Row, areaCode: string): RowProblem[] {
  if (!seen) return [];
  const problems: RowProblem[] = [];
  const differs = (column: string, a: unknown, b: unknown) => {
    if (a !== b) {
      problems.push({
        column,
        code: 'rental-queue:import.listing_differs',
        params: { listing: seen.listingRef, value: b ?? '', earlier: a ?? '' },
      });
    }
  };
  if (seen.areaId !== row.listing.areaId) differs('area_code', seen.areaCode, areaCode);
  differs('published_on', seen.publishedOn, row.listing.publishedOn);
  differs('let_to_ref', seen.letToRef, row.listing.letToRef);
  if (seen.applicants.has(row.offer.applicantRef)) {
    problems.push({ column: 'applicant_ref', code: 'rental-queue:import.duplicate_applicant', params: {} });
  }
  if (seen.positions.has(row.offer.queuePosition)) {
    problems.push({ column: 'queue_position', code: 'rental-queue:import.duplicate_position', params: {} });
  }
  return problems;
}

/** The tenant's row and only it says accepted, carries the day of the offer and any exception code. */
function letProblems(row: Row): RowProblem[] {
  const { offer, listing } = row;
  const isTenant = listing.letToRef !== null && offer.applicantRef === listing.letToRef;
  const problems: RowProblem[] = [];
  const problem = (column: string, code: string) =>
    problems.push({
      column,
      code: `rental-queue:import.${code}`,
      params: { tenant: listing.letToRef ?? '' },
    });
  if (offer.accepted === true && !isTenant)
    problem('accepted', listing.letToRef ? 'accepted_not_tenant' : 'accepted_not_let');
  if (isTenant && offer.accepted !== true) problem('accepted', 'tenant_not_accepted');
  if (isTenant && !offer.offeredOn) problem('offered_on', 'tenant_without_offer');
  if (offer.exceptionCodeId && !isTenant) problem('exception_code', 'exception_not_tenant');
  if (offer.offeredOn && offer.offeredOn < listing.publishedOn)
    problem('offered_on', 'offer_before_published');
  return problems;
}

/**
 * `lettings`: listing_id,area_code,published_on,applicant_ref,queue_position,queue_days,offered_on,
 * accepted,let_to_ref,exception_code — one row per applicant offered a listing, see
 * docs/import-formats.md. All or nothing; re-importing a listing id replaces the listing.
 */
export const lettingsImport = defineImportKind<Row, Ctx>({
  kind: 'lettings',
  permission: rentalQueuePermissions['rental-queue.read'],
  columns,
  limits: { maxBytes: 20 * 2 ** 20, maxRows: 200_000, maxUnpackedBytes: 160 * 2 ** 20 },
  prepare: async (db, actor) => ({
    areas: await areaCodeMap(db, actor.organisationId),
    exceptions: new Map(
      (await exceptionCodesOf(db, actor.organisationId)).map((c) => [
        c.code.toLowerCase(),
        { id: c.id, active: c.active },
      ]),
    ),
    listings: new Map(),
  }),
  toRow: (v, ctx) => {
    const applicantRef = String(v.applicant_ref).trim();
    const letToRef = ((v.let_to_ref as string | null) ?? '').trim() || null;
    const problems = [
      ...identityProblems('applicant_ref', applicantRef),
      ...identityProblems('let_to_ref', letToRef),
    ];
    const areaId = lookUp(ctx.areas, v.area_code);
    if (!areaId) problems.push(unknownName('area_code', 'unknown_area', v.area_code));
    const code = (v.exception_code as string | null)?.trim() ?? '';
    const exception = code ? lookUp(ctx.exceptions, code) : undefined;
    if (code && !exception?.active) {
      const known = [...ctx.exceptions]
        .filter(([, e]) => e.active)
        .map(([c]) => c)
        .join(', ');
      problems.push({
        column: 'exception_code',
        code: 'rental-queue:import.unknown_exception',
        params: { value: code, known },
      });
    }
    if (problems.length || !areaId) return problems;
    const listingRef = String(v.listing_id).trim();
    const row: Row = {
      listing: { listingRef, areaId, publishedOn: String(v.published_on), letToRef, letOn: null },
      offer: {
        applicantRef,
        queuePosition: v.queue_position as number,
        queueDays: v.queue_days as number,
        offeredOn: (v.offered_on as string | null) ?? null,
        accepted: (v.accepted as boolean | null) ?? null,
        exceptionCodeId: exception?.id ?? null,
      },
    };
    const seen = ctx.listings.get(listingRef);
    const rowProblems = [...listingProblems(seen, row, String(v.area_code).trim()), ...letProblems(row)];
    if (rowProblems.length) return rowProblems;
    const listing = seen ?? {
      ...row.listing,
      areaCode: String(v.area_code).trim(),
      applicants: new Set<string>(),
      positions: new Set<number>(),
    };
    listing.applicants.add(applicantRef);
    listing.positions.add(row.offer.queuePosition);
    ctx.listings.set(listingRef, listing);
    return row;
  },
  commit: async (tx, actor, rows) => {
    const listings = new Map<string, ListingEntry>();
    for (const { listing, offer } of rows) {
      const entry = listings.get(listing.listingRef) ?? { ...listing, offers: [] };
      entry.offers.push(offer);
      if (listing.letToRef === offer.applicantRef) entry.letOn = offer.offeredOn;
      listings.set(listing.listingRef, entry);
    }
    return replaceListings(tx, actor, [...listings.values()]);
  },
});
