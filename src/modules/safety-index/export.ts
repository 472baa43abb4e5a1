import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
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
    target: 'Mål',
    status: 'Status',
    change: 'Förändring mot föregående period',
    tooFew: 'för få svar',
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
    target: 'Target',
    status: 'Status',
    change: 'Change from previous period',
    tooFew: 'too few answers',
    question: 'Question',
    valid: 'Valid answers',
    dontKnow: "Don't know",
    correlation: 'Correlation with overall',
    organisation: 'organisation',
    district: 'district',
    area: 'area',
  },
};

const share = (v: number | null) => (v === null ? '' : Number(v.toFixed(4)));

/** The table on screen as rows: suppressed groups say "too few answers" and show no figures. */
export function exportRows(
  view: 'groups' | 'questions' | 'trend',
  data: Summary | QuestionsDto | TrendDto,
  lang: Lang,
): (string | number)[][] {
  const w = words[lang];
  if (view === 'trend') {
    const trend = data as TrendDto;
    return [
      [w.period, w.respondents, w.value, w.low, w.high, w.target],
      ...trend.points.map((p) =>
        p.suppressed
          ? [p.period, w.tooFew, w.tooFew, '', '', share(p.target)]
          : [p.period, p.respondents, share(p.value), share(p.low), share(p.high), share(p.target)],
      ),
    ];
  }
  if (view === 'groups') {
    const s = data as Summary;
    return [
      [w.level, w.name, w.code, w.respondents, w.value, w.low, w.high, w.target, w.status, w.change],
      ...s.groups.map((g) =>
        g.suppressed
          ? [w[g.level], g.name, g.code ?? '', w.tooFew, w.tooFew, '', '', share(g.target), '', '']
          : [
              w[g.level],
              g.name,
              g.code ?? '',
              g.respondents,
              share(g.value),
              share(g.low),
              share(g.high),
              share(g.target),
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
      r.suppressed
        ? [r.code, r.text, w.tooFew, '', w.tooFew, '', '', '', '']
        : [
            r.code,
            r.text,
            r.valid,
            r.dontKnow,
            share(r.value),
            share(r.low),
            share(r.high),
            share(r.correlation),
            r.change ?? '',
          ],
    ),
  ];
}

export function toCsv(rows: (string | number)[][]): Buffer {
  // A BOM so that Excel opens the UTF-8 file with å, ä and ö intact.
  return Buffer.from(`\uFEFF${stringify(rows)}`, 'utf8');
}

export async function toXlsx(rows: (string | number)[][], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
