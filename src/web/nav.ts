import type { NavItem, WebPage } from './web-module';

export type NavSection = { groupKey?: string; items: NavItem[] };

/**
 * The visible items as sections: each group (same groupKey) gathers all its items at the place of
 * its first one, whatever other modules' items sort between them; ungrouped items stay in order.
 */
export function navSections(items: NavItem[]): NavSection[] {
  const sections: NavSection[] = [];
  const groups = new Map<string, NavSection>();
  for (const item of items) {
    if (item.groupKey) {
      let group = groups.get(item.groupKey);
      if (!group) {
        group = { groupKey: item.groupKey, items: [] };
        groups.set(item.groupKey, group);
        sections.push(group);
      }
      group.items.push(item);
      continue;
    }
    const last = sections.at(-1);
    if (last && !last.groupKey) last.items.push(item);
    else sections.push({ items: [item] });
  }
  return sections;
}

/** Whether the item is the current page's place in the navigation. */
export function isNavItemActive(item: NavItem, pathname: string, others: readonly NavItem[] = []): boolean {
  if (pathname === item.to) return true;
  if (item.activeUnder?.some((prefix) => pathname.startsWith(prefix))) return true;
  if (item.exact || !pathname.startsWith(`${item.to}/`)) return false;
  // A page with an item of its own (/activities/log) marks that one, not its parent (/activities).
  return !others.some(
    (other) =>
      other.to.length > item.to.length && (pathname === other.to || pathname.startsWith(`${other.to}/`)),
  );
}

/** The navigation link of each page that has one; its permission is the page's unless it names another. */
export function navItemsOf(pages: readonly WebPage[]): NavItem[] {
  return pages.flatMap(({ path, permission, nav }) => {
    if (!nav) return [];
    const { label, group, permission: navPermission, ...placing } = nav;
    const itemPermission = navPermission ?? permission;
    if (!itemPermission) throw new Error(`The navigation link to /${path} needs a permission`);
    return [{ to: `/${path}`, labelKey: label, groupKey: group, permission: itemPermission, ...placing }];
  });
}
