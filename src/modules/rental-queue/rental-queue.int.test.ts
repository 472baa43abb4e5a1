/**
 * The queue audit's acceptance (issue 16): 10 lettings, two out of order, one of them covered by an
 * exception → 90 % in order, one unexplained deviation listed. The test clock stands in 2026.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedOrganisation, signInDirect } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { systemActor } from '../../core/auth/access';
import { runImport } from '../../core/import/run-import';
import { buildAnnualReport } from '../../core/report';
import { lettingsImport } from './lettings.import';
import { lettingsHeader, rentalListings } from './testing';

const t = setUpTestApp();
const file = (lines: string[]) => ({
  bytes: new TextEncoder().encode([lettingsHeader, ...lines].join('\n')),
  name: 'u.csv',
});

/**
 * 10 listings of 2025 in area N (code alfa-N): L1–L7 to position 1; L8 position 1 declined and
 * position 2 accepted (in order); L9 to position 3 with position 1 never offered, code samverkan
 * (covered); L10 to position 2 with position 1 never offered, no code (deviation: 3000 − 2200 = 800 days).
 * (7 + 1 in order + 1 covered) / 10 = 0.9.
 */
function tenLettings(area: string) {
  const lines: string[] = [];
  for (let i = 1; i <= 7; i++) {
    lines.push(`L${i},${area},2025-0${(i % 9) + 1}-01,A-${i}1,1,3000,2025-0${(i % 9) + 1}-10,ja,A-${i}1,`);
    lines.push(`L${i},${area},2025-0${(i % 9) + 1}-01,A-${i}2,2,2000,,,A-${i}1,`);
  }
  lines.push(`L8,${area},2025-09-01,A-81,1,3000,2025-09-05,nej,A-82,`);
  lines.push(`L8,${area},2025-09-01,A-82,2,2500,2025-09-08,ja,A-82,`);
  lines.push(`L9,${area},2025-10-01,A-91,1,3000,,,A-93,`);
  lines.push(`L9,${area},2025-10-01,A-92,2,2800,,,A-93,`);
  lines.push(`L9,${area},2025-10-01,A-93,3,100,2025-10-06,ja,A-93,samverkan`);
  lines.push(`L10,${area},2025-11-01,A-101,1,3000,,,A-102,`);
  lines.push(`L10,${area},2025-11-02,A-102,2,2200,2025-11-09,ja,A-102,`.replace('2025-11-02', '2025-11-01'));
  return lines;
}

