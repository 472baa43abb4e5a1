/**
 * HR's pay survey: the year's survey (published figures, and every flag), the salary rows for
 * checking an import, and the findings. Salary data is HR's and admins' only, and every view of it
 * is audited (action `view`), as every write is.
 */
import { and, asc, count, eq, getTableColumns, sql } from 'drizzle-orm';
import { recordAudit, writeAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import { userDirectory } from '../../core/auth/users';
import { AppError } from '../../core/errors';
import { changeStampOf } from '../../core/http/changed-by';
import type { ServiceContext } from '../../core/module';
import { refusePersonalData } from '../../core/personal-data-guard';
import type { PublishedCategory, PublishedPaySurvey } from './pay-publication';
import type { CategoryFigures } from './pay-statistics';
import type { PaySurvey } from './pay-survey';
import type { PayFinding, PayFindingInput, PaySurveyView, SalaryPage } from './pay-survey.contract';
import { salaryYearsOf, yearSurvey } from './pay-survey.data';
import { payPermissions as p } from './pay-survey.policy';
import { payFindings, salaryRecords } from './pay-survey.table';

/** An equal-value comparison's finding key: the women-dominated group, then the other. */
export const equalValueKey = (womenGroup: string, otherGroup: string) => `${womenGroup} → ${otherGroup}`;

type FindingRow = typeof payFindings.$inferSelect & { changerName: string | null };

function findingOf(row: FindingRow): PayFinding {
  return {
    year: row.year,
    categoryKind: row.categoryKind,
    categoryKey: row.categoryKey,
    explained: row.explained,
    explanation: row.explanation,
    ...changeStampOf(row.updatedAt, { id: row.updatedBy, name: row.changerName }),
  };
}

async function namedFindings(ctx: ServiceContext, actor: Actor, year: number): Promise<PayFinding[]> {
  const people = userDirectory(ctx.db, actor.organisationId);
  const rows = await ctx.db
    .select({ ...getTableColumns(payFindings), changerName: people.name })
    .from(payFindings)
    .leftJoin(people, eq(people.id, payFindings.updatedBy))
    .where(and(eq(payFindings.organisationId, actor.organisationId), eq(payFindings.year, year)))
    .orderBy(asc(payFindings.categoryKind), asc(payFindings.categoryKey));
  return rows.map(findingOf);
}

/** A published category with the survey's own flag: HR sees the flags of hidden categories too. */
const withFlag = <T extends PublishedCategory>(published: T, figures: CategoryFigures) => ({
  ...published,
  flag: figures.flag,
});

function surveyView(survey: PaySurvey, published: PublishedPaySurvey) {
  return {
    year: survey.year,
    imported: survey.employees > 0,
    threshold: published.threshold,
    overall: withFlag(published.overall, survey.overall),
    workGroups: published.workGroups.map((g, i) => withFlag(g, survey.workGroups[i])),
    levels: published.levels.map((l, i) => withFlag(l, survey.levels[i])),
    equalValue: published.equalValue,
    quartiles: published.quartiles,
    adjusted: published.adjusted,
  };
}

/** The year's survey for HR: every figure published, every flag shown; the view is audited. */
export async function readPaySurvey(ctx: ServiceContext, actor: Actor, year: number): Promise<PaySurveyView> {
  assertCan(actor, p['pay-survey.read']);
  const { survey, published } = await yearSurvey(ctx.db, actor.organisationId, year);
  await writeAudit(ctx.db, actor, { action: 'view', entity: 'pay_survey', after: { year } }, ctx.requestId);
  return {
    ...surveyView(survey, published),
    years: await salaryYearsOf(ctx.db, actor.organisationId),
    findings: await namedFindings(ctx, actor, year),
  };
}

/** A page of the year's salary rows, by employee reference; the view is audited. */
export async function listSalaryRows(
  ctx: ServiceContext,
  actor: Actor,
  query: { year: number; page: number; pageSize: number },
): Promise<SalaryPage> {
  assertCan(actor, p['pay-survey.read']);
  const where = and(
    eq(salaryRecords.organisationId, actor.organisationId),
    eq(salaryRecords.year, query.year),
  );
  const [{ total }] = await ctx.db.select({ total: count() }).from(salaryRecords).where(where);
  const {
    id: _id,
    organisationId: _org,
    createdAt: _at,
    year: _year,
    ...shown
  } = getTableColumns(salaryRecords);
  const rows = await ctx.db
    .select(shown)
    .from(salaryRecords)
    .where(where)
    .orderBy(asc(salaryRecords.employeeRef))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  await writeAudit(
    ctx.db,
    actor,
    {
      action: 'view',
      entity: 'salary_records',
      after: { year: query.year, page: query.page, rows: rows.length },
    },
    ctx.requestId,
  );
  return { year: query.year, total, page: query.page, pageSize: query.pageSize, rows };
}

/** Whether the survey of the year has the category a finding names. */
function hasCategory(survey: PaySurvey, input: PayFindingInput): boolean {
  const key = input.categoryKey;
  if (input.categoryKind === 'work_group') return survey.workGroups.some((g) => g.workGroup === key);
  if (input.categoryKind === 'job_value_level') return survey.levels.some((l) => String(l.level) === key);
  return survey.equalValue.some((c) => equalValueKey(c.womenGroup, c.otherGroup) === key);
}

/**
 * Sets HR's finding on a category of the year (new, or the one there replaced), audited. An
 * explained category needs its reason written out; a category the year does not have is refused.
 */
export async function setFinding(
  ctx: ServiceContext,
  actor: Actor,
  input: PayFindingInput,
): Promise<PayFinding> {
  assertCan(actor, p['pay-survey.write']);
  if (input.explained && !input.explanation) throw new AppError('pay_finding_explanation_required');
  // An explanation is about a group, never a person: no identity numbers, e-mails or phone numbers.
  refusePersonalData(input.explanation, { language: actor.language, field: 'explanation' });
  const { survey } = await yearSurvey(ctx.db, actor.organisationId, input.year);
  if (!hasCategory(survey, input)) {
    throw new AppError('pay_finding_unknown_category', { category: input.categoryKey, year: input.year });
  }
  const key = and(
    eq(payFindings.organisationId, actor.organisationId),
    eq(payFindings.year, input.year),
    eq(payFindings.categoryKind, input.categoryKind),
    eq(payFindings.categoryKey, input.categoryKey),
  );
  const values = { explained: input.explained, explanation: input.explanation, updatedBy: actor.userId };
  const row = await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(payFindings).where(key);
    const [after] = before
      ? await tx
          .update(payFindings)
          .set({ ...values, updatedAt: sql`now()` })
          .where(eq(payFindings.id, before.id))
          .returning()
      : await tx
          .insert(payFindings)
          .values({ organisationId: actor.organisationId, ...input, ...values })
          .returning();
    const shown = (r: typeof after) => ({ explained: r.explained, explanation: r.explanation });
    await recordAudit(
      tx,
      { actor, entity: 'pay_finding', requestId: ctx.requestId },
      before ? 'update' : 'create',
      after.id,
      { ...(before ? { before: shown(before) } : {}), after: { ...input, ...shown(after) } },
    );
    return after;
  });
  return findingOf({ ...row, changerName: actor.userId ? actor.name : null });
}
