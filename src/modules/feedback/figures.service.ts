/** The year's reports as the indicators and the area profile count them (by the Swedish day of receipt). */
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { feedbackReports } from './feedback.table';
import type { FeedbackCategory, FeedbackStatus } from './vocabulary';

export type YearReport = { areaId: string; category: FeedbackCategory; status: FeedbackStatus };

/** The organisation's reports received in the year (in the given areas, when named). */
export async function reportsOfYear(
  db: Db,
  organisationId: string,
  year: number,
  areaIds?: readonly string[],
): Promise<YearReport[]> {
  return db
    .select({
      areaId: feedbackReports.areaId,
      category: feedbackReports.category,
      status: feedbackReports.status,
    })
    .from(feedbackReports)
    .where(
      and(
        eq(feedbackReports.organisationId, organisationId),
        gte(feedbackReports.receivedOn, `${year}-01-01`),
        lte(feedbackReports.receivedOn, `${year}-12-31`),
        areaIds ? inArray(feedbackReports.areaId, [...areaIds]) : undefined,
      ),
    );
}

/** Whether the company did something with the report: answered it or turned it into an action or EST report. */
export const handled = (r: Pick<YearReport, 'status'>) => r.status !== 'received';

/** The share handled (0–1); null without reports. */
export function handledShare(reports: readonly Pick<YearReport, 'status'>[]): number | null {
  return reports.length ? reports.filter(handled).length / reports.length : null;
}

/** Reports per key (category or area), in the order the keys are given. */
export function countBy<K extends string>(
  reports: readonly YearReport[],
  keyOf: (r: YearReport) => K,
  keys: readonly K[],
) {
  return keys.map((key) => {
    const mine = reports.filter((r) => keyOf(r) === key);
    return { key, received: mine.length, handled: mine.filter(handled).length };
  });
}
