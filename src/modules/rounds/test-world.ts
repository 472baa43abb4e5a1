/** Shared set-up of the rounds integration tests: sessions, the seed world, a phone's queue. */
import { randomUUID } from 'node:crypto';
import type { Session } from '../../../test/fixtures';
import { seedOrganisation, signInDirect as signInDirectTo } from '../../../test/fixtures';
import type { TestApp } from '../../../test/harness';
import { jpegWithGps } from '../../core/test-photos';

/** A session made directly: the login route's rate limit would stop a file that signs in often. */
export const signInDirect = (t: TestApp, email: string): Promise<Session> =>
  signInDirectTo(t.app, t.db, email);

/** The seed organisation, a host (area N) and an admin signed in, and the stairwell checklist. */
export async function roundsWorld(t: TestApp) {
  const seed = await seedOrganisation(t.db);
  const host = await signInDirect(t, 'host@alfa.test');
  const admin = await signInDirect(t, 'admin@alfa.test');
  const templates = (await host.get('/api/v1/rounds/templates')).json() as {
    id: string;
    key: string;
    items: { key: string }[];
  }[];
  const stairwell = templates.find((x) => x.key === 'stairwell')!;
  return { seed, host, admin, stairwell };
}

/** The queue a phone would hold after a stairwell round with three findings, one of them high, and a photo. */
export async function stairwellQueue(stairwellId: string, propertyId: string) {
  const round = randomUUID();
  const [f1, f2, f3] = [randomUUID(), randomUUID(), randomUUID()];
  const photo = (await jpegWithGps()).toString('base64');
  return {
    rounds: [
      {
        clientId: round,
        templateId: stairwellId,
        propertyId,
        walkedOn: '2026-11-20',
        answers: {
          lighting: 'finding',
          doors_locks: 'finding',
          fire_hazards: 'finding',
          cleanliness: 'ok',
          graffiti: 'na',
        },
        completed: true,
      },
    ],
    findings: [
      {
        clientId: f1,
        roundClientId: round,
        itemKey: 'lighting',
        severity: 'low',
        note: 'Lampa trasig plan 3',
        staircase: 'B',
        floor: '3',
        foundOn: '2026-11-20',
      },
      {
        clientId: f2,
        roundClientId: round,
        itemKey: 'doors_locks',
        severity: 'medium',
        note: 'Porten stänger långsamt',
        staircase: 'B',
        floor: '0',
        foundOn: '2026-11-20',
      },
      {
        clientId: f3,
        roundClientId: round,
        itemKey: 'fire_hazards',
        severity: 'high',
        note: 'Barnvagnar och kartonger i trapphuset',
        staircase: 'A',
        floor: '1',
        foundOn: '2026-11-20',
      },
    ],
    photos: [{ clientId: randomUUID(), findingClientId: f3, data: photo }],
    shifts: [],
  };
}
