import { describe, expect, it } from 'vitest';
import {
  defaultTemplates,
  keyFromLabel,
  missingRequired,
  nextTemplateVersion,
  templateProblems,
} from './templates';

describe('default templates', () => {
  it('has the six checklists of the issue, with the items it names', () => {
    expect(Object.keys(defaultTemplates)).toEqual([
      'stairwell',
      'basement',
      'laundry',
      'waste_room',
      'courtyard',
      'entrance',
    ]);
    expect(defaultTemplates.stairwell.items.map((i) => i.key)).toEqual([
      'lighting',
      'doors_locks',
      'fire_hazards',
      'cleanliness',
      'graffiti',
    ]);
    expect(defaultTemplates.courtyard.items.map((i) => i.key)).toEqual([
      'lighting',
      'vegetation',
      'playground',
      'bicycle_parking',
      'paths',
    ]);
    for (const t of Object.values(defaultTemplates)) expect(templateProblems(t)).toEqual([]);
  });
});

describe('nextTemplateVersion', () => {
  const base = defaultTemplates.basement;
  it('starts at version 1', () => {
    expect(nextTemplateVersion(null, base)).toEqual({ version: 1, changed: true });
  });
  it('keeps the version when the edit changes nothing', () => {
    expect(nextTemplateVersion({ version: 3, content: base }, structuredClone(base))).toEqual({
      version: 3,
      changed: false,
    });
  });
  it('moves to the next version when a label, a required flag or an item changes', () => {
    const relabelled = structuredClone(base);
    relabelled.items[0].label.sv = 'Brandrisk';
    expect(nextTemplateVersion({ version: 3, content: base }, relabelled)).toEqual({
      version: 4,
      changed: true,
    });
    const optional = structuredClone(base);
    optional.items[1].required = false;
    expect(nextTemplateVersion({ version: 1, content: base }, optional).version).toBe(2);
    const added = {
      ...base,
      items: [...base.items, { key: 'rats', label: { sv: 'Råttor', en: 'Rats' }, required: false }],
    };
    expect(nextTemplateVersion({ version: 1, content: base }, added).version).toBe(2);
  });
});

describe('missingRequired', () => {
  it('lists required items without an answer; not applicable counts as an answer', () => {
    const items = defaultTemplates.laundry.items; // booking is the only optional item
    expect(missingRequired(items, { machines: 'ok', lighting: 'na', doors_locks: 'finding' })).toEqual([
      'cleanliness',
    ]);
    expect(
      missingRequired(items, { machines: 'ok', lighting: 'na', doors_locks: 'finding', cleanliness: 'ok' }),
    ).toEqual([]);
  });
});

describe('templateProblems', () => {
  it('finds duplicate keys and empty templates', () => {
    const t = defaultTemplates.entrance;
    expect(templateProblems({ ...t, items: [t.items[0], t.items[0]] })).toEqual(['duplicate_item:lighting']);
    expect(templateProblems({ ...t, items: [] })).toEqual(['no_items']);
  });
});

describe('keyFromLabel', () => {
  it('makes a key of lower-case a–z, digits and underscores from a Swedish label', () => {
    expect(keyFromLabel('Dörrar och lås')).toBe('dorrar_och_las');
    expect(keyFromLabel('  Belysning – trapphus 2 ')).toBe('belysning_trapphus_2');
    expect(keyFromLabel('Miljöbod/Återvinning')).toBe('miljobod_atervinning');
  });
});
