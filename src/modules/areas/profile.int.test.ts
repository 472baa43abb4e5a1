import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Session, seedOrganisation, signIn } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { systemActor } from '../../core/auth/access';
import { runImport } from '../../core/import/run-import';
import { surveyResponsesImport } from '../safety-index/testing';
import { maxPlaceHits } from './place-search';
import { addAreas } from './testing';

const t = setUpTestApp();

type Figure = {
  label: string;
  value: number | null;
  suppressed?: boolean;
  reason?: string | null;
  n?: number | null;
  summary?: boolean;
  indicatorId?: string;
};
type Point = { period: string; value: number | null; text?: string; colour?: string };
type Series = { key: string; label: string; kind: string; summary?: boolean; points: Point[] };
type Section = { module: string; figures: Figure[]; series?: Series[] };
type Profile = { sections: Section[] };

const section = (profile: Profile, module: string) => profile.sections.find((s) => s.module === module)!;
const figure = (profile: Profile, module: string, label: string) =>
  section(profile, module).figures.find((f) => f.label === label)!;

/**
 * The fixture's district Bäckby: Bäckby norra (alfa-N) and Bäckby södra (alfa-S), 20 households
 * each. The admin (a coordinator, who counts every report) files for 2026: norra graffiti 3
 * (2026-03-04) and gatherings 2 (2026-06-10); södra vandalism 7 (2026-03-04). Grades of norra:
 * 2026-W10 level 2, 2026-W11 level 1.
 */
async function setUp() {
  const seed = await seedOrganisation(t.db);
  const admin = await signIn(t.app, 'admin@alfa.test');
  const [north, south] = seed.areas;
  const categories = (await admin.get('/api/v1/situation/categories')).json() as {
    id: string;
    code: string;
  }[];
  const cat = (code: string) => categories.find((c) => c.code === code)!.id;
  const file = async (areaId: string, date: string, code: string, count: number) => {
    const res = await admin.post('/api/v1/situation/reports', {
      date,
      timeOfDay: 'evening',
      areaId,
      categoryId: cat(code),
      count,
      description: 'Testrapport',
    });
    expect(res.statusCode).toBe(201);
  };
  await file(north.id, '2026-03-04', 'graffiti', 3);
  await file(north.id, '2026-06-10', 'gatherings', 2);
  await file(south.id, '2026-03-04', 'vandalism', 7);
  for (const [week, level] of [
    ['2026-W10', 2],
    ['2026-W11', 1],
  ] as const) {
    const res = await admin.request('PUT', `/api/v1/situation/weeks/${week}/grades`, {
      areaId: north.id,
      level,
      rationale: 'Test',
    });
    expect(res.statusCode).toBe(200);
  }
  return { seed, admin, north, south, district: seed.district };
}

