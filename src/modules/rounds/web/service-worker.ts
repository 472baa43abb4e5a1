/**
 * Registers the rounds service worker (/sw-rounds.js, scope "/") and hands it the files this page
 * has already loaded, so the app shell and lazy chunks are cached before the phone goes offline.
 */
export async function registerRoundsServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  try {
    const registration = await navigator.serviceWorker.register('/sw-rounds.js', { scope: '/' });
    await navigator.serviceWorker.ready;
    const urls = [
      ...new Set(
        performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((u) => u.startsWith(location.origin) && !u.includes('/api/')),
      ),
    ];
    (registration.active ?? navigator.serviceWorker.controller)?.postMessage({ type: 'cache-urls', urls });
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
