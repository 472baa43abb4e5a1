import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('neutralises formulas in text cells but keeps negative numbers as numbers', () => {
    const csv = toCsv([['=HYPERLINK("http://x","klick")', '+cmd', '-1+1', '@SUM(A1:A9)', -1.5, 'Råby']]);
    expect(csv).toBe(`\uFEFF"'=HYPERLINK(""http://x"",""klick"")";'+cmd;'-1+1;'@SUM(A1:A9);-1,5;Råby\n`);
  });

  it('writes what Swedish Excel opens in columns: BOM, semicolons, decimal commas', () => {
    const csv = toCsv([
      ['Område', 'Index'],
      ['Bäckby', 0.784],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv.slice(1), { delimiter: ';' });
    expect(rows).toEqual([
      ['Område', 'Index'],
      ['Bäckby', '0,784'],
    ]);
  });

  it('gives commas and points when asked for the international style', () => {
    expect(toCsv([['a', 1.5]], 'international')).toBe('\uFEFFa,1.5\n');
  });

  it('never lets a text cell start a formula, whatever it holds (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        const parsed: string[] = parse(toCsv([cells]).slice(1), {
          delimiter: ';',
          relax_column_count: true,
        })[0];
        for (const cell of parsed) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
      }),
    );
  });
});
