import {
  type AreaProfileFigure,
  type AreaProfileSource,
  canReadPlace,
  isDistrictRequest,
  profilePlace,
} from '../../core/area-profile';
import type { HiddenReason } from '../../core/disclosure';
import { translate, translator } from '../../core/i18n/i18n';
import { formatNumber } from '../../shared/format';
import { programmeTables } from './programme-tables';
import { programPermissions as p } from './programs.policy';
import { allProgrammes } from './publication';

/**
 * The programs part of an area's or district's profile for a year: participants from the place
 * enrolled and exited in the year (the programmes' reach), and the share of exits from job-outcome
 * programmes (Jobbpunkt) that went to work: the cell all programmes × the place (an area or a
 * district: both are members of the organisation's protected table, so a district's figure never
 * gives away a hidden area's), and the sum of the job-outcome programmes' cells in the place
 * (shown only when each of them is). What a host sees is the organisation's table restricted to
 * their areas.
 */
export const programsAreaProfile: AreaProfileSource = async ({ db }, request) => {
  const { actor, year } = request;
  if (!canReadPlace(actor, p['programs.read'], request)) return null;
  const { member: areaId } = profilePlace(request);
  const t = translator(actor.language, 'programs:profile');
  // The programmes' own words say "the area"; a district's figures say "the district".
  const label = (key: 'enrolled' | 'exited') =>
    isDistrictRequest(request)
      ? translate(actor.language, `areas:profile.district.${key}`, { year })
      : t(key, { year });
  const tables = await programmeTables(db, actor.organisationId);
  const table = tables.year(year);
  const because = (reason: HiddenReason) => t(`hidden.${reason}`, { threshold: tables.threshold });
  const people = table.figures(allProgrammes, areaId);
  const count = (text: string, value: number | null, summary = false): AreaProfileFigure => ({
    label: text,
    value,
    unit: 'count',
    ...(summary ? { summary } : {}),
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
    n: work.n,
    indicatorId: 'job_outcome_rate',
    ...(work.suppressed ? { suppressed: true } : {}),
    ...(note() ? { note: note() } : {}),
  };
  return {
    module: 'programs',
    title: t('title'),
    figures: [
      count(label('enrolled'), people.howMuch.enrolled, true),
      count(label('exited'), people.howMuch.exited),
      toWork,
    ],
  };
};
