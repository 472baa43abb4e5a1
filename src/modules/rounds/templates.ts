/** Checklist templates: the defaults every organisation starts with, and how an edit becomes a version. */

export type Label = { sv: string; en: string };
export type TemplateItem = { key: string; label: Label; required: boolean };
export type TemplateContent = { name: Label; items: TemplateItem[] };

const item = (key: string, sv: string, en: string, required = true): TemplateItem => ({
  key,
  label: { sv, en },
  required,
});

/** The six default checklists of the issue; keys are stable so findings stay comparable over years. */
export const defaultTemplates: Record<string, TemplateContent> = {
  stairwell: {
    name: { sv: 'Trapphus', en: 'Stairwell' },
    items: [
      item('lighting', 'Belysning', 'Lighting'),
      item('doors_locks', 'Dörrar och lås', 'Doors and locks'),
      item('fire_hazards', 'Brandrisker (saker i trapphuset)', 'Fire hazards (things left in the stairwell)'),
      item('cleanliness', 'Städning', 'Cleanliness'),
      item('graffiti', 'Klotter', 'Graffiti'),
    ],
  },
  basement: {
    name: { sv: 'Källargångar och förråd', en: 'Basement corridors and storage' },
    items: [
      item('fire_hazards', 'Brandrisker', 'Fire hazards'),
      item('lighting', 'Belysning', 'Lighting'),
      item('doors', 'Dörrar', 'Doors'),
      item('locks', 'Lås', 'Locks'),
    ],
  },
  laundry: {
    name: { sv: 'Tvättstuga', en: 'Laundry room' },
    items: [
      item('machines', 'Maskiner fungerar', 'Machines work'),
      item('lighting', 'Belysning', 'Lighting'),
      item('doors_locks', 'Dörrar och lås', 'Doors and locks'),
      item('cleanliness', 'Städning', 'Cleanliness'),
      item('booking', 'Bokningssystem', 'Booking system', false),
    ],
  },
  waste_room: {
    name: { sv: 'Miljöbod', en: 'Waste room' },
    items: [
      item('sorting', 'Sortering och tömning', 'Sorting and emptying'),
      item('fire_hazards', 'Brandrisker', 'Fire hazards'),
      item('lighting', 'Belysning', 'Lighting'),
      item('doors_locks', 'Dörrar och lås', 'Doors and locks'),
      item('cleanliness', 'Städning', 'Cleanliness'),
    ],
  },
  courtyard: {
    name: { sv: 'Gård och utemiljö', en: 'Courtyard and outdoor areas' },
    items: [
      item('lighting', 'Belysning', 'Lighting'),
      item('vegetation', 'Buskar och träd som skymmer sikten', 'Vegetation blocking sight lines'),
      item('playground', 'Lekplats', 'Playground'),
      item('bicycle_parking', 'Cykelparkering', 'Bicycle parking'),
      item('paths', 'Gångvägar', 'Paths'),
    ],
  },
  entrance: {
    name: { sv: 'Entréer', en: 'Entrances' },
    items: [
      item('lighting', 'Belysning', 'Lighting'),
      item('doors_locks', 'Portar och lås', 'Doors and locks'),
      item('entry_phone', 'Porttelefon och namntavla', 'Entry phone and name board'),
      item('cleanliness', 'Städning', 'Cleanliness'),
      item('graffiti', 'Klotter', 'Graffiti'),
    ],
  },
};

function canonical(content: TemplateContent): string {
  return JSON.stringify({
    name: { sv: content.name.sv, en: content.name.en },
    items: content.items.map((i) => ({ key: i.key, sv: i.label.sv, en: i.label.en, required: i.required })),
  });
}

/**
 * The version an edit is saved as: the same version when nothing changed (so saving twice does not
 * multiply versions), otherwise one past the latest. Rounds keep pointing at the version they used.
 */
export function nextTemplateVersion(
  latest: { version: number; content: TemplateContent } | null,
  edit: TemplateContent,
) {
  if (!latest) return { version: 1, changed: true };
  if (canonical(latest.content) === canonical(edit)) return { version: latest.version, changed: false };
  return { version: latest.version + 1, changed: true };
}

export type Answer = 'ok' | 'finding' | 'na';

/** Keys of required items a round has not answered; a round can be completed when this is empty. */
export function missingRequired(
  items: readonly TemplateItem[],
  answers: Record<string, Answer | undefined>,
): string[] {
  return items.filter((i) => i.required && !answers[i.key]).map((i) => i.key);
}

/** Problems with a template edit: duplicate item keys, or no items at all. */
export function templateProblems(content: TemplateContent): string[] {
  const problems: string[] = [];
  if (content.items.length === 0) problems.push('no_items');
  const seen = new Set<string>();
  for (const i of content.items) {
    if (seen.has(i.key)) problems.push(`duplicate_item:${i.key}`);
    seen.add(i.key);
  }
  return problems;
}

/**
 * A stable key made from a label, for items and checklists typed in the editor:
 * "Dörrar och lås" → "dorrar_och_las". Keys only need to be unique within their checklist.
 */
export function keyFromLabel(label: string): string {
  return label
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
}
