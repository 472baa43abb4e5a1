// Service worker of the rounds field app (plain JavaScript, served as /sw-rounds.js, scope "/").
// It keeps the app shell and the few API answers the round screens need, so a round can be
// walked, and the page reloaded, without a network. Findings and photos themselves live in
// IndexedDB (see web/offline-queue.ts); this worker only makes the pages load.

const CACHE = 'grannskap-rounds-v2';
const SHELL = '/';
// GET answers the field screens read; served from cache when the network is gone.
const API_CACHED = [
  '/api/v1/auth/me',
  '/api/v1/rounds/templates',
  '/api/v1/areas',
  '/api/v1/properties',
  '/api/v1/rounds/walks',
  '/api/v1/rounds/presence/weeks',
];
// …and these with an id or query after them: a walk's page, an area's properties.
const API_CACHED_PREFIXES = ['/api/v1/rounds/walks/', '/api/v1/properties'];
const cachedApi = (path) =>
  API_CACHED.includes(path) ||
  (API_CACHED_PREFIXES.some((p) => path.startsWith(p)) && !path.endsWith('.pdf'));

async function cacheShell() {
  const cache = await caches.open(CACHE);
  const response = await fetch(SHELL, { credentials: 'same-origin' });
  if (!response.ok) return;
  const html = await response.clone().text();
  if (!isAppShell(html)) return;
  await cache.put(SHELL, response);
  // The hashed scripts and styles the shell names.
  const assets = [...html.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css|svg|png|woff2?))"/g)].map((m) => m[1]);
  await Promise.all(assets.map((url) => cache.add(url).catch(() => undefined)));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    cacheShell()
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith('grannskap-rounds-') && k !== CACHE && k !== STATE)
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// The page tells the worker which files it loaded before the worker controlled it (lazy chunks,
// the session answer) and gets a reply on the given port once they are cached.
self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'cache-urls' && Array.isArray(data.urls)) {
    const wanted = data.urls.filter((u) => {
      if (typeof u !== 'string') return false;
      const url = new URL(u, self.location.origin);
      if (url.origin !== self.location.origin) return false;
      return !url.pathname.startsWith('/api/') || cachedApi(url.pathname);
    });
    const port = event.ports?.[0];
    event.waitUntil(
      caches
        .open(CACHE)
        .then((cache) => Promise.all(wanted.map((u) => cache.add(u).catch(() => undefined))))
        .then(() => port?.postMessage({ type: 'cached', count: wanted.length })),
    );
  }
  if (data.type === 'sign-out') event.waitUntil(forgetSignedInUser());
});

async function networkFirst(request, cacheKey) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(cacheKey, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(cacheKey);
    if (cached) return cached;
    throw error;
  }
}

// Every app route is answered with the same index.html; server-rendered public pages (tenant
// survey, calendars, "ni sa – vi gjorde") are not, and must never replace the cached shell.
const isAppShell = (html) => html.includes('<div id="root"></div>');

async function navigation(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && (response.headers.get('content-type') || '').includes('text/html')) {
      const copy = response.clone();
      if (isAppShell(await copy.text())) await cache.put(SHELL, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await cache.match(SHELL);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === 'POST' && url.pathname === '/api/v1/auth/logout') {
    event.respondWith(signOut(request));
    return;
  }
  if (request.method === 'POST' && url.pathname === '/api/v1/auth/login') {
    // A sign-out made offline is finished first, so it cannot end the new user's session later.
    event.respondWith(replayPendingLogout().then(() => fetch(request)));
    return;
  }
  if (request.method !== 'GET') return;

  if (request.mode === 'navigate') {
    if (url.pathname.startsWith('/api/')) return;
    event.respondWith(replayPendingLogout().then(() => navigation(request)));
    return;
  }
  if (url.pathname.startsWith('/api/')) {
    if (cachedApi(url.pathname))
      event.respondWith(replayPendingLogout().then(() => networkFirst(request, request)));
    return;
  }
  event.respondWith(cacheFirst(request));
});

// ---- Signing out on a shared phone -------------------------------------------------------------
// The shell signs out with POST /api/v1/auth/logout; this worker sees that request. Whatever the
// signed-in user's session let it keep — cached API answers, and what the queue has already sent —
// is removed before the next person picks up the phone. What has not been sent stays in that user's
// own database (grannskap-rounds-<user id>), which the app opens only for them, so nothing is lost.

