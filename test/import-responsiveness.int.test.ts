import { describe, expect, it } from 'vitest';
import { systemActor } from '../src/core/auth/access';
import { importJobStatus } from '../src/core/import/import.service';
import { organisationAreas } from '../src/modules/areas';
import { surveyResponses } from '../src/modules/safety-index/testing';
import { seedOrganisation, signInDirect } from './fixtures';
import { setUpTestApp, testDriver } from './harness';
import { multipart, surveyFile } from './import-files';

/**
 * Issue 11's timing test: while a 200,000-row survey import runs, a viewer reads another page
 * (GET /api/v1/areas) every 100 ms. Each read's time is counted from when it was due, not from when
 * the event loop got round to sending it, so a stall counts in every read it holds up (no
 * coordinated omission).
 *
 * Over the whole import, publish included: p95 under 1 s on PGlite, under 200 ms on PostgreSQL.
 * On PGlite's one connection this holds because the publish goes in short slices that readers do
 * not see until one short final transaction (src/core/import/publication.ts); bench/RESULTS.md
 * records the figures.
 */
const t = setUpTestApp({ reset: false });

const rows = 200_000;
const everyMs = 100;
const limitMs = testDriver === 'pglite' ? 1000 : 200;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
};

type Read = { due: number; ms: number };

describe('import responsiveness', () => {
  it(`answers a viewer's reads within ${limitMs} ms at p95 while ${rows.toLocaleString('en')} survey rows import`, async () => {
    const seed = await seedOrganisation(t.db);
    const codes = (await organisationAreas(t.db, seed.organisation.id)).map((a) => a.code);
    const analyst = await signInDirect(t.app, t.db, 'analyst@alfa.test');
    const viewer = await signInDirect(t.app, t.db, 'viewer@alfa.test');
    const { payload, headers } = multipart('svar.csv', surveyFile(rows, codes));
    const started = await analyst.request('POST', '/api/v1/imports/survey-responses', payload, headers);
    expect(started.statusCode).toBe(202);
    const jobId = started.json().jobId;
    // The job as its starter sees it, from memory while it runs (no request, no database).
    const actor = { ...systemActor(seed.organisation.id), role: 'admin' as const };

    const reads: Read[] = [];
    const pending: Promise<void>[] = [];
    const start = performance.now();
    let due = start;
    let publishingFrom = Number.POSITIVE_INFINITY;
    for (;;) {
      const job = await importJobStatus(t.db, actor, jobId);
      if (job.phase === 'publishing') publishingFrom = Math.min(publishingFrom, performance.now());
      if (job.status !== 'running') break;
      // Every read that has fallen due, timed from when it was due.
      for (; due <= performance.now(); due += everyMs) {
        const at = due;
        pending.push(
          viewer.get('/api/v1/areas').then((res) => {
            expect(res.statusCode).toBe(200);
            reads.push({ due: at, ms: performance.now() - at });
          }),
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const end = performance.now();
    await Promise.all(pending);
    const whileReading = reads.filter((r) => r.due < publishingFrom).map((r) => r.ms);
    const whilePublishing = reads.filter((r) => r.due >= publishingFrom).map((r) => r.ms);
    const all = reads.map((r) => r.ms);
    const seconds = (ms: number) => Math.round(ms / 100) / 10;
    const p95 = (values: number[]) => Math.round(percentile(values, 0.95));
    process.stdout.write(
      `import responsiveness (${testDriver}): ${reads.length} reads over ${seconds(end - start)} s ` +
        `(publish ${seconds(end - Math.min(publishingFrom, end))} s); p95 while reading ${p95(whileReading)} ms, ` +
        `while publishing ${p95(whilePublishing)} ms; whole import median ${Math.round(percentile(all, 0.5))} ms, ` +
        `p95 ${p95(all)} ms, max ${Math.round(percentile(all, 1))} ms\n`,
    );
    expect(await importJobStatus(t.db, actor, jobId)).toMatchObject({ status: 'done', rowsWritten: rows });
    expect(await t.db.$count(surveyResponses)).toBe(rows);
    // Enough reads on each side of the publish for a 95th percentile to mean something.
    expect(whileReading.length).toBeGreaterThanOrEqual(40);
    expect(whilePublishing.length).toBeGreaterThanOrEqual(20);
    expect(percentile(all, 0.95)).toBeLessThan(limitMs);
  }, 900_000);
});
