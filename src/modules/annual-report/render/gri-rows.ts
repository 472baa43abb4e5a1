/** The GRI content index as the documents print it: each disclosure with its indicators by name. */
import type { AnnualReportDocument } from '../annual-report.contract';

export type GriRow = { disclosure: string; title: string; indicators: string[] };

export function griRows(document: AnnualReportDocument): GriRow[] {
  const names = new Map(document.indicators.map((i) => [i.id, i.name]));
  return document.gri_index.map((d) => ({
    disclosure: d.disclosure,
    title: d.title,
    indicators: d.indicator_ids.map((id) => names.get(id) ?? id),
  }));
}
