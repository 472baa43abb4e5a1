import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setUpTestApp } from '../../../test/harness';
import { actions, findings } from './rounds.table';
import { roundsWorld } from './test-world';

const t = setUpTestApp();

/** A walk planned after its introduction meeting: the walk's date known, the feedback meeting not yet. */
async function plannedWalk() {
  const world = await roundsWorld(t);
  const res = await world.host.post('/api/v1/rounds/walks', {
    areaId: world.seed.areas[0].id,
    title: 'Kvällsvandring runt Bäckby torg',
    introductionOn: '2026-04-02',
    walkOn: '2026-04-16',
    participants: [{ kind: 'tenants', organisation: 'Anna Andersson, Storgatan 3', count: 9 }],
  });
  expect(res.statusCode).toBe(201);
  return { ...world, walk: res.json() };
}

describe('a safety walk over its three meetings', () => {
  it('counts tenants without naming them, and takes the feedback date and the count on the day later', async () => {
    const { host, walk } = await plannedWalk();
    expect(walk.participants).toEqual([{ kind: 'tenants', organisation: null, count: 9 }]);
    const updated = await host.patch(`/api/v1/rounds/walks/${walk.id}`, {
      feedbackOn: '2026-05-07',
      route: 'Torget – gångtunneln – lekplatsen',
      participants: [
        { kind: 'tenants', organisation: 'familjen Berg', count: 14 },
        { kind: 'police', organisation: 'Polisen Västerås', count: 2 },
      ],
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({
      introductionOn: '2026-04-02',
      walkOn: '2026-04-16',
      feedbackOn: '2026-05-07',
      route: 'Torget – gångtunneln – lekplatsen',
      participants: [
        { kind: 'tenants', organisation: null, count: 14 },
        { kind: 'police', organisation: 'Polisen Västerås', count: 2 },
      ],
    });
    // Writing the summary after the feedback meeting leaves route and participants as they were.
    const summary = await host.patch(`/api/v1/rounds/walks/${walk.id}`, { summary: 'Belysningen lagas.' });
    expect(summary.json()).toMatchObject({
      summary: 'Belysningen lagas.',
      route: 'Torget – gångtunneln – lekplatsen',
      participants: [
        { kind: 'tenants', organisation: null, count: 14 },
        { kind: 'police', organisation: 'Polisen Västerås', count: 2 },
      ],
    });
  });

  it('refuses a finding that names a property of another area than the walk’s', async () => {
    const { seed, host, walk } = await plannedWalk();
    const finding = (propertyId: string) => ({
      clientId: randomUUID(),
      walkId: walk.id,
      propertyId,
      severity: 'low',
      note: 'Trasig lampa',
      foundOn: '2026-04-16',
    });
    const res = await host.post('/api/v1/rounds/sync', {
      findings: [finding(seed.properties[1].id), finding(randomUUID()), finding(seed.properties[0].id)],
    });
    expect(
      res.json().results.map((r: { status: string; error: string | null }) => r.error ?? r.status),
    ).toEqual(['property_outside_area', 'not_found', 'created']);
    expect(await t.db.select().from(findings)).toHaveLength(1);
  });
});

describe('the public page "Ni sa – vi gjorde"', () => {
  it('shows a done action in Swedish and English, refuses contact details, and masks them in a title', async () => {
    const { seed, host, walk } = await plannedWalk();
    const [dark, bush] = [randomUUID(), randomUUID()];
    await host.post('/api/v1/rounds/sync', {
      findings: [
        { clientId: dark, walkId: walk.id, severity: 'high', note: 'Mörk gångtunnel', foundOn: '2026-04-16' },
        { clientId: bush, walkId: walk.id, severity: 'medium', note: 'Buskar', foundOn: '2026-04-16' },
      ],
    });
    const [auto] = (await host.get(`/api/v1/rounds/actions?walkId=${walk.id}`)).json();
    const refused = await host.patch(`/api/v1/rounds/actions/${auto.id}`, {
      status: 'done',
      publicText: 'Ny belysning. Frågor? Ring Kim på 070-123 45 67.',
    });
    // The one personal-data refusal of every module: 422, naming what to remove, in the module's words.
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('personal_data');
    expect(refused.json().error.message).toBe(
      'Texten för den publika sidan innehåller personuppgifter: telefonnummer (070-…). Skriv vad som gjordes utan namn, telefonnummer, e-post eller personnummer.',
    );
    const [unchanged] = await t.db.select().from(actions).where(eq(actions.id, auto.id));
    expect([unchanged.status, unchanged.publicText]).toEqual(['open', null]);

    await host.patch(`/api/v1/rounds/actions/${auto.id}`, {
      status: 'done',
      publicText: 'Vi har bytt armaturerna i gångtunneln.',
      publicTextEn: 'We have replaced the lights in the underpass.',
    });
    // Done without a public text: the page falls back to the title, contact details masked.
    const [bushFinding] = await t.db.select().from(findings).where(eq(findings.clientId, bush));
    const manual = await host.post('/api/v1/rounds/actions', {
      findingId: bushFinding.id,
      title: 'Beskär buskarna, kontakt kim@example.se',
    });
    await host.patch(`/api/v1/rounds/actions/${manual.json().id}`, { status: 'done' });

    const area = seed.areas[0];
    const sv = (await t.app.inject({ method: 'GET', url: `/ni-sa-vi-gjorde/alfa/${area.code}` })).body;
    expect(sv).toContain('<li>Vi har bytt armaturerna i gångtunneln. <small>(Klart ');
    expect(sv).toContain('<li>Beskär buskarna, kontakt [e-post] <small>');
    expect(sv).not.toContain('kim@example.se');
    expect(sv).not.toContain('host alfa');
    const en = (await t.app.inject({ method: 'GET', url: `/ni-sa-vi-gjorde/alfa/${area.code}?lang=en` }))
      .body;
    expect(en).toContain('<li>We have replaced the lights in the underpass. <small>(Done ');
    expect(en).toContain('<span lang="sv">Beskär buskarna, kontakt [e-post]</span>');
  });
});
