import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { IndicatorDefinition } from '../../core/indicators';
import { participants, programs } from './programs.table';
import { rate, satisfiedFrom } from './rba';
import { jobOutcomeBreakdowns, satisfactionBreakdowns } from './report-breakdowns';

const exitedIn = (year: number) =>
  sql`${participants.exitedOn} between ${`${year}-01-01`} and ${`${year}-12-31`}`;

/** Share of the year's exits from job-outcome programs (Jobbpunkt) that went to work, with Wilson interval. */
export const jobOutcomeRateIndicator: IndicatorDefinition = {
  id: 'job_outcome_rate',
  name: { sv: 'Andel avslut till arbete (Jobbpunkt)', en: 'Share of exits to work (Jobbpunkt)' },
  unit: 'fraction',
  sdg: [8, 10],
  materialArea: 'sustainable_neighbourhoods',
  focusArea: 'arbete',
  compute: async (db, organisationId, year, language) => {
    const [row] = await db
      .select({
        n: sql<number>`count(*)::int`,
        work: sql<number>`count(*) filter (where ${participants.outcome} = 'work')::int`,
      })
      .from(participants)
      .innerJoin(programs, eq(programs.id, participants.programId))
      .where(
        and(
          eq(participants.organisationId, organisationId),
          eq(programs.reportsJobOutcome, true),
          isNotNull(participants.outcome),
          exitedIn(year),
        ),
      );
    const r = rate(row.work, row.n);
    return {
      value: r.rate,
      n: r.n,
      ciLow: r.ciLow,
      ciHigh: r.ciHigh,
      breakdowns: await jobOutcomeBreakdowns(db, organisationId, year, language),
    };
  },
};

/** Share of the year's exits, all programs, that rated their satisfaction 4 or 5 of 5. */
export const programSatisfiedShareIndicator: IndicatorDefinition = {
  id: 'program_satisfied_share',
  name: { sv: 'Andel nöjda deltagare i program', en: 'Share of satisfied program participants' },
  unit: 'fraction',
  sdg: [3, 8, 10],
  materialArea: 'sustainable_neighbourhoods',
  compute: async (db, organisationId, year, language) => {
    const [row] = await db
      .select({
        n: sql<number>`count(*)::int`,
        satisfied: sql<number>`count(*) filter (where ${participants.satisfaction} >= ${satisfiedFrom})::int`,
      })
      .from(participants)
      .where(
        and(
          eq(participants.organisationId, organisationId),
          isNotNull(participants.satisfaction),
          exitedIn(year),
        ),
      );
    const r = rate(row.satisfied, row.n);
    return {
      value: r.rate,
      n: r.n,
      ciLow: r.ciLow,
      ciHigh: r.ciHigh,
      breakdowns: await satisfactionBreakdowns(db, organisationId, year, language),
    };
  },
};
