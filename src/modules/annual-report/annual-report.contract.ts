import { z } from 'zod';
import { figureTable } from '../../core/http/figure-table';
import { year } from '../../core/http/route-kit';
import { type MaterialArea, materialAreas } from '../../core/indicators';
import type { AnnualReport } from '../../core/report';

/** The languages a report is written in; every text block belongs to one of them. */
export const reportLanguages = ['sv', 'en'] as const;
export const reportLanguage = z.enum(reportLanguages);
export type ReportLanguage = z.infer<typeof reportLanguage>;

/** The formats the report is downloaded in. */
export const reportFormats = ['pdf', 'html', 'xlsx', 'json'] as const;
export const reportFormat = z.enum(reportFormats);
export type ReportFormat = z.infer<typeof reportFormat>;

/** The longest text block, in characters: a few pages, as a material area's section of a report has. */
export const reportTextMaxLength = 20_000;

// ——— the document ———

const trendPoint = z.object({
  year: z.number().int(),
  /** The year's figure as published; null when suppressed or missing. */
  value: z.number().nullable(),
  ci_low: z.number().nullable(),
  ci_high: z.number().nullable(),
  /** The goal for that year, when one is set. */
  target: z.number().nullable(),
  suppressed: z.boolean(),
});

const reportIndicator = z.object({
  /** Stable id of the report contract (docs/annual-report.md), e.g. 'safety_index'. */
  id: z.string(),
  /** Its name in the report's language. */
  name: z.string(),
  /** The published figure (fractions 0–1); null when suppressed or missing. */
  value: z.number().nullable(),
  /** fraction, count, days, hours, per_1000 or sek. */
  unit: z.string(),
  /** The contributing count the figure rests on. */
  n: z.number().nullable(),
  /** The 95 % interval where the figure is an estimate, otherwise null. */
  ci_low: z.number().nullable(),
  ci_high: z.number().nullable(),
  /** The goal for the year (the goals page), or the module's own target. */
  target: z.number().nullable(),
  /** Worked out from the published interval; null without a target. */
  status: z.enum(['met', 'not met', 'too close to call']).nullable(),
  /** UN Sustainable Development Goals it steers towards. */
  sdg: z.array(z.number().int()),
  material_area: z.string(),
  suppressed: z.boolean(),
  /** Why a suppressed figure is not shown; null when it is shown. */
  suppressed_reason: z.enum(['small_group', 'protects_another']).nullable(),
  /** The figure broken down per area, category, partner …; empty when the module gives none. */
  breakdowns: z.array(figureTable),
  focus_area: z.string().nullable(),
  /** Polarity: true when a higher figure is the better one. */
  higher_is_better: z.boolean(),
  /** What is counted, in the report's language. */
  definition: z.string(),
  /** The figure in the years up to and including the report's, oldest first. */
  trend: z.array(trendPoint),
});

/** The editor's text of a material area for the year, newest version, with who wrote it. */
export const reportTextBlock = z.object({
  material_area: z.enum(materialAreas),
  /** The material area's name in the report's language. */
  name: z.string(),
  /** The text; empty when none is written. */
  body: z.string(),
  /** The writer's name; null when no text is written (or it was written by a command, not a user). */
  written_by: z.string().nullable(),
  /** ISO instant of the newest version; null when no text is written. */
  written_at: z.string().nullable(),
});
export type ReportTextBlock = z.infer<typeof reportTextBlock>;

/** A GRI disclosure the data covers, with the report's indicators that answer it. */
export const griDisclosure = z.object({
  /** The disclosure's number, e.g. '413-1'. */
  disclosure: z.string(),
  /** Its title in the report's language. */
  title: z.string(),
  indicator_ids: z.array(z.string()),
});
export type GriDisclosure = z.infer<typeof griDisclosure>;

/** The whole report as every format renders it: the figures, the texts and the GRI content index. */
export type AnnualReportDocument = AnnualReport & {
  /** ISO instant the report was made (the configured clock). */
  generated_at: string;
  material_areas: ReportTextBlock[];
  gri_index: GriDisclosure[];
};

/** `GET /annual-report/:year` — the report as JSON (the same document the JSON download holds). */
export const annualReportDocument = z.object({
  year: z.number().int(),
  /** The organisation's name. */
  organisation: z.string(),
  language: reportLanguage,
  indicators: z.array(reportIndicator),
  generated_at: z.string(),
  /** One per material area, in the framework's order. */
  material_areas: z.array(reportTextBlock),
  gri_index: z.array(griDisclosure),
});

/** The schema and the type are one shape: tsc fails here when core's report gains or loses a field. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.infer<typeof annualReportDocument>, AnnualReportDocument> = true;
void sameShape;

// ——— requests ———

/** `/annual-report/:year` — the calendar year the report is for. */
export const yearParam = z.object({ year });

/** `?lang=sv` — the report's language; the user's own when left out. */
export const languageQuery = z.object({ lang: reportLanguage.optional() });

/** `?format=pdf&lang=sv` — what to download. */
export const downloadQuery = z.object({
  /** pdf, html, xlsx or json. */
  format: reportFormat,
  /** The report's language; the user's own when left out. */
  lang: reportLanguage.optional(),
});

/** `?material_area=…&lang=…` — whose text's versions to list. */
export const historyQuery = z.object({
  material_area: z.enum(materialAreas),
  lang: reportLanguage.optional(),
});

/** `PUT /annual-report/:year/texts` — a new version of one material area's text. */
export const textInput = z.object({
  material_area: z.enum(materialAreas),
  language: reportLanguage,
  /** The whole text, at most 20 000 characters, without personal data (it is published). */
  body: z.string(),
  /**
   * The version the writer started from (null for a text not written before). When another
   * version has been saved since, the save is refused (report_text_changed) and nothing is lost.
   */
  based_on: z.uuid().nullable().optional(),
});
export type TextInput = z.infer<typeof textInput>;

// ——— answers ———

/** A material area's text as the editor shows it: the report's block and the version it is. */
export const editableTextBlock = reportTextBlock.extend({
  /** The newest version's id (what a save is based on); null when no text is written. */
  version_id: z.uuid().nullable(),
  /** How many versions there are. */
  versions: z.number().int(),
});
export type EditableTextBlock = z.infer<typeof editableTextBlock>;
export const editableTextBlocks = z.array(editableTextBlock);

/** One saved version of a text, newest first in a history. */
export const textVersion = z.object({
  id: z.uuid(),
  body: z.string(),
  /** The writer's name; null for a text written by a command. */
  written_by: z.string().nullable(),
  /** ISO instant it was saved. */
  written_at: z.string(),
});
export type TextVersion = z.infer<typeof textVersion>;
export const textHistory = z.array(textVersion);

export type { MaterialArea };
