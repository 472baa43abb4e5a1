import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { Config } from '../config';

/**
 * The image source a map tile template needs: its origin, with a `{s}` subdomain placeholder as a
 * wildcard (`https://{s}.tile.example/{z}/{x}/{y}.png` → `https://*.tile.example`). A template whose
 * host cannot be written as a CSP source falls back to its scheme alone.
 */
export function tileImageSource(template: string): string | null {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(template);
  if (!match) return null;
  const [, scheme, host] = match;
  const wildcard = host.replace(/^\{[a-z]+\}\./i, '*.');
  return /[{}]/.test(wildcard) ? `${scheme}:` : `${scheme}://${wildcard}`;
}

/**
 * One Content-Security-Policy for the web app, the API, /api/docs and the public server-rendered pages
 * (pages may set a stricter one of their own, as the tenant survey does).
 *
 * - Scripts only from this origin, no inline scripts or handlers: the Vite build, Swagger UI and the
 *   public pages load every script from a file, so an injected `<script>` or `onerror=` never runs.
 * - Styles also inline: Mantine writes its theme variables and responsive style props into `<style>`
 *   elements at run time, and the public pages carry their small stylesheet inline. Inline CSS cannot run
 *   code; what it could leak is limited because nothing secret sits in the page's markup (the session
 *   cookie is http-only, the CSRF token lives in script memory).
 * - Images from here and data: (Leaflet's and Swagger UI's icons), plus the tile server when
 *   MAP_TILE_URL is set. Requests go only back to this origin.
 * - Never framed (clickjacking), no plugins, no `<base>` rewriting, forms post only here.
 */
export function securityHeaders(config: Pick<Config, 'mapTileUrl' | 'secureCookies'>): FastifyHelmetOptions {
  const tiles = config.mapTileUrl ? tileImageSource(config.mapTileUrl) : null;
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', ...(tiles ? [tiles] : [])],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  // Only behind HTTPS: on plain http (localhost, a LAN address) upgrading would break every asset.
  if (config.secureCookies) directives['upgrade-insecure-requests'] = [];
  return {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives },
    frameguard: { action: 'deny' },
    // No page address (a token, an area id) leaves this site in a Referer header.
    referrerPolicy: { policy: 'same-origin' },
    // Strict-Transport-Security pins browsers to https, so only when the site runs behind it.
    strictTransportSecurity: config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    // The API and pages embed nothing from elsewhere but map tiles, which need no CORP from us.
    crossOriginEmbedderPolicy: false,
  };
}
