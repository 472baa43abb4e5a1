import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { createAppContext, registerModules } from '../app';
import { systemActor } from '../core/auth/access';
import { backupDatabase, restoreDatabase } from '../core/backup';
import { loadConfig } from '../core/config';
import { importKind } from '../core/import/import.service';
import { runImport } from '../core/import/run-import';
import { createOrganisation, organisationBySlug } from '../core/organisations';
import { loadDemo } from '../demo/load-demo';
import { modules } from '../modules';
import { annualReportDocument, renderReport } from '../modules/annual-report';
import { organisationAreas } from '../modules/areas';
import { createUser } from '../modules/users';
import { roles } from '../shared/enums';
import { addBudgetCommands } from './budget-count';
import { addBudgetFileCommands } from './budget-files';
import { importProgressPrinter } from './import-progress';
import { type CliRuntime, fail } from './runtime';
import { silentLog } from './silent-log';

/**
 * The commands that work on the database. The same definitions run in a CLI process that opens
 * the database itself and, when a server already holds the embedded database, inside that server
 * (src/cli/control.ts): so they write through `rt`, never to process.stdout or process.exit.
 */
export function addDataCommands(program: Command, rt: CliRuntime): Command {
  addDatabaseCommands(program, rt);
  addUserCommand(program, rt);
  addDemoCommand(program, rt);
  addImportCommand(program, rt);
  addReportCommand(program, rt);
  addBackupCommands(program, rt);
  // `budget count` needs no database; `budget export|import` do.
  addBudgetFileCommands(addBudgetCommands(program, rt), rt);
  return program;
}

/** A path the user gave, from the directory the command was run in. */
const fileOf = (rt: CliRuntime, path: string) => resolve(rt.cwd, path);

/** All the rows of a backup's or a restore's tables. */
const rowsOf = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

function addDatabaseCommands(program: Command, rt: CliRuntime): void {
  program
    .command('migrate')
    .description('apply database migrations')
    .action(async () => {
      await rt.withDatabase(loadConfig(), async () => rt.out('Database is up to date.\n'));
    });

  const org = program.command('org').description('organisations');
  org
    .command('add <slug> <name>')
    .description('create an organisation')
    .action(async (slug: string, name: string) => {
      await rt.withDatabase(loadConfig(), async ({ db }) => {
        const row = await createOrganisation(db, slug, name, modules);
        rt.out(`Created organisation ${row.slug} (${row.id}).\n`);
      });
    });
}

function addDemoCommand(program: Command, rt: CliRuntime): void {
  program
    .command('demo')
    .description('load the demo organisation (slug "demo") and exit')
    .addOption(
      new Option('--scale <scale>', 'size of the demo')
        .choices(['mimer', 'city', 'national'])
        .default('mimer'),
    )
    .action(async (opts: { scale: string }) => {
      if (opts.scale !== 'mimer') fail(`The ${opts.scale} scale is not available yet; use --scale mimer.`);
      const config = loadConfig();
      registerModules();
      await rt.withDatabase(config, async (database) => {
        const ctx = { ...createAppContext(config, database), db: database.db, log: silentLog };
        const loaded = await loadDemo(ctx, ctx.config.clock(), (m, ms) => rt.out(`  ${m}: ${ms} ms\n`));
        rt.out(loaded ? 'Demo organisation loaded.\n' : 'The demo organisation is already loaded.\n');
      });
    });
}

function addImportCommand(program: Command, rt: CliRuntime): void {
  program
    .command('import <kind> <file>')
    .description('import a CSV or XLSX file; all rows or none')
    .requiredOption('--org <slug>', 'organisation')
    .option('--lang <lang>', 'language of the report: sv or en', 'sv')
    .action(async (kindName: string, path: string, opts: { org: string; lang: string }) => {
      registerModules();
      const language = opts.lang === 'en' ? 'en' : 'sv';
      await rt.withDatabase(loadConfig(), async ({ db }) => {
        const organisation = await organisationBySlug(db, opts.org);
        const kind = importKind(kindName);
        rt.err(`Importing ${basename(path)} (${kindName}) into ${organisation.slug}…\n`);
        const report = await runImport(
          db,
          systemActor(organisation.id, 'cli import'),
          kind,
          { bytes: readFileSync(fileOf(rt, path)), name: basename(path) },
          // Rows read / valid / written and the time left, a line every 2 s (src/cli/import-progress.ts).
          { language, onProgress: importProgressPrinter(language, (line) => rt.err(`${line}\n`)) },
        );
        if (report.status === 'refused') {
          rt.err(`\n${report.errorCount} error(s); nothing was imported.\n`);
          for (const e of report.errors)
            rt.err(`  row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}\n`);
          fail('', 2);
        }
        rt.out(`\nImported ${report.totalRows} rows: ${JSON.stringify(report.summary)}\n`);
      });
    });
}

