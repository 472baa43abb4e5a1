import { describe, expect, it } from 'vitest';
import { isNavItemActive, navItemsOf, navSections } from './nav';

const item = (to: string, order: number, groupKey?: string) => ({
  to,
  labelKey: to,
  permission: 'p',
  order,
  groupKey,
});

describe('navSections', () => {
  it('keeps ungrouped items together, in order', () => {
    const sections = navSections([item('/a', 0), item('/b', 10)]);
    expect(sections.map((s) => s.items.map((i) => i.to))).toEqual([['/a', '/b']]);
  });

  it('gathers a group at its first item even when another module sorts between', () => {
    // Admin items at 80, 85, 90; another module's ungrouped item at 87.
    const sections = navSections([
      item('/overview', 0),
      item('/areas', 80, 'admin'),
      item('/users', 85, 'admin'),
      item('/checklists', 87),
      item('/audit', 90, 'admin'),
    ]);
    expect(sections).toEqual([
      { items: [item('/overview', 0)] },
      {
        groupKey: 'admin',
        items: [item('/areas', 80, 'admin'), item('/users', 85, 'admin'), item('/audit', 90, 'admin')],
      },
      { items: [item('/checklists', 87)] },
    ]);
  });
});

describe('isNavItemActive', () => {
  const overview = { ...item('/overview', 0), activeUnder: ['/areas/'] };
  const areasAdmin = { ...item('/areas', 80, 'admin'), exact: true };
  const rounds = item('/rounds', 30);

  it("marks the overview, not the areas admin, on an area's profile", () => {
    expect(isNavItemActive(overview, '/areas/7f0c')).toBe(true);
    expect(isNavItemActive(areasAdmin, '/areas/7f0c')).toBe(false);
    expect(isNavItemActive(areasAdmin, '/areas')).toBe(true);
    expect(isNavItemActive(overview, '/areas')).toBe(false);
  });

  it('marks an item on its own pages and the pages under it', () => {
    expect(isNavItemActive(rounds, '/rounds')).toBe(true);
    expect(isNavItemActive(rounds, '/rounds/12')).toBe(true);
    expect(isNavItemActive(rounds, '/roundsx')).toBe(false);
  });

  it('leaves a page with an item of its own to that item', () => {
    const activities = item('/activities', 30);
    const log = item('/activities/log', 31);
    const all = [activities, log];
    expect(isNavItemActive(activities, '/activities/log', all)).toBe(false);
    expect(isNavItemActive(log, '/activities/log', all)).toBe(true);
    expect(isNavItemActive(activities, '/activities/3f9a', all)).toBe(true);
  });
});

describe('navItemsOf', () => {
  it('links the pages that have a place in the navigation, with their own or the stricter permission', () => {
    const items = navItemsOf([
      {
        path: 'rounds/field',
        permission: 'rounds.read',
        element: null,
        nav: { label: 'f', order: 40, permission: 'rounds.write' },
      },
      { path: 'rounds/field/:clientId', permission: 'rounds.read', element: null },
      {
        path: 'audit',
        permission: 'audit.read',
        element: null,
        nav: { label: 'a', order: 90, group: 'admin', exact: true },
      },
    ]);
    expect(items).toEqual([
      { to: '/rounds/field', labelKey: 'f', permission: 'rounds.write', order: 40, groupKey: undefined },
      { to: '/audit', labelKey: 'a', permission: 'audit.read', order: 90, groupKey: 'admin', exact: true },
    ]);
  });

  it('refuses a link nobody is allowed to see', () => {
    expect(() => navItemsOf([{ path: 'x', element: null, nav: { label: 'x', order: 1 } }])).toThrow(/\/x/);
  });
});
