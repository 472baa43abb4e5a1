import type { ReactNode } from 'react';

/** A page of a module, mounted under the signed-in layout at `/${path}`. */
export type WebRoute = { path: string; element: ReactNode };

/** A link in the main navigation, shown when the user holds the permission. */
export type NavItem = { to: string; labelKey: string; permission: string; order?: number };

/**
 * What a module's `web/index.tsx` exports as `webModule`. The shell finds every module's web
 * entry and translations by file name (import.meta.glob), so adding a module touches no shell file.
 * Translations: `web/i18n/sv.json` and `web/i18n/en.json`, loaded as the namespace named after the module folder.
 */
export type WebModule = { routes: WebRoute[]; nav: NavItem[] };
