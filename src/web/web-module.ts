import type { ReactNode } from 'react';

/**
 * Where a page stands in the main navigation. Items sort by `order`; consecutive items with the same
 * `group` (an i18n key) appear under one heading. `permission` defaults to the page's.
 */
export type NavEntry = {
  label: string;
  order: number;
  group?: string;
  permission?: string;
  /** Active only on the page itself, not on the pages under it (e.g. /areas, whose /areas/:id belongs to the overview). */
  exact?: boolean;
  /** Other path prefixes that mark this item active, e.g. '/areas/' for the overview's area profiles. */
  activeUnder?: string[];
};

/**
 * A page of a module, mounted under the signed-in layout at `/${path}`. With `permission`, the shell
 * shows a "no access" page instead to users without it (the API refuses them anyway). With `nav`, the
 * page has a link of its own in the main navigation.
 * Wrap big pages in React.lazy: the shell renders routes inside <Suspense>.
 */
export type WebPage = { path: string; element: ReactNode; permission?: string; nav?: NavEntry };

/** A link in the main navigation as the shell draws it, made from a page's `nav`. */
export type NavItem = {
  to: string;
  labelKey: string;
  permission: string;
  order: number;
  groupKey?: string;
  exact?: boolean;
  activeUnder?: string[];
};

/**
 * What a module's `web/index.tsx` exports as `webModule`. The shell finds every module's web
 * entry and translations by file name (import.meta.glob), so adding a module touches no shell file.
 * Translations: `web/i18n/sv.json` and `web/i18n/en.json`, loaded as the namespace named after the module folder.
 */
export type WebModule = {
  pages: WebPage[];
  /**
   * Awaited before the shell signs out, e.g. to send what a phone still holds while the session is
   * valid. Bounded by the shell (a few seconds) so a sign-out never hangs; errors are ignored.
   */
  beforeSignOut?: () => Promise<void>;
};

/** The heading the administration pages of every module share. */
export const adminGroup = 'common:nav.admin';
