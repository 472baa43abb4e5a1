/** Checklist templates: the defaults every organisation starts with, and how an edit becomes a version. */

export type Label = { sv: string; en: string };
export type TemplateItem = { key: string; label: Label; required: boolean };
export type TemplateContent = { name: Label; items: TemplateItem[] };

const item = (key: string, sv: string, en: string, required = true): TemplateItem => ({
  key,
  label: { sv, en },
  required,
});

const checklist = (sv: string, en: string, items: TemplateItem[]): TemplateContent => ({
  name: { sv, en },
  items,
});

/** Items several checklists share, worded alike so their findings read alike. */
const common = {
  lighting: item('lighting', 'Belysning', 'Lighting'),
  doorsLocks: item('doors_locks', 'Dörrar och lås', 'Doors and locks'),
  cleanliness: item('cleanliness', 'Städning', 'Cleanliness'),
  graffiti: item('graffiti', 'Klotter', 'Graffiti'),
  fireHazards: item('fire_hazards', 'Brandrisker', 'Fire hazards'),
};

/** The six default checklists of the issue; keys are stable so findings stay comparable over years. */
export const defaultTemplates: Record<string, TemplateContent> = {
  stairwell: checklist('Trapphus', 'Stairwell', [
    common.lighting,
    common.doorsLocks,
    item('fire_hazards', 'Brandrisker (saker i trapphuset)', 'Fire hazards (things left in the stairwell)'),
    common.cleanliness,
    common.graffiti,
  ]),
  basement: checklist('Källargångar och förråd', 'Basement corridors and storage', [
    common.fireHazards,
    common.lighting,
    item('doors', 'Dörrar', 'Doors'),
    item('locks', 'Lås', 'Locks'),
  ]),
  laundry: checklist('Tvättstuga', 'Laundry room', [
    item('machines', 'Maskiner fungerar', 'Machines work'),
    common.lighting,
    common.doorsLocks,
    common.cleanliness,
    item('booking', 'Bokningssystem', 'Booking system', false),
  ]),
  waste_room: checklist('Miljöbod', 'Waste room', [
    item('sorting', 'Sortering och tömning', 'Sorting and emptying'),
    common.fireHazards,
    common.lighting,
    common.doorsLocks,
    common.cleanliness,
  ]),
  courtyard: checklist('Gård och utemiljö', 'Courtyard and outdoor areas', [
    common.lighting,
    item('vegetation', 'Buskar och träd som skymmer sikten', 'Vegetation blocking sight lines'),
    item('playground', 'Lekplats', 'Playground'),
    item('bicycle_parking', 'Cykelparkering', 'Bicycle parking'),
    item('paths', 'Gångvägar', 'Paths'),
  ]),
  entrance: checklist('Entréer', 'Entrances', [
    common.lighting,
    item('doors_locks', 'Portar och lås', 'Doors and locks'),
    item('entry_phone', 'Porttelefon och namntavla', 'Entry phone and name board'),
    common.cleanliness,
    common.graffiti,
  ]),
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
