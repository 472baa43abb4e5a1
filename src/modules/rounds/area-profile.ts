import type { AreaProfileRequest, AreaProfileSection, AreaProfileSource } from '../../core/area-profile';
import { can } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { translator } from '../../core/i18n/i18n';
import { oneDecimalCell } from '../../core/indicators';
import { swedishToday } from '../../shared/time';
import { isClosed, isOverdue, medianDaysToClose, weeksEndingWith } from './follow-up';
import {
  actionsClosedInYear,
  actionsOfYear,
  closedShareByYearEnd,
  findingsInYear,
  roundsCompletedInYear,
} from './follow-up.service';
import { presenceHoursInYear, presenceHoursPerWeek } from './presence.service';
import { roundPermissions as p } from './rounds.policy';

/** How many weeks the presence table on the profile shows. */
export const profileWeeks = 8;

const numberIn = (language: string, n: number) =>
  oneDecimalCell(n).toLocaleString(language === 'en' ? 'en-GB' : 'sv-SE');

/**
 * The weekly presence table: the last `profileWeeks` weeks of the year up to today, weeks without
 * shifts as zero (an empty week is a fact too). None for a year that has not started.
 */
async function presenceTable(db: Db, request: AreaProfileRequest, today: string) {
  const { actor, areaId, year } = request;
  const yearStart = `${year}-01-01`;
  const last = today < `${year}-12-31` ? today : `${year}-12-31`;
  if (last < yearStart) return null;
  const weeks = weeksEndingWith(last, profileWeeks);
  const from = weeks[0].monday > yearStart ? weeks[0].monday : yearStart;
  const hours = await presenceHoursPerWeek(db, actor.organisationId, { areaId, from, to: last });
  const t = translator(actor.language, 'rounds:profile');
  return {
    caption: t('weeksCaption', { count: profileWeeks }),
    columns: [t('week'), t('dayHours'), t('eveningHours'), t('totalHours')],
    rows: weeks.map(({ week }) => {
      const row = hours.find((h) => h.week === week);
      const [isoYear, number] = week.split('-W');
      return [
        t('weekLabel', { week: Number(number), year: isoYear }),
        oneDecimalCell((row?.hours ?? 0) - (row?.eveningHours ?? 0)),
        oneDecimalCell(row?.eveningHours ?? 0),
        oneDecimalCell(row?.hours ?? 0),
      ];
    }),
  };
}

/**
 * The rounds module's part of an area's profile for a year: rounds completed, findings, the year's
 * actions (open and overdue today, the share closed by the year's end), the median days to close of
 * actions closed in the year, and presence hours. The same definitions as the annual report's
 * indicators, limited to the area. Null for actors who may not read rounds in the area.
 */
export async function roundsProfileSection(
  db: Db,
  request: AreaProfileRequest,
  now = new Date(),
): Promise<AreaProfileSection | null> {
  const { actor, areaId, year } = request;
  if (!can(actor, p['rounds.read'], areaId)) return null;
  const org = actor.organisationId;
  const today = swedishToday(now);
  const t = translator(actor.language, 'rounds:profile');

  const completed = await roundsCompletedInYear(db, org, year, areaId);
  const found = await findingsInYear(db, org, year, areaId);
  const created = await actionsOfYear(db, org, year, areaId);
  const closedInYear = await actionsClosedInYear(db, org, year, areaId);
  const presence = await presenceHoursInYear(db, org, year, areaId);
  const open = created.filter((a) => !isClosed(a.status));
  const table = await presenceTable(db, request, today);

  return {
    module: 'rounds',
    title: t('title'),
    figures: [
      { label: t('roundsCompleted'), value: completed, unit: 'count' },
      { label: t('findings'), value: found.findings, unit: 'count', note: t('findingsHigh', found) },
      {
        label: t('actionsOpen'),
        value: open.length,
        unit: 'count',
        note: t('actionsOf', { count: created.length }),
      },
      {
        label: t('actionsOverdue'),
        value: open.filter((a) => isOverdue(a, today)).length,
        unit: 'count',
        note: t('asOf', { date: today }),
      },
      // n = the actions the share rests on: core's publishFigure rounds it to what that base bears.
      {
        label: t('closedShare'),
        value: closedShareByYearEnd(created, year),
        unit: 'fraction',
        n: created.length,
      },
      {
        label: t('medianDays'),
        value: medianDaysToClose(closedInYear),
        unit: 'days',
        note: t('closedInYear', { count: closedInYear.length }),
      },
      {
        label: t('presenceHours'),
        // Unrounded: core's publishFigure gives hours to one decimal.
        value: presence.hours,
        unit: 'hours',
        note: t('presenceNote', {
          evening: numberIn(actor.language, presence.eveningHours),
          count: presence.shifts,
        }),
      },
    ],
    tables: table ? [table] : [],
  };
}

export const roundsAreaProfile: AreaProfileSource = ({ db, config }, request) =>
  roundsProfileSection(db, request, config.clock());
