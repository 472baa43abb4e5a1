import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './document.fixture';
import { neutralised, reportXlsx } from './xlsx';

async function workbookOf(language: 'sv' | 'en') {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await reportXlsx(fixtureDocument(language))) as unknown as ArrayBuffer);
  return workbook;
}

const values = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);

describe('the report as XLSX', async () => {
  const sv = await workbookOf('sv');
  const en = await workbookOf('en');

  it('has a sheet of figures, one row per indicator, its headers in the report language', () => {
    expect(sv.worksheets.map((w) => w.name)).toEqual([
      'Siffror 2020',
      'Utveckling',
      'GRI-index',
      'median_days_to_close 1',
      'est_weeks_reported_share 1',
    ]);
    expect(en.worksheets.map((w) => w.name)).toEqual([
      'Figures 2020',
      'Trend',
      'GRI index',
      'median_days_to_close 1',
      'est_weeks_reported_share 1',
    ]);
    const svSheet = sv.getWorksheet('Siffror 2020')!;
    expect(values(svSheet.getRow(1))).toEqual([
      'id',
      'Indikator',
      'Enhet',
      'Värde',
      'n',
      'KI nedre',
      'KI övre',
      'Mål',
      'Status',
      'Visas inte',
      'Väsentligt område',
      'Fokusområde',
      'Globala mål',
    ]);
    expect(values(en.getWorksheet('Figures 2020')!.getRow(1))).toEqual([
      'id',
      'Indicator',
      'Unit',
      'Value',
      'n',
      'CI low',
      'CI high',
      'Target',
      'Status',
      'Not shown',
      'Material area',
      'Focus area',
      'SDGs',
    ]);
    expect(svSheet.rowCount).toBe(1 + 4);
  });

  it('stores figures as numbers: a share as its fraction shown as per cent', () => {
    const sheet = sv.getWorksheet('Siffror 2020')!;
    const safety = sheet.getRow(2);
    expect(values(safety).slice(0, 9)).toEqual([
      'safety_index',
      'Trygghetsindex',
      'andel',
      0.784,
      1000,
      0.757,
      0.809,
      0.82,
      'ej uppnått',
    ]);
    for (const c of [4, 5, 6, 7, 8]) expect(safety.getCell(c).type).toBe(ExcelJS.ValueType.Number);
    // 78.4 % published to a tenth of a point; the goal 82 % and a share of 52 weeks in whole points.
    expect(safety.getCell(4).numFmt).toBe('0.0 %');
    expect(safety.getCell(8).numFmt).toBe('0 %');
    expect(sheet.getRow(4).getCell(4)).toMatchObject({ value: 0.47, numFmt: '0 %' });
    const days = sheet.getRow(3);
    expect(values(days).slice(0, 9)).toEqual([
      'median_days_to_close',
      'Mediantid till avslutad åtgärd (dagar)',
      'dagar',
      12,
      40,
      undefined,
      undefined,
      14,
      'uppnått',
    ]);
    expect(days.getCell(4).numFmt).toBeUndefined();
    expect(values(en.getWorksheet('Figures 2020')!.getRow(3)).slice(2, 9)).toEqual([
      'days',
      12,
      40,
      undefined,
      undefined,
      14,
      'met',
    ]);
    // A suppressed figure: empty cells where the figures would be, and why in words.
    expect(values(sheet.getRow(5)).slice(0, 10)).toEqual([
      'job_outcome_rate',
      'Andel avslut till arbete (Jobbpunkt)',
      'andel',
      undefined,
      undefined,
      undefined,
      undefined,
      0.7,
      undefined,
      'visas inte: för få svar',
    ]);
  });

  it('has the trend years on a second sheet, a missing year as an empty cell', () => {
    const trend = sv.getWorksheet('Utveckling')!;
    expect(trend.rowCount).toBe(1 + 4 * 5);
    expect(values(trend.getRow(2)).slice(0, 8)).toEqual([
      'safety_index',
      'Trygghetsindex',
      2016,
      'andel',
      0.74,
      0.65,
      0.82,
    ]);
    expect(values(trend.getRow(5))).toEqual([
      'safety_index',
      'Trygghetsindex',
      2019,
      'andel',
      undefined,
      undefined,
      undefined,
      0.82,
      'visas inte',
    ]);
  });

  it('keeps breakdown numbers as numbers and neutralises text a spreadsheet would run', () => {
    const sheet = sv.getWorksheet('median_days_to_close 1')!;
    expect(values(sheet.getRow(1))).toEqual(['Område', 'Dagar', 'Åtgärder']);
    expect(values(sheet.getRow(2))).toEqual(['\'=HYPERLINK("http://example.org")', 9.5, 3]);
    expect(sheet.getRow(2).getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(values(sheet.getRow(3))).toEqual(['Råby <östra>', undefined, 2]);
    expect(sheet.rowCount).toBe(1 + 62);
    // Days as they were published; actions, a count, shown whole.
    expect(sheet.getRow(2).getCell(2).numFmt).toBeUndefined();
    expect(sheet.getRow(2).getCell(3).numFmt).toBe('0');
  });

  it('keeps a breakdown share as its fraction, shown as per cent', () => {
    const sheet = sv.getWorksheet('est_weeks_reported_share 1')!;
    expect(values(sheet.getRow(1))).toEqual(['Aktör', 'Veckor rapporterade', 'Veckor', 'Andel']);
    // 24 of 52 weeks published to whole points: the cell holds 0.46 and Excel shows 46 %.
    expect(values(sheet.getRow(2))).toEqual(['Polisen', 24, 52, 0.46]);
    expect(sheet.getRow(2).getCell(4)).toMatchObject({ type: ExcelJS.ValueType.Number, numFmt: '0 %' });
    expect(sheet.getRow(2).getCell(2).numFmt).toBe('0');
    expect(values(sheet.getRow(3))).toEqual(['Räddningstjänsten', 52, 52, 1]);
    expect(sheet.getRow(3).getCell(4).numFmt).toBe('0 %');
  });

  it('neutralises as the CSV export does', () => {
    expect(['=1+1', '+46', '-5', '@SUM', '\tx', 'Bäckby', '–'].map(neutralised)).toEqual([
      "'=1+1",
      "'+46",
      "'-5",
      "'@SUM",
      "'\tx",
      'Bäckby',
      '–',
    ]);
  });
});
