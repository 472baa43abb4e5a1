import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { registerModules } from '../app';
import { systemActor } from '../core/auth/access';
import { loadConfig } from '../core/config';
import { organisationBySlug } from '../core/organisations';
import { organisationAreas } from '../modules/areas';
import { exportPabulib, importPabulib, listBudgets } from '../modules/participatory-budget';
import { type CliRuntime, fail } from './runtime';

type Place = { org: string; area: string; year: number };
const year = (v: string) => Number.parseInt(v, 10);

/**
 * `grannskap budget export|import`: a budget's anonymous ballots and projects as a pabulib file, and a
 * pabulib file as an imported budget of an area and year. They work on the database, so they are
 * data commands: with a running server holding the embedded database, the server runs them.
 */
export function addBudgetFileCommands(budget: Command, rt: CliRuntime): void {
  budget
    .command('export')
    .description("write a budget's projects and anonymous ballots as a pabulib (.pb) file")
    .requiredOption('--org <slug>', 'organisation')
    .requiredOption('--area <code>', 'area code')
    .requiredOption('--year <year>', 'the budget year', year)
    .requiredOption('--out <file>', 'output file')
    .action(async (opts: Place & { out: string }) => {
      registerModules();
      const config = loadConfig();
      await rt.withDatabase(config, async ({ db }) => {
        const organisation = await organisationBySlug(db, opts.org);
        const actor = systemActor(organisation.id, 'cli budget export');
        const ofPlace = (await listBudgets({ db }, actor, config.clock())).filter(
          (b) => b.areaCode.toLowerCase() === opts.area.toLowerCase() && b.year === opts.year,
        );
        // The area's own budget of the year; without one, a budget imported for it.
        const found = ofPlace.find((b) => !b.imported) ?? ofPlace.at(-1);
        if (!found) fail(`No budget of area ${opts.area} in ${opts.year} in ${organisation.slug}.`);
        const file = await exportPabulib({ db }, actor, found.id);
        writeFileSync(resolve(rt.cwd, opts.out), file.text);
        rt.out(`Wrote ${opts.out}.\n`);
      });
    });
  budget
    .command('import <file>')
    .description('import a pabulib (.pb) file as a counted budget of an area and year (migration, testing)')
    .requiredOption('--org <slug>', 'organisation')
    .requiredOption('--area <code>', 'area code')
    .requiredOption('--year <year>', 'the budget year', year)
    .action(async (path: string, opts: Place) => {
      registerModules();
      const config = loadConfig();
      const text = readFileSync(resolve(rt.cwd, path), 'utf8');
      await rt.withDatabase(config, async ({ db }) => {
        const organisation = await organisationBySlug(db, opts.org);
        const area = (await organisationAreas(db, organisation.id)).find(
          (a) => a.code.toLowerCase() === opts.area.toLowerCase(),
        );
        if (!area) fail(`No area ${opts.area} in ${organisation.slug}.`);
        const actor = systemActor(organisation.id, 'cli budget import');
        const row = await importPabulib(
          { db },
          actor,
          { areaId: area.id, year: opts.year, file: text },
          config.clock(),
        );
        rt.out(`Imported budget ${row.id} (${row.amount} kr) into ${organisation.slug}.\n`);
      });
    });
}
