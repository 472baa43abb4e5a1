import { describe, expect, it } from 'vitest';
import { seedOrganisation, signIn } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { publishIndicator } from '../../core/report';
import { organisationIndicators } from './index';
import type { Entry, FrameworkResponse, ManualIndicator } from './indicators.contract';
import { surveyShareIndicator } from './testing';

const t = setUpTestApp();
// The test clock is in December 2026: last year's values are complete.
const year = 2025;

async function setUp() {
  const seed = await seedOrganisation(t.db);
  const analyst = await signIn(t.app, 'analyst@alfa.test');
  const indicator: ManualIndicator = (
    await analyst.post('/api/v1/indicators/manual', surveyShareIndicator)
  ).json();
  const entered = await analyst.post(`/api/v1/indicators/manual/${indicator.id}/entries`, {
    year,
    areaId: null,
    value: 0.75,
    n: 200,
    sourceNote: 'Kundenkät 2025, leverantörens rapport',
  });
  expect(entered.statusCode).toBe(201);
  return { seed, analyst, indicator, entry: entered.json() as Entry };
}

const ownCodes = (framework: FrameworkResponse) =>
  framework.materialAreas.flatMap((m) => [
    ...m.indicators.filter((i) => i.manual).map((i) => i.id),
    ...m.focusAreas.flatMap((f) => f.indicators.filter((i) => i.manual).map((i) => i.id)),
  ]);

describe('correcting and deleting hand-entered values and indicators', () => {
  it('corrects a year’s value, n and source note: the figure follows, the change names its maker, the audit keeps the old value', async () => {
    const { seed, indicator, entry } = await setUp();
    const admin = await signIn(t.app, 'admin@alfa.test');
    const body = { year, areaId: null, value: 0.78, n: 210, sourceNote: 'Kundenkät 2025, rättad rapport' };

    const viewer = await signIn(t.app, 'viewer@alfa.test');
    expect((await viewer.request('PUT', `/api/v1/indicators/entries/${entry.id}`, body)).statusCode).toBe(
      403,
    );

    const corrected = await admin.request('PUT', `/api/v1/indicators/entries/${entry.id}`, body);
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json()).toMatchObject({
      id: entry.id,
      value: 0.78,
      n: 210,
      sourceNote: 'Kundenkät 2025, rättad rapport',
      changedBy: { id: seed.users.admin.id, name: 'admin alfa' },
    });

    // 0.78 of 210 people: from 100 contributors the share is published to 0.1 point, 0.78 as it is.
    const [definition] = await organisationIndicators(t.db, seed.organisation.id);
    const figure = publishIndicator(definition, await definition.compute(t.db, seed.organisation.id, year));
    expect(figure).toMatchObject({ value: 0.78, n: 210, suppressed: false });

    const audit = (await admin.get('/api/v1/audit?entity=indicator_entry')).json();
    expect(audit[0]).toMatchObject({
      action: 'update',
      before: { value: 0.75, n: 200, sourceNote: 'Kundenkät 2025, leverantörens rapport' },
      after: { code: indicator.code, value: 0.78, n: 210 },
    });
  });

  it('refuses to delete an indicator that still has values, in the user’s language, and deletes it once they are removed, audited', async () => {
    const { analyst, indicator, entry } = await setUp();

    const viewer = await signIn(t.app, 'viewer@alfa.test');
    expect((await viewer.request('DELETE', `/api/v1/indicators/manual/${indicator.id}`)).statusCode).toBe(
      403,
    );
    await seedOrganisation(t.db, 'beta');
    const otherAdmin = await signIn(t.app, 'admin@beta.test');
    expect((await otherAdmin.request('DELETE', `/api/v1/indicators/manual/${indicator.id}`)).statusCode).toBe(
      404,
    );

    const refused = await analyst.request('DELETE', `/api/v1/indicators/manual/${indicator.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'manual_indicator_has_entries',
      message:
        'manual_survey_safety har inmatade värden kvar (1 st.). Ta bort dem först, sedan kan indikatorn tas bort.',
    });
    await analyst.request('PUT', '/api/v1/auth/me/language', { language: 'en' });
    const inEnglish = await analyst.request('DELETE', `/api/v1/indicators/manual/${indicator.id}`);
    expect(inEnglish.json().error.message).toBe(
      'manual_survey_safety still has entered values (1). Remove them first; then the indicator can be deleted.',
    );
    expect((await analyst.get('/api/v1/indicators/manual')).json()).toHaveLength(1);

    expect((await analyst.request('DELETE', `/api/v1/indicators/entries/${entry.id}`)).statusCode).toBe(204);
    expect((await analyst.request('DELETE', `/api/v1/indicators/manual/${indicator.id}`)).statusCode).toBe(
      204,
    );
    expect((await analyst.get('/api/v1/indicators/manual')).json()).toEqual([]);
    expect(ownCodes((await analyst.get('/api/v1/indicators/framework')).json())).toEqual([]);
    expect((await analyst.get(`/api/v1/indicators/${indicator.code}/trace?year=${year}`)).statusCode).toBe(
      404,
    );

    const admin = await signIn(t.app, 'admin@alfa.test');
    const audit = (await admin.get('/api/v1/audit?entity=manual_indicator')).json();
    expect(audit[0]).toMatchObject({ action: 'delete', before: { code: 'manual_survey_safety' } });
  });
});
