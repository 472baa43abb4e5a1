import type { ReactNode } from 'react';

/**
 * A page of a module, mounted under the signed-in layout at `/${path}`. With `permission`, the shell
 * shows a "no access" page instead to users without it (the API refuses them anyway).
 * Wrap big pages in React.lazy: the shell renders routes inside <Suspense>.
 */
export type WebRoute = { path: string; element: ReactNode; permission?: string };

/**
 * A link in the main navigation, shown when the user holds the permission. Items sort by `order`;
 * consecutive items with the same `groupKey` (an i18n key) appear under one heading.
 */
export type NavItem = {
  to: string;
  labelKey: string;
  permission: string;
  order?: number;
  groupKey?: string;
  /** Active only on `to` itself, not on the pages under it (e.g. /areas, whose /areas/:id belongs to the overview). */
  exact?: boolean;
  /** Other path prefixes that mark this item active, e.g. '/areas/' for the overview's area profiles. */
  activeUnder?: string[];
};

/**
 * What a module's `web/index.tsx` exports as `webModule`. The shell finds every module's web
 * entry and translations by file name (import.meta.glob), so adding a module touches no shell file.
 * Translations: `web/i18n/sv.json` and `web/i18n/en.json`, loaded as the namespace named after the module folder.
 */
export type WebModule = {
  routes: WebRoute[];
  nav: NavItem[];
  /**
   * Awaited before the shell signs out, e.g. to send what a phone still holds while the session is
   * valid. Bounded by the shell (a few seconds) so a sign-out never hangs; errors are ignored.
   */
  beforeSignOut?: () => Promise<void>;
};
