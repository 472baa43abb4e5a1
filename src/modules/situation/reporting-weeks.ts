import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { incidentReports, nothingToReport, partnerOrganisations } from './situation.table';
import { inWeeks } from './week-rows';

/**
 * Per active external partner: how many of the weeks it reported (or said it had nothing to report).
 * The (partner, week) pairs are counted in the database: a report and a "nothing to report" in the
 * same week are one pair (UNION drops the duplicate).
 */
export async function weeksReportedIn(db: Db, organisationId: string, weeks: string[]) {
  const partners = await db
    .select({ id: partnerOrganisations.id, name: partnerOrganisations.name })
    .from(partnerOrganisations)
    .where(
      and(
        eq(partnerOrganisations.organisationId, organisationId),
        eq(partnerOrganisations.active, true),
        ne(partnerOrganisations.kind, 'housing_company'),
      ),
    )
    .orderBy(partnerOrganisations.name);
  if (!weeks.length || !partners.length) return { partners: [], reported: 0, total: 0 };
  const ids = partners.map((p) => p.id);
  const pairs = db
    .select({ sourceId: incidentReports.sourceId, week: incidentReports.week })
    .from(incidentReports)
    .where(inWeeks(incidentReports, organisationId, weeks, inArray(incidentReports.sourceId, ids)))
    .union(
      db
        .select({ sourceId: nothingToReport.sourceId, week: nothingToReport.week })
        .from(nothingToReport)
        .where(inWeeks(nothingToReport, organisationId, weeks, inArray(nothingToReport.sourceId, ids))),
    )
    .as('pairs');
  const counted = await db
    .select({ sourceId: pairs.sourceId, weeks: sql<number>`count(*)::int` })
    .from(pairs)
    .groupBy(pairs.sourceId);
  const weeksOf = new Map(counted.map((c) => [c.sourceId, c.weeks]));
  const perPartner = partners.map((p) => ({ name: p.name, weeks: weeksOf.get(p.id) ?? 0, of: weeks.length }));
  return {
    partners: perPartner,
    reported: counted.reduce((s, c) => s + c.weeks, 0),
    total: weeks.length * partners.length,
  };
}
