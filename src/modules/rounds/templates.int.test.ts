import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setUpTestApp } from '../../../test/harness';
import { checklistTemplates } from './rounds.table';
import { roundsWorld, signInDirect } from './test-world';

const t = setUpTestApp();

const item = (key: string, sv: string, required = true) => ({ key, label: { sv, en: sv }, required });
type Session = Awaited<ReturnType<typeof signInDirect>>;
const stairwellName = { sv: 'Trapphus', en: 'Stairwell' };

/** An admin saves the stairwell checklist on top of the version they opened. */
const saveStairwell = (
  session: Session,
  baseVersion: number,
  items: ReturnType<typeof item>[],
  name = stairwellName,
) => session.post('/api/v1/rounds/templates', { key: 'stairwell', baseVersion, name, items });

describe('editing checklists', () => {
  it('refuses a new checklist whose key is taken, and a save on top of a newer version', async () => {
    const { admin } = await roundsWorld(t);
    const versions = async () =>
      (
        await t.db
          .select({ n: count() })
          .from(checklistTemplates)
          .where(eq(checklistTemplates.key, 'stairwell'))
      )[0].n;
    const taken = await saveStairwell(admin, 0, [item('lighting', 'Belysning')], {
      sv: 'Mitt trapphus',
      en: 'My stairwell',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.message).toBe(
      'Det finns redan en checklista med nyckeln "stairwell". Välj en annan nyckel.',
    );
    expect(await versions()).toBe(1);

    // Two admin sessions open version 1; the first saves version 2, the second is told instead of overwriting it.
    const other = await signInDirect(t, 'admin@alfa.test');
    const first = await saveStairwell(admin, 1, [
      item('lighting', 'Belysning'),
      item('bikes', 'Cyklar i trapphuset', false),
    ]);
    expect(first.json().version).toBe(2);
    const second = await saveStairwell(other, 1, [item('lighting', 'Belysning')]);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('template_changed');
    expect(await versions()).toBe(2);
  });

  it('lets a round keep the version it walked, and completes it only when every required item is answered', async () => {
    const { seed, host, admin, stairwell } = await roundsWorld(t);
    const round = (templateId: string, answers: Record<string, string>) => ({
      clientId: randomUUID(),
      templateId,
      propertyId: seed.properties[0].id,
      walkedOn: '2026-11-20',
      answers,
      completed: true,
    });
    const onV1 = round(stairwell.id, {
      lighting: 'ok',
      doors_locks: 'ok',
      fire_hazards: 'na',
      cleanliness: 'finding',
      graffiti: 'ok',
    });
    const v2 = (
      await saveStairwell(admin, 1, [
        item('lighting', 'Belysning'),
        item('bikes', 'Cyklar i trapphuset'),
        item('smell', 'Lukt', false),
      ])
    ).json();
    // On version 2 the required "bikes" is not answered: stored, but not completed.
    const onV2 = round(v2.id, { lighting: 'ok', smell: 'ok' });
    await host.post('/api/v1/rounds/sync', { rounds: [onV1, onV2] });
    const list = (await host.get('/api/v1/rounds')).json() as {
      clientId: string;
      templateVersion: number;
      completed: boolean;
    }[];
    const byClient = Object.fromEntries(list.map((r) => [r.clientId, [r.templateVersion, r.completed]]));
    expect(byClient).toEqual({ [onV1.clientId]: [1, true], [onV2.clientId]: [2, false] });
  });
});