describe('the summary of an area profile', () => {
  it('gives households, incidents per 1,000 households and the EST grades of every week so far', async () => {
    const { admin, north } = await setUp();
    const res = await admin.get(`/api/v1/areas/${north.id}/profile?year=2026`);
    expect(res.statusCode).toBe(200);
    const profile = res.json() as Profile;
    const summary = profile.sections.flatMap((s) => s.figures.filter((f) => f.summary).map((f) => f.label));
    // Households, the safety index, incidents, open actions, presence hours, sessions, visits, activities, programme reach.
    expect(summary).toEqual(
      expect.arrayContaining([
        'Hushåll',
        'Händelser per 1 000 hushåll',
        'Öppna åtgärder',
        'Genomförda tillfällen',
        'Deltagare (besök)',
      ]),
    );
    expect(figure(profile, 'areas', 'Hushåll').value).toBe(20);
    // 3 + 2 = 5 incidents in 20 households: 5 / 20 × 1000 = 250 per 1,000.
    expect(figure(profile, 'situation', 'Händelser per 1 000 hushåll')).toMatchObject({
      value: 250,
      summary: true,
      indicatorId: 'incidents_per_1000_households',
    });
    // The year's weeks whose Monday is in 2026 up to the clock's Monday 7 December (W50): W02–W50,
    // 49 weeks (2026-W01 starts on Monday 29 December 2025).
    const [strip] = section(profile, 'situation').series!;
    expect(strip).toMatchObject({ kind: 'strip', summary: true });
    expect(strip.points).toHaveLength(49);
    expect(strip.points[0].period).toBe('2026-W02');
    expect(strip.points.at(-1)!.period).toBe('2026-W50');
    const week = (w: string) => strip.points.find((p) => p.period === w)!;
    expect(week('2026-W10')).toMatchObject({ value: 2, text: expect.stringMatching(/^2 /) });
    expect(week('2026-W10').colour).toMatch(/^#/);
    expect(week('2026-W11')).toMatchObject({ value: 1 });
    expect(week('2026-W12')).toEqual({ period: '2026-W12', value: null, low: null, high: null });
    // The safety index's trend: the chosen year and the four before it.
    const trend = section(profile, 'safety-index').series!.find((s) => s.kind === 'line')!;
    expect(trend).toMatchObject({ label: 'Trygghetsindex', summary: true, indicatorId: 'safety_index' });
    expect(trend.points.map((p) => p.period)).toEqual(['2022', '2023', '2024', '2025', '2026']);
  });
});

describe('the district profile', () => {
  it("sums households and takes incidents per 1,000 households from the district's own cell", async () => {
    const { admin, district, north, south } = await setUp();
    const res = await admin.get(`/api/v1/districts/${district.id}/profile?year=2026`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.district).toMatchObject({ name: 'Bäckby', households: 40, properties: 2 });
    expect(body.district.areas.map((a: { name: string }) => a.name)).toEqual([
      'Bäckby norra',
      'Bäckby södra',
    ]);
    expect(figure(body, 'areas', 'Hushåll').value).toBe(40);
    // (5 + 7) incidents in 40 households = 300 per 1,000.
    expect(figure(body, 'situation', 'Händelser per 1 000 hushåll').value).toBe(300);
    // A district has no grade of its own: one strip per area.
    expect(section(body, 'situation').series!.map((s) => [s.key, s.label])).toEqual([
      [north.id, 'Bäckby norra'],
      [south.id, 'Bäckby södra'],
    ]);
    expect(section(body, 'programs').figures[0].label).toBe('Deltagare från stadsdelen inskrivna 2026');
  });

  it('never lets a district figure reveal a hidden area by subtraction', async () => {
    // 2024-03: 6 respondents in Bäckby norra and 15 in Bäckby södra, all answering 4 to "evening".
    // Norra's 6 are under the threshold of 10. Were södra shown, district (21) − södra (15) would give
    // norra's 6 and their answers: so södra is hidden too and only the district (21) is shown.
    const { admin, district, north, south, seed } = await setUp();
    const lines = ['response_id,area_code,answered_on,evening,stairwell'];
    for (let i = 0; i < 6; i++) lines.push(`n${i},alfa-N,2024-03-01,4,`);
    for (let i = 0; i < 15; i++) lines.push(`s${i},alfa-S,2024-03-01,4,`);
    const report = await runImport(t.db, systemActor(seed.organisation.id), surveyResponsesImport, {
      bytes: new TextEncoder().encode(lines.join('\n')),
      name: 'svar.csv',
    });
    expect(report.status).toBe('done');
    const index = async (url: string) =>
      ((await admin.get(url)).json() as Profile).sections.find((s) => s.module === 'safety-index')!
        .figures[0] as Figure;
    const whole = await index(`/api/v1/districts/${district.id}/profile?year=2024`);
    expect(whole).toMatchObject({ value: 1, n: 21, indicatorId: 'safety_index' });
    expect(whole.suppressed).toBeFalsy();
    expect(await index(`/api/v1/areas/${north.id}/profile?year=2024`)).toMatchObject({
      value: null,
      n: null,
      suppressed: true,
      reason: 'small_group',
    });
    expect(await index(`/api/v1/areas/${south.id}/profile?year=2024`)).toMatchObject({
      value: null,
      n: null,
      suppressed: true,
      reason: 'protects_another',
    });
    // The trend of the district gives the same cells: 2024 shown for the district only.
    const profile = (await admin.get(`/api/v1/districts/${district.id}/profile?year=2024`)).json() as Profile;
    const points = section(profile, 'safety-index').series![0].points;
    expect(points.find((p) => p.period === '2024')).toMatchObject({ value: 1 });
    const southProfile = (await admin.get(`/api/v1/areas/${south.id}/profile?year=2024`)).json() as Profile;
    expect(
      section(southProfile, 'safety-index').series![0].points.find((p) => p.period === '2024'),
    ).toMatchObject({ value: null, suppressed: true });
  });

  it('is refused to a host whose areas are not the whole district, to partners, and to other organisations', async () => {
    const { district, north, south } = await setUp();
    await seedOrganisation(t.db, 'beta');
    const host = await signIn(t.app, 'host@alfa.test');
    expect((await host.get(`/api/v1/areas/${north.id}/profile`)).statusCode).toBe(200);
    expect((await host.get(`/api/v1/areas/${south.id}/profile`)).statusCode).toBe(403);
    expect((await host.get(`/api/v1/districts/${district.id}/profile`)).statusCode).toBe(403);
    expect((await host.get(`/api/v1/districts/${district.id}/profile.pdf`)).statusCode).toBe(403);
    const partner = await signIn(t.app, 'partner@alfa.test');
    expect((await partner.get(`/api/v1/districts/${district.id}/profile`)).statusCode).toBe(403);
    expect((await partner.get('/api/v1/areas/search?q=b')).statusCode).toBe(403);
    const beta = await signIn(t.app, 'admin@beta.test');
    const foreign = await beta.get(`/api/v1/districts/${district.id}/profile`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).not.toContain('Bäckby norra');
  });
});

describe('searching for an area or district', () => {
  const names = async (session: Session, q: string) =>
    ((await session.get(`/api/v1/areas/search?q=${encodeURIComponent(q)}`)).json() as { name: string }[]).map(
      (h) => h.name,
    );

  it('finds by name without regard to case or å/ä/ö, and by code', async () => {
    const { seed } = await setUp();
    const admin = await signIn(t.app, 'admin@alfa.test');
    // The district first, then its areas by name.
    expect(await names(admin, 'BACKBY')).toEqual(['Bäckby', 'Bäckby norra', 'Bäckby södra']);
    expect(await names(admin, 'sodra')).toEqual(['Bäckby södra']);
    const byCode = (await admin.get('/api/v1/areas/search?q=ALFA-n')).json();
    expect(byCode[0]).toEqual({
      kind: 'area',
      id: seed.areas[0].id,
      name: 'Bäckby norra',
      code: 'alfa-N',
      districtName: 'Bäckby',
    });
    expect(await names(admin, '')).toEqual([]);
  });

  it(`gives at most ${maxPlaceHits}, a host only their own areas, and never another organisation's`, async () => {
    const { seed } = await setUp();
    await addAreas(
      t.db,
      Array.from({ length: 12 }, (_, i) => ({
        organisationId: seed.organisation.id,
        districtId: seed.district.id,
        code: `alfa-O${i + 1}`,
        name: `Östra området ${i + 1}`,
      })),
    );
    const admin = await signIn(t.app, 'admin@alfa.test');
    expect(await names(admin, 'ostra')).toHaveLength(10);
    const host = await signIn(t.app, 'host@alfa.test');
    // Bäckby is not the host's whole: neither it nor södra is found.
    expect(await names(host, 'bäckby')).toEqual(['Bäckby norra']);
    await seedOrganisation(t.db, 'beta');
    const beta = await signIn(t.app, 'admin@beta.test');
    const found = (await beta.get('/api/v1/areas/search?q=b')).json() as { id: string }[];
    expect(found.map((h) => h.id)).not.toContain(seed.areas[0].id);
    expect(found.map((h) => h.id)).not.toContain(seed.district.id);
  });
});

describe('the profile as a PDF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'profile-pdf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const poppler = (tool: string, file: string) => execFileSync(tool, [file], { encoding: 'utf8' });

  it('is tagged PDF 1.7 with embedded fonts, the place and the summary in its text, and its charts as figures', async () => {
    const { admin, north, district } = await setUp();
    const res = await admin.get(`/api/v1/areas/${north.id}/profile.pdf?year=2026`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="backby-norra-2026.pdf"');
    const file = join(dir, 'area.pdf');
    writeFileSync(file, res.rawPayload);
    const info = poppler('pdfinfo', file);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/PDF version:\s+1\.7/);
    const fonts = poppler('pdffonts', file).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    // Columns: name type encoding emb sub uni object ID — every font embedded.
    for (const line of fonts) expect(line).toMatch(/DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const words of [
      'Områdesprofil: Bäckby norra 2026',
      'Sammanfattning',
      'Hushåll',
      'Händelser per 1 000 hushåll',
    ])
      expect(text).toContain(words);
    expect(text).toContain('Sida 1 av');
    // The structure tree: tables with header cells, and the two summary charts (the safety index's
    // trend and the EST strip) as figures with a text alternative.
    const raw = res.rawPayload.toString('latin1');
    expect(raw.match(/\/S \/Figure/g)).toHaveLength(2);
    expect(raw).toMatch(/\/S \/TH/);
    expect(raw).toMatch(/\/S \/Table/);
    expect(raw.match(/\/Alt /g)).toHaveLength(2);

    const whole = await admin.get(`/api/v1/districts/${district.id}/profile.pdf?year=2026`);
    expect(whole.statusCode).toBe(200);
    const districtFile = join(dir, 'district.pdf');
    writeFileSync(districtFile, whole.rawPayload);
    expect(poppler('pdfinfo', districtFile)).toMatch(/Tagged:\s+yes/);
    const districtText = execFileSync('pdftotext', ['-layout', districtFile, '-'], { encoding: 'utf8' });
    expect(districtText).toContain('Stadsdelsprofil: Bäckby 2026');
    expect(districtText).toContain('Områden i stadsdelen');
  });
});
