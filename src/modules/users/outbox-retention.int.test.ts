import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedOrganisation } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { auditLog } from '../../core/audit.table';
import { outbox } from '../../core/mail/outbox.table';
import { runDueJob } from '../../core/scheduler';
import { outboxRetentionJob } from './outbox-retention.job';

const t = setUpTestApp();

describe('outbox retention', () => {
  it('erases mail older than 90 days once a day and keeps the rest', async () => {
    const seed = await seedOrganisation(t.db);
    const org = seed.organisation.id;
    const mail = (subject: string, createdAt: string) => ({
      organisationId: org,
      to: 'anna@exempel.se',
      subject,
      body: 'länk',
      createdAt: new Date(createdAt),
    });
    // The job of 2026-11-23 (Swedish date) keeps what was written from the start of the Swedish
    // 2026-08-25 on: 00:00 CEST, 22:00 UTC the day before.
    await t.db
      .insert(outbox)
      .values([
        mail('old', '2026-08-24T21:59:00Z'),
        mail('kept', '2026-08-24T22:00:00Z'),
        mail('new', '2026-11-20T09:00:00Z'),
      ]);
    const now = new Date('2026-11-23T02:30:00Z');
    expect(await runDueJob(t.jobContext, outboxRetentionJob, now)).toBe(1);
    expect(await runDueJob(t.jobContext, outboxRetentionJob, now)).toBe(0);
    const left = await t.db
      .select({ subject: outbox.subject })
      .from(outbox)
      .where(eq(outbox.organisationId, org));
    expect(left.map((r) => r.subject).sort()).toEqual(['kept', 'new']);
    const [audited] = await t.db.select().from(auditLog).where(eq(auditLog.entity, 'outbox'));
    expect(audited).toMatchObject({ action: 'retention_delete', after: { mails: 1 } });
  });
});
