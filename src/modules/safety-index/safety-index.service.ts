import { and, between, desc, eq, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { type Actor, assertCan, systemActor } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { areaScope } from '../../core/db/scope';
import { roundShare } from '../../core/disclosure';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { organisationName } from '../../core/organisations';
import { maskPersonalData } from '../../core/personal-data';
import { swedishMonth } from '../../shared/time';
import { householdsByArea, listAreas } from '../areas';
import { indicatorGoalTargets, targetsByYear } from '../goals';
import { definitionsByMonth, type IndexDefinition, type MonthDefinitions } from './definitions';
import { questionFigures } from './figures';
import { currentInstrument, type Instrument, questionText } from './instrument';
import {
  type Granularity,
  monthsOf,
  type Period,
  parsePeriod,
  periodSeries,
  previousPeriod,
  targetYearOf,
} from './periods';
import { openPublication, type Publication } from './publication';
import {
  type AreaNode,
  areasOfGroup,
  type GroupResult,
  groupResults,
  groupTree,
  organisationGroupId,
} from './results';
import type { InstrumentInput } from './safety-index.contract';
import { safetyPermissions as p } from './safety-index.policy';
import {
  surveyIndexRollups,
  surveyInstruments,
  surveyInvitations,
  surveyResponses,
  visibleResponses,
} from './safety-index.table';
import { assumedRespondentVariance, monthIndex, monthOfIndex, planRow } from './sampling';
import { type PooledMethod, settingsOf, targetsOf } from './settings';
import { addSums, emptySums, respondentVariance } from './statistics';
import { safetyIndexId } from './vocabulary';

function periodOrFail(key: string): Period {
  const period = parsePeriod(key);
  if (!period) throw new AppError('validation', { details: `period ${key}` });
  return period;
}

/** Every area of the organisation: figures and suppression are always worked out on the whole tree. */
async function areaNodes(db: Db, organisationId: string): Promise<AreaNode[]> {
  const rows = await listAreas({ db }, systemActor(organisationId));
  return rows.map((a) => ({
    id: a.id,
    code: a.code,
    name: a.name,
    districtId: a.districtId,
    districtName: a.districtName,
  }));
}

/** Index roll-ups of all the organisation's areas between two months (inclusive), for the plan. */
async function indexRollups(db: Db, organisationId: string, from: number, to: number) {
  const t = surveyIndexRollups;
  return db
    .select({
      areaId: t.areaId,
      respondents: t.respondents,
      n: t.n,
      sy: t.sy,
      sm: t.sm,
      syy: t.syy,
      sym: t.sym,
      smm: t.smm,
    })
    .from(t)
    .where(and(eq(t.organisationId, organisationId), between(t.month, monthOfIndex(from), monthOfIndex(to))));
}

/**
 * What an actor sees of the whole tree. Figures and hidden cells come from the whole organisation's
 * protected table, so every role sees the same cells hidden (a host's view cannot be set against an
 * analyst's to subtract a hidden area); a host then sees only the areas given to them.
 */
export function visibleGroups(actor: Actor, groups: GroupResult[]): GroupResult[] {
  if (actor.areaIds === 'all') return groups;
  const mine = new Set(actor.areaIds);
  return groups.filter((g) => g.level === 'area' && mine.has(g.id));
}

export type MonthRange = Pick<Period, 'from' | 'to'>;

type View = {
  pub: Publication;
  definitions: MonthDefinitions;
  method: PooledMethod;
  areas: AreaNode[];
};

/** The area tree and the protected tables of every month the ranges touch (all a question table needs). */
async function openTables(
  db: Db,
  organisationId: string,
  ranges: readonly MonthRange[],
): Promise<Pick<View, 'pub' | 'areas'>> {
  const areas = await areaNodes(db, organisationId);
  const pub = await openPublication(
    db,
    organisationId,
    areas,
    ranges.flatMap((r) => monthsOf(r)),
  );
  return { pub, areas };
}

/** The protected tables and index definitions of every month the ranges touch. */
async function openView(db: Db, organisationId: string, ranges: readonly MonthRange[]): Promise<View> {
  const from = Math.min(...ranges.map((r) => r.from));
  const to = Math.max(...ranges.map((r) => r.to));
  const [{ pub, areas }, settings, definitions] = await Promise.all([
    openTables(db, organisationId, ranges),
    settingsOf(db, organisationId),
    definitionsByMonth(db, organisationId, monthOfIndex(from), monthOfIndex(to)),
  ]);
  return { pub, definitions, method: settings.pooledMethod, areas };
}

export type GroupsOver = {
  groups: GroupResult[];
  threshold: number;
  method: PooledMethod;
  definition: IndexDefinition;
};

/**
 * Every group of the organisation (organisation, districts, areas) over a run of months, from the
 * protected table, with targets of the range's last year and change against `previous`.
 */
export async function groupsOver(
  db: Db,
  organisationId: string,
  current: MonthRange,
  previous: MonthRange | null,
): Promise<GroupsOver> {
  const [view, targets, name] = await Promise.all([
    openView(db, organisationId, previous ? [current, previous] : [current]),
    targetsOf(db, organisationId, targetYearOf(current)),
    organisationName(db, organisationId).then((n) => n ?? ''),
  ]);
  const { groups, definition } = groupResults({
    pub: view.pub,
    definitions: view.definitions,
    months: monthsOf(current),
    previousMonths: previous ? monthsOf(previous) : null,
    targets,
    method: view.method,
    organisationName: name,
  });
  return { groups, threshold: view.pub.threshold, method: view.method, definition };
}

export type Summary = {
  period: string;
  previousPeriod: string;
  months: string[];
  threshold: number;
  method: PooledMethod;
  definition: IndexDefinition;
  groups: GroupResult[];
};

/** Every group's index for a period: organisation, districts and areas, from the protected table. */
export async function summary({ db }: ServiceContext, actor: Actor, periodKey: string): Promise<Summary> {
  assertCan(actor, p['safety-index.read']);
  const period = periodOrFail(periodKey);
  const previous = previousPeriod(period);
  const { groups, threshold, method, definition } = await groupsOver(
    db,
    actor.organisationId,
    period,
    previous,
  );
  return {
    period: period.key,
    previousPeriod: previous.key,
    months: monthsOf(period),
    threshold,
    method,
    definition,
    groups: visibleGroups(actor, groups),
  };
}

/** One group's index over a run of periods, each with its target, for the trend chart. */
export async function trend(
  { db }: ServiceContext,
  actor: Actor,
  input: { group: string; granularity: Granularity; from: string; to: string },
) {
  assertCan(actor, p['safety-index.read']);
  const series = periodSeries(input.granularity, monthIndex(input.from), monthIndex(input.to));
  if (series.length === 0) return { group: input.group, points: [] };
  const [view, goals] = await Promise.all([
    openView(db, actor.organisationId, series),
    indicatorGoalTargets(db, actor.organisationId, safetyIndexId).then(targetsByYear),
  ]);
  const points = series.map((period) => {
    const targets = goals.get(targetYearOf(period)) ?? { organisation: null, byArea: new Map() };
    const { groups, definition } = groupResults({
      pub: view.pub,
      definitions: view.definitions,
      months: monthsOf(period),
      previousMonths: null,
      targets,
      method: view.method,
      organisationName: '',
      only: input.group,
    });
    const g = visibleGroups(actor, groups).find((x) => x.id === input.group);
    if (!g) throw new AppError('not_found');
    return {
      period: period.key,
      respondents: g.respondents,
      suppressed: g.suppressed,
      reason: g.reason,
      value: g.value,
      low: g.low,
      high: g.high,
      target: g.target,
      definition,
    };
  });
  return { group: input.group, method: view.method, points };
}

/** One group's questions: result, drivers (correlation with overall) and change, from the same table. */
export async function questions(
  { db }: ServiceContext,
  actor: Actor,
  input: { period: string; group: string },
) {
  assertCan(actor, p['safety-index.read']);
  const period = periodOrFail(input.period);
  const previous = previousPeriod(period);
  // No index definitions or pooled method here: a question table needs only the protected tables.
  const [view, instrument] = await Promise.all([
    openTables(db, actor.organisationId, [period, previous]),
    currentInstrument(db, actor.organisationId),
  ]);
  const visible = visibleGroups(actor, groupTreeOf(view));
  if (!visible.some((g) => g.id === input.group)) throw new AppError('not_found');
  const codes = instrument.questions.map((q) => q.code);
  const results = questionFigures(view.pub, input.group, monthsOf(period), monthsOf(previous), codes);
  const reason = view.pub.reason(input.group, monthsOf(period));
  return {
    period: period.key,
    group: input.group,
    suppressed: reason !== null,
    reason,
    indexCodes: instrument.indexCodes,
    questions: results.map((r) => {
      const q = instrument.questions.find((x) => x.code === r.code)!;
      return { ...r, text: questionText(q, actor.language) };
    }),
  };
}

/** The groups of the tree as bare results, for access checks (no figures). */
function groupTreeOf(view: Pick<View, 'areas'>): GroupResult[] {
  return groupTree(view.areas).map((g) => ({ ...g }) as GroupResult);
}

/**
 * Free-text comments of the period, masked: only from areas whose cell of the period is shown, and
 * of those only the comments of months whose area cell is shown too — a comment from a hidden cell
 * would tell that someone there answered, and what.
 */
export async function comments(
  { db }: ServiceContext,
  actor: Actor,
  input: { period: string; areaId?: string; group?: string },
) {
  assertCan(actor, p['safety-index.comments'], input.areaId);
  const period = periodOrFail(input.period);
  const view = await openView(db, actor.organisationId, [period]);
  const months = monthsOf(period);
  // The drilled-down group's areas: the organisation, one district or one area.
  const group = input.areaId ?? input.group ?? organisationGroupId;
  const mine = actor.areaIds === 'all' ? null : new Set(actor.areaIds);
  const inGroup = areasOfGroup(view.areas, group);
  const shown = view.areas.filter(
    (a) => inGroup.has(a.id) && (!mine || mine.has(a.id)) && view.pub.reason(a.id, months) === null,
  );
  const names = new Map(shown.map((a) => [a.id, a.name]));
  const areaIds = [...names.keys()];
  if (areaIds.length === 0) return [];
  const rows = await db
    .select({
      areaId: surveyResponses.areaId,
      month: surveyResponses.month,
      comment: surveyResponses.comment,
    })
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.organisationId, actor.organisationId),
        inArray(surveyResponses.areaId, areaIds),
        between(surveyResponses.month, monthOfIndex(period.from), monthOfIndex(period.to)),
        isNotNull(surveyResponses.comment),
        areaScope(surveyResponses.areaId, actor),
        visibleResponses,
      ),
    )
    .orderBy(desc(surveyResponses.month))
    .limit(500);
  // A comment dated to a month whose cell is hidden would say someone in that small group answered:
  // it is dated to the period instead.
  return rows.map((r) => ({
    areaId: r.areaId,
    areaName: names.get(r.areaId) ?? '',
    month: view.pub.reason(r.areaId, [r.month]) === null ? r.month : period.key,
    comment: maskPersonalData(r.comment ?? ''),
  }));
}

