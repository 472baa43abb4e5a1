import type { Db } from '../../core/db/client';
import type { HiddenReason } from '../../core/disclosure';
import { type Language, translate } from '../../core/i18n/i18n';
import type { FigureTable, IndicatorDefinition, IndicatorValue } from '../../core/indicators';
import type { TargetStatus } from '../../core/statistics';
import { areaFigure, monthRangeOf } from './area-index';
import type { IndexDefinition } from './definitions';
import type { GroupResult } from './results';
import { groupsOver } from './safety-index.service';
import type { PooledMethod } from './settings';
import { safetyIndexId } from './vocabulary';

export type SafetyIndexFigure = IndicatorValue & {
  target: number | null;
  status: TargetStatus | null;
  reason: HiddenReason | null;
  method: PooledMethod;
  definition: IndexDefinition;
};

const tr = (lang: Language, key: string, values?: Record<string, unknown>) =>
  translate(lang, `safety-index:${key}`, values);

/** The caption names the method and, when the index question set changed, the version used. */
function caption(lang: Language, year: number, method: PooledMethod, d: IndexDefinition): string {
  const versions = d.versions.join(', ');
  const version = d.pooled
    ? tr(lang, 'report.pooled', { versions })
    : d.fromMonth
      ? tr(lang, 'report.version', { versions, month: d.fromMonth })
      : '';
  return tr(lang, 'report.caption', { year, method: tr(lang, `method.${method}`), version });
}

/**
 * The organisation's and districts' figures as the dashboard shows them, shares as published
 * (fractions 0–1); a hidden one has no figures, only why in the note.
 */
function districtTable(lang: Language, year: number, s: Awaited<YearGroups>): FigureTable {
  const row = (g: GroupResult) =>
    g.reason
      ? [g.name, null, null, null, null, null, tr(lang, `reason.${g.reason}`)]
      : [g.name, g.respondents, g.value, g.low, g.high, g.responseRate, ''];
  return {
    caption: caption(lang, year, s.method, s.definition),
    columns:
      lang === 'en'
        ? ['District', 'Respondents', 'Index', '95 % CI, lower', '95 % CI, upper', 'Response rate', 'Note']
        : ['Stadsdel', 'Svarande', 'Index', '95 % KI, nedre', '95 % KI, övre', 'Svarsfrekvens', 'Anmärkning'],
    units: ['text', 'count', 'fraction', 'fraction', 'fraction', 'fraction', 'text'],
    rows: s.groups.filter((g) => g.level !== 'area').map(row),
  };
}

type YearGroups = ReturnType<typeof groupsOver>;

/**
 * Every group's index of a calendar year (organisation, districts, areas) is worked out at once: a
 * caller that asks for several figures of a year at one instant (the goals page, the report — each
 * hands every figure the same `now`) gets them from one computation, so the year's protected table
 * is loaded once. Kept only as long as that instant's Date object lives; without an instant, always
 * worked out anew.
 */
const yearGroupsAt = new WeakMap<Date, WeakMap<Db, Map<string, YearGroups>>>();

function groupsOfYear(db: Db, organisationId: string, year: number, now: Date | undefined): YearGroups {
  // No previous period: it only gives the change against last year, which no figure here shows.
  const work = () => groupsOver(db, organisationId, monthRangeOf(String(year))!, null);
  if (!now) return work();
  const byDb = yearGroupsAt.get(now) ?? new WeakMap<Db, Map<string, YearGroups>>();
  yearGroupsAt.set(now, byDb);
  const cache = byDb.get(db) ?? new Map<string, YearGroups>();
  byDb.set(db, cache);
  const key = `${organisationId}|${year}`;
  let found = cache.get(key);
  if (!found) {
    found = work();
    // A failed computation is not kept: the next caller tries again.
    found.catch(() => cache.delete(key));
    cache.set(key, found);
  }
  return found;
}

/**
 * The organisation's safety index for a calendar year with its target and status, as the report
 * contract wants it: value and bounds as fractions from the protected table, n = contributing
 * respondents (at least one valid index answer); a hidden figure has value and n null and a reason.
 * The district table only when `breakdowns` is not false; `now` as in `groupsOfYear`.
 */
export async function safetyIndexForYear(
  db: Db,
  organisationId: string,
  year: number,
  language: Language = 'sv',
  { now, breakdowns = true }: { now?: Date; breakdowns?: boolean } = {},
): Promise<SafetyIndexFigure> {
  const result = await groupsOfYear(db, organisationId, year, now);
  const org = result.groups.find((g) => g.level === 'organisation')!;
  return {
    value: org.value,
    n: org.respondents,
    ciLow: org.low,
    ciHigh: org.high,
    suppressed: org.suppressed,
    reason: org.reason,
    target: org.target,
    status: org.status,
    method: result.method,
    definition: result.definition,
    ...(breakdowns ? { breakdowns: [districtTable(language, year, result)] } : {}),
  };
}

/**
 * One area's safety index for a calendar year, from the area index the dashboard and the profile
 * show (the organisation's protected table: an area hidden there is hidden here, with its reason),
 * as the report contract wants it. An area without answers has value and n null.
 */
export async function safetyIndexOfArea(
  db: Db,
  organisationId: string,
  areaId: string,
  year: number,
  now?: Date,
): Promise<IndicatorValue> {
  const { groups } = await groupsOfYear(db, organisationId, year, now);
  const group = groups.find((g) => g.level === 'area' && g.id === areaId);
  if (!group) return { value: null, n: null, ciLow: null, ciHigh: null };
  const { areaId: _, ...figure } = areaFigure(group);
  return figure;
}

export const safetyIndexIndicator: IndicatorDefinition = {
  id: safetyIndexId,
  name: { sv: 'Trygghetsindex', en: 'Safety index' },
  unit: 'fraction',
  sdg: [11, 3],
  sdgTargets: ['11.7'],
  materialArea: 'sustainable_neighbourhoods',
  focusArea: 'trygghet',
  higherIsBetter: true,
  // Letters go out every month; each tenant household is asked about every other year.
  frequency: 'monthly',
  owner: 'analyst',
  definition: {
    sv: 'Andel av årets svar på trygghetsenkätens indexfrågor som är 4 eller 5 på skalan 1–5 (trygg eller mycket trygg), sammanvägt över områdena (eller vägt med hushållen när organisationen valt det), med 95 % intervall. n är svarande med minst ett giltigt indexsvar.',
    en: "Share of the year's answers to the safety survey's index questions that are 4 or 5 on the 1–5 scale (safe or very safe), pooled over the areas (or weighted by households when the organisation chose that), with a 95 % interval. n is respondents with at least one valid index answer.",
  },
  compute: (db, organisationId, year, language, now, options) =>
    safetyIndexForYear(db, organisationId, year, language, { now, breakdowns: options?.breakdowns }),
  computeForArea: (db, organisationId, areaId, year, _language, now) =>
    safetyIndexOfArea(db, organisationId, areaId, year, now),
};
