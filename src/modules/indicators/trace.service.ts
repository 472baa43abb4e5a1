/**
 * How a figure was computed (issue 13, point 7): the indicator's definition, the filters (the
 * organisation, the Swedish calendar year, the area), the figure and the counts behind it as the
 * publication layer lets them out, and where its data came from — the imports of the module that
 * computes it, or the entries it was typed in from — with dates.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import { type Actor, assertCan, can } from '../../core/auth/access';
import { userDirectory } from '../../core/auth/users';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import { changeStampOf } from '../../core/http/changed-by';
import { translator } from '../../core/i18n/i18n';
import { type IndicatorDefinition, indicatorSource, indicators } from '../../core/indicators';
import { importJobs } from '../../core/jobs.table';
import type { ServiceContext } from '../../core/module';
import { organisationName } from '../../core/organisations';
import { publishIndicator } from '../../core/report';
import { swedishTimeZone, swedishToday, swedishYear } from '../../shared/time';
import { areaFor, organisationAreas } from '../areas';
import type { TracedImport, TraceResponse } from './indicators.contract';
import { indicatorPermissions as p } from './indicators.policy';
import { described, frameworkName } from './indicators.service';
import { entriesOf } from './manual.service';
import { manualDefinition, manualIndicatorRows } from './manual-indicators';

/** How many imports the trace lists, newest first. */
const importsShown = 50;

/** The registered indicator, or the organisation's hand-entered one, with this id; else not_found. */
async function findIndicator(db: Db, organisationId: string, id: string) {
  const registered = indicators().find((i) => i.id === id);
  if (registered) return { indicator: registered, manual: false };
  const row = (await manualIndicatorRows(db, organisationId)).find((r) => r.code === id);
  if (!row) throw new AppError('not_found');
  return { indicator: manualDefinition(row, organisationId), manual: true };
}

/** The finished imports of the kinds, newest first, with who ran them. */
async function importsOf(db: Db, organisationId: string, kinds: readonly string[]): Promise<TracedImport[]> {
  if (!kinds.length) return [];
  const people = userDirectory(db, organisationId);
  const rows = await db
    .select({
      id: importJobs.id,
      kind: importJobs.kind,
      fileName: importJobs.fileName,
      importedAt: importJobs.createdAt,
      userId: people.id,
      userName: people.name,
      rows: importJobs.processedRows,
    })
    .from(importJobs)
    .leftJoin(people, eq(people.id, importJobs.startedBy))
    .where(
      and(
        eq(importJobs.organisationId, organisationId),
        inArray(importJobs.kind, [...kinds]),
        eq(importJobs.status, 'done'),
      ),
    )
    .orderBy(desc(importJobs.createdAt))
    .limit(importsShown);
  return rows.map(({ importedAt, userId, userName, ...r }) => ({
    ...r,
    ...changeStampOf(importedAt, { id: userId, name: userName }),
  }));
}

type Computed = Pick<TraceResponse, 'figure' | 'withheld' | 'breakdowns'>;
type District = NonNullable<TraceResponse['filters']['district']>;

/**
 * The district and its areas, as the district profile has them: another organisation's district
 * (or one without areas) does not exist, and a host may trace a district only when every one of its
 * areas is theirs.
 */
async function districtOf(db: Db, actor: Actor, districtId: string): Promise<District> {
  const inDistrict = (await organisationAreas(db, actor.organisationId)).filter(
    (a) => a.districtId === districtId,
  );
  if (!inDistrict.length) throw new AppError('not_found');
  if (!inDistrict.every((a) => can(actor, p['indicators.read'], a.id))) throw new AppError('forbidden');
  return {
    id: districtId,
    name: inDistrict[0].districtName,
    areas: inDistrict.map((a) => ({ id: a.id, code: a.code, name: a.name })),
  };
}

/** The figure as the report publishes it, in the trace's shape. */
function figureOf(published: ReturnType<typeof publishIndicator>): NonNullable<Computed['figure']> {
  return {
    value: published.value,
    n: published.n,
    ciLow: published.ci_low,
    ciHigh: published.ci_high,
    suppressed: published.suppressed,
    reason: published.suppressed_reason,
  };
}

/**
 * A district's figures: each of its areas' as the area's own trace publishes it (computeForArea,
 * then the report's publication step), one row an area. No district total is made up here: a
 * module's district figure is its own computation (the district profile shows it).
 */
