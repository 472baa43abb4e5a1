import { describe, expect, it } from 'vitest';
import { seedOrganisation } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { systemActor } from '../../core/auth/access';
import type { DemoContext } from '../../core/module';
import { rentalQueueModule } from '.';
import { queueAudit, queueOrderShare } from './rental-queue.service';

const t = setUpTestApp();

/** The same small generator every time: a linear congruential one. */
function seeded(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

describe('rental-queue demo', () => {
  it('lets a few hundred flats a year, a few out of order, most of those under an exception', async () => {
    const seed = await seedOrganisation(t.db);
    const today = new Date('2026-12-08T10:00:00Z');
    const ctx = {
      db: t.db,
      organisationId: seed.organisation.id,
      random: seeded(7),
      today,
    } as unknown as DemoContext;
    await rentalQueueModule.seedDemo?.(ctx);
    const admin = { ...systemActor(seed.organisation.id), role: 'admin' as const };
    const share = await queueOrderShare(ctx, admin, 2025);
    expect(share.share.n).toBeGreaterThan(200);
    expect(share.share.value).toBeGreaterThan(0.95);
    expect(share.share.value).toBeLessThan(1);
    expect(share.trend.map((y) => y.year)).toEqual([2025]);
    const audit = await queueAudit(ctx, admin, 2025);
    const outOfOrder = audit.deviations.length + audit.covered.length;
    expect(outOfOrder / (share.share.n ?? 1)).toBeGreaterThan(0.02);
    expect(outOfOrder / (share.share.n ?? 1)).toBeLessThan(0.07);
    expect(audit.covered.length).toBeGreaterThan(audit.deviations.length);
    expect(audit.deviations.length).toBeGreaterThan(0);
    expect((await queueOrderShare(ctx, admin, 2026)).trend.map((y) => y.year)).toEqual([2025, 2026]);
  });
});