function addReportCommand(program: Command, rt: CliRuntime): void {
  program
    .command('report')
    .description('the annual report')
    .requiredOption('--year <year>', 'calendar year', (v) => Number.parseInt(v, 10))
    .requiredOption('--org <slug>', 'organisation')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['json', 'html', 'pdf', 'xlsx'])
        .default('json'),
    )
    .addOption(new Option('--lang <lang>', 'sv or en').choices(['sv', 'en']).default('sv'))
    .requiredOption('--out <file>', 'output file')
    .action(
      async (opts: {
        year: number;
        org: string;
        format: 'json' | 'html' | 'pdf' | 'xlsx';
        out: string;
        lang: 'sv' | 'en';
      }) => {
        registerModules();
        const config = loadConfig();
        await rt.withDatabase(config, async ({ db }) => {
          const organisation = await organisationBySlug(db, opts.org);
          // The same document the report page previews and downloads (src/modules/annual-report).
          const report = await annualReportDocument(db, organisation, opts.year, opts.lang, config.clock());
          writeFileSync(fileOf(rt, opts.out), await renderReport(report, opts.format));
          rt.out(`Wrote ${opts.out} (${report.indicators.length} indicators).\n`);
        });
      },
    );
}

function addBackupCommands(program: Command, rt: CliRuntime): void {
  program
    .command('backup <file>')
    .description('write the whole database to a file (without live single-use links)')
    .action(async (path: string) => {
      await rt.withDatabase(loadConfig(), async ({ db }) => {
        const counts = await backupDatabase(db, fileOf(rt, path));
        rt.out(`Backed up ${Object.keys(counts).length} tables, ${rowsOf(counts)} rows, to ${path}.\n`);
      });
    });

  program
    .command('restore <file>')
    .description('replace the whole database with a backup')
    .action(async (path: string) => {
      await rt.withDatabase(loadConfig(), async ({ db }) => {
        const counts = await restoreDatabase(db, fileOf(rt, path));
        rt.out(`Restored ${rowsOf(counts)} rows from ${path}.\n`);
      });
    });
}

function addUserCommand(program: Command, rt: CliRuntime): void {
  const user = program.command('user').description('users');
  user
    .command('add')
    .description('create a user; without --password an invitation is mailed (or put in the outbox)')
    .requiredOption('--org <slug>', 'organisation')
    .requiredOption('--email <email>', 'e-mail address (the sign-in name)')
    .requiredOption('--name <name>', 'full name')
    .addOption(new Option('--role <role>', 'role').choices([...roles]).makeOptionMandatory())
    .option('--password <password>', 'initial password (at least 10 characters)')
    .option('--areas <codes>', 'comma-separated area codes, for hosts')
    .option('--partner-org <name>', 'partner organisation, for partners')
    .option('--language <lang>', 'sv or en', 'sv')
    .action(async (opts) => {
      if (opts.password && opts.password.length < 10) fail('The password must have at least 10 characters.');
      const config = loadConfig();
      await rt.withDatabase(config, async (database) => {
        registerModules();
        const organisation = await organisationBySlug(database.db, opts.org);
        const codes: string[] = opts.areas
          ? String(opts.areas)
              .split(',')
              .map((c: string) => c.trim())
          : [];
        const areaRows = await organisationAreas(database.db, organisation.id);
        const areaIds = codes.map((c) => {
          const found = areaRows.find((a) => a.code === c);
          if (!found) fail(`Unknown area code: ${c}`);
          return found.id;
        });
        const { mailer } = createAppContext(config, database);
        const created = await createUser(
          { db: database.db },
          systemActor(organisation.id, 'cli'),
          {
            email: String(opts.email).toLowerCase(),
            name: opts.name,
            role: opts.role,
            language: opts.language === 'en' ? 'en' : 'sv',
            partnerOrganisation: opts.partnerOrg ?? null,
            areaIds,
            password: opts.password,
          },
          { mailer, publicUrl: config.publicUrl },
        );
        const invited = opts.password
          ? ''
          : config.smtpUrl
            ? ' An invitation to choose a password has been e-mailed.'
            : ' No mail server is configured: the invitation waits in the outbox (Administration → Utkorg).';
        rt.out(`Created user ${created.email} (${created.role}).${invited}\n`);
      });
    });
}