async function districtFigures(
  db: Db,
  actor: Actor,
  indicator: IndicatorDefinition,
  district: District,
  year: number,
  now: Date,
): Promise<Computed> {
  if (!indicator.computeForArea) return { figure: null, withheld: 'no_area_figure', breakdowns: [] };
  const t = translator(actor.language, 'indicators:breakdown');
  const rows: (string | number | null)[][] = [];
  for (const area of district.areas) {
    const value = await indicator.computeForArea(
      db,
      actor.organisationId,
      area.id,
      year,
      actor.language,
      now,
    );
    const published = publishIndicator(indicator, value);
    rows.push([area.name, published.value, published.n]);
  }
  const table: Computed['breakdowns'][number] = {
    caption: t('perDistrictArea', { name: district.name }),
    columns: [t('area'), t('value'), 'n'],
    units: ['text', indicator.unit, 'count'],
    rows,
  };
  return { figure: null, withheld: 'district_by_area', breakdowns: [table] };
}

/**
 * The published figure: the organisation's (never for a host, who sees their own areas only) or
 * an area's (when the indicator has one per area), through the report's publication step.
 */
async function computed(
  db: Db,
  actor: Actor,
  indicator: IndicatorDefinition,
  year: number,
  areaId: string | null,
  now: Date,
): Promise<Computed> {
  const none = (withheld: Computed['withheld']): Computed => ({ figure: null, withheld, breakdowns: [] });
  const org = actor.organisationId;
  let value: Awaited<ReturnType<IndicatorDefinition['compute']>>;
  if (areaId) {
    if (!indicator.computeForArea) return none('no_area_figure');
    value = await indicator.computeForArea(db, org, areaId, year, actor.language, now);
  } else {
    if (actor.areaIds !== 'all') return none('areas_only');
    value = await indicator.compute(db, org, year, actor.language, now);
  }
  const published = publishIndicator(indicator, value);
  return {
    figure: figureOf(published),
    withheld: null,
    // A module's breakdowns are already published (they are the report's tables).
    breakdowns: published.suppressed ? [] : (value.breakdowns ?? []),
  };
}

/** The entries a hand-entered figure came from: the year's, narrowed to the area or the district's areas. */
function entriesFor(db: Db, actor: Actor, code: string, year: number, place: Place) {
  if (place.area) return entriesOf(db, actor, code, { year, areaId: place.area.id });
  if (place.district)
    return entriesOf(db, actor, code, { year, areaIds: place.district.areas.map((a) => a.id) });
  return entriesOf(db, actor, code, { year });
}

type Place = { area: TraceResponse['filters']['area']; district: District | null };

/** The area or district asked for (never both), if the actor may see it. */
async function placeOf(
  db: Db,
  actor: Actor,
  areaId: string | null,
  districtId: string | null,
): Promise<Place> {
  if (areaId && districtId) throw new AppError('validation', { details: 'area, district' });
  return {
    area: areaId ? await areaFor(db, actor, areaId, p['indicators.read']) : null,
    district: districtId ? await districtOf(db, actor, districtId) : null,
  };
}

/**
 * How an indicator's figure for a year was computed, as the actor may see it: the organisation's,
 * one area's, or a district's (its areas' figures).
 */
export async function trace(
  { db }: ServiceContext,
  actor: Actor,
  id: string,
  input: { year: number; areaId: string | null; districtId?: string | null; now: Date },
): Promise<TraceResponse> {
  assertCan(actor, p['indicators.read'], input.areaId);
  const place = await placeOf(db, actor, input.areaId, input.districtId ?? null);
  const { indicator, manual } = await findIndicator(db, actor.organisationId, id);
  const { year, now } = input;
  const source = manual ? null : indicatorSource(indicator.id);
  const language = actor.language;
  const yearSoFar = year === swedishYear(now);
  const [organisation, figure, imports, entries] = await Promise.all([
    organisationName(db, actor.organisationId),
    place.district
      ? districtFigures(db, actor, indicator, place.district, year, now)
      : computed(db, actor, indicator, year, input.areaId, now),
    importsOf(db, actor.organisationId, source?.importKinds ?? []),
    manual ? entriesFor(db, actor, indicator.id, year, place) : Promise.resolve([]),
  ]);
  return {
    indicator: described(indicator, language, manual),
    materialArea: frameworkName(language, `materialAreas.${indicator.materialArea}`),
    focusArea: indicator.focusArea ? frameworkName(language, `focusAreas.${indicator.focusArea}`) : null,
    module: source?.module ?? null,
    filters: {
      organisation: organisation ?? '',
      year,
      from: `${year}-01-01`,
      to: yearSoFar ? swedishToday(now) : `${year}-12-31`,
      timeZone: swedishTimeZone,
      yearSoFar,
      ...place,
    },
    ...figure,
    imports,
    importKinds: source?.importKinds ?? [],
    entries,
  };
}
