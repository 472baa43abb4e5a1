import type { AreaProfileFigure, AreaProfileSource } from '../../core/area-profile';
import { can } from '../../core/auth/access';
import type { HiddenReason } from '../../core/disclosure';
import { translator } from '../../core/i18n/i18n';
import { formatNumber } from '../../shared/format';
import { programmeTables } from './programme-tables';
import { programPermissions as p } from './programs.policy';
import { allProgrammes } from './publication';

/**
 * The programs part of an area's profile for a year: participants from the area enrolled and
 * exited in the year, and the share of exits from job-outcome programmes (Jobbpunkt) that went to
 * work: the cell all programmes × the area of the organisation's protected table, and the sum of
 * the job-outcome programmes' cells in the area (shown only when each of them is). What a host
 * sees is the organisation's table restricted to their areas.
 */
export const programsAreaProfile: AreaProfileSource = async ({ db }, { actor, areaId, year }) => {
  if (!can(actor, p['programs.read'], areaId)) return null;
  const t = translator(actor.language, 'programs:profile');
  const tables = await programmeTables(db, actor.organisationId);
  const table = tables.year(year);
  const because = (reason: HiddenReason) => t(`hidden.${reason}`, { threshold: tables.threshold });
  const people = table.figures(allProgrammes, areaId);
  const count = (label: string, value: number | null): AreaProfileFigure => ({
    label,
    value,
    unit: 'count',
    ...(people.reason ? { suppressed: true, note: because(people.reason) } : {}),
  });
  const jobProgrammes = tables.programmes.filter((r) => r.reportsJobOutcome).map((r) => r.id);
  const jobs = table.sumFigures(jobProgrammes, areaId);
  const work = jobs.betterOff.atExit.work;
  const percent = (x: number) => formatNumber(x * 100, actor.language);
  const note = () => {
    if (work.reason) return because(work.reason);
    if (work.value === null || work.low === null || work.high === null) return undefined;
    return t('toWorkNote', {
      n: work.n,
      missing: jobs.missing.outcome,
      low: percent(work.low),
      high: percent(work.high),
    });
  };
  const toWork: AreaProfileFigure = {
    label: t('toWork'),
    value: work.value,
    unit: 'fraction',
    ...(work.suppressed ? { suppressed: true } : {}),
    ...(note() ? { note: note() } : {}),
  };
  return {
    module: 'programs',
    title: t('title'),
    figures: [
      count(t('enrolled', { year }), people.howMuch.enrolled),
      count(t('exited', { year }), people.howMuch.exited),
      toWork,
    ],
  };
};
