import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { notFound } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { organisationName } from '../../core/organisations';
import { buildAnnualReport } from '../../core/report';
import { organisationGoals } from '../goals';
import { organisationIndicators } from '../indicators';
import type { AnnualReportDocument, ReportFormat, ReportLanguage } from './annual-report.contract';
import { annualReportPermissions as p } from './annual-report.policy';
import { griIndex } from './gri';
import { renderReport } from './render/report';
import { assertReportYear, currentTexts } from './texts.service';

/**
 * The annual report as every format renders it, for the organisation and year in the language: the
 * figures already published by core (every registered indicator and the organisation's own, each
 * with its trend, targets from the goals page), the newest text of each material area with its
 * writer, the GRI content index, and the instant it was made (`now`, the configured clock's).
 * No access check: the CLI runs it as the system; the routes call `reportDocument`.
 */
export async function annualReportDocument(
  db: Db,
  organisation: { id: string; name: string },
  year: number,
  language: ReportLanguage,
  now: Date,
): Promise<AnnualReportDocument> {
  assertReportYear(year, now);
  const report = await buildAnnualReport(db, organisation, year, language, now, {
    extraIndicators: await organisationIndicators(db, organisation.id),
    goalOf: await organisationGoals(db, organisation.id),
  });
  const texts = await currentTexts(db, organisation.id, year, language);
  return {
    ...report,
    generated_at: now.toISOString(),
    material_areas: texts.map(({ version_id: _, versions: __, ...block }) => block),
    gri_index: griIndex(report, language),
  };
}

/** The actor's organisation's report (report.read). */
export async function reportDocument(
  { db }: ServiceContext,
  actor: Actor,
  year: number,
  language: ReportLanguage,
  now: Date,
): Promise<AnnualReportDocument> {
  assertCan(actor, p['report.read']);
  const name = await organisationName(db, actor.organisationId);
  if (name === null) throw notFound();
  return annualReportDocument(db, { id: actor.organisationId, name }, year, language, now);
}

/** A downloaded report: its file name (without extension) and the bytes or text of the format. */
export type ReportFile = { name: string; format: ReportFormat; body: string | Buffer };

/** The file name a report is saved as: `hallbarhetsrapport-2025-sv`. */
export const reportFileName = (year: number, language: ReportLanguage) =>
  `hallbarhetsrapport-${year}-${language}`;

/** The actor's organisation's report in a format, for download (report.read). */
export async function reportFile(
  ctx: ServiceContext,
  actor: Actor,
  year: number,
  format: ReportFormat,
  language: ReportLanguage,
  now: Date,
): Promise<ReportFile> {
  const document = await reportDocument(ctx, actor, year, language, now);
  return { name: reportFileName(year, language), format, body: await renderReport(document, format) };
}
