import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { incidentReports, nothingToReport, partnerOrganisations } from './situation.table';
import { inWeeks } from './week-rows';

/** Per active external partner: how many of the weeks it reported (or said it had nothing to report). */
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
  const reported = await db
    .selectDistinct({ sourceId: incidentReports.sourceId, week: incidentReports.week })
    .from(incidentReports)
    .where(inWeeks(incidentReports, organisationId, weeks, inArray(incidentReports.sourceId, ids)));
  const nothing = await db
    .select({ sourceId: nothingToReport.sourceId, week: nothingToReport.week })
    .from(nothingToReport)
    .where(inWeeks(nothingToReport, organisationId, weeks, inArray(nothingToReport.sourceId, ids)));
  const pairs = new Set([...reported, ...nothing].map((r) => `${r.sourceId}|${r.week}`));
  const perPartner = partners.map((p) => ({
    name: p.name,
    weeks: weeks.filter((w) => pairs.has(`${p.id}|${w}`)).length,
    of: weeks.length,
  }));
  return { partners: perPartner, reported: pairs.size, total: weeks.length * partners.length };
}
