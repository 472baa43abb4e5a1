import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../src/core/db/client';
import { createMissingDefaults, createOrganisation, organisationBySlug } from '../src/core/organisations';
import { modules } from '../src/modules';
import { openTestDatabase } from './harness';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

/** The defaults each module's `organisationCreated` makes, as rows per table (named by table). */
const defaults = {
  situation_settings: 1,
  situation_categories: 13,
  situation_grade_levels: 4,
  // The housing company's own staff, named after the organisation.
  situation_partner_organisations: 1,
  rounds_checklist_templates: 6,
  survey_settings: 1,
  survey_instruments: 1,
  // Partnership flat, internal transfer, medical and social priority, evacuation.
  rental_exception_codes: 5,
};

async function rowCounts(db: Db, organisationId: string) {
  const counts: Record<string, number> = {};
  for (const table of Object.keys(defaults)) {
    const result = await db.execute(
      sql`select count(*)::int as n from ${sql.identifier(table)} where organisation_id = ${organisationId}`,
    );
    counts[table] = (result as unknown as { rows: { n: number }[] }).rows[0].n;
  }
  return counts;
}

describe('creating an organisation', () => {
  it('gives it the defaults of every module, so none is made on first use', async () => {
    const organisation = await createOrganisation(database.db, 'alfa', 'Alfa Bostäder', modules);
    expect(modules.filter((m) => m.organisationCreated).map((m) => m.name)).toEqual([
      'situation',
      'safety-index',
      'rounds',
      'rental-queue',
    ]);
    expect(await rowCounts(database.db, organisation.id)).toEqual(defaults);
  });

  it('adds nothing when the defaults are asked for again, as start-up does for every organisation', async () => {
    const organisation = await createOrganisation(database.db, 'beta', 'Beta Bostäder', modules);
    for (const module of modules) await module.organisationCreated?.({ db: database.db }, organisation.id);
    expect(await rowCounts(database.db, organisation.id)).toEqual(defaults);
  });

  it('makes nothing of a module when no module takes part (an organisation from before the hooks)', async () => {
    const organisation = await createOrganisation(database.db, 'gamma', 'Gamma Bostäder', []);
    const none = Object.fromEntries(Object.keys(defaults).map((table) => [table, 0]));
    expect(await rowCounts(database.db, organisation.id)).toEqual(none);
  });

  it('gives an organisation from before the hooks its defaults at start-up, and a complete one nothing more', async () => {
    const older = await createOrganisation(database.db, 'epsilon', 'Epsilon Bostäder', []);
    const complete = await createOrganisation(database.db, 'zeta', 'Zeta Bostäder', modules);
    await createMissingDefaults(database.db, modules);
    expect(await rowCounts(database.db, older.id)).toEqual(defaults);
    expect(await rowCounts(database.db, complete.id)).toEqual(defaults);
  });

  it("runs the modules' hooks in their order in its transaction: a failing one leaves no organisation", async () => {
    const ran: string[] = [];
    const hooks = [
      { name: 'first', organisationCreated: async () => void ran.push('first') },
      { name: 'second', organisationCreated: async () => void ran.push('second') },
      {
        name: 'broken',
        organisationCreated: async () => {
          throw new Error('broken defaults');
        },
      },
    ];
    await expect(createOrganisation(database.db, 'delta', 'Delta Bostäder', hooks)).rejects.toThrow(
      'broken defaults',
    );
    expect(ran).toEqual(['first', 'second']);
    await expect(organisationBySlug(database.db, 'delta')).rejects.toMatchObject({ code: 'not_found' });
  });
});
