/**
 * How a figure was computed (issue 13, point 7): the indicator's definition, the filters (the
 * organisation, the Swedish calendar year, the area), the figure and the counts behind it as the
 * publication layer lets them out, and where its data came from — the imports of the module that
 * computes it, or the entries it was typed in from — with dates.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import { type Actor, assertCan } from '../../core/auth/access';
import { userDirectory } from '../../core/auth/users';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import { type IndicatorDefinition, indicatorSource, indicators } from '../../core/indicators';
import { importJobs } from '../../core/jobs.table';
import type { ServiceContext } from '../../core/module';
import { organisationName } from '../../core/organisations';
import { publishIndicator } from '../../core/report';
import { swedishTimeZone, swedishToday, swedishYear } from '../../shared/time';
import { areaFor } from '../areas';
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
      importedBy: people.name,
      importedAt: importJobs.createdAt,
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
  return rows.map((r) => ({ ...r, importedBy: r.importedBy ?? null }));
}

type Computed = Pick<TraceResponse, 'figure' | 'withheld' | 'breakdowns'>;

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
    figure: {
      value: published.value,
      n: published.n,
      ciLow: published.ci_low,
      ciHigh: published.ci_high,
      suppressed: published.suppressed,
      reason: published.suppressed_reason,
    },
    withheld: null,
    // A module's breakdowns are already published (they are the report's tables).
    breakdowns: published.suppressed ? [] : (value.breakdowns ?? []),
  };
}

/** How an indicator's figure for a year (and optionally an area) was computed, as the actor may see it. */
export async function trace(
  { db }: ServiceContext,
  actor: Actor,
  id: string,
  input: { year: number; areaId: string | null; now: Date },
): Promise<TraceResponse> {
  assertCan(actor, p['indicators.read'], input.areaId);
  const area = input.areaId ? await areaFor(db, actor, input.areaId, p['indicators.read']) : null;
  const { indicator, manual } = await findIndicator(db, actor.organisationId, id);
  const { year, now } = input;
  const source = manual ? null : indicatorSource(indicator.id);
  const language = actor.language;
  const yearSoFar = year === swedishYear(now);
  const [organisation, figure, imports, entries] = await Promise.all([
    organisationName(db, actor.organisationId),
    computed(db, actor, indicator, year, input.areaId, now),
    importsOf(db, actor.organisationId, source?.importKinds ?? []),
    manual
      ? entriesOf(db, actor, indicator.id, input.areaId ? { year, areaId: input.areaId } : { year })
      : Promise.resolve([]),
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
      area,
    },
    ...figure,
    imports,
    importKinds: source?.importKinds ?? [],
    entries,
  };
}