/** Per area: households, expected yearly invitations and answers, the index's margin of error at the observed rate. */
export async function plan({ db }: ServiceContext, actor: Actor, today: Date) {
  assertCan(actor, p['safety-index.read']);
  const areas = await listAreas({ db }, actor);
  const to = monthIndex(swedishMonth(today)) - 1;
  const from = to - 11;
  const [frameBy, invited, answered] = await Promise.all([
    householdsByArea(db, actor.organisationId),
    db
      .select({ areaId: surveyInvitations.areaId, count: sql<number>`count(*)::int` })
      .from(surveyInvitations)
      .where(
        and(
          eq(surveyInvitations.organisationId, actor.organisationId),
          between(surveyInvitations.month, monthOfIndex(from), monthOfIndex(to)),
        ),
      )
      .groupBy(surveyInvitations.areaId),
    indexRollups(db, actor.organisationId, from, to),
  ]);
  const invitedBy = new Map(invited.map((r) => [r.areaId, r.count]));
  // Rates are figures too: an area's own rate only where its 12 months may be shown, from its
  // contributing respondents, rounded by the layer; otherwise the organisation's (likewise).
  const window = Array.from({ length: 12 }, (_, i) => monthOfIndex(from + i));
  const pub = await openPublication(
    db,
    actor.organisationId,
    await areaNodes(db, actor.organisationId),
    window,
  );
  const answeredIn = (groupId: string) => pub.strata(groupId, window).reduce((sum, x) => sum + x.cell.n, 0);
  const publishedRate = (groupId: string, invitedThere: number) => {
    if (pub.reason(groupId, window) !== null || invitedThere === 0) return null;
    const n = answeredIn(groupId);
    return roundShare(Math.min(1, n / invitedThere), n);
  };
  const totalInvited = [...invitedBy.values()].reduce((a, b) => a + b, 0);
  // Without invitations of its own (new area, vendor-run survey) an area gets the organisation's rate.
  const overallRate = publishedRate(organisationGroupId, totalInvited) ?? 0.5;
  // The index pools several answers per respondent, so its margin is narrower than one question's:
  // the variance a respondent brings is taken from the organisation's last 12 months when there
  // are enough of them, otherwise the widest (one answer at p = 0.5).
  const organisation = answered.reduce((sum, r) => addSums(sum, r), emptySums());
  const observed = organisation.n >= minObservedRespondents ? respondentVariance(organisation) : null;
  const variance = observed ?? assumedRespondentVariance;
  const rows = areas.map((a) => {
    const invitedHere = invitedBy.get(a.id) ?? 0;
    const rate = (invitedHere >= 20 ? publishedRate(a.id, invitedHere) : null) ?? overallRate;
    return { ...planRow(a.id, frameBy.get(a.id) ?? 0, rate, variance), areaCode: a.code, areaName: a.name };
  });
  return { marginBasis: observed === null ? ('assumed' as const) : ('observed' as const), areas: rows };
}

