import { formatFigureCell } from '../../../shared/format';
import { formatCell } from './profile-format';
import type { ProfileTable } from './queries';

/** A module's table on a profile, with the unit of each column when the module gives it. */
export type SectionTableData = ProfileTable;

/**
 * A cell as the page shows it. With `units`, by its column's unit: a 'fraction' column's shares 0–1
 * as per cent (0.47 → "47 %"), counts whole; without, numbers as they are (one decimal at most).
 */
export function sectionCellText(
  table: SectionTableData,
  column: number,
  cell: string | number | null,
  language: string,
): string {
  return table.units ? formatFigureCell(cell, table.units[column], language) : formatCell(cell, language);
}

/**
 * The columns of figures, aligned right: with `units` every column but the text ones; without, a
 * column with a number and no text.
 */
export function figureColumns(table: SectionTableData): boolean[] {
  const { units, rows } = table;
  return table.columns.map((_, c) =>
    units
      ? units[c] !== 'text'
      : rows.some((r) => typeof r[c] === 'number') && rows.every((r) => typeof r[c] !== 'string'),
  );
}
