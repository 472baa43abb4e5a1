import { describe, expect, it } from 'vitest';
import { seedOrganisation, signIn } from '../../../test/fixtures';
import { setUpTestApp, testConfig } from '../../../test/harness';
import { swedishYear } from '../../shared/time';

const t = setUpTestApp();

type Section = {
  module: string;
  title: string;
  figures: { label: string; value: number }[];
  tables: unknown;
};

describe('the area profile', () => {
  it("gives the area's facts and the housing section: 1 property of 20 households in Bäckby norra", async () => {
    const seed = await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    const res = await admin.get(`/api/v1/areas/${seed.areas[0].id}/profile?year=2024`);
    expect(res.statusCode).toBe(200);
    const profile = res.json();
    expect(profile.year).toBe(2024);
    expect(profile.area).toMatchObject({
      code: 'alfa-N',
      name: 'Bäckby norra',
      districtName: 'Bäckby',
      households: 20,
      properties: 1,
    });
    const housing = profile.sections.find((s: Section) => s.module === 'areas');
    expect(housing.title).toBe('Bostäder');
    expect(housing.figures.map((f: Section['figures'][number]) => [f.label, f.value])).toEqual([
      ['Hushåll', 20],
      ['Fastigheter', 1],
    ]);
    expect(housing.tables).toEqual([
      {
        caption: 'Fastigheter i området',
        columns: ['Kod', 'Adress', 'Hushåll'],
        rows: [['alfa-P1', 'Testgatan 1', 20]],
      },
    ]);
  });

  it("writes the sections in the user's language", async () => {
    const seed = await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    await admin.request('PUT', '/api/v1/auth/me/language', { language: 'en' });
    const profile = (await admin.get(`/api/v1/areas/${seed.areas[0].id}/profile`)).json();
    expect(profile.year).toBe(swedishYear(testConfig.clock()));
    const housing = profile.sections.find((s: Section) => s.module === 'areas');
    expect(housing.title).toBe('Housing');
    expect(housing.figures[0].label).toBe('Households');
  });

  it('shows a host the profile of their own area and refuses the others', async () => {
    const seed = await seedOrganisation(t.db);
    const host = await signIn(t.app, 'host@alfa.test');
    expect((await host.get(`/api/v1/areas/${seed.areas[0].id}/profile`)).statusCode).toBe(200);
    const other = await host.get(`/api/v1/areas/${seed.areas[1].id}/profile`);
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('forbidden');
  });

  it('refuses partners, who see only the situation picture', async () => {
    const seed = await seedOrganisation(t.db);
    const partner = await signIn(t.app, 'partner@alfa.test');
    expect((await partner.get(`/api/v1/areas/${seed.areas[0].id}/profile`)).statusCode).toBe(403);
  });

  it("answers 404 for another organisation's area, and 400 for a year that is not one", async () => {
    const alfa = await seedOrganisation(t.db, 'alfa');
    await seedOrganisation(t.db, 'beta');
    const betaAdmin = await signIn(t.app, 'admin@beta.test');
    const res = await betaAdmin.get(`/api/v1/areas/${alfa.areas[0].id}/profile`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
    expect(res.body).not.toContain('Testgatan');
    const alfaAdmin = await signIn(t.app, 'admin@alfa.test');
    const bad = await alfaAdmin.get(`/api/v1/areas/${alfa.areas[0].id}/profile?year=förra`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation');
  });
});