/** Respondents in the last 12 months before their spread is trusted for the plan's margins. */
const minObservedRespondents = 30;

// ── The question set ─────────────────────────────────────────────────────────

export async function getInstrument({ db }: ServiceContext, actor: Actor) {
  assertCan(actor, p['safety-index.read']);
  return instrumentView(await currentInstrument(db, actor.organisationId));
}

/** The question set as the admin page shows it. */
function instrumentView(i: Pick<Instrument, 'id' | 'version' | 'questions' | 'indexCodes' | 'comment'>) {
  return {
    id: i.id,
    version: i.version,
    questions: i.questions,
    indexCodes: i.indexCodes,
    comment: i.comment,
  };
}

/** A new version of the question set; earlier answers keep the version they were given. */
export async function newInstrumentVersion(
  { db, requestId }: ServiceContext,
  actor: Actor,
  input: InstrumentInput,
) {
  assertCan(actor, p['safety-index.admin']);
  return db.transaction(async (tx) => {
    const current = await currentInstrument(tx, actor.organisationId);
    const [row] = await tx
      .insert(surveyInstruments)
      .values({ organisationId: actor.organisationId, version: current.version + 1, ...input })
      .returning();
    await writeAudit(
      tx,
      actor,
      {
        action: 'create',
        entity: 'survey_instrument',
        entityId: row.id,
        before: { version: current.version },
        after: input,
      },
      requestId,
    );
    return instrumentView(row);
  });
}

/** Months that have roll-ups, newest first (for the dashboard's period picker). */
export async function availableMonths({ db }: ServiceContext, actor: Actor) {
  assertCan(actor, p['safety-index.read']);
  const rows = await db
    .selectDistinct({ month: surveyIndexRollups.month })
    .from(surveyIndexRollups)
    .where(
      and(
        eq(surveyIndexRollups.organisationId, actor.organisationId),
        gte(surveyIndexRollups.respondents, 1),
      ),
    )
    .orderBy(desc(surveyIndexRollups.month));
  return rows.map((r) => r.month);
}

export { organisationGroupId };
