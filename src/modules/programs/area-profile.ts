import { and, eq } from 'drizzle-orm';
import type { AreaProfileFigure, AreaProfileSource } from '../../core/area-profile';
import { can } from '../../core/auth/access';
import { translator } from '../../core/i18n/i18n';
import { programPermissions as p } from './programs.policy';
import { participants, programs } from './programs.table';
import { minimumGroup, programYear } from './rba';

/** A count of people, hidden when it is 1–9: a small group could point at someone. */
function peopleCount(label: string, value: number): AreaProfileFigure {
  const suppressed = value > 0 && value < minimumGroup;
  return { label, value: suppressed ? null : value, unit: 'count', ...(suppressed ? { suppressed } : {}) };
}

/**
 * The programs part of an area's profile for a year: participants from the area enrolled and
 * exited in the year, and the share of exits from job-outcome programs (Jobbpunkt) that went to
 * work, with its Wilson interval. Every figure about fewer than 10 people is suppressed.
 */
export const programsAreaProfile: AreaProfileSource = async ({ db }, { actor, areaId, year }) => {
  if (!can(actor, p['programs.read'], areaId)) return null;
  const t = translator(actor.language, 'programs:profile');
  const rows = await db
    .select({ participant: participants, reportsJobOutcome: programs.reportsJobOutcome })
    .from(participants)
    .innerJoin(programs, eq(programs.id, participants.programId))
    .where(and(eq(participants.organisationId, actor.organisationId), eq(participants.areaId, areaId)));
  const all = programYear(
    rows.map((r) => r.participant),
    year,
  );
  const work = programYear(
    rows.filter((r) => r.reportsJobOutcome).map((r) => r.participant),
    year,
  ).betterOff.atExit.work;
  const workSuppressed = work.n > 0 && work.n < minimumGroup;
  const percent = (x: number) =>
    (x * 100).toLocaleString(actor.language === 'sv' ? 'sv-SE' : 'en-GB', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
  const toWork: AreaProfileFigure = {
    label: t('toWork'),
    value: workSuppressed ? null : work.rate,
    unit: 'fraction',
    ...(workSuppressed ? { suppressed: true } : {}),
    note:
      workSuppressed || work.rate === null || work.ciLow === null || work.ciHigh === null
        ? t('toWorkBase', { n: work.n, minimum: minimumGroup })
        : t('toWorkNote', { n: work.n, low: percent(work.ciLow), high: percent(work.ciHigh) }),
  };
  return {
    module: 'programs',
    title: t('title'),
    figures: [
      peopleCount(t('enrolled', { year }), all.howMuch.enrolled),
      peopleCount(t('exited', { year }), all.howMuch.exited),
      toWork,
    ],
  };
};
