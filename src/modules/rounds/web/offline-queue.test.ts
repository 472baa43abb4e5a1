import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The phone's queue against an in-memory IndexedDB, with the API replaced by a fake server that
// records what it is sent. A fresh database and module for every test.
const post = vi.fn();
vi.mock('../../../web/api', () => ({ api: { post: (...args: unknown[]) => post(...args) } }));

type Queue = typeof import('./offline-queue') & typeof import('./offline-sync');
let q: Queue;
const online = { onLine: false };

beforeEach(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.stubGlobal('navigator', online);
  online.onLine = false;
  post.mockReset();
  vi.resetModules();
  // The queue and its sender, as a page loads them (the sender hooks into every save).
  q = { ...(await import('./offline-queue')), ...(await import('./offline-sync')) };
  q.setQueueOwner('user-a');
});

type Body = {
  rounds?: { clientId: string }[];
  findings?: { clientId: string }[];
  photos?: { clientId: string }[];
};

/** A fake server that stores each client id once, as the real one does. */
function fakeServer() {
  const stored = new Set<string>();
  post.mockImplementation(async (_url: string, body: Body) => {
    const results = [];
    for (const [kind, list] of [
      ['round', body.rounds ?? []],
      ['finding', body.findings ?? []],
      ['photo', body.photos ?? []],
    ] as const) {
      for (const item of list) {
        results.push({
          kind,
          clientId: item.clientId,
          status: stored.has(item.clientId) ? 'existing' : 'created',
          id: crypto.randomUUID(),
          error: null,
        });
        stored.add(item.clientId);
      }
    }
    return { results };
  });
  return stored;
}

async function roundWithThreeFindings() {
  const roundId = q.newClientId();
  await q.saveRound({
    clientId: roundId,
    templateId: crypto.randomUUID(),
    templateName: { sv: 'Trapphus', en: 'Stairwell' },
    items: [{ key: 'lighting', label: { sv: 'Belysning', en: 'Lighting' }, required: true }],
    areaId: crypto.randomUUID(),
    propertyId: crypto.randomUUID(),
    propertyLabel: 'F1 Testgatan 1',
    walkedOn: '2026-11-23',
    answers: { lighting: 'finding' },
    completed: false,
  });
  const findingIds: string[] = [];
  for (const severity of ['low', 'medium', 'high'] as const) {
    const clientId = q.newClientId();
    findingIds.push(clientId);
    await q.saveFinding(
      {
        clientId,
        roundClientId: roundId,
        walkId: null,
        areaId: null,
        propertyId: null,
        itemKey: 'lighting',
        positive: false,
        severity,
        note: severity,
        staircase: null,
        floor: null,
        foundOn: '2026-11-23',
      },
      severity === 'high'
        ? new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' })
        : undefined,
    );
  }
  return { roundId, findingIds };
}

