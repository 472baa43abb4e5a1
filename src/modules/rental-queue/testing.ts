/**
 * This module's part of the test world, for tests outside it. Not for production code (the
 * dependency lint rule lets only tests import this file).
 */
import type { TestOrganisation } from '../../../test/test-organisation';
import { runImport } from '../../core/import/run-import';
import type { AppContext } from '../../core/module';
import { swedishYear } from '../../shared/time';
import { createExceptionCode } from './exception-codes';
import { lettingsImport } from './lettings.import';

export { rentalExceptionCodes, rentalListings, rentalOffers } from './rental-queue.table';

/** The header of the `lettings` import. */
export const lettingsHeader =
  'listing_id,area_code,published_on,applicant_ref,queue_position,queue_days,offered_on,accepted,let_to_ref,exception_code';

/**
 * An exception code of the organisation's own, and last year's two lettings in the first area: one
 * in order after position 1 declined, one to position 2 under that code.
 */
export async function seedTestData(ctx: AppContext, org: TestOrganisation) {
  const year = swedishYear(org.now) - 1;
  const area = org.areas[0].code;
  await createExceptionCode(ctx, org.admin, {
    code: 'ombyggnad',
    nameSv: 'Ombyggnad i kvarteret',
    nameEn: 'Renovation in the block',
    basis: 'Styrelsebeslut om evakuering',
    active: true,
  });
  const csv = [
    lettingsHeader,
    `T-1,${area},${year}-03-01,S-1001,1,3200,${year}-03-10,nej,S-1002,`,
    `T-1,${area},${year}-03-01,S-1002,2,2900,${year}-03-15,ja,S-1002,`,
    `T-2,${area},${year}-05-02,S-1003,1,4100,,,S-1004,`,
    `T-2,${area},${year}-05-02,S-1004,2,1500,${year}-05-12,ja,S-1004,ombyggnad`,
  ].join('\n');
  const report = await runImport(ctx.db, org.admin, lettingsImport, {
    bytes: new TextEncoder().encode(csv),
    name: 'uthyrningar.csv',
  });
  if (report.status !== 'done')
    throw new Error(`lettings test data refused: ${JSON.stringify(report.errors)}`);
}
