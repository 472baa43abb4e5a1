import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Command, Option } from 'commander';
import { createAppContext, createServer, openAppDatabase, registerModules } from '../app';
import { systemActor } from '../core/auth/access';
import { roles } from '../core/auth/auth.table';
import { backupDatabase, restoreDatabase } from '../core/backup';
import { type Config, loadConfig } from '../core/config';
import type { Database } from '../core/db/client';
import { importKind } from '../core/import/import.service';
import { runImport } from '../core/import/run-import';
import { createOrganisation, organisationBySlug } from '../core/organisations';
import { buildAnnualReport } from '../core/report';
import { startScheduler } from '../core/scheduler';
import { loadDemo } from '../demo/load-demo';
import { modules } from '../modules';
import { areas } from '../modules/areas';
import { situationDemoUsers } from '../modules/situation';
import { createUser, demoPassword, demoUsers } from '../modules/users';
import { ensureWebBuilt } from './build-web';
import { renderReport } from './render-report';

const program = new Command('grannskap').description(
  'Grannskap: social sustainability in the neighbourhoods',
);

async function withDatabase<T>(config: Config, work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openAppDatabase(config);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function serve(config: Config, database: Database, options: { printDemo: boolean }) {
  const { mailer } = createAppContext(config, database);
  const app = await createServer(config, database, mailer);
  const stopScheduler = startScheduler(
    { db: database.db, mailer, config, log: app.log },
    modules.flatMap((m) => m.jobs ?? []),
    (error) => app.log.error({ err: error }, 'scheduled job failed'),
  );
  const shutdown = async () => {
    stopScheduler();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${config.port}`;
  process.stdout.write(`\nGrannskap is running at ${url}\n`);
  if (options.printDemo) {
    process.stdout.write(`\nDemo sign-ins (password for all: ${demoPassword}):\n`);
    const partners = situationDemoUsers.map((u) => ({ ...u, role: 'partner' }));
    for (const user of [...demoUsers, ...partners]) {
      const coordinator = 'coordinator' in user && user.coordinator ? 'EST coordinator' : null;
      const who = [user.name, user.partnerOrganisation, coordinator].filter(Boolean).join(', ');
      process.stdout.write(`  ${user.role.padEnd(8)} ${user.email.padEnd(34)} ${who}\n`);
    }
  }
  process.stdout.write(`\nAPI documentation: ${url}/api/docs\n\n`);
}

const portOption = new Option('--port <port>', 'port to listen on').argParser((v) => Number.parseInt(v, 10));

program
  .command('start')
  .description('build the web app if missing, migrate, load the demo on first start, and serve')
  .addOption(portOption)
  .action(async (opts: { port?: number }) => {
    const config = loadConfig(process.env, opts.port ? { port: opts.port } : {});
    await ensureWebBuilt();
    registerModules();
    const database = await openAppDatabase(config);
    const ctx = { ...createAppContext(config, database), db: database.db, log: silentLog };
    if (
      await loadDemo(ctx, new Date(), (m, ms) => process.stdout.write(`  demo: ${m} loaded in ${ms} ms\n`))
    ) {
      process.stdout.write('Demo organisation loaded.\n');
    }
    await serve(config, database, { printDemo: true });
  });

program
  .command('serve')
  .description('serve the web app and API')
  .addOption(portOption)
  .action(async (opts: { port?: number }) => {
    const config = loadConfig(process.env, opts.port ? { port: opts.port } : {});
    const database = await openAppDatabase(config);
    await serve(config, database, { printDemo: false });
  });

program
  .command('migrate')
  .description('apply database migrations')
  .action(async () => {
    await withDatabase(loadConfig(), async () => process.stdout.write('Database is up to date.\n'));
  });

const org = program.command('org').description('organisations');
org
  .command('add <slug> <name>')
  .description('create an organisation')
  .action(async (slug: string, name: string) => {
    await withDatabase(loadConfig(), async ({ db }) => {
      const row = await createOrganisation(db, slug, name);
      process.stdout.write(`Created organisation ${row.slug} (${row.id}).\n`);
    });
  });

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
    const config = loadConfig();
    await withDatabase(config, async (database) => {
      registerModules();
      const organisation = await organisationBySlug(database.db, opts.org);
      const codes: string[] = opts.areas
        ? String(opts.areas)
            .split(',')
            .map((c: string) => c.trim())
        : [];
      const areaRows = await database.db.select().from(areas);
      const areaIds = codes.map((c) => {
        const found = areaRows.find((a) => a.code === c && a.organisationId === organisation.id);
        if (!found) fail(`Unknown area code: ${c}`);
        return found.id;
      });
      if (opts.password && opts.password.length < 10) fail('The password must have at least 10 characters.');
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
      process.stdout.write(`Created user ${created.email} (${created.role}).${invited}\n`);
    });
  });

program
  .command('demo')
  .description('load the demo organisation (slug "demo") and exit')
  .addOption(
    new Option('--scale <scale>', 'size of the demo').choices(['mimer', 'city', 'national']).default('mimer'),
  )
  .action(async (opts: { scale: string }) => {
    if (opts.scale !== 'mimer') fail(`The ${opts.scale} scale is not available yet; use --scale mimer.`);
    const config = loadConfig();
    registerModules();
    await withDatabase(config, async (database) => {
      const ctx = { ...createAppContext(config, database), db: database.db, log: silentLog };
      const loaded = await loadDemo(ctx, new Date(), (m, ms) => process.stdout.write(`  ${m}: ${ms} ms\n`));
      process.stdout.write(
        loaded ? 'Demo organisation loaded.\n' : 'The demo organisation is already loaded.\n',
      );
    });
  });

program
  .command('import <kind> <file>')
  .description('import a CSV or XLSX file; all rows or none')
  .requiredOption('--org <slug>', 'organisation')
  .option('--lang <lang>', 'language of the report: sv or en', 'sv')
  .action(async (kindName: string, file: string, opts: { org: string; lang: string }) => {
    registerModules();
    const language = opts.lang === 'en' ? 'en' : 'sv';
    await withDatabase(loadConfig(), async ({ db }) => {
      const organisation = await organisationBySlug(db, opts.org);
      const kind = importKind(kindName);
      let lastShown = -1;
      const report = await runImport(
        db,
        systemActor(organisation.id, 'cli import'),
        kind,
        { bytes: readFileSync(file), name: basename(file) },
        {
          language,
          onProgress: (done, total) => {
            const percent = Math.floor((100 * done) / Math.max(total, 1));
            if (percent >= lastShown + 10 && process.stderr.isTTY) {
              lastShown = percent;
              process.stderr.write(`\r${percent} %`);
            }
          },
        },
      );
      if (report.status === 'refused') {
        process.stderr.write(`\n${report.errorCount} error(s); nothing was imported.\n`);
        for (const e of report.errors)
          process.stderr.write(`  row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}\n`);
        process.exit(2);
      }
      process.stdout.write(`\nImported ${report.totalRows} rows: ${JSON.stringify(report.summary)}\n`);
    });
  });

program
  .command('report')
  .description('the annual report')
  .requiredOption('--year <year>', 'calendar year', (v) => Number.parseInt(v, 10))
  .requiredOption('--org <slug>', 'organisation')
  .addOption(
    new Option('--format <format>', 'output format').choices(['json', 'html', 'pdf', 'xlsx']).default('json'),
  )
  .option('--lang <lang>', 'sv or en', 'sv')
  .requiredOption('--out <file>', 'output file')
  .action(
    async (opts: {
      year: number;
      org: string;
      format: 'json' | 'html' | 'pdf' | 'xlsx';
      out: string;
      lang: string;
    }) => {
      registerModules();
      await withDatabase(loadConfig(), async ({ db }) => {
        const organisation = await organisationBySlug(db, opts.org);
        const report = await buildAnnualReport(db, organisation, opts.year, opts.lang === 'en' ? 'en' : 'sv');
        writeFileSync(opts.out, await renderReport(report, opts.format));
        process.stdout.write(`Wrote ${opts.out} (${report.indicators.length} indicators).\n`);
      });
    },
  );

program
  .command('backup <file>')
  .description('write the whole database to a file')
  .action(async (file: string) => {
    await withDatabase(loadConfig(), async ({ db }) => {
      const counts = await backupDatabase(db, file);
      const rows = Object.values(counts).reduce((a, b) => a + b, 0);
      process.stdout.write(`Backed up ${Object.keys(counts).length} tables, ${rows} rows, to ${file}.\n`);
    });
  });

program
  .command('restore <file>')
  .description('replace the whole database with a backup')
  .action(async (file: string) => {
    await withDatabase(loadConfig(), async ({ db }) => {
      const counts = await restoreDatabase(db, file);
      const rows = Object.values(counts).reduce((a, b) => a + b, 0);
      process.stdout.write(`Restored ${rows} rows from ${file}.\n`);
    });
  });

const silentLog = {
  info: () => {},
  error: () => {},
  warn: () => {},
  debug: () => {},
  trace: () => {},
  fatal: () => {},
  silent: () => {},
  child: () => silentLog,
  level: 'silent',
} as unknown as import('fastify').FastifyBaseLogger;

program.parseAsync(process.argv).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  fail(`grannskap: ${message}`);
});
