import { and, eq, sql } from 'drizzle-orm';
import { censusValue as census, type IndicatorDefinition } from '../../core/indicators';
import { activitySessions } from './activities.table';
import { participantBreakdowns, sessionBreakdowns } from './report-breakdowns';
import { heldSession, sessionsInYear } from './session-queries';

/**
 * What both indicators are: counts of every record (a census, so no interval) for the same goals,
 * entered session by session by the hosts who hold the activities.
 */
const countOfActivities: Pick<
  IndicatorDefinition,
  'unit' | 'sdg' | 'sdgTargets' | 'materialArea' | 'focusArea' | 'higherIsBetter' | 'frequency' | 'owner'
> = {
  unit: 'count',
  sdg: [3, 10, 11],
  sdgTargets: ['3.4', '10.2', '11.7'],
  materialArea: 'sustainable_neighbourhoods',
  focusArea: 'gemenskap',
  higherIsBetter: true,
  frequency: 'continuous',
  owner: 'host',
};

/** Sessions held (reported with a participant count) in the year, all activities. */
export const activitySessionsIndicator: IndicatorDefinition = {
  id: 'activity_sessions',
  name: { sv: 'Genomförda aktivitetstillfällen', en: 'Activity sessions held' },
  ...countOfActivities,
  definition: {
    sv: 'Antal aktivitetstillfällen under året som genomförts, det vill säga rapporterats med ett deltagarantal, alla aktiviteter.',
    en: 'Number of activity sessions in the year that were held, that is reported with a participant count, all activities.',
  },
  compute: async (db, organisationId, year, language, _now, options) => {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(activitySessions)
      .where(and(eq(activitySessions.organisationId, organisationId), heldSession(), sessionsInYear(year)));
    const figure = census(row.n, row.n);
    if (options?.breakdowns === false) return figure;
    return { ...figure, breakdowns: await sessionBreakdowns(db, organisationId, year, language) };
  },
};

/** Participants summed over the year's sessions (visits: one person at ten sessions counts ten). */
export const activityParticipantsIndicator: IndicatorDefinition = {
  id: 'activity_participants',
  name: { sv: 'Deltagare i aktiviteter (besök)', en: 'Activity participants (visits)' },
  ...countOfActivities,
  definition: {
    sv: 'Summan av deltagarna vid årets aktivitetstillfällen: besök, så en person vid tio tillfällen räknas tio gånger.',
    en: "Participants summed over the year's activity sessions: visits, so one person at ten sessions counts ten times.",
  },
  compute: async (db, organisationId, year, language, _now, options) => {
    const [row] = await db
      .select({
        total: sql<number>`coalesce(sum(${activitySessions.participants}), 0)::int`,
        sessions: sql<number>`count(${activitySessions.participants})::int`,
      })
      .from(activitySessions)
      .where(and(eq(activitySessions.organisationId, organisationId), sessionsInYear(year)));
    const figure = census(row.total, row.sessions);
    if (options?.breakdowns === false) return figure;
    return { ...figure, breakdowns: await participantBreakdowns(db, organisationId, year, language) };
  },
};