describe('offline queue', () => {
  it('keeps a round, three findings and a photo on the phone while offline, sending nothing', async () => {
    const { roundId } = await roundWithThreeFindings();
    expect(post).not.toHaveBeenCalled();
    expect(await q.queueStatus()).toEqual({
      pending: 5,
      rejected: 0,
      byKind: { rounds: 1, findings: 3, photos: 1, shifts: 0 },
    });
    expect((await q.findingsOfRound(roundId)).map((f) => f.note)).toEqual(['low', 'medium', 'high']);
  });

  it('keeps every answer of taps in quick succession, and completes without undoing any', async () => {
    const { roundId } = await roundWithThreeFindings();
    // Four taps before any of their saves has finished, then "complete": none may undo another.
    await Promise.all([
      q.updateRound(roundId, (r) => ({ ...r, answers: { ...r.answers, doors: 'ok' } })),
      q.updateRound(roundId, (r) => ({ ...r, answers: { ...r.answers, locks: 'na' } })),
      q.updateRound(roundId, (r) => ({ ...r, answers: { ...r.answers, fire: 'ok' } })),
      q.updateRound(roundId, (r) => ({ ...r, completed: true })),
    ]);
    const round = await q.getRound(roundId);
    expect(round?.answers).toEqual({ lighting: 'finding', doors: 'ok', locks: 'na', fire: 'ok' });
    expect(round?.completed).toBe(true);
    expect(round?.state).toBe('pending');
  });

  it('sends rounds and findings together, then the photo after its finding, and marks all synced', async () => {
    const stored = fakeServer();
    await roundWithThreeFindings();
    await q.syncNow();
    expect(post).toHaveBeenCalledTimes(2);
    expect(post.mock.calls[0][1].findings).toHaveLength(3);
    expect(post.mock.calls[1][1].photos).toHaveLength(1);
    expect(post.mock.calls[1][1].photos[0].data).toBe('/9j/2Q=='); // base64 of FF D8 FF D9
    expect(stored.size).toBe(5);
    expect((await q.queueStatus()).pending).toBe(0);
    await q.syncNow();
    expect(post).toHaveBeenCalledTimes(2); // nothing left to send
  });

  it('keeps everything when a request fails, and resends the same client ids next time', async () => {
    await roundWithThreeFindings();
    post.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(q.syncNow()).rejects.toThrow('Failed to fetch');
    expect((await q.queueStatus()).pending).toBe(5);
    const stored = fakeServer();
    await q.syncNow();
    const firstTry = post.mock.calls[0][1] as Body;
    const secondTry = post.mock.calls[1][1] as Body;
    expect(secondTry.findings!.map((f) => f.clientId)).toEqual(firstTry.findings!.map((f) => f.clientId));
    expect(stored.size).toBe(5);
    expect((await q.queueStatus()).pending).toBe(0);
  });

  it('leaves a finding edited while its sync was under way pending, so the edit is sent too', async () => {
    const { findingIds } = await roundWithThreeFindings();
    const stored = fakeServer();
    const serve = post.getMockImplementation()!;
    post.mockImplementationOnce(async (url: string, body: Body) => {
      const [finding] = await q.findingsOfRound((await q.listRounds())[0].clientId);
      await q.saveFinding({ ...finding, note: 'rättad text' });
      return serve(url, body);
    });
    await q.syncNow();
    const edited = (await q.findingsOfRound((await q.listRounds())[0].clientId)).find(
      (f) => f.clientId === findingIds[0],
    )!;
    expect(edited.state).toBe('pending');
    expect(edited.note).toBe('rättad text');
    expect(stored.has(findingIds[0])).toBe(true);
  });

  it('marks what the server refuses as rejected and counts it apart', async () => {
    await roundWithThreeFindings();
    post.mockImplementation(async (_url: string, body: Body) => ({
      results: [...(body.rounds ?? []), ...(body.findings ?? [])].map((i, n) => ({
        kind: n === 0 ? 'round' : 'finding',
        clientId: i.clientId,
        status: 'rejected',
        id: null,
        error: 'forbidden',
      })),
    }));
    await q.syncNow();
    expect(await q.queueStatus()).toMatchObject({ pending: 1, rejected: 4 }); // the photo waits for its finding
  });

  it('forgets synced records after two weeks but never pending ones', async () => {
    fakeServer();
    const { roundId } = await roundWithThreeFindings();
    const round = (await q.getRound(roundId))!;
    await q.saveRound({ ...round, completed: true });
    await q.syncNow();
    const extra = q.newClientId();
    await q.saveFinding({
      clientId: extra,
      roundClientId: roundId,
      walkId: null,
      areaId: null,
      propertyId: null,
      itemKey: null,
      positive: false,
      severity: 'low',
      note: 'ej skickad',
      staircase: null,
      floor: null,
      foundOn: '2026-11-23',
    });
    await q.pruneSynced(14, Date.now() + 15 * 86_400_000);
    expect((await q.findingsOfRound(roundId)).map((f) => f.note)).toEqual(['ej skickad']);
    expect(await q.getRound(roundId)).toBeDefined(); // kept: one of its findings still waits
    await q.pruneSynced(14, Date.now() + 1 * 86_400_000);
    expect((await q.findingsOfRound(roundId)).length).toBe(1);
  });

  it("keeps each user's queue apart on a shared phone", async () => {
    const { roundId } = await roundWithThreeFindings();
    q.setQueueOwner('user-b');
    expect(await q.listRounds()).toEqual([]);
    expect((await q.queueStatus()).pending).toBe(0);
    expect((await indexedDB.databases()).map((d) => d.name).sort()).toEqual([
      'grannskap-rounds-user-a',
      'grannskap-rounds-user-b',
    ]);
    q.setQueueOwner('user-a');
    expect((await q.listRounds()).map((r) => r.clientId)).toEqual([roundId]);
    expect((await q.queueStatus()).pending).toBe(5);
  });

  it('refuses to use the queue after a sign-out until someone signs in', async () => {
    await roundWithThreeFindings();
    q.releaseQueue();
    await expect(q.listRounds()).rejects.toThrow('before a user was signed in');
  });

  it('tries again by itself after a failed send, with no "online" event', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      online.onLine = true; // the phone believes it is online; the basement says otherwise
      post.mockRejectedValue(new TypeError('Failed to fetch'));
      await roundWithThreeFindings(); // each save tries at once, and fails
      expect((await q.queueStatus()).pending).toBe(5);
      const stored = fakeServer();
      await vi.advanceTimersByTimeAsync(q.retryDelaysMs[0]);
      await vi.waitFor(async () => expect((await q.queueStatus()).pending).toBe(0));
      expect(stored.size).toBe(5);
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends what was saved during a sync in a second pass, without waiting for another trigger', async () => {
    const { findingIds } = await roundWithThreeFindings();
    online.onLine = true;
    fakeServer();
    const serve = post.getMockImplementation()!;
    post.mockImplementationOnce(async (url: string, body: Body) => {
      const [finding] = await q.findingsOfRound((await q.listRounds())[0].clientId);
      await q.saveFinding({ ...finding, note: 'rättad text' }); // its own sync joins the one under way
      return serve(url, body);
    });
    await q.syncNow();
    const sentFindings = post.mock.calls.map((c) =>
      ((c[1] as Body).findings ?? []).map((f) => f.clientId).sort(),
    );
    expect(sentFindings.filter((ids) => ids.length)).toEqual([[...findingIds].sort(), [findingIds[0]]]);
    expect((await q.queueStatus()).pending).toBe(0);
  });
});
