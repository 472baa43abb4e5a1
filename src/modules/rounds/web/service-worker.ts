import { releaseQueue } from './offline-queue';

let listening = false;
/** The worker tells open pages when someone signs out, so they close the queue it is about to clear. */
function listenForSignOut() {
  if (listening) return;
  listening = true;
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (event.data?.type === 'rounds-signed-out') releaseQueue();
  });
}

/**
 * Registers the rounds service worker (/sw-rounds.js, scope "/") and hands it the files this page
 * has already loaded, so the app shell and lazy chunks are cached before the phone goes offline.
 */
export async function registerRoundsServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  listenForSignOut();
  try {
    await navigator.serviceWorker.register('/sw-rounds.js', { scope: '/' });
    const registration = await navigator.serviceWorker.ready;
    // Everything this page loaded, API answers too (a walk opened for the first time must open
    // offline as well): the worker keeps only the API answers the field screens need.
    const loaded = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((u) => u.startsWith(location.origin));
    // The answers the shell and the field screens need to start without a network.
    const api = ['/api/v1/auth/me', '/api/v1/rounds/templates', '/api/v1/areas'].map(
      (p) => `${location.origin}${p}`,
    );
    const urls = [...new Set([...loaded, ...api])];
    const channel = new MessageChannel();
    const done = new Promise<void>((resolve) => {
      channel.port1.onmessage = () => resolve();
      setTimeout(resolve, 10_000);
    });
    registration.active?.postMessage({ type: 'cache-urls', urls }, [channel.port2]);
    await done;
    // Marks the page as ready to go offline (the browser test waits for it).
    document.documentElement.dataset.roundsOffline = navigator.serviceWorker.controller
      ? 'ready'
      : 'installed';
  } catch {
    // No service worker (private mode, old browser): the screens still work while online.
  }
}

/** Adds the web app manifest link once, so the field app can be installed on the home screen. */
export function addManifestLink(): void {
  if (document.querySelector('link[rel="manifest"]')) return;
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = '/rounds.webmanifest';
  document.head.appendChild(link);
}
