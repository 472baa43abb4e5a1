/**
 * Matching a file's names to stored rows, the same way in every import: a cell names an area by its
 * code, a programme by its code or name, a category by its code or its Swedish or English name, in
 * any case. The look-up is made once per file (in `prepare`) and kept in the kind's context.
 */
import { cells } from './cells';
import type { ColumnSpec, RowProblem } from './import-kind';

const nameKey = (name: string) => name.trim().toLowerCase();

/** Each row under every one of its names, trimmed and in lower case. */
export function lookupByNames<T, V>(
  rows: readonly T[],
  names: (row: T) => readonly string[],
  value: (row: T) => V,
): Map<string, V> {
  const lookup = new Map<string, V>();
  for (const row of rows) for (const name of names(row)) lookup.set(nameKey(name), value(row));
  return lookup;
}

/** What a cell names, or undefined for a name the organisation does not have. */
export function lookUp<V>(lookup: ReadonlyMap<string, V>, cell: unknown): V | undefined {
  return lookup.get(nameKey(String(cell)));
}

/** The problem of a cell that names nothing stored (`code`: the module's message for it). */
export function unknownName(column: string, code: string, value: unknown): RowProblem {
  return { column, code, params: { value } };
}

/** The area_code column: an area named by its code (the look-up is the areas module's areaCodeMap). */
export function areaCodeColumn({ required = true, aliases = [] as string[] } = {}): ColumnSpec {
  return {
    name: 'area_code',
    aliases: ['områdeskod', 'omradeskod', ...aliases],
    ...(required ? { required } : {}),
    cell: cells.text({ required, max: 32 }),
  };
}
