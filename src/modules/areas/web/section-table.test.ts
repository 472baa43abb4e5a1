import { describe, expect, it } from 'vitest';
import { figureColumns, type SectionTableData, sectionCellText } from './section-table';

const nbsp = '\u00a0';
const cells = (table: SectionTableData, language: string) =>
  table.rows.map((row) => row.map((cell, c) => sectionCellText(table, c, cell, language)));

describe("a profile section's table", () => {
  // A breakdown as a module writes it since shares are fractions: visits, and the share of women.
  const withUnits: SectionTableData = {
    caption: 'Besök per område',
    columns: ['Område', 'Besök', 'Andel kvinnor'],
    units: ['text', 'count', 'fraction'],
    rows: [
      ['Bäckby', 1234, 0.47],
      ['Råby', null, 0.467],
    ],
  };

  it("writes a 'fraction' column as per cent and a count whole, by the column's unit", () => {
    // 0.47 → 47 %, 0.467 (published to 0.1 point) → 46,7 %; 1 234 with a no-break space in Swedish.
    expect(cells(withUnits, 'sv')).toEqual([
      ['Bäckby', `1${nbsp}234`, `47${nbsp}%`],
      ['Råby', '–', `46,7${nbsp}%`],
    ]);
    expect(cells(withUnits, 'en')).toEqual([
      ['Bäckby', '1,234', `47${nbsp}%`],
      ['Råby', '–', `46.7${nbsp}%`],
    ]);
    expect(figureColumns(withUnits)).toEqual([false, true, true]);
  });

  it('writes the numbers of a table without units as they are', () => {
    const plain: SectionTableData = {
      caption: 'Händelser per kategori',
      columns: ['Kategori', 'Antal', 'Per 1 000 hushåll'],
      rows: [['Skadegörelse', 12, 4.7]],
    };
    // No unit: 4.7 is written 4,7 (sv), not taken for a share (470 %).
    expect(cells(plain, 'sv')).toEqual([['Skadegörelse', '12', '4,7']]);
    expect(figureColumns(plain)).toEqual([false, true, true]);
  });
});
