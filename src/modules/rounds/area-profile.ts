import {
  type AreaProfileSection,
  type AreaProfileSource,
  canReadPlace,
  type ProfileRequest,
  profilePlace,
} from '../../core/area-profile';
import type { Db } from '../../core/db/client';
import { translator } from '../../core/i18n/i18n';
import { type FigureTable, oneDecimalCell } from '../../core/indicators';
import { formatNumber } from '../../shared/format';
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

/**
 * The weekly presence table: the last `profileWeeks` weeks of the year up to today, weeks without
 * shifts as zero (an empty week is a fact too). None for a year that has not started.
 */
async function presenceTable(db: Db, request: ProfileRequest, today: string): Promise<FigureTable | null> {
  const { actor, year } = request;
  const inPlace = new Set(profilePlace(request).areaIds);
  const yearStart = `${year}-01-01`;
  const last = today < `${year}-12-31` ? today : `${year}-12-31`;
  if (last < yearStart) return null;
  const weeks = weeksEndingWith(last, profileWeeks);
  const from = weeks[0].monday > yearStart ? weeks[0].monday : yearStart;
  const rows = await presenceHoursPerWeek(db, actor.organisationId, { from, to: last });
  // A district's week is the sum of its areas' weeks.
  const perWeek = new Map<string, { hours: number; eveningHours: number }>();
  for (const r of rows.filter((x) => inPlace.has(x.areaId))) {
    const sum = perWeek.get(r.week) ?? { hours: 0, eveningHours: 0 };
    perWeek.set(r.week, { hours: sum.hours + r.hours, eveningHours: sum.eveningHours + r.eveningHours });
  }
  const t = translator(actor.language, 'rounds:profile');
  return {
    caption: t('weeksCaption', { count: profileWeeks }),
    columns: [t('week'), t('dayHours'), t('eveningHours'), t('totalHours')],
    units: ['text', 'hours', 'hours', 'hours'],
    rows: weeks.map(({ week }) => {
      const row = perWeek.get(week);
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

/** The year's figures of one area, as the annual report's indicators count them. */
async function areaYear(db: Db, org: string, year: number, areaId: string) {
  return {
    completed: await roundsCompletedInYear(db, org, year, areaId),
    found: await findingsInYear(db, org, year, areaId),
    created: await actionsOfYear(db, org, year, areaId),
    closedInYear: await actionsClosedInYear(db, org, year, areaId),
    presence: await presenceHoursInYear(db, org, year, areaId),
  };
}

/**
 * The place's figures: an area's own, a district's the sum of its areas' (rounds, findings, hours
 * add up; the actions are pooled, so the share closed and the median are the district's own).
 * These count rounds, actions and hours, not people: nothing here is protected (docs/disclosure.md).
 */
async function placeYear(db: Db, org: string, year: number, areaIds: readonly string[]) {
  const parts = [];
  for (const id of areaIds) parts.push(await areaYear(db, org, year, id));
  return {
    completed: parts.reduce((s, x) => s + x.completed, 0),
    found: {
      findings: parts.reduce((s, x) => s + x.found.findings, 0),
      high: parts.reduce((s, x) => s + x.found.high, 0),
    },
    created: parts.flatMap((x) => x.created),
    closedInYear: parts.flatMap((x) => x.closedInYear),
    presence: {
      hours: parts.reduce((s, x) => s + x.presence.hours, 0),
      eveningHours: parts.reduce((s, x) => s + x.presence.eveningHours, 0),
      shifts: parts.reduce((s, x) => s + x.presence.shifts, 0),
    },
  };
}

/**
 * The rounds module's part of an area's or district's profile for a year: rounds completed,
 * findings, the year's actions (open and overdue today, the share closed by the year's end), the
 * median days to close of actions closed in the year, and presence hours. The same definitions as
 * the annual report's indicators, limited to the place. Null for actors who may not read rounds in
 * every area of the place.
 */
export async function roundsProfileSection(
  db: Db,
  request: ProfileRequest,
  now: Date,
): Promise<AreaProfileSection | null> {
  const { actor, year } = request;
  if (!canReadPlace(actor, p['rounds.read'], request)) return null;
  const org = actor.organisationId;
  const today = swedishToday(now);
  const t = translator(actor.language, 'rounds:profile');

  const { completed, found, created, closedInYear, presence } = await placeYear(
    db,
    org,
    year,
    profilePlace(request).areaIds,
  );
  const open = created.filter((a) => !isClosed(a.status));
  const table = await presenceTable(db, request, today);

  return {
    module: 'rounds',
    title: t('title'),
    figures: [
      { label: t('roundsCompleted'), value: completed, unit: 'count', indicatorId: 'rounds_completed' },
      { label: t('findings'), value: found.findings, unit: 'count', note: t('findingsHigh', found) },
      {
        label: t('actionsOpen'),
        value: open.length,
        unit: 'count',
        summary: true,
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
        indicatorId: 'actions_closed_share',
      },
      {
        label: t('medianDays'),
        value: medianDaysToClose(closedInYear),
        unit: 'days',
        indicatorId: 'median_days_to_close',
        note: t('closedInYear', { count: closedInYear.length }),
      },
      {
        label: t('presenceHours'),
        // Unrounded: core's publishFigure gives hours to one decimal.
        value: presence.hours,
        unit: 'hours',
        summary: true,
        indicatorId: 'presence_hours',
        note: t('presenceNote', {
          evening: formatNumber(presence.eveningHours, actor.language),
          count: presence.shifts,
        }),
      },
    ],
    tables: table ? [table] : [],
  };
}

export const roundsAreaProfile: AreaProfileSource = ({ db, config }, request) =>
  roundsProfileSection(db, request, config.clock());
