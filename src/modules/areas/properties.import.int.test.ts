import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedOrganisation, signIn } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { systemActor } from '../../core/auth/access';
import { runImport } from '../../core/import/run-import';
import { areas, households, properties } from './areas.table';
import { propertiesImport } from './properties.import';

const t = setUpTestApp();

const windows1252File = readFileSync(
  new URL('../../../test/fixtures-files/properties-windows-1252.csv', import.meta.url),
);

async function snapshot() {
  const [a, p, h] = await Promise.all([
    t.db.select().from(areas).orderBy(areas.code),
    t.db.select().from(properties).orderBy(properties.code),
    t.db.select({ ref: households.ref, active: households.active }).from(households).orderBy(households.ref),
  ]);
  return { a, p, h };
}

function multipart(fileName: string, content: Buffer) {
  const boundary = '----grannskaptest';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function waitForJob(session: Awaited<ReturnType<typeof signIn>>, jobId: string) {
  for (let i = 0; i < 200; i++) {
    const job = (await session.get(`/api/v1/imports/jobs/${jobId}`)).json();
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('import did not finish');
}

describe('properties import', () => {
  it('imports a semicolon-separated Windows-1252 file from Swedish Excel with å, ä and ö intact', async () => {
    const seed = await seedOrganisation(t.db);
    const report = await runImport(t.db, systemActor(seed.organisation.id), propertiesImport, {
      bytes: windows1252File,
      name: 'x.csv',
    });
    expect(report.status).toBe('done');
    const [p] = await t.db.select().from(properties).where(eq(properties.code, 'P-900'));
    expect(p).toMatchObject({ address: 'Åkervägen 3', households: 12, lat: 59.61, lon: 16.55 });
    const [a] = await t.db.select().from(areas).where(eq(areas.code, 'SKG-1'));
    expect(a.name).toBe('Skäggetorp östra');
    const register = await t.db.select().from(households).where(eq(households.propertyId, p.id));
    expect(register).toHaveLength(12);
  });

  it('changes nothing when the same file is imported twice', async () => {
    const seed = await seedOrganisation(t.db);
    const actor = systemActor(seed.organisation.id);
    await runImport(t.db, actor, propertiesImport, { bytes: windows1252File, name: 'x.csv' });
    const before = await snapshot();
    const second = await runImport(t.db, actor, propertiesImport, { bytes: windows1252File, name: 'x.csv' });
    expect(second.summary).toMatchObject({
      propertiesCreated: 0,
      propertiesUpdated: 0,
      propertiesUnchanged: 2,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a file with one bad row through the UI route, reports it per row in the user's language, and changes nothing", async () => {
    await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    const before = await snapshot();
    const file = Buffer.from(
      'district,area_code,area_name,property_code,address,households,lat,lon\n' +
        'Vallby,V-1,Vallby centrum,V100,Fiolgatan 1,30,,\n' +
        'Vallby,V-1,Vallby centrum,V101,Fiolgatan 3,trettio,,\n' +
        'Vallby,V-1,Vallby centrum,V102,Fiolgatan 5,25,,\n',
    );
    const { payload, headers } = multipart('fastigheter.csv', file);
    const started = await admin.request('POST', '/api/v1/imports/properties', payload, headers);
    expect(started.statusCode).toBe(202);
    const job = await waitForJob(admin, started.json().jobId);
    expect(job.status).toBe('refused');
    expect(job.errors).toEqual([
      { row: 3, column: 'households', code: 'not_integer', message: 'Ska vara ett heltal, var "trettio".' },
    ]);
    expect(await snapshot()).toEqual(before);

    await admin.request('PUT', '/api/v1/auth/me/language', { language: 'en' });
    const again = await admin.request('POST', '/api/v1/imports/properties', payload, headers);
    const jobEn = await waitForJob(admin, again.json().jobId);
    expect(jobEn.errors[0].message).toBe('Must be a whole number, was "trettio".');
  });

  it('refuses a header with an unknown column before reading any row', async () => {
    const seed = await seedOrganisation(t.db);
    const report = await runImport(t.db, systemActor(seed.organisation.id), propertiesImport, {
      bytes: Buffer.from(
        'district,area_code,area_name,property_code,address,households,colour\nA,B,C,D,E,1,red\n',
      ),
      name: 'x.csv',
    });
    expect(report.status).toBe('refused');
    expect(report.errors.map((e) => [e.row, e.code, e.column])).toEqual([[1, 'unknown_column', 'colour']]);
  });

  it('answers progress polls while a large import is running, and ends at 100 %', async () => {
    await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    const lines = ['district,area_code,area_name,property_code,address,households,lat,lon'];
    for (let i = 0; i < 3000; i++) lines.push(`Vallby,V-${i % 30},Vallby ${i % 30},V${i},Fiolgatan ${i},4,,`);
    const { payload, headers } = multipart('stor.csv', Buffer.from(lines.join('\n')));
    const started = await admin.request('POST', '/api/v1/imports/properties', payload, headers);
    const seen: { status: string; progress: number }[] = [];
    for (;;) {
      const job = (await admin.get(`/api/v1/imports/jobs/${started.json().jobId}`)).json();
      seen.push({ status: job.status, progress: job.progress });
      if (job.status !== 'running') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const running = seen.filter((s) => s.status === 'running');
    expect(running.length).toBeGreaterThan(1);
    expect(running.some((s) => s.progress > 0 && s.progress < 1)).toBe(true);
    expect(seen.at(-1)).toEqual({ status: 'done', progress: 1 });
  });

  it('does not let a host import properties', async () => {
    await seedOrganisation(t.db);
    const host = await signIn(t.app, 'host@alfa.test');
    const { payload, headers } = multipart('f.csv', windows1252File);
    const res = await host.request('POST', '/api/v1/imports/properties', payload, headers);
    expect(res.statusCode).toBe(403);
  });
});
