import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The rounds service worker run in a sandbox: a fake `self`, Cache Storage and network, and an
// in-memory IndexedDB. What matters on a shared phone is what is left after someone signs out.

const source = readFileSync(new URL('./sw-rounds.js', import.meta.url), 'utf8');
const origin = 'https://grannskap.test';
const appCache = 'grannskap-rounds-v2';

type Handler = (event: unknown) => void;
type FakeRequest = { url: string; method: string; mode: string; headers: Headers };

let handlers: Record<string, Handler>;
let stores: Map<string, Map<string, Response>>;
let network: { online: boolean; calls: { url: string; method: string; csrf: string | null }[] };
let messages: unknown[];

const keyOf = (key: string | { url: string }) =>
  new URL(typeof key === 'string' ? key : key.url, origin).href;

function fakeCaches() {
  const open = async (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const entries = stores.get(name)!;
    return {
      put: async (key: string | { url: string }, response: Response) =>
        void entries.set(keyOf(key), response),
      match: async (key: string | { url: string }) => entries.get(keyOf(key))?.clone(),
      delete: async (key: string | { url: string }) => entries.delete(keyOf(key)),
      keys: async () => [...entries.keys()].map((url) => ({ url })),
      add: async () => undefined,
    };
  };
  return {
    open,
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
  };
}

async function fakeFetch(input: string | FakeRequest, init?: RequestInit) {
  const url = typeof input === 'string' ? new URL(input, origin).href : input.url;
  const method = typeof input === 'string' ? (init?.method ?? 'GET') : input.method;
  const headers = typeof input === 'string' ? new Headers(init?.headers) : input.headers;
  network.calls.push({ url: new URL(url).pathname, method, csrf: headers.get('x-csrf-token') });
  if (!network.online) throw new TypeError('Failed to fetch');
  return new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } });
}

beforeEach(() => {
  handlers = {};
  stores = new Map();
  network = { online: true, calls: [] };
  messages = [];
  const indexedDB = new IDBFactory();
  vi.stubGlobal('indexedDB', indexedDB);
  const self = {
    location: { origin },
    addEventListener: (type: string, handler: Handler) => {
      handlers[type] = handler;
    },
    clients: {
      matchAll: async () => [{ postMessage: (m: unknown) => messages.push(m) }],
      claim: async () => undefined,
    },
    skipWaiting: () => undefined,
    indexedDB,
  };
  new Function('self', 'caches', 'fetch', 'indexedDB', source)(self, fakeCaches(), fakeFetch, indexedDB);
});

const request = (path: string, method = 'GET', mode = 'cors', csrf?: string): FakeRequest => ({
  url: `${origin}${path}`,
  method,
  mode,
  headers: new Headers(csrf ? { 'x-csrf-token': csrf } : {}),
});

/** Dispatches a fetch event; the worker's answer, or null when it lets the browser handle it. */
async function dispatch(req: FakeRequest): Promise<Response | null> {
  const answers: Promise<Response>[] = [];
  handlers.fetch({
    request: req,
    respondWith: (p: Promise<Response>) => answers.push(p),
    waitUntil: () => {},
  });
  return answers.length ? await answers[0] : null;
}

async function cacheWith(name: string, paths: string[]) {
  const cache = new Map<string, Response>();
  for (const path of paths) cache.set(keyOf(path), new Response(path));
  stores.set(name, cache);
}

const cachedPaths = (name: string) => [...(stores.get(name)?.keys() ?? [])].map((u) => new URL(u).pathname);

type Row = Record<string, unknown> & { clientId: string; state: string };

async function queueOf(name: string, data: Record<'rounds' | 'findings' | 'photos' | 'shifts', Row[]>) {
  const database = await openDB(name, 1, {
    upgrade(d) {
      for (const store of ['rounds', 'findings', 'photos', 'shifts'])
        d.createObjectStore(store, { keyPath: 'clientId' });
    },
  });
  for (const [store, rows] of Object.entries(data))
    for (const row of rows) await database.put(store as 'rounds', row);
  database.close();
}

async function clientIdsIn(name: string) {
  const database = await openDB(name, 1);
  const ids: Record<string, string[]> = {};
  for (const store of ['rounds', 'findings', 'photos', 'shifts'])
    ids[store] = (await database.getAll(store)).map((r: Row) => r.clientId).sort();
  database.close();
  return ids;
}

