/**
 * Tenant feedback end to end: the public form (refusals, photo), the status link, staff triage into
 * an action, an EST report or an answer, hosts held to their areas, the indicators, Open311 and the
 * retention of contact details, on the fixed test clock (2026-12-07).
 */
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { seedOrganisation, signInDirect } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { systemActor } from '../../core/auth/access';
import { publishIndicator } from '../../core/report';
import { jpegWithGps } from '../../core/test-photos';
import { triageFeedback } from './feedback.service';
import { feedbackPhotos, feedbackReports } from './feedback.table';
import { feedbackIndicators } from './indicators';
import { eraseOldContacts } from './retention.job';
import { emptyForm, storeFeedback } from './submit.service';

const t = setUpTestApp();

const formUrl = (slug: string, area: string) => `/synpunkter/${slug}/${area}`;

function postForm(url: string, fields: Record<string, string>) {
  return t.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });
}

/** A multipart body with text fields and one JPEG. */
function postMultipart(url: string, fields: Record<string, string>, photo: Buffer) {
  const boundary = '----feedbacktest';
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const payload = Buffer.concat([
    Buffer.from(parts.join('')),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="lampa.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    ),
    photo,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
}

async function world() {
  const seed = await seedOrganisation(t.db);
  const admin = await signInDirect(t.app, t.db, 'admin@alfa.test');
  const host = await signInDirect(t.app, t.db, 'host@alfa.test');
  return { seed, admin, host, url: formUrl('alfa', seed.areas[0].code) };
}

const valid = {
  lang: 'sv',
  category: 'lighting',
  place: 'Gången vid tvättstugan',
  description: 'Lampan är trasig.',
};

/** Sends a valid report and returns its status link. */
async function send(url: string, extra: Record<string, string> = {}) {
  const res = await postForm(url, { ...valid, ...extra });
  expect(res.statusCode).toBe(303);
  return String(res.headers.location);
}

async function onlyReport() {
  const rows = await t.db.select().from(feedbackReports);
  expect(rows).toHaveLength(1);
  return rows[0];
}

describe('the public feedback form', () => {
  it('shows the form with labelled fields in the four languages', async () => {
    const { url } = await world();
    const sv = await t.app.inject({ url });
    expect(sv.statusCode).toBe(200);
    expect(sv.body).toContain('<label for="description">Beskriv</label>');
    expect(sv.body).toContain('name="category"');
    const so = await t.app.inject({ url: `${url}?lang=so` });
    expect(so.body).toContain('Noo sheeg Bäckby norra');
    const ar = await t.app.inject({ url: `${url}?lang=ar` });
    expect(ar.body).toContain('dir="rtl"');
  });

  it('refuses a personal identity number (422), stores nothing and keeps every field', async () => {
    const { url } = await world();
    const res = await postForm(url, {
      ...valid,
      lang: 'en',
      description: 'Min granne 19121212-1212 spelar hög musik.',
      email: 'hyresgast@exempel.se',
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain(
      'Remove personal data from the text: personal identity number (19121212-****)',
    );
    expect(res.body).toContain('value="Gången vid tvättstugan"');
    expect(res.body).toContain('value="hyresgast@exempel.se"');
    expect(res.body).toContain('<option value="lighting" selected>');
    expect(res.body).toContain('Min granne 19121212-1212 spelar hög musik.</textarea>');
    expect(await t.db.select().from(feedbackReports)).toEqual([]);
  });

  it('stores a photo without its GPS position', async () => {
    const { url } = await world();
    const res = await postMultipart(url, valid, await jpegWithGps());
    expect(res.statusCode).toBe(303);
    const [photo] = await t.db.select().from(feedbackPhotos);
    const meta = await sharp(photo.content).metadata();
    expect(meta.exif).toBeUndefined();
    // 3000 × 2000 shrunk to the longest edge of 1600: 1600 × 1067.
    expect([meta.width, meta.height]).toEqual([1600, 1067]);
  });

  it('marks a map click as a point, keeps every field, and stores the point', async () => {
    const { seed, admin, url } = await world();
    // A square of 0.01° at 59.61° N, drawn in a frame with 10 % margins.
    const square = [
      [16.46, 59.61],
      [16.47, 59.61],
      [16.47, 59.62],
      [16.46, 59.62],
      [16.46, 59.61],
    ];
    const patched = await admin.request('PATCH', `/api/v1/areas/${seed.areas[0].id}`, {
      geometry: { type: 'Polygon', coordinates: [square] },
    });
    expect(patched.statusCode).toBe(200);
    expect((await t.app.inject({ url })).body).toContain('<input type="image" class="map" name="map"');
    // The frame's centre, pixel (w / 2, h / 2), is the square's centre: 59.615 N, 16.465 E.
    const svg = (await t.app.inject({ url: `${url}/karta.svg` })).body;
    const [width, height] = [/width="(\d+)"/, /height="(\d+)"/].map((r) => Number(r.exec(svg)![1]));
    const clicked = await postForm(url, {
      ...valid,
      'map.x': String(width / 2),
      'map.y': String(height / 2),
    });
    expect(clicked.statusCode).toBe(200);
    expect(clicked.body).toContain('Platsen är markerad på kartan.');
    expect(clicked.body).toContain('value="Gången vid tvättstugan"');
    expect(clicked.body).toContain('Lampan är trasig.</textarea>');
    const lat = Number(/name="lat" value="([\d.]+)"/.exec(clicked.body)![1]);
    const lon = Number(/name="lon" value="([\d.]+)"/.exec(clicked.body)![1]);
    expect(lat).toBeCloseTo(59.615, 6);
    expect(lon).toBeCloseTo(16.465, 6);
    // A click in the margin, outside the area, is refused and no point is kept.
    const outside = await postForm(url, { ...valid, 'map.x': '2', 'map.y': '2' });
    expect(outside.body).toContain('Punkten ligger utanför området.');
    expect(outside.body).not.toContain('name="lat"');
    await send(url, { lat: String(lat), lon: String(lon) });
    const report = await onlyReport();
    expect(report.lat).toBeCloseTo(59.615, 6);
    expect(report.lon).toBeCloseTo(16.465, 6);
  });

  it('answers an unknown area with a page in the tenant’s language', async () => {
    await world();
    const res = await t.app.inject({ url: '/synpunkter/alfa/finns-inte?lang=en' });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Page not found');
  });
});

describe('triage and the status link', () => {
  it('shows the answer behind the status link and mails it to the tenant', async () => {
    const { admin, url } = await world();
    const link = await send(url, { email: 'hyresgast@exempel.se' });
    const before = await t.app.inject({ url: link.replace('&new=1', '') });
    expect(before.body).toContain('<dd id="status">Mottagen</dd>');
    const report = await onlyReport();
    const res = await admin.request('POST', `/api/v1/feedback/${report.id}/triage`, {
      kind: 'answer',
      answer: 'Lampan är bytt.',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('answered');
    const after = await t.app.inject({ url: link });
    expect(after.body).toContain('Tack! Vi har tagit emot din synpunkt');
    expect(after.body).toContain('<dd id="status">Besvarad</dd>');
    expect(after.body).toContain('Lampan är bytt.');
    expect(t.mailer.sent.map((m) => [m.to, m.subject])).toEqual([
      ['hyresgast@exempel.se', 'Svar på din synpunkt'],
    ]);
  });

  it('turns a report into an action the status page follows', async () => {
    const { admin, url } = await world();
    const link = await send(url);
    const report = await onlyReport();
    const res = await admin.request('POST', `/api/v1/feedback/${report.id}/triage`, {
      kind: 'action',
      title: 'Byta lampan vid tvättstugan',
      publicText: 'Lampan byts.',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'in_progress',
      action: { title: 'Byta lampan vid tvättstugan', status: 'open' },
    });
    const page = await t.app.inject({ url: `${link.split('?')[0]}?lang=en` });
    expect(page.body).toContain('<dd id="status">In progress</dd>');
    expect(page.body).toContain('Planned: Lampan byts.');
    const again = await admin.request('POST', `/api/v1/feedback/${report.id}/triage`, {
      kind: 'action',
      title: 'Igen',
    });
    expect(again.statusCode).toBe(409);
  });

  it('files a report as the company’s own EST report', async () => {
    const { admin, url } = await world();
    await send(url);
    const report = await onlyReport();
    const categories = (await admin.get('/api/v1/situation/categories')).json() as {
      id: string;
      code: string;
    }[];
    const unsafePlace = categories.find((c) => c.code === 'unsafe_place')!;
    const res = await admin.request('POST', `/api/v1/feedback/${report.id}/triage`, {
      kind: 'est',
      categoryId: unsafePlace.id,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('closed');
    const est = await admin.get(`/api/v1/situation/reports/${res.json().estReportId}`);
    expect(est.statusCode).toBe(200);
    expect(est.json()).toMatchObject({
      categoryId: unsafePlace.id,
      date: '2026-12-07',
      description: 'Gången vid tvättstugan: Lampan är trasig.',
    });
  });

  it('holds a host to their own areas', async () => {
    const { seed, host } = await world();
    await send(url2(seed));
    const report = await onlyReport();
    const triage = await host.request('POST', `/api/v1/feedback/${report.id}/triage`, {
      kind: 'answer',
      answer: 'Hej',
    });
    expect(triage.statusCode).toBe(403);
    expect((await host.get(`/api/v1/feedback/${report.id}`)).statusCode).toBe(403);
    const list = await host.get('/api/v1/feedback');
    expect(list.json()).toMatchObject({ items: [], total: 0 });
  });
});

const url2 = (seed: Awaited<ReturnType<typeof seedOrganisation>>) => formUrl('alfa', seed.areas[1].code);

describe('the indicators', () => {
  it('counts 5 reports received and 3 of them handled: 3 / 5 = 0.6', async () => {
    const { seed } = await world();
    const organisationId = seed.organisation.id;
    const now = t.context.config.clock();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { id } = await storeFeedback(
        t.context,
        {
          organisationId,
          areaId: seed.areas[i % 2].id,
          form: { ...emptyForm, category: i < 3 ? 'lighting' : 'litter', description: `Synpunkt ${i + 1}` },
          language: 'sv',
          photo: null,
        },
        now,
      );
      ids.push(id);
    }
    const admin = { ...systemActor(organisationId), role: 'admin' as const, name: 'Admin' };
    for (const id of ids.slice(0, 3))
      await triageFeedback(t.context, admin, id, { kind: 'answer', answer: 'Tack!' }, now, t.context.mailer);
    const [received, share] = feedbackIndicators;
    const count = await received.compute(t.db, organisationId, 2026, 'sv');
    expect([count.value, count.n]).toEqual([5, 5]);
    // By category: lighting 3 received (all 3 answered), litter 2 (none answered).
    expect(count.breakdowns?.[0].rows).toEqual([
      ['Belysning', 3, 3, 1],
      ['Nedskräpning och städning', 2, 0, 0],
    ]);
    const handled = await share.compute(t.db, organisationId, 2026, 'sv');
    expect([handled.value, handled.n]).toEqual([0.6, 5]);
    // Published with its base of 5: whole per cent points, 0.6.
    expect(publishIndicator(share, handled).value).toBe(0.6);
    expect((await received.compute(t.db, organisationId, 2025, 'sv')).value).toBe(0);
  });
});

describe('Open311 GeoReport v2', () => {
  it('lists the organisation’s reports with the spec’s fields and no contact details', async () => {
    const { admin, url } = await world();
    await send(url, { email: 'hyresgast@exempel.se', phone: '070-123 45 67' });
    const report = await onlyReport();
    await admin.request('POST', `/api/v1/feedback/${report.id}/triage`, {
      kind: 'answer',
      answer: 'Lampan är bytt.',
    });
    const res = await t.app.inject({ url: '/open311/v2/requests.json?jurisdiction_id=alfa' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([
      {
        service_request_id: report.id,
        status: 'closed',
        status_notes: 'Lampan är bytt.',
        service_name: 'Belysning',
        service_code: 'lighting',
        description: 'Lampan är trasig.',
        agency_responsible: 'Bostäder alfa',
        service_notice: null,
        // The test clock starts at 09:00 Swedish time (08:00 UTC) and runs on.
        requested_datetime: expect.stringMatching(/^2026-12-07T08:0/),
        updated_datetime: expect.any(String),
        expected_datetime: null,
        address: 'Gången vid tvättstugan, Bäckby norra',
        address_id: null,
        zipcode: null,
        lat: null,
        long: null,
        media_url: null,
      },
    ]);
    expect(res.body).not.toMatch(/exempel\.se|070|contact|email|phone/);
    const services = (await t.app.inject({ url: '/open311/v2/services.json' })).json();
    expect(services.map((s: { service_code: string }) => s.service_code)).toContain('unsafe');
    const one = await t.app.inject({ url: `/open311/v2/requests/${report.id}.json?jurisdiction_id=alfa` });
    expect(one.json()[0].service_request_id).toBe(report.id);
    // A server of one housing company needs no jurisdiction_id; a server of several does.
    const sole = await t.app.inject({ url: '/open311/v2/requests.json' });
    expect(sole.json()).toEqual(res.json());
    await seedOrganisation(t.db, 'beta');
    const missing = await t.app.inject({ url: '/open311/v2/requests.json' });
    expect([missing.statusCode, missing.json()]).toEqual([
      400,
      [{ code: 400, description: 'jurisdiction_id required' }],
    ]);
  });

  it('rounds a point to 0.001° (about 100 m)', async () => {
    const { seed } = await world();
    await storeFeedback(
      t.context,
      {
        organisationId: seed.organisation.id,
        areaId: seed.areas[0].id,
        form: { ...emptyForm, category: 'unsafe', description: 'Mörkt', lat: 59.613_64, lon: 16.466_58 },
        language: 'sv',
        photo: null,
      },
      t.context.config.clock(),
    );
    const [request] = (await t.app.inject({ url: '/open311/v2/requests.json?jurisdiction_id=alfa' })).json();
    expect([request.lat, request.long]).toEqual([59.614, 16.467]);
  });
});

describe('retention of contact details', () => {
  it('erases the contact 90 days after closing and keeps the report', async () => {
    const { seed, admin, url } = await world();
    await send(url, { email: 'hyresgast@exempel.se', phone: '070-123 45 67' });
    const report = await onlyReport();
    await admin.request('POST', `/api/v1/feedback/${report.id}/triage`, { kind: 'answer', answer: 'Klart.' });
    const closed = t.context.config.clock().getTime();
    const day = 86_400_000;
    // 89 days after closing: kept.
    expect(await eraseOldContacts(t.db, seed.organisation.id, new Date(closed + 89 * day))).toEqual({
      reports: 0,
    });
    // 91 days after: erased, text and category kept.
    expect(await eraseOldContacts(t.db, seed.organisation.id, new Date(closed + 91 * day))).toEqual({
      reports: 1,
    });
    const [after] = await t.db.select().from(feedbackReports).where(eq(feedbackReports.id, report.id));
    expect(after).toMatchObject({
      contactEmail: null,
      contactPhone: null,
      description: 'Lampan är trasig.',
      category: 'lighting',
      status: 'answered',
    });
    expect(after.contactErasedAt).not.toBeNull();
  });
});
