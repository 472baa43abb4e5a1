import { and, desc, eq } from 'drizzle-orm';
import { insertAudited } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import { userDirectory } from '../../core/auth/users';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import { translate } from '../../core/i18n/i18n';
import { type MaterialArea, materialAreas } from '../../core/indicators';
import type { ServiceContext } from '../../core/module';
import { refusePersonalData } from '../../core/personal-data-guard';
import { swedishYear } from '../../shared/time';
import {
  type EditableTextBlock,
  type ReportLanguage,
  reportTextMaxLength,
  type TextInput,
  type TextVersion,
} from './annual-report.contract';
import { annualReportPermissions as p } from './annual-report.policy';
import { reportTexts } from './annual-report.table';

/** The first year a report can be made for; the last is the current one (a report of the year so far). */
export const firstReportYear = 2000;

/**
 * Refuses a year outside 2000 and the current Swedish year of `now`: there is nothing to report
 * before Grannskap's data can start, and no figures yet for a year to come.
 */
export function assertReportYear(year: number, now: Date): void {
  const last = swedishYear(now);
  if (!Number.isInteger(year) || year < firstReportYear || year > last)
    throw new AppError('report_year', { year, min: firstReportYear, max: last });
}

/** The material area's name in the language (the framework's names, kept by the indicators module). */
export const materialAreaName = (area: MaterialArea, language: ReportLanguage) =>
  translate(language, `indicators:materialAreas.${area}`);

type StoredVersion = TextVersion & { materialArea: MaterialArea };

/** Every version of the year's texts in the language, newest first, with the writer's name. */
async function versionsOf(
  db: Db,
  organisationId: string,
  year: number,
  language: ReportLanguage,
  materialArea?: MaterialArea,
): Promise<StoredVersion[]> {
  const writers = userDirectory(db, organisationId);
  const rows = await db
    .select({
      id: reportTexts.id,
      materialArea: reportTexts.materialArea,
      body: reportTexts.body,
      writer: writers.name,
      createdAt: reportTexts.createdAt,
    })
    .from(reportTexts)
    .leftJoin(writers, eq(writers.id, reportTexts.writtenBy))
    .where(
      and(
        eq(reportTexts.organisationId, organisationId),
        eq(reportTexts.year, year),
        eq(reportTexts.language, language),
        materialArea ? eq(reportTexts.materialArea, materialArea) : undefined,
      ),
    )
    .orderBy(desc(reportTexts.createdAt));
  return rows.map((r) => ({
    id: r.id,
    materialArea: r.materialArea,
    body: r.body,
    written_by: r.writer,
    written_at: r.createdAt.toISOString(),
  }));
}

/**
 * Each material area's text for the year in the language, in the framework's order: the newest
 * version with its writer, or an empty block where none is written. No access check: the report's
 * assembly (CLI and routes) and the services below call it after their own.
 */
export async function currentTexts(
  db: Db,
  organisationId: string,
  year: number,
  language: ReportLanguage,
): Promise<EditableTextBlock[]> {
  const versions = await versionsOf(db, organisationId, year, language);
  return materialAreas.map((area) => {
    const own = versions.filter((v) => v.materialArea === area);
    const newest = own[0];
    return {
      material_area: area,
      name: materialAreaName(area, language),
      body: newest?.body ?? '',
      written_by: newest?.written_by ?? null,
      written_at: newest?.written_at ?? null,
      version_id: newest?.id ?? null,
      versions: own.length,
    };
  });
}

/** The year's texts as the editor shows them (report.read). */
export async function reportTextBlocks(
  { db }: ServiceContext,
  actor: Actor,
  year: number,
  language: ReportLanguage,
  now: Date,
): Promise<EditableTextBlock[]> {
  assertCan(actor, p['report.read']);
  assertReportYear(year, now);
  return currentTexts(db, actor.organisationId, year, language);
}

/** Every saved version of one material area's text, newest first, with who wrote it and when. */
export async function reportTextHistory(
  { db }: ServiceContext,
  actor: Actor,
  year: number,
  materialArea: MaterialArea,
  language: ReportLanguage,
  now: Date,
): Promise<TextVersion[]> {
  assertCan(actor, p['report.read']);
  assertReportYear(year, now);
  const versions = await versionsOf(db, actor.organisationId, year, language, materialArea);
  return versions.map(({ materialArea: _, ...version }) => version);
}

/** What a new version must be: a known material area and language, a text of bounded length, no personal data. */
function assertValidText(input: TextInput, language: ReportLanguage): void {
  if (!materialAreas.includes(input.material_area))
    throw new AppError('report_material_area', { value: input.material_area });
  if (input.language !== 'sv' && input.language !== 'en')
    throw new AppError('report_language', { value: input.language });
  if (input.body.length > reportTextMaxLength)
    throw new AppError('report_text_too_long', { max: reportTextMaxLength, length: input.body.length });
  refusePersonalData(input.body, { language, field: 'body' });
}

/**
 * Saves a new version of a material area's text (report.write), audited; the older versions stay
 * as its history. Refused, with nothing written, when another version was saved after the one the
 * writer started from (`based_on`), so that neither text is lost without anyone noticing.
 */
export async function saveReportText(
  { db, requestId }: ServiceContext,
  actor: Actor,
  year: number,
  input: TextInput,
  now: Date,
): Promise<EditableTextBlock> {
  assertCan(actor, p['report.write']);
  assertReportYear(year, now);
  assertValidText(input, actor.language);
  return db.transaction(async (tx) => {
    const [newest] = await versionsOf(tx, actor.organisationId, year, input.language, input.material_area);
    if (input.based_on !== undefined && (newest?.id ?? null) !== input.based_on)
      throw new AppError('report_text_changed', {
        writer: newest?.written_by ?? translate(actor.language, 'annual-report:someoneElse'),
      });
    // Versions are ordered by their instant: a save in the same millisecond as the last comes after it.
    const after = newest ? new Date(newest.written_at).getTime() + 1 : 0;
    await insertAudited(
      tx,
      reportTexts,
      {
        organisationId: actor.organisationId,
        year,
        materialArea: input.material_area,
        language: input.language,
        body: input.body,
        writtenBy: actor.userId,
        createdAt: new Date(Math.max(now.getTime(), after)),
      },
      { actor, entity: 'report_text', requestId },
      input.material_area,
    );
    const blocks = await currentTexts(tx, actor.organisationId, year, input.language);
    return blocks.find((b) => b.material_area === input.material_area)!;
  });
}
