import { describe, expect, it } from 'vitest';
import { seedOrganisation, signIn } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';

const t = setUpTestApp();

const surveyOf = (rows: { kind: string; threshold: number }[]) =>
  rows.find((r) => r.kind === 'survey')?.threshold;

describe('disclosure thresholds', () => {
  it('lets an admin raise a threshold, audited, and refuses one below the floor without changing anything', async () => {
    await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    const start = (await admin.get('/api/v1/privacy/thresholds')).json();
    expect(start).toContainEqual({ kind: 'survey', threshold: 10, floor: 10 });
    expect(start).toContainEqual({ kind: 'pay', threshold: 5, floor: 5 });

    const raised = await admin.request('PUT', '/api/v1/privacy/thresholds/survey', { threshold: 15 });
    expect(raised.statusCode).toBe(200);
    expect(surveyOf(raised.json())).toBe(15);

    const below = await admin.request('PUT', '/api/v1/privacy/thresholds/survey', { threshold: 9 });
    expect(below.statusCode).toBe(400);
    expect(surveyOf((await admin.get('/api/v1/privacy/thresholds')).json())).toBe(15);

    const audit = (await admin.get('/api/v1/audit?entity=disclosure_threshold')).json();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityLabel: 'Tröskel för röjandeskydd', after: { survey: 15 } });
  });

  it('keeps thresholds per organisation and lets analysts read but not set them', async () => {
    await seedOrganisation(t.db);
    await seedOrganisation(t.db, 'beta');
    const admin = await signIn(t.app, 'admin@alfa.test');
    await admin.request('PUT', '/api/v1/privacy/thresholds/participants', { threshold: 20 });
    const otherAdmin = await signIn(t.app, 'admin@beta.test');
    const other = (await otherAdmin.get('/api/v1/privacy/thresholds')).json();
    expect(other).toContainEqual({ kind: 'participants', threshold: 10, floor: 10 });

    const analyst = await signIn(t.app, 'analyst@alfa.test');
    expect((await analyst.get('/api/v1/privacy/thresholds')).json()).toContainEqual({
      kind: 'participants',
      threshold: 20,
      floor: 10,
    });
    expect(
      (await analyst.request('PUT', '/api/v1/privacy/thresholds/participants', { threshold: 30 })).statusCode,
    ).toBe(403);
  });

  it('shows and sets the threshold for figures entered by hand, default 10, never below 10', async () => {
    await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    const manualOf = (rows: { kind: string; threshold: number }[]) => rows.find((r) => r.kind === 'manual');
    expect(manualOf((await admin.get('/api/v1/privacy/thresholds')).json())).toEqual({
      kind: 'manual',
      threshold: 10,
      floor: 10,
    });
    const below = await admin.request('PUT', '/api/v1/privacy/thresholds/manual', { threshold: 9 });
    expect(below.statusCode).toBe(400);
    const raised = await admin.request('PUT', '/api/v1/privacy/thresholds/manual', { threshold: 25 });
    expect(raised.statusCode).toBe(200);
    expect(manualOf(raised.json())?.threshold).toBe(25);
    // Raising it leaves the people kinds it was once derived from as they were.
    expect(surveyOf(raised.json())).toBe(10);
  });
});
