import { describe, expect, it } from 'vitest';
import { seedOrganisation, signIn } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import type { FrameworkResponse } from './indicators.contract';

const t = setUpTestApp();

const area = (framework: FrameworkResponse, code: string) =>
  framework.materialAreas.find((m) => m.code === code)!;

describe('the framework', () => {
  it('shows a viewer the safety index under Hållbara stadsdelar → Trygghet with SDG 11 and target 11.7, in Swedish', async () => {
    await seedOrganisation(t.db);
    const viewer = await signIn(t.app, 'viewer@alfa.test');
    const response = await viewer.get('/api/v1/indicators/framework');
    expect(response.statusCode).toBe(200);
    const framework: FrameworkResponse = response.json();
    expect(framework.language).toBe('sv');
    expect(framework.materialAreas.map((m) => [m.code, m.name])).toEqual([
      ['sustainable_neighbourhoods', 'Hållbara stadsdelar'],
      ['good_community_actor', 'God samhällsaktör'],
      ['sustainable_working_life', 'Hållbart arbetsliv'],
      ['human_rights', 'Mänskliga rättigheter'],
    ]);
    const neighbourhoods = area(framework, 'sustainable_neighbourhoods');
    expect(neighbourhoods.focusAreas.map((f) => f.code)).toEqual([
      'trygghet',
      'dialog',
      'gemenskap',
      'arbete',
    ]);
    const trygghet = neighbourhoods.focusAreas.find((f) => f.code === 'trygghet')!;
    expect(trygghet.name).toBe('Trygghet');
    const safety = trygghet.indicators.find((i) => i.id === 'safety_index')!;
    expect(safety).toMatchObject({
      name: 'Trygghetsindex',
      unit: 'fraction',
      higherIsBetter: true,
      frequency: 'monthly',
      owner: 'analyst',
    });
    expect(safety.definition).toMatch(/indexfrågor/);
    expect(safety.sdgGoals).toContainEqual({ number: 11, title: 'Hållbara städer och samhällen' });
    const target = safety.sdgTargets.find((s) => s.code === '11.7')!;
    expect(target.goal).toBe(11);
    expect(target.text).toMatch(/^Senast 2030 tillhandahålla universell tillgång till säkra, inkluderande/);

    // Programme satisfaction spans the focus areas; EST reporting sits under the partnership.
    expect(neighbourhoods.indicators.map((i) => i.id)).toEqual(['program_satisfied_share']);
    const partnership = area(framework, 'good_community_actor').focusAreas.find(
      (f) => f.code === 'partnership',
    )!;
    expect(partnership.indicators.map((i) => i.id)).toEqual(['est_weeks_reported_share']);
    const incidents = trygghet.indicators.find((i) => i.id === 'incidents_per_1000_households')!;
    expect(incidents.higherIsBetter).toBe(false);
    expect(incidents.sdgGoals.map((g) => g.title)).toContain('Fredliga och inkluderande samhällen');
  });

  it('writes names, titles and definitions in English for an English user', async () => {
    await seedOrganisation(t.db);
    const viewer = await signIn(t.app, 'viewer@alfa.test');
    await viewer.request('PUT', '/api/v1/auth/me/language', { language: 'en' });
    const framework: FrameworkResponse = (await viewer.get('/api/v1/indicators/framework')).json();
    expect(framework.language).toBe('en');
    const neighbourhoods = area(framework, 'sustainable_neighbourhoods');
    expect(neighbourhoods.name).toBe('Sustainable neighbourhoods');
    const trygghet = neighbourhoods.focusAreas.find((f) => f.code === 'trygghet')!;
    expect(trygghet.name).toBe('Safety');
    const safety = trygghet.indicators.find((i) => i.id === 'safety_index')!;
    expect(safety.name).toBe('Safety index');
    expect(safety.sdgGoals).toContainEqual({ number: 11, title: 'Sustainable cities and communities' });
    expect(safety.sdgTargets.find((s) => s.code === '11.7')?.text).toMatch(
      /^By 2030, provide universal access to safe, inclusive and accessible, green and public spaces/,
    );
    expect(area(framework, 'human_rights').focusAreas.map((f) => f.name)).toContain("Children's rights");
  });

  it('is read by every staff role and not by a partner', async () => {
    await seedOrganisation(t.db);
    for (const role of ['admin', 'analyst', 'host', 'viewer'])
      expect(
        (await (await signIn(t.app, `${role}@alfa.test`)).get('/api/v1/indicators/framework')).statusCode,
      ).toBe(200);
    const partner = await signIn(t.app, 'partner@alfa.test');
    expect((await partner.get('/api/v1/indicators/framework')).statusCode).toBe(403);
  });
});
