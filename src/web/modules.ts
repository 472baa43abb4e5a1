import { navItemsOf } from './nav';
import type { NavItem, WebModule, WebPage } from './web-module';

// Every module's web entry, found by file name: src/modules/<name>/web/index.tsx exporting `webModule`.
const entries = import.meta.glob<WebModule>('../modules/*/web/index.tsx', {
  eager: true,
  import: 'webModule',
});

export type LoadedWebModule = WebModule & { name: string };

export const webModules: LoadedWebModule[] = Object.entries(entries)
  .map(([path, module]) => ({ name: /modules\/([^/]+)\/web\//.exec(path)?.[1] ?? path, ...module }))
  .filter((module) => Array.isArray(module.pages))
  .sort((a, b) => a.name.localeCompare(b.name));

export const allPages: WebPage[] = webModules.flatMap((m) => m.pages);

const navItems: NavItem[] = navItemsOf(allPages);

/** Navigation items the holder of these permissions may see, in their order. */
export function visibleNav(permissions: readonly string[]): NavItem[] {
  const held = new Set(permissions);
  return navItems.filter((item) => held.has(item.permission)).sort((a, b) => a.order - b.order);
}

/** Gives every module's beforeSignOut hook its chance, at most `limitMs` in all. */
export async function beforeSignOut(limitMs = 5000): Promise<void> {
  const hooks = webModules.flatMap((m) => (m.beforeSignOut ? [m.beforeSignOut] : []));
  const all = Promise.allSettled(hooks.map((hook) => hook()));
  await Promise.race([all, new Promise((resolve) => setTimeout(resolve, limitMs))]);
}
