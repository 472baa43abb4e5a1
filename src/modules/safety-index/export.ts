import ExcelJS from 'exceljs';
import { csvBuffer } from '../../core/export/csv';
import type { QuestionsDto, TrendDto } from './safety-index.contract';
import type { Summary } from './safety-index.service';

type Lang = 'sv' | 'en';
const words = {
  sv: {
    level: 'Nivå',
    period: 'Period',
    name: 'Namn',
    code: 'Kod',
    respondents: 'Svarande',
    value: 'Resultat',
    low: 'Lägre gräns (95 %)',
    high: 'Övre gräns (95 %)',
    rate: 'Svarsfrekvens',
    target: 'Mål',
    status: 'Status',
    change: 'Förändring mot föregående period',
    small_group: 'för få svar',
    protects_another: 'dold för att skydda en annan grupp',
    question: 'Fråga',
    valid: 'Giltiga svar',
    dontKnow: 'Vet ej',
    correlation: 'Samband med helhetsomdöme',
    organisation: 'organisation',
    district: 'stadsdel',
    area: 'område',
  },
  en: {
    level: 'Level',
    period: 'Period',
    name: 'Name',
    code: 'Code',
    respondents: 'Respondents',
    value: 'Result',
    low: 'Lower bound (95 %)',
    high: 'Upper bound (95 %)',
    rate: 'Response rate',
    target: 'Target',
    status: 'Status',
    change: 'Change from previous period',
    small_group: 'too few answers',
    protects_another: 'hidden to protect another group',
    question: 'Question',
    valid: 'Valid answers',
    dontKnow: "Don't know",
    correlation: 'Correlation with overall',
    organisation: 'organisation',
    district: 'district',
    area: 'area',
  },
};

type Cell = string | number;
/** Figures as published (already rounded by the layer); blank when absent. */
const num = (v: number | null) => (v === null ? '' : v);

/** The table on screen as rows: hidden figures say why and show no figures and no counts. */
export function exportRows(
  view: 'groups' | 'questions' | 'trend',
  data: Summary | QuestionsDto | TrendDto,
  lang: Lang,
): Cell[][] {
  const w = words[lang];
  if (view === 'trend') {
    const trend = data as TrendDto;
    return [
      [w.period, w.respondents, w.value, w.low, w.high, w.target],
      ...trend.points.map((p) =>
        p.reason
          ? [p.period, w[p.reason], w[p.reason], '', '', num(p.target)]
          : [p.period, num(p.respondents), num(p.value), num(p.low), num(p.high), num(p.target)],
      ),
    ];
  }
  if (view === 'groups') {
    const s = data as Summary;
    return [
      [w.level, w.name, w.code, w.respondents, w.value, w.low, w.high, w.rate, w.target, w.status, w.change],
      ...s.groups.map((g) =>
        g.reason
          ? [w[g.level], g.name, g.code ?? '', w[g.reason], w[g.reason], '', '', '', num(g.target), '', '']
          : [
              w[g.level],
              g.name,
              g.code ?? '',
              num(g.respondents),
              num(g.value),
              num(g.low),
              num(g.high),
              num(g.responseRate),
              num(g.target),
              g.status ?? '',
              g.change ?? '',
            ],
      ),
    ];
  }
  const q = data as QuestionsDto;
  return [
    [w.code, w.question, w.valid, w.dontKnow, w.value, w.low, w.high, w.correlation, w.change],
    ...q.questions.map((r) =>
      r.reason
        ? [r.code, r.text, w[r.reason], '', w[r.reason], '', '', '', '']
        : [
            r.code,
            r.text,
            num(r.valid),
            num(r.dontKnow),
            num(r.value),
            num(r.low),
            num(r.high),
            num(r.correlation),
            r.change ?? '',
          ],
    ),
  ];
}

/** Swedish Excel's CSV (semicolons, decimal commas, formulas neutralised) from the core writer. */
export const toCsv = (rows: Cell[][]): Buffer => csvBuffer(rows);

export async function toXlsx(rows: Cell[][], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
