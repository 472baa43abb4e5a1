import { and, eq, inArray } from 'drizzle-orm';
import { type AreaProfileSource, canReadPlace, profilePlace } from '../../core/area-profile';
import { translator } from '../../core/i18n/i18n';
import { type FocusArea, focusAreas } from '../../core/indicators';
import { activityPermissions as p } from './activities.policy';
import { activities, activityAreas, activitySessions } from './activities.table';
import { ageBands } from './counts';
import { activityFigures } from './rollup';
import { sessionFacts } from './session-columns';
import { sessionsInYear, sessionsWithActivity } from './session-queries';

/**
 * The activities part of an area's or district's profile for a year: sessions held there, visits
 * by gender and age band, and the activities held there per focus area (a district's are its
 * areas' together; an activity in two of its areas counts once). Left out for actors who may not read
 * activities in the area. Not passed through a protected table: these are head counts of visits
 * to open sessions, made by the leader at the door — a visit is not a person (one child at 38
 * dance sessions is 38 visits), and no answer, outcome or other attribute is attached to anyone,
 * so a small count ("1 visit by a woman 65+") tells nothing about who came or anything about them
 * beyond being there, which was in public. The table has no shares to round.
 */
export const activitiesAreaProfile: AreaProfileSource = async ({ db }, request) => {
  const { actor, year } = request;
  if (!canReadPlace(actor, p['activities.read'], request)) return null;
  const areaIds = [...profilePlace(request).areaIds];
  const t = translator(actor.language, 'activities:profile');
  const inArea = inArray(activitySessions.areaId, areaIds);
  const sessionRows = await sessionsWithActivity(db, actor.organisationId, inArea, sessionsInYear(year));
  const held = sessionRows.filter((r) => r.session.participants !== null);
  const figures = activityFigures(held.map((r) => sessionFacts(r.session)));
  // Activities registered for the area: active ones, and any that held a session there this year.
  const registered = await db
    .selectDistinct({ id: activities.id, focusArea: activities.focusArea, active: activities.active })
    .from(activityAreas)
    .innerJoin(activities, eq(activities.id, activityAreas.activityId))
    .where(
      and(eq(activityAreas.organisationId, actor.organisationId), inArray(activityAreas.areaId, areaIds)),
    );
  const heldIds = new Set(held.map((r) => r.activityId));
  const counted = registered.filter((a) => a.active || heldIds.has(a.id));
  const byFocus = (focusArea: FocusArea) => {
    const inFocus = held.filter((r) => r.focusArea === focusArea);
    return [
      t(`focus.${focusArea}`),
      counted.filter((a) => a.focusArea === focusArea).length,
      inFocus.length,
      inFocus.reduce((sum, r) => sum + (r.session.participants ?? 0), 0),
    ];
  };
  return {
    module: 'activities',
    title: t('title'),
    figures: [
      {
        label: t('sessions'),
        value: figures.sessions,
        unit: 'count',
        summary: true,
        indicatorId: 'activity_sessions',
      },
      {
        label: t('participants'),
        value: figures.participants,
        unit: 'count',
        note: t('visitsNote'),
        summary: true,
        indicatorId: 'activity_participants',
      },
      { label: t('activities'), value: counted.length, unit: 'count', summary: true },
    ],
    tables: [
      {
        caption: t('byGender', { year }),
        columns: [t('gender'), t('visits')],
        rows: [
          [t('women'), figures.women],
          [t('men'), figures.men],
          [t('otherGender'), figures.otherOrUnknownGender],
        ],
      },
      {
        caption: t('byAge', { year }),
        columns: [t('ageBand'), t('visits')],
        rows: [
          ...ageBands.map((band) => [t('years', { band: band.replace('-', '–') }), figures.ages[band]]),
          [t('ageUnknown'), figures.ages.unknown],
        ],
      },
      {
        caption: t('byFocusArea', { year }),
        columns: [t('focusArea'), t('activities'), t('sessions'), t('visits')],
        rows: focusAreas.map(byFocus).filter((row) => row.slice(1).some((n) => n !== 0)),
      },
    ],
  };
};