const STATE = 'grannskap-rounds-state';
const PENDING_LOGOUT = '/__grannskap-rounds/pending-logout';
const QUEUE_PREFIX = 'grannskap-rounds-';
let logoutPending; // undefined: not yet read from the cache

async function signOut(request) {
  const csrf = request.headers.get('x-csrf-token') || '';
  let response = null;
  try {
    response = await fetch(request);
  } catch {
    // Offline: the session cookie is still in the browser. Sign out on the server at the next chance.
    await rememberLogout(csrf);
  }
  await forgetSignedInUser();
  return response || new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } });
}

async function rememberLogout(csrf) {
  const state = await caches.open(STATE);
  await state.put(PENDING_LOGOUT, new Response(csrf));
  logoutPending = true;
}

async function replayPendingLogout() {
  if (logoutPending === false) return;
  const state = await caches.open(STATE);
  const pending = await state.match(PENDING_LOGOUT);
  logoutPending = !!pending;
  if (!pending) return;
  try {
    const response = await fetch('/api/v1/auth/logout', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-csrf-token': await pending.text() },
      body: '{}',
    });
    if (response.ok) {
      await state.delete(PENDING_LOGOUT);
      logoutPending = false;
    }
  } catch {
    // Still offline: try again with the next request.
  }
}

/** Drops cached API answers and the queue's sent records, and tells open pages to let go of the queue. */
async function forgetSignedInUser() {
  const cache = await caches.open(CACHE);
  for (const request of await cache.keys()) {
    if (new URL(request.url).pathname.startsWith('/api/')) await cache.delete(request);
  }
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const page of pages) page.postMessage({ type: 'rounds-signed-out' });
  if (!self.indexedDB || !indexedDB.databases) return;
  for (const { name } of await indexedDB.databases()) {
    if (name?.startsWith(QUEUE_PREFIX)) await forgetSentRecords(name);
  }
}

const settled = (request) =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/**
 * Deletes the records of one user's queue that the server already has. Kept: anything not yet sent,
 * a round still being walked (with its findings, so it can be finished), and a sent finding or round
 * that something unsent hangs on. The database goes when nothing is left. (The page's pruneSynced
 * in web/offline-queue.ts keeps the same parent–child rule.)
 */
async function forgetSentRecords(name) {
  const opening = indexedDB.open(name);
  opening.onupgradeneeded = () => opening.transaction.abort(); // never create a database here
  let database;
  try {
    database = await settled(opening);
  } catch {
    return;
  }
  const names = ['rounds', 'findings', 'photos', 'shifts'].filter((s) =>
    database.objectStoreNames.contains(s),
  );
  let left = 0;
  if (names.length) {
    const tx = database.transaction(names, 'readwrite');
    const finished = new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    const rows = {};
    for (const storeName of names) rows[storeName] = await settled(tx.objectStore(storeName).getAll());
    const unsent = (row) => row.state !== 'synced';
    const keep = { rounds: new Set(), findings: new Set(), photos: new Set(), shifts: new Set() };
    for (const r of rows.rounds || []) if (unsent(r) || !r.completed) keep.rounds.add(r.clientId);
    for (const f of rows.findings || []) {
      if (unsent(f) || keep.rounds.has(f.roundClientId)) keep.findings.add(f.clientId);
    }
    for (const p of rows.photos || []) {
      if (!unsent(p)) continue;
      keep.photos.add(p.clientId);
      keep.findings.add(p.findingClientId);
    }
    for (const f of rows.findings || []) {
      if (keep.findings.has(f.clientId) && f.roundClientId) keep.rounds.add(f.roundClientId);
    }
    for (const s of rows.shifts || []) if (unsent(s)) keep.shifts.add(s.clientId);
    for (const storeName of names) {
      const store = tx.objectStore(storeName);
      for (const row of rows[storeName]) {
        if (keep[storeName].has(row.clientId)) left++;
        else store.delete(row.clientId);
      }
    }
    await finished.catch(() => undefined);
  }
  database.close();
  if (left === 0) {
    // Pages close their connection when asked (versionchange); do not wait for one that does not.
    await Promise.race([
      settled(indexedDB.deleteDatabase(name)),
      new Promise((resolve) => setTimeout(resolve, 3000)),
    ]).catch(() => undefined);
  }
}
