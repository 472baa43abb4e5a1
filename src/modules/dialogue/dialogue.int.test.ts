/**
 * Dialogues through the API, the dialogue_participants figure and the public page. The test clock
 * stands in December 2026; the host has only the first of the two areas.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedOrganisation, signInDirect } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { dialogueParticipantsIndicator } from './indicators';
import { dialoguePoints, dialogues } from './testing';

const t = setUpTestApp();

const groups = (g: Partial<Record<string, number>>) => ({
  children: 0,
  youths: 0,
  women: 0,
  men: 0,
  seniors: 0,
  newcomers: 0,
  ...g,
});

async function world() {
  const seed = await seedOrganisation(t.db);
  const host = await signInDirect(t.app, t.db, 'host@alfa.test');
  const analyst = await signInDirect(t.app, t.db, 'analyst@alfa.test');
  const dialogue = (areaId: string, heldOn: string, participants: number, g = {}, method = 'meeting') =>
    analyst.post('/api/v1/dialogues', {
      areaId,
      heldOn,
      method,
      title: `Möte ${heldOn}`,
      groups: groups(g),
      participants,
    });
  return { seed, host, analyst, dialogue };
}

describe('dialogues', () => {
  it('sums the year’s participants, by group, method and area, as dialogue_participants', async () => {
    const { seed, dialogue } = await world();
    const [north, south] = seed.areas;
    expect((await dialogue(north.id, '2026-02-10', 12, { women: 7, men: 5, seniors: 3 })).statusCode).toBe(
      201,
    );
    expect(
      (
        await dialogue(
          north.id,
          '2026-06-01',
          30,
          { children: 20, women: 6, men: 4 },
          'children_consultation',
        )
      ).statusCode,
    ).toBe(201);
    expect((await dialogue(south.id, '2026-09-15', 7, { women: 4, men: 3, newcomers: 2 })).statusCode).toBe(
      201,
    );
    // Another year: not counted in 2026.
    await dialogue(north.id, '2025-12-31', 50);
    const value = await dialogueParticipantsIndicator.compute(t.db, seed.organisation.id, 2026, 'sv');
    // 12 + 30 + 7 = 49 participants in 3 dialogues.
    expect([value.value, value.n]).toEqual([49, 3]);
    const [byGroup, byMethod, byArea] = value.breakdowns!;
    // Children 20; women 7 + 6 + 4 = 17; men 5 + 4 + 3 = 12; seniors 3; newcomers 2.
    expect(byGroup.rows).toEqual([
      ['Barn', 20],
      ['Unga', 0],
      ['Kvinnor', 17],
      ['Män', 12],
      ['Äldre', 3],
      ['Nyanlända', 2],
    ]);
    // Meetings: 12 + 7 = 19 in two; the children's consultation 30.
    expect(byMethod.rows).toEqual([
      ['Möte', 2, 19],
      ['Barnkonsultation', 1, 30],
    ]);
    // Bäckby norra 12 + 30 = 42; Bäckby södra 7.
    expect(byArea.rows).toEqual([
      ['Bäckby norra', 2, 42],
      ['Bäckby södra', 1, 7],
    ]);
    // The area profile: Bäckby norra had 2 dialogues and 42 participants in 2026, none in 2024.
    const profile = await (await signInDirect(t.app, t.db, 'viewer@alfa.test')).get(
      `/api/v1/areas/${north.id}/profile?year=2026`,
    );
    const section = profile.json().sections.find((s: { module: string }) => s.module === 'dialogue');
    expect(section.figures.map((f: { value: number }) => f.value)).toEqual([2, 42]);
    expect(section.tables[0].rows).toEqual([
      ['2026', 2, 42],
      ['2025', 1, 50],
      ['2024', 0, 0],
    ]);
    const forArea = await dialogueParticipantsIndicator.computeForArea!(
      t.db,
      seed.organisation.id,
      south.id,
      2026,
    );
    expect(forArea.value).toBe(7);
  });

  it('keeps a host to their own areas and refuses a total under the largest group', async () => {
    const { seed, host } = await world();
    const body = {
      heldOn: '2026-05-05',
      method: 'door_knocking',
      title: 'Dörrknackning',
      groups: groups({ women: 8 }),
      participants: 10,
    };
    const other = await host.post('/api/v1/dialogues', { ...body, areaId: seed.areas[1].id });
    expect(other.statusCode).toBe(403);
    const small = await host.post('/api/v1/dialogues', {
      ...body,
      areaId: seed.areas[0].id,
      participants: 5,
    });
    expect(small.statusCode).toBe(400);
    expect(small.json().error.code).toBe('dialogue_total_too_small');
    const own = await host.post('/api/v1/dialogues', { ...body, areaId: seed.areas[0].id });
    expect(own.statusCode).toBe(201);
    expect((await t.db.select().from(dialogues)).length).toBe(1);
    const list = await host.get('/api/v1/dialogues?year=2026&method=door_knocking');
    expect(list.json().map((d: { id: string }) => d.id)).toEqual([own.json().id]);
  });

  it('refuses a point holding a personal identity number and saves nothing', async () => {
    const { seed, dialogue, analyst } = await world();
    const id = (await dialogue(seed.areas[0].id, '2026-03-03', 9)).json().id;
    const refused = await analyst.post(`/api/v1/dialogues/${id}/points`, {
      text: 'Grannen 19811218-9876 klagar på oväsen',
      topics: ['trygghet'],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('personal_data');
    expect(await t.db.select().from(dialoguePoints)).toEqual([]);
  });

  it('makes a point exactly one action, and shows its outcome on the public page without staff notes', async () => {
    const { seed, host } = await world();
    const area = seed.areas[0];
    const created = await host.post('/api/v1/dialogues', {
      areaId: area.id,
      heldOn: '2026-04-20',
      method: 'children_consultation',
      title: 'Barnkonsultation på skolan',
      groups: groups({ children: 14 }),
      participants: 14,
      staffNotes: 'Intern: rektorn vill ha ett nytt möte',
    });
    const point = await host.post(`/api/v1/dialogues/${created.json().id}/points`, {
      text: 'Lekplatsen är mörk på kvällen',
      topics: ['trygghet'],
      response: 'Vi sätter upp belysning.',
    });
    expect(point.statusCode).toBe(201);
    const made = await host.post(`/api/v1/dialogue-points/${point.json().id}/action`, {});
    expect(made.statusCode).toBe(201);
    expect(made.json().action).toMatchObject({ status: 'open', publicText: 'Lekplatsen är mörk på kvällen' });
    const again = await host.post(`/api/v1/dialogue-points/${point.json().id}/action`, {});
    expect(again.statusCode).toBe(409);
    const actions = (await host.get('/api/v1/rounds/actions')).json();
    expect(actions.filter((a: { areaId: string }) => a.areaId === area.id)).toHaveLength(1);

    const page = () => t.app.inject({ method: 'GET', url: `/ni-sa-vi-gjorde/alfa/${area.code}` });
    expect((await page()).body).toContain('<p class="outcome"><strong>Pågår</strong></p>');
    const actionId = made.json().action.id;
    await host.patch(`/api/v1/rounds/actions/${actionId}`, {
      status: 'done',
      publicText: 'Ny belysning vid lekplatsen',
    });
    const done = await page();
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('<p><strong>Ni sa:</strong> Lekplatsen är mörk på kvällen</p>');
    expect(done.body).toContain('<p><strong>Vårt svar:</strong> Vi sätter upp belysning.</p>');
    expect(done.body).toContain(
      '<strong>Vi gjorde:</strong> Ny belysning vid lekplatsen <small>(Klart 2026-12-07)</small>',
    );
    expect(done.body).not.toContain('rektorn');
    expect(done.body).not.toContain('host alfa');
    const [stored] = await t.db.select().from(dialoguePoints).where(eq(dialoguePoints.id, point.json().id));
    expect(stored.actionId).toBe(actionId);
  });

  it('serves the public page in four languages, and an unknown area as a 404 page, never JSON', async () => {
    const { seed } = await world();
    const url = `/ni-sa-vi-gjorde/alfa/${seed.areas[0].code}`;
    const ar = await t.app.inject({ method: 'GET', url: `${url}?lang=ar` });
    expect(ar.body).toContain('<html lang="ar" dir="rtl">');
    expect(ar.body).toContain('<h1>قلتم – فعلنا: Bäckby norra</h1>');
    const so = await t.app.inject({ method: 'GET', url: `${url}?lang=so` });
    expect(so.body).toContain('<h1>Waxaad tiraahdeen – waxaan samaynay: Bäckby norra</h1>');
    const en = await t.app.inject({ method: 'GET', url: `${url}?lang=en` });
    expect(en.body).toContain('<h1>You said – we did: Bäckby norra</h1>');
    // A language the page does not speak: the page in Swedish, not a validation error.
    const bad = await t.app.inject({ method: 'GET', url: `${url}?lang=xx` });
    expect([bad.statusCode, bad.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
    expect(bad.body).toContain('<h1>Ni sa – vi gjorde: Bäckby norra</h1>');
    const unknown = await t.app.inject({ method: 'GET', url: '/ni-sa-vi-gjorde/alfa/NOPE?lang=ar' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(unknown.body).toContain('<h1>الصفحة غير موجودة</h1>');
    const noOrg = await t.app.inject({ method: 'GET', url: '/ni-sa-vi-gjorde/ingen/X' });
    expect(noOrg.statusCode).toBe(404);
    expect(noOrg.body).toContain('<h1>Sidan finns inte</h1>');
  });
});
