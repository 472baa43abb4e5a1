import type { IndicatorDefinition, IndicatorValue } from '../../core/indicators';
import { programmeTables } from './programme-tables';
import { allProgrammes, organisationMember, type Share } from './publication';
import { jobOutcomeBreakdowns, satisfactionBreakdowns } from './report-breakdowns';

/** The report contract's fields of a published share: n is the share's base, null when hidden. */
function reportValue(share: Share): Omit<IndicatorValue, 'breakdowns'> {
  return {
    value: share.value,
    n: share.n,
    ciLow: share.low,
    ciHigh: share.high,
    suppressed: share.suppressed,
  };
}

/** Share of the year's exits from job-outcome programmes (Jobbpunkt) that went to work, with Wilson interval. */
export const jobOutcomeRateIndicator: IndicatorDefinition = {
  id: 'job_outcome_rate',
  name: { sv: 'Andel avslut till arbete (Jobbpunkt)', en: 'Share of exits to work (Jobbpunkt)' },
  unit: 'fraction',
  sdg: [8, 10],
  sdgTargets: ['8.5', '10.2'],
  materialArea: 'sustainable_neighbourhoods',
  focusArea: 'arbete',
  higherIsBetter: true,
  frequency: 'continuous',
  owner: 'analyst',
  definition: {
    sv: 'Andel av årets avslut i program som följer upp arbete (Jobbpunkt m.fl.) där deltagaren gick till arbete, med Wilsonintervall. n är årets avslut med ett känt utfall.',
    en: "Share of the year's exits from programmes that follow up work (Jobbpunkt and others) where the participant went to work, with a Wilson interval. n is the year's exits with a known outcome.",
  },
  compute: async (db, organisationId, year, language, _now, options) => {
    const tables = await programmeTables(db, organisationId);
    // The job-outcome programmes' sum: shown only when each of their cells is (publication.ts).
    const jobProgrammes = tables.programmes.filter((r) => r.reportsJobOutcome).map((r) => r.id);
    const figures = tables.year(year).sumFigures(jobProgrammes, organisationMember);
    const value = reportValue(figures.betterOff.atExit.work);
    if (options?.breakdowns === false) return value;
    return { ...value, breakdowns: await jobOutcomeBreakdowns(tables, year, language) };
  },
};

/** Share of the year's exits, all programmes, that rated their satisfaction 4 or 5 of 5. */
export const programSatisfiedShareIndicator: IndicatorDefinition = {
  id: 'program_satisfied_share',
  name: { sv: 'Andel nöjda deltagare i program', en: 'Share of satisfied program participants' },
  unit: 'fraction',
  sdg: [3, 8, 10],
  sdgTargets: ['3.4', '8.5', '10.2'],
  materialArea: 'sustainable_neighbourhoods',
  // Across all programmes, whatever their focus area: no one focus area of its own.
  higherIsBetter: true,
  frequency: 'continuous',
  owner: 'analyst',
  definition: {
    sv: 'Andel av årets avslut i alla program där deltagaren gav nöjdheten 4 eller 5 av 5, med Wilsonintervall. n är årets avslut med ett nöjdhetssvar.',
    en: "Share of the year's exits from all programmes where the participant rated satisfaction 4 or 5 of 5, with a Wilson interval. n is the year's exits with a satisfaction answer.",
  },
  compute: async (db, organisationId, year, language, _now, options) => {
    const tables = await programmeTables(db, organisationId);
    const figures = tables.year(year).figures(allProgrammes, organisationMember);
    const value = reportValue(figures.howWell.satisfied);
    if (options?.breakdowns === false) return value;
    return { ...value, breakdowns: await satisfactionBreakdowns(tables, year, language) };
  },
};
