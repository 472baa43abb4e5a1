import type { MaterialArea } from '../../core/indicators';
import type { AnnualReport } from '../../core/report';

/** The editor's text of a material area for the year, newest version, with who wrote it. */
export type ReportTextBlock = {
  material_area: MaterialArea;
  /** The material area's name in the report's language. */
  name: string;
  body: string;
  /** The writer's name; null when no text is written. */
  written_by: string | null;
  /** ISO instant of the newest version; null when no text is written. */
  written_at: string | null;
};

/** A GRI disclosure the data covers, with the report's indicators that answer it. */
export type GriDisclosure = { disclosure: string; title: string; indicator_ids: string[] };

/** The whole report as every format renders it: the figures, the texts and the GRI content index. */
export type AnnualReportDocument = AnnualReport & {
  /** ISO instant the report was made (the configured clock). */
  generated_at: string;
  material_areas: ReportTextBlock[];
  gri_index: GriDisclosure[];
};
