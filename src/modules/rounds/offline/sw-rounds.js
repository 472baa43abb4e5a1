// Service worker of the rounds field app (plain JavaScript, served as /sw-rounds.js, scope "/").
// It keeps the app shell and the few API answers the round screens need, so a round can be
// walked, and the page reloaded, without a network. Findings and photos themselves live in
// IndexedDB (see web/offline-queue.ts); this worker only makes the pages load.

const CACHE = 'grannskap-rounds-v1';
const SHELL = '/';
// GET answers the field screens read; served from cache when the network is gone.
const API_CACHED = [
  '/api/v1/auth/me',
  '/api/v1/rounds/templates',
  '/api/v1/areas',
  '/api/v1/properties',
  '/api/v1/rounds/walks',
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
          keys.filter((k) => k.startsWith('grannskap-rounds-') && k !== CACHE).map((k) => caches.delete(k)),
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
  if (data.type === 'sign-out') event.waitUntil(caches.delete(CACHE));
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
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === 'navigate') {
    if (url.pathname.startsWith('/api/')) return;
    event.respondWith(navigation(request));
    return;
  }
  if (url.pathname.startsWith('/api/')) {
    if (cachedApi(url.pathname)) event.respondWith(networkFirst(request, request));
    return;
  }
  event.respondWith(cacheFirst(request));
});
