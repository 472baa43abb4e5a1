import type { Db } from './db/client';
import { type FigureTable, indicators } from './indicators';
import { exactTargetStatus, type TargetStatus, targetStatus } from './statistics';

export type ReportIndicator = {
  id: string;
  name: string;
  value: number | null;
  unit: string;
  n: number | null;
  ci_low: number | null;
  ci_high: number | null;
  target: number | null;
  status: TargetStatus | null;
  sdg: number[];
  material_area: string;
  suppressed: boolean;
  /** The figure broken down (per area, category, partner …); empty when the module gives none. */
  breakdowns: FigureTable[];
};

export type AnnualReport = { year: number; organisation: string; indicators: ReportIndicator[] };

/** The annual report's figures: every registered indicator for the organisation and year. */
export async function buildAnnualReport(
  db: Db,
  organisation: { id: string; name: string },
  year: number,
  language: 'sv' | 'en' = 'sv',
): Promise<AnnualReport> {
  const rows: ReportIndicator[] = [];
  for (const indicator of indicators()) {
    const v = await indicator.compute(db, organisation.id, year, language);
    const target = v.target ?? null;
    let status = v.status ?? null;
    if (status === null && target !== null && v.value !== null) {
      status =
        v.ciLow !== null && v.ciHigh !== null
          ? targetStatus({ low: v.ciLow, high: v.ciHigh }, target, v.higherIsBetter ?? true)
          : exactTargetStatus(v.value, target, v.higherIsBetter ?? true);
    }
    rows.push({
      id: indicator.id,
      name: indicator.name[language],
      value: v.value,
      unit: indicator.unit,
      n: v.n,
      ci_low: v.ciLow,
      ci_high: v.ciHigh,
      target,
      status,
      sdg: indicator.sdg,
      material_area: indicator.materialArea,
      suppressed: v.suppressed ?? false,
      breakdowns: v.breakdowns ?? [],
    });
  }
  return { year, organisation: organisation.name, indicators: rows };
}