describe('the rounds service worker when someone signs out', () => {
  it("drops cached API answers and every queue's sent records, and keeps what is not sent", async () => {
    await cacheWith(appCache, ['/', '/assets/index-abc.js', '/api/v1/auth/me', '/api/v1/rounds/templates']);
    const synced = 'synced';
    await queueOf('grannskap-rounds-user-a', {
      rounds: [
        { clientId: 'R1', state: synced, completed: true }, // sent and finished: goes
        { clientId: 'R2', state: synced, completed: false }, // still being walked: stays
        { clientId: 'R3', state: synced, completed: true }, // its finding F3 waits: stays
        { clientId: 'R4', state: synced, completed: true }, // F4's photo waits: stays
      ],
      findings: [
        { clientId: 'F1', state: synced, roundClientId: 'R1' },
        { clientId: 'F2', state: synced, roundClientId: 'R2' },
        { clientId: 'F3', state: 'pending', roundClientId: 'R3' },
        { clientId: 'F4', state: synced, roundClientId: 'R4' },
      ],
      photos: [
        { clientId: 'P1', state: synced, findingClientId: 'F1' },
        { clientId: 'P2', state: 'pending', findingClientId: 'F4' },
      ],
      shifts: [
        { clientId: 'S1', state: synced },
        { clientId: 'S2', state: 'rejected' }, // refused by the server: the user should see why
      ],
    });
    await queueOf('grannskap-rounds-user-b', {
      rounds: [{ clientId: 'RB', state: synced, completed: true }],
      findings: [],
      photos: [],
      shifts: [{ clientId: 'SB', state: synced }],
    });

    const answer = await dispatch(request('/api/v1/auth/logout', 'POST', 'cors', 'csrf-a'));
    expect(answer?.status).toBe(200);
    expect(network.calls).toEqual([{ url: '/api/v1/auth/logout', method: 'POST', csrf: 'csrf-a' }]);
    expect(cachedPaths(appCache)).toEqual(['/', '/assets/index-abc.js']);
    expect(messages).toEqual([{ type: 'rounds-signed-out' }]);
    expect(await clientIdsIn('grannskap-rounds-user-a')).toEqual({
      rounds: ['R2', 'R3', 'R4'],
      findings: ['F2', 'F3', 'F4'],
      photos: ['P2'],
      shifts: ['S2'],
    });
    // User B had nothing left to send: their database is gone.
    expect((await indexedDB.databases()).map((d) => d.name)).toEqual(['grannskap-rounds-user-a']);
  });

  it('signs out offline at once, and ends the session on the server before the next sign-in', async () => {
    await cacheWith(appCache, ['/', '/api/v1/auth/me']);
    network.online = false;
    const answer = await dispatch(request('/api/v1/auth/logout', 'POST', 'cors', 'csrf-a'));
    expect(await answer?.json()).toEqual({ ok: true });
    expect(cachedPaths(appCache)).toEqual(['/']);

    // Still offline: the app shell opens from the cache (the sign-in page), the retry fails quietly.
    const shell = await dispatch(request('/rounds/field', 'GET', 'navigate'));
    expect(await shell?.text()).toBe('/');

    // Back online, the next person signs in: the first user's session is ended first.
    network.online = true;
    network.calls = [];
    await dispatch(request('/api/v1/auth/login', 'POST'));
    expect(network.calls).toEqual([
      { url: '/api/v1/auth/logout', method: 'POST', csrf: 'csrf-a' },
      { url: '/api/v1/auth/login', method: 'POST', csrf: null },
    ]);
    // …and only once.
    network.calls = [];
    await dispatch(request('/rounds/field', 'GET', 'navigate'));
    expect(network.calls.map((c) => c.url)).toEqual(['/rounds/field']);
  });

  it('keeps the pending sign-out when a new version of the worker clears old caches', async () => {
    await cacheWith('grannskap-rounds-v1', ['/']);
    await cacheWith('grannskap-rounds-state', ['/__grannskap-rounds/pending-logout']);
    await cacheWith(appCache, ['/']);
    const waits: Promise<unknown>[] = [];
    handlers.activate({ waitUntil: (p: Promise<unknown>) => waits.push(p) });
    await Promise.all(waits);
    expect([...stores.keys()].sort()).toEqual(['grannskap-rounds-state', appCache]);
  });
});
