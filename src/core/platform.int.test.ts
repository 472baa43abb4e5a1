import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedOrganisation } from '../../test/fixtures';
import { setUpTestApp } from '../../test/harness';
import { auditLog } from './audit.table';
import { backupDatabase, restoreDatabase } from './backup';
import { jobRuns } from './jobs.table';
import { runDueJob, type ScheduledJob } from './scheduler';

const t = setUpTestApp();

describe('audit log', () => {
  it('refuses to change or delete a row', async () => {
    await seedOrganisation(t.db);
    await expect(t.db.update(auditLog).set({ action: 'x' })).rejects.toThrow();
    await expect(t.db.delete(auditLog)).rejects.toThrow();
  });
});

describe('scheduler', () => {
  it('runs a job once per organisation and period, however often it is asked', async () => {
    await seedOrganisation(t.db, 'alfa');
    await seedOrganisation(t.db, 'beta');
    const runs: string[] = [];
    const job: ScheduledJob = {
      name: 'monthly-test',
      cron: '0 3 1 * *',
      periodKey: (now) => now.toISOString().slice(0, 7),
      run: async (_ctx, organisationId, period) => {
        runs.push(`${organisationId}:${period}`);
      },
    };
    const november = new Date('2026-11-23T10:00:00Z');
    expect(await runDueJob(t.jobContext, job, november)).toBe(2);
    expect(await runDueJob(t.jobContext, job, november)).toBe(0);
    await Promise.all([
      runDueJob(t.jobContext, job, new Date('2026-12-01T03:00:00Z')),
      runDueJob(t.jobContext, job, new Date('2026-12-02T03:00:00Z')),
    ]);
    expect(runs).toHaveLength(4);
    expect(new Set(runs).size).toBe(4);
    expect(await t.db.select().from(jobRuns)).toHaveLength(4);
  });
});

describe('backup and restore', () => {
  it('round-trips the whole database', async () => {
    await seedOrganisation(t.db, 'alfa');
    const tables = ['organisations', 'users', 'areas', 'properties', 'households', 'audit_log'];
    const dump = async () => {
      const out: Record<string, unknown[]> = {};
      for (const table of tables) {
        const result = await t.db.execute(
          sql.raw(`select row_to_json(x)::text as r from "${table}" x order by 1`),
        );
        out[table] = (result as unknown as { rows: { r: string }[] }).rows.map((row) => row.r);
      }
      return out;
    };
    const before = await dump();
    const file = join(mkdtempSync(join(tmpdir(), 'grannskap-backup-')), 'backup.jsonl.gz');
    await backupDatabase(t.db, file);
    await t.reset();
    expect((await dump()).users).toEqual([]);
    await restoreDatabase(t.db, file);
    expect(await dump()).toEqual(before);
    // The audit sequence continues after the restored rows.
    await seedOrganisation(t.db, 'gamma');
    const ids = (await t.db.select({ id: auditLog.id }).from(auditLog)).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
