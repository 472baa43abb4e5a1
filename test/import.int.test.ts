import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { surveyResponses } from '../src/modules/safety-index/testing';
import { seedOrganisation, signInDirect } from './fixtures';
import { setUpTestApp } from './harness';
import { boundary, multipart, zipBomb } from './import-files';

const t = setUpTestApp();

type Session = Awaited<ReturnType<typeof signInDirect>>;

async function waitForJob(session: Session, jobId: string) {
  for (let i = 0; i < 2000; i++) {
    const job = (await session.get(`/api/v1/imports/jobs/${jobId}`)).json();
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('import did not finish');
}

const surveyHeader =
  'response_id,area_code,answered_on,overall,evening,stairwell,basement,laundry,courtyard,lighting,burglary,neighbours,contact,comment';

/** A body of `total` bytes made on demand, counting how much of it the server has pulled. */
function countedUpload(total: number) {
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="stor.csv"\r\nContent-Type: text/csv\r\n\r\n`,
  );
  const state = { pulled: 0 };
  const chunk = Buffer.alloc(64 * 1024, 0x41);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  let ended = false;
  const body = new Readable({
    read() {
      const next = state.pulled === 0 ? head : state.pulled < total ? chunk : ended ? null : tail;
      if (next === tail) ended = true;
      if (next) state.pulled += next.length;
      this.push(next);
    },
  });
  return { body, state };
}

describe('import uploads', () => {
  it("refuses a partner's upload before reading it: a 200 MB body is not pulled", async () => {
    await seedOrganisation(t.db);
    const partner = await signInDirect(t.app, t.db, 'partner@alfa.test');
    const { body, state } = countedUpload(200 * 2 ** 20);
    const res = await partner.request('POST', '/api/v1/imports/survey-responses', body, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    expect(res.statusCode).toBe(403);
    // At most the stream's first buffers: far from the 200 MB a file read would pull.
    expect(state.pulled).toBeLessThan(2 * 2 ** 20);
  });

  it("refuses an upload over the kind's cap from its declared length, and one without a length by holding no more than the cap", async () => {
    await seedOrganisation(t.db);
    const admin = await signInDirect(t.app, t.db, 'admin@alfa.test');
    // properties: at most 10 MB (docs/import-formats.md).
    const big = Buffer.alloc(11 * 2 ** 20, 0x41);
    const { payload, headers } = multipart('stor.csv', big);
    const declared = await admin.request('POST', '/api/v1/imports/properties', payload, headers);
    expect(declared.statusCode).toBe(413);
    expect(declared.json().error.message).toBe('Filen är för stor: högst 10 MB för den här importen.');

    // No length declared, 300 MB sent: read up to the cap and no further into memory.
    const { body } = countedUpload(300 * 2 ** 20);
    const before = process.memoryUsage().rss;
    const streamed = await admin.request('POST', '/api/v1/imports/properties', body, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    expect(streamed.statusCode).toBe(413);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 2 ** 20);
  });

  it('refuses an XLSX zip bomb by its declared size, without inflating it, with a translated message', async () => {
    await seedOrganisation(t.db);
    const analyst = await signInDirect(t.app, t.db, 'analyst@alfa.test');
    // 600 MiB of sheet in well under 1 MB of zip; survey-responses allows 512 MiB unpacked.
    const bomb = zipBomb(600);
    expect(bomb.length).toBeLessThan(2 ** 20);
    const { payload, headers } = multipart('svar.xlsx', bomb, 'application/octet-stream');
    const started = await analyst.request('POST', '/api/v1/imports/survey-responses', payload, headers);
    expect(started.statusCode).toBe(202);
    const job = await waitForJob(analyst, started.json().jobId);
    expect(job.status).toBe('refused');
    expect(job.errors).toEqual([
      {
        row: 1,
        column: null,
        code: 'imports:zip_too_large',
        message:
          'XLSX-filen packas upp till mer än 512 MB och läses inte. Spara den som CSV eller dela upp den.',
      },
    ]);
    expect(await t.db.select().from(surveyResponses)).toHaveLength(0);
  });

  it('refuses a zip bomb whose directory lies about its size, stopping as soon as it inflates past the claim', async () => {
    await seedOrganisation(t.db);
    const analyst = await signInDirect(t.app, t.db, 'analyst@alfa.test');
    const bomb = zipBomb(2000, 4096); // 2 GB of spaces, claimed to be 4 KB
    const { payload, headers } = multipart('svar.xlsx', bomb, 'application/octet-stream');
    const before = process.memoryUsage().rss;
    const started = await analyst.request('POST', '/api/v1/imports/survey-responses', payload, headers);
    const job = await waitForJob(analyst, started.json().jobId);
    expect(job.status).toBe('refused');
    expect(job.errors[0].code).toBe('imports:zip_too_large');
    // Inflated into a counter, never into memory: nowhere near the 2 GB it holds.
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 2 ** 20);
  });

  it('refuses a file with more rows than the kind allows, saying how many it may have', async () => {
    await seedOrganisation(t.db);
    const admin = await signInDirect(t.app, t.db, 'admin@alfa.test');
    const lines = ['district,area_code,area_name,property_code,address,households'];
    for (let i = 0; i <= 50_000; i++) lines.push(`D,A-1,Alfa,P${i},Gatan ${i},1`);
    const { payload, headers } = multipart('f.csv', Buffer.from(lines.join('\n')));
    const started = await admin.request('POST', '/api/v1/imports/properties', payload, headers);
    const job = await waitForJob(admin, started.json().jobId);
    expect(job.status).toBe('refused');
    expect(job.errors.at(-1)).toMatchObject({
      row: 50_002,
      code: 'imports:too_many_rows',
      message: 'Filen har för många rader: högst 50\u00a0000 rader för den här importen.',
    });
  });
});

describe('import jobs', () => {
  it('are read only by whoever started them and by admins of the organisation', async () => {
    await seedOrganisation(t.db);
    await seedOrganisation(t.db, 'beta');
    const analyst = await signInDirect(t.app, t.db, 'analyst@alfa.test');
    const bad = Buffer.from(`${surveyHeader}\nv1,alfa-N,2025-03-04,9,,,,,,,,,,\n`);
    const { payload, headers } = multipart('svar.csv', bad);
    const started = await analyst.request('POST', '/api/v1/imports/survey-responses', payload, headers);
    const jobId = started.json().jobId;
    const job = await waitForJob(analyst, jobId);
    expect(job).toMatchObject({ status: 'refused', errorCount: 1, rowsRead: 1, rowsValidated: 0 });

    const admin = await signInDirect(t.app, t.db, 'admin@alfa.test');
    expect((await admin.get(`/api/v1/imports/jobs/${jobId}`)).json().errors[0].column).toBe('overall');
    for (const email of ['host@alfa.test', 'partner@alfa.test', 'admin@beta.test', 'analyst@beta.test']) {
      const other = await signInDirect(t.app, t.db, email);
      const res = await other.get(`/api/v1/imports/jobs/${jobId}`);
      expect([email, res.statusCode]).toEqual([email, 404]);
    }
    const viewer = await signInDirect(t.app, t.db, 'viewer@alfa.test');
    expect((await viewer.get(`/api/v1/imports/jobs/${jobId}`)).statusCode).toBe(403);

    // And the other way round: an admin's job (with its report) is not the analyst's to read.
    const adminJob = await admin.request('POST', '/api/v1/imports/survey-responses', payload, headers);
    await waitForJob(admin, adminJob.json().jobId);
    expect((await analyst.get(`/api/v1/imports/jobs/${adminJob.json().jobId}`)).statusCode).toBe(404);
  });
});
