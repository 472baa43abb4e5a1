import type { Db } from '../../core/db/client';
import { type Language, translator } from '../../core/i18n/i18n';
import { type Breakdowns, type FigureColumnUnit, focusAreas, shareCell } from '../../core/indicators';
import { areaNameMap } from '../areas';
import { ageBands } from './counts';
import { activityFigures } from './rollup';
import { sessionFacts } from './session-columns';
import { heldSession, sessionsInYear, sessionsWithActivity } from './session-queries';

/** The year's held sessions with their activity's focus area and their area's name. */
async function heldSessions(db: Db, organisationId: string, year: number) {
  const areaNames = await areaNameMap(db, organisationId);
  const rows = await sessionsWithActivity(db, organisationId, heldSession(), sessionsInYear(year));
  return rows.flatMap((r) => {
    const areaName = areaNames.get(r.session.areaId);
    return areaName === undefined ? [] : [{ ...r, areaName }];
  });
}

type Held = Awaited<ReturnType<typeof heldSessions>>;
const visits = (rows: Held) => rows.reduce((sum, r) => sum + (r.session.participants ?? 0), 0);
const wordsFor = (language: Language) => translator(language, 'activities:profile');

/**
 * Sessions and visits per focus area and per area, for the annual report's activity_sessions.
 * These are head counts of visits to open sessions (one person at 38 sessions is 38 visits), with
 * no answer, outcome or other attribute of a person attached, so they are not counts of
 * identifiable people and are published unsuppressed (docs/disclosure.md).
 */
export const sessionBreakdowns: Breakdowns = async (db, organisationId, year, language = 'sv') => {
  const t = wordsFor(language);
  const rows = await heldSessions(db, organisationId, year);
  const byFocus = focusAreas
    .map((focusArea) => rows.filter((r) => r.focusArea === focusArea))
    .map((group, i) => [
      t(`focus.${focusAreas[i]}`),
      new Set(group.map((r) => r.activityId)).size,
      group.length,
      visits(group),
    ])
    .filter((row) => row[2] !== 0);
  const areaNames = [...new Set(rows.map((r) => r.areaName))].sort((a, b) => a.localeCompare(b, language));
  return [
    {
      caption: t('byFocusArea', { year }),
      columns: [t('focusArea'), t('activities'), t('sessions'), t('visits')],
      units: ['text', 'count', 'count', 'count'],
      rows: byFocus,
    },
    {
      caption: t('byArea', { year }),
      columns: [t('area'), t('sessions'), t('visits')],
      units: ['text', 'count', 'count'],
      rows: areaNames.map((name) => {
        const group = rows.filter((r) => r.areaName === name);
        return [name, group.length, visits(group)];
      }),
    },
  ];
};

/** Visits by gender and by age band, with their shares, for the annual report's activity_participants. */
export const participantBreakdowns: Breakdowns = async (db, organisationId, year, language = 'sv') => {
  const t = wordsFor(language);
  const figures = activityFigures(
    (await heldSessions(db, organisationId, year)).map((r) => sessionFacts(r.session)),
  );
  // Shares as the publication layer rounds them (whole points under 100 visits, 0.1 from 100), as
  // fractions 0–1. Counts of visits are published as they are: see sessionBreakdowns.
  const row = (label: string, n: number) => [label, n, shareCell(n, figures.participants)];
  const units: FigureColumnUnit[] = ['text', 'count', 'fraction'];
  return [
    {
      caption: t('byGender', { year }),
      columns: [t('gender'), t('visits'), t('sharePercent')],
      units,
      rows: [
        row(t('women'), figures.women),
        row(t('men'), figures.men),
        row(t('otherGender'), figures.otherOrUnknownGender),
      ],
    },
    {
      caption: t('byAge', { year }),
      columns: [t('ageBand'), t('visits'), t('sharePercent')],
      units,
      rows: [
        ...ageBands.map((band) => row(t('years', { band: band.replace('-', '–') }), figures.ages[band])),
        row(t('ageUnknown'), figures.ages.unknown),
      ],
    },
  ];
};
