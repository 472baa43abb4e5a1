/**
 * The test world: an organisation with data in every module, made through each module's own
 * `seedTestData` (its testing.ts), and a generic look at every table's rows (from pg_tables, so a
 * new table is covered without anyone listing it).
 */
import { sql } from 'drizzle-orm';
import type { Actor } from '../src/core/auth/access';
import { actorForUser } from '../src/core/auth/sessions';
import { userInOrganisation } from '../src/core/auth/users';
import type { Db } from '../src/core/db/client';
import type { AppContext } from '../src/core/module';
import { seedTestData as seedActivities } from '../src/modules/activities/testing';
import { seedTestData as seedAnnualReport } from '../src/modules/annual-report/testing';
import { seedTestData as seedDialogue } from '../src/modules/dialogue/testing';
import { seedTestData as seedFeedback } from '../src/modules/feedback/testing';
import { seedTestData as seedGoals } from '../src/modules/goals/testing';
import { seedTestData as seedIndicators } from '../src/modules/indicators/testing';
import { seedTestData as seedParticipatoryBudget } from '../src/modules/participatory-budget/testing';
import { seedTestData as seedPaySurvey } from '../src/modules/pay-survey/testing';
import { seedTestData as seedPrivacy } from '../src/modules/privacy/testing';
import { seedTestData as seedPrograms } from '../src/modules/programs/testing';
import { seedTestData as seedRentalQueue } from '../src/modules/rental-queue/testing';
import { seedTestData as seedRounds } from '../src/modules/rounds/testing';
import { seedTestData as seedSafetyIndex } from '../src/modules/safety-index/testing';
import { seedTestData as seedSituation } from '../src/modules/situation/testing';
import { seedTestData as seedSocialValue } from '../src/modules/social-value/testing';
import { seedTestData as seedTurnTheCurve } from '../src/modules/turn-the-curve/testing';
import { seedTestData as seedWorkingLife } from '../src/modules/working-life/testing';
import { swedishToday } from '../src/shared/time';
import { seedOrganisation } from './fixtures';
import type { TestOrganisation } from './test-organisation';

/**
 * Every module's part, in the modules' order. Areas, properties and users come from
 * `seedOrganisation`; the audit log fills itself from the services' writes.
 */
const moduleSeeds = [
  seedActivities,
  seedPrograms,
  seedSituation,
  seedSafetyIndex,
  seedRounds,
  seedPrivacy,
  seedIndicators,
  seedGoals,
  seedSocialValue,
  seedWorkingLife,
  seedPaySurvey,
  seedDialogue,
  seedParticipatoryBudget,
  seedFeedback,
  seedRentalQueue,
  seedAnnualReport,
  seedTurnTheCurve,
];

export type WorldOrganisation = Awaited<ReturnType<typeof seedWorldOrganisation>>;

/** `seedOrganisation` and then every module's test data for it, on the context's clock. */
export async function seedWorldOrganisation(ctx: AppContext, slug: string) {
  const seed = await seedOrganisation(ctx.db, slug);
  const actor = async (id: string): Promise<Actor> => {
    const user = await userInOrganisation(ctx.db, seed.organisation.id, id);
    if (!user) throw new Error(`no user ${id} in ${slug}`);
    return actorForUser(ctx.db, user);
  };
  const now = ctx.config.clock();
  const org: TestOrganisation = {
    slug,
    admin: await actor(seed.users.admin.id),
    analyst: await actor(seed.users.analyst.id),
    host: await actor(seed.users.host.id),
    partner: await actor(seed.users.partner.id),
    areas: seed.areas,
    properties: seed.properties,
    now,
    today: swedishToday(now),
  };
  for (const seedModule of moduleSeeds) await seedModule(ctx, org);
  return seed;
}

/** Tables the test world leaves empty, and why; every other table has rows of both organisations. */
export const emptyInTestWorld = [
  'sessions', // nobody has signed in yet
  'password_resets',
  'job_runs', // no scheduled job has run
  'import_publications', // imports publish in one transaction unless large
  'program_participant_identities', // kept only with a participant key, which the test config has not
  'situation_nothing_to_report',
];

type Row = Record<string, unknown>;

async function query(db: Db, statement: ReturnType<typeof sql>): Promise<Row[]> {
  const result = await db.execute(statement);
  return (result as unknown as { rows?: Row[] }).rows ?? (result as unknown as Row[]);
}

/** Every table of the public schema with its primary-key columns and whether it has organisation_id. */
export async function tablesOf(db: Db) {
  const rows = await query(
    db,
    sql`select t.tablename as name,
          coalesce((select array_agg(a.attname::text order by k.n)
             from pg_index i
             cross join lateral unnest(i.indkey) with ordinality as k(attnum, n)
             join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
             where i.indrelid = format('public.%I', t.tablename)::regclass and i.indisprimary), '{}') as keys,
          exists (select 1 from information_schema.columns c
             where c.table_schema = 'public' and c.table_name = t.tablename
               and c.column_name = 'organisation_id') as scoped
        from pg_tables t where t.schemaname = 'public' order by t.tablename`,
  );
  return rows.map((r) => ({
    name: r.name as string,
    keys: parseArray(r.keys),
    scoped: r.scoped as boolean,
  }));
}

/** PGlite gives a text[] as an array, node-postgres for a name[] sometimes as '{a,b}'. */
function parseArray(value: unknown): string[] {
  if (Array.isArray(value)) return value as string[];
  const text = String(value ?? '{}');
  return text === '{}' ? [] : text.slice(1, -1).split(',');
}

/**
 * The rows of every table ordered by primary key (by the whole row, when a table has none): all of
 * them, or only one organisation's (its own row in `organisations`, rows with its organisation_id;
 * a table with neither is taken whole, so nothing is left out silently).
 */
export async function tableRows(db: Db, organisationId?: string): Promise<Record<string, Row[]>> {
  const out: Record<string, Row[]> = {};
  for (const table of await tablesOf(db)) {
    const name = sql.identifier(table.name);
    let where = sql``;
    if (organisationId && table.scoped) where = sql` where organisation_id = ${organisationId}`;
    else if (organisationId && table.name === 'organisations') where = sql` where id = ${organisationId}`;
    // Without a primary key, the whole row as text is the order (the physical order may change).
    const orderBy = sql.raw(table.keys.length ? table.keys.map((k) => `"${k}"`).join(', ') : 't::text');
    out[table.name] = await query(db, sql`select t.* from ${name} t${where} order by ${orderBy}`);
  }
  return out;
}