describe('the fair rental queue audit', () => {
  it('finds 90 % in order and lists the one unexplained deviation', async () => {
    const seed = await seedOrganisation(t.db);
    const actor = systemActor(seed.organisation.id);
    const report = await runImport(t.db, actor, lettingsImport, file(tenLettings('alfa-N')));
    expect(report).toMatchObject({
      status: 'done',
      summary: { listings: 10, lettings: 10, offers: 21, replaced: 0 },
    });

    const analyst = await signInDirect(t.app, t.db, seed.users.analyst.email);
    const share = await analyst.get('/api/v1/rental-queue/share?year=2025');
    expect(share.statusCode).toBe(200);
    // 10 lettings reach the households threshold (10): shown, in whole points under 100.
    expect(share.json().share).toEqual({ value: 0.9, n: 10, reason: null });
    expect(share.json().areas).toMatchObject([
      { areaName: 'Bäckby norra', inOrder: 8, covered: 1, deviations: 1, share: { value: 0.9, n: 10 } },
    ]);

    const audit = await analyst.get('/api/v1/rental-queue/audit?year=2025');
    expect(audit.json().deviations).toEqual([
      {
        listingRef: 'L10',
        areaId: seed.areas[0].id,
        areaName: 'Bäckby norra',
        letOn: '2025-11-09',
        position: 2,
        queueDaysDifference: 800,
        exceptionCode: null,
      },
    ]);
    expect(audit.json().covered.map((c: { listingRef: string }) => c.listingRef)).toEqual(['L9']);

    const annual = await buildAnnualReport(t.db, seed.organisation, 2025, 'sv', t.context.config.clock());
    const figure = annual.indicators.find((i) => i.id === 'lettings_in_queue_order_share');
    expect(figure).toMatchObject({ value: 0.9, n: 10, suppressed: false });
  });

  it('hides the share of fewer than 10 lettings (households threshold), and the viewer reads it, not the audit', async () => {
    const seed = await seedOrganisation(t.db);
    const actor = systemActor(seed.organisation.id);
    await runImport(
      t.db,
      actor,
      lettingsImport,
      file(tenLettings('alfa-N').filter((l) => !l.startsWith('L10,'))),
    );
    const viewer = await signInDirect(t.app, t.db, seed.users.viewer.email);
    const share = await viewer.get('/api/v1/rental-queue/share?year=2025');
    expect(share.json().share).toEqual({ value: null, n: null, reason: 'small_group' });
    expect((await viewer.get('/api/v1/rental-queue/audit?year=2025')).statusCode).toBe(403);
  });

  it('refuses a personal identity number as applicant_ref, and imports nothing', async () => {
    const seed = await seedOrganisation(t.db);
    const lines = tenLettings('alfa-N');
    // 19900101-0017 passes the Luhn check; any date-shaped ten digits are refused.
    lines[3] = lines[3].replace('A-22', '19900101-0017');
    const report = await runImport(t.db, systemActor(seed.organisation.id), lettingsImport, file(lines));
    expect(report.status).toBe('refused');
    expect(report.errors).toEqual([
      expect.objectContaining({
        row: 5,
        column: 'applicant_ref',
        code: 'rental-queue:import.identity_number',
      }),
    ]);
    const stored = await t.db
      .select()
      .from(rentalListings)
      .where(eq(rentalListings.organisationId, seed.organisation.id));
    expect(stored).toEqual([]);
  });

  it('refuses unknown areas and codes, bad dates and a tenant not among the rows; replaces a listing imported again', async () => {
    const seed = await seedOrganisation(t.db);
    const actor = systemActor(seed.organisation.id);
    const bad = await runImport(
      t.db,
      actor,
      lettingsImport,
      file([
        'X1,nowhere,2025-01-01,B-1,1,100,2025-01-05,ja,B-1,',
        'X2,alfa-N,2025-02-30,B-2,1,100,2025-03-05,ja,B-2,',
        'X3,alfa-N,2025-01-01,B-3,1,100,2025-01-05,ja,B-3,okänd',
        'X5,alfa-N,2025-01-01,B-5,1,100,2025-01-05,ja,B-5,',
        'X5,alfa-S,2025-01-01,B-6,2,90,,,B-5,',
        'X6,alfa-N,2025-01-01,B-7,1,100,2025-01-05,ja,B-8,',
      ]),
    );
    expect(bad.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'area_code', 'unknown_area'],
      [3, 'published_on', 'not_date'],
      [4, 'exception_code', 'rental-queue:import.unknown_exception'],
      [6, 'area_code', 'rental-queue:import.listing_differs'],
      [7, 'accepted', 'rental-queue:import.accepted_not_tenant'],
    ]);
    expect(bad.errors[3].message).toBe(
      'Objekt X5 har "alfa-N" på en tidigare rad men "alfa-S" här: objektets uppgifter ska vara desamma på alla dess rader.',
    );
    await expect(
      runImport(t.db, actor, lettingsImport, file(['X4,alfa-N,2025-01-01,B-4,1,100,2025-01-05,nej,B-9,'])),
    ).rejects.toMatchObject({ code: 'rental_queue_tenant_not_offered' });

    await runImport(t.db, actor, lettingsImport, file(['Y1,alfa-N,2025-01-01,C-1,1,100,2025-01-05,ja,C-1,']));
    const again = await runImport(
      t.db,
      actor,
      lettingsImport,
      file(['Y1,alfa-S,2025-01-01,C-2,1,90,2025-01-06,ja,C-2,']),
    );
    expect(again.summary).toMatchObject({ listings: 1, replaced: 1 });
    const stored = await t.db
      .select()
      .from(rentalListings)
      .where(eq(rentalListings.organisationId, seed.organisation.id));
    expect(stored.map((l) => [l.listingRef, l.areaId, l.letToRef, l.letOn])).toEqual([
      ['Y1', seed.areas[1].id, 'C-2', '2025-01-06'],
    ]);
  });
});
