import { readFileSync } from 'node:fs';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';

const serviceWorker = readFileSync(new URL('./offline/sw-rounds.js', import.meta.url), 'utf8');

/** The installable field app: opens on the rounds screen, works offline through sw-rounds.js. */
const manifest = {
  name: 'Grannskap – ronder och trygghetsvandringar',
  short_name: 'Ronder',
  lang: 'sv',
  start_url: '/rounds/field',
  scope: '/',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#1c7ed6',
  icons: [{ src: '/rounds-icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
};

const icon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96"><rect width="96" height="96" rx="20" fill="#1c7ed6"/><path d="M48 16 22 28v18c0 16 11 28 26 34 15-6 26-18 26-34V28z" fill="#fff"/><path d="m36 48 9 9 16-18" stroke="#1c7ed6" stroke-width="7" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

export async function roundPages(app: ApiInstance, _ctx: AppContext) {
  // Served from the root so its scope covers the whole app (a worker's scope is its directory).
  app.get('/sw-rounds.js', { config: { public: true }, schema: { hide: true } }, async (_req, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('service-worker-allowed', '/')
      .send(serviceWorker),
  );
  app.get('/rounds.webmanifest', { config: { public: true }, schema: { hide: true } }, async (_req, reply) =>
    reply.type('application/manifest+json').send(JSON.stringify(manifest)),
  );
  app.get('/rounds-icon.svg', { config: { public: true }, schema: { hide: true } }, async (_req, reply) =>
    reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(icon),
  );

  // The public "Ni sa – vi gjorde" page of an area is the dialogue module's (it shows these walks too).
}
