/**
 * Demo: last year's lettings and this year's so far for every demo area, about 250 a year, as the
 * rental system's export would give them. Most go to position 1 or, after declines, further down
 * in order; about 4.5 % go out of order, three in four of those under an exception code (partnership
 * flat, internal transfer, urgent need …) and the rest unexplained. Written in bulk, deterministic
 * from `ctx.random`.
 */
import { writeAudit } from '../../core/audit';
import { systemActor } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import type { DemoContext } from '../../core/module';
import { addDays, swedishToday, swedishYear } from '../../shared/time';
import { organisationAreas } from '../areas';
import { exceptionCodesOf } from './exception-codes';
import { type ListingEntry, type OfferEntry, replaceListings } from './lettings.store';

const lettingsPerYear = 250;
const outOfOrder = 0.045;
const unexplained = 0.25;

type Random = () => number;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/** One letting: offers in queue order, declines before the tenant, now and then a jump down the queue. */
function demoListing(
  random: Random,
  listingRef: string,
  areaId: string,
  publishedOn: string,
  codes: string[],
) {
  const applicants = between(random, 3, 8);
  let days = between(random, 2500, 5000);
  const offers: OfferEntry[] = [];
  for (let position = 1; position <= applicants; position++) {
    offers.push({
      applicantRef: `S-${String(between(random, 100_000, 999_999))}`,
      queuePosition: position,
      queueDays: days,
      offeredOn: null,
      accepted: null,
      exceptionCodeId: null,
    });
    days -= between(random, 20, 400);
  }
  const offerDay = addDays(publishedOn, between(random, 8, 14));
  const jump = random() < outOfOrder;
  // In order: those before the tenant were offered it and declined (or let it lapse).
  const tenantAt = jump
    ? between(random, 1, applicants - 1)
    : random() < 0.55
      ? 0
      : between(random, 1, applicants - 1);
  for (let i = 0; i < tenantAt && !jump; i++) {
    offers[i].offeredOn = offerDay;
    offers[i].accepted = random() < 0.8 ? false : null;
  }
  const tenant = offers[tenantAt];
  tenant.offeredOn = addDays(offerDay, tenantAt > 0 && !jump ? 5 : 0);
  tenant.accepted = true;
  if (jump && random() >= unexplained) tenant.exceptionCodeId = codes[between(random, 0, codes.length - 1)];
  return { listingRef, areaId, publishedOn, letToRef: tenant.applicantRef, letOn: tenant.offeredOn, offers };
}

function demoYear(
  random: Random,
  year: number,
  lastDay: string,
  areas: { id: string; code: string }[],
  codes: string[],
) {
  const listings: ListingEntry[] = [];
  const days = lastDay.endsWith('12-31')
    ? 340
    : Math.max(0, Math.floor((Date.parse(lastDay) - Date.parse(`${year}-01-01`)) / 864e5) - 25);
  const count = Math.round((lettingsPerYear * days) / 340);
  for (let n = 1; n <= count; n++) {
    const area = areas[between(random, 0, areas.length - 1)];
    const publishedOn = addDays(`${year}-01-01`, between(random, 0, days));
    listings.push(demoListing(random, `${year}-${String(n).padStart(4, '0')}`, area.id, publishedOn, codes));
  }
  return listings;
}

export async function seedRentalQueueDemo(ctx: DemoContext): Promise<void> {
  const actor = systemActor(ctx.organisationId, 'demo');
  const areas = await organisationAreas(ctx.db, ctx.organisationId);
  const codes = (await exceptionCodesOf(ctx.db, ctx.organisationId)).filter((c) => c.active).map((c) => c.id);
  if (!areas.length || !codes.length) return;
  const year = swedishYear(ctx.today);
  const listings = [
    ...demoYear(ctx.random, year - 1, `${year - 1}-12-31`, areas, codes),
    ...demoYear(ctx.random, year, swedishToday(ctx.today), areas, codes),
  ];
  await ctx.db.transaction(async (tx) => {
    const counts = await replaceListings(tx as unknown as Db, actor, listings);
    await writeAudit(tx as unknown as Db, actor, {
      action: 'import',
      entity: 'lettings',
      after: { demo: true, ...counts },
    });
  });
}
