/**
 * Every CSV the application writes. Formulas are neutralised (a cell starting with = + - @ tab or
 * return gets a leading apostrophe: =HYPERLINK(…) in a user's name must not run in Excel); numbers
 * stay numbers. By default the file is what Swedish Excel opens in columns: UTF-8 with a BOM,
 * semicolons, decimal commas. `style: 'international'` gives commas and decimal points.
 */
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | boolean | null | undefined;
export type CsvStyle = 'swedish-excel' | 'international';

export function toCsv(rows: readonly (readonly CsvCell[])[], style: CsvStyle = 'swedish-excel'): string {
  const swedish = style === 'swedish-excel';
  const body = stringify(
    rows.map((r) => [...r]),
    {
      delimiter: swedish ? ';' : ',',
      escape_formulas: true,
      cast: {
        number: (v) => (swedish ? String(v).replace('.', ',') : String(v)),
        boolean: (v) => (v ? '1' : '0'),
      },
    },
  );
  return `\uFEFF${body}`;
}

/** The same as a Buffer, for a reply or a file. */
export const csvBuffer = (rows: readonly (readonly CsvCell[])[], style?: CsvStyle) =>
  Buffer.from(toCsv(rows, style), 'utf8');
