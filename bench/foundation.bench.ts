import { registerModules } from '../src/app';
import { systemActor } from '../src/core/auth/access';
import { loadConfig } from '../src/core/config';
import { openDatabase } from '../src/core/db/client';
import { runImport } from '../src/core/import/run-import';
import { createMailer } from '../src/core/mail/mailer';
import { createOrganisation } from '../src/core/organisations';
import { loadDemo } from '../src/demo/load-demo';
import { modules } from '../src/modules';
import { propertiesImport } from '../src/modules/areas/properties.import';
import { recordResults } from './results';

registerModules();
const config = loadConfig({}, { logLevel: 'silent' });
const lines: string[] = [];
const time = async <T>(work: () => Promise<T>) => {
  const started = performance.now();
  const result = await work();
  return { result, ms: Math.round(performance.now() - started) };
};

const opened = await time(async () => {
  const database = await openDatabase({ dataDir: 'memory://' });
  await database.migrate();
  return database;
});
const database = opened.result;
lines.push(`| step | time |`, `|---|---|`, `| open PGlite and migrate | ${opened.ms} ms |`);

const steps: string[] = [];
const demo = await time(() =>
  loadDemo(
    { db: database.db, database, config, log: console as never, mailer: createMailer({ from: 'x' }) },
    new Date(),
    (m, ms) => steps.push(`| demo: ${m} | ${ms} ms |`),
  ),
);
lines.push(...steps, `| demo organisation in all (one transaction) | ${demo.ms} ms |`);

const organisation = await createOrganisation(database.db, 'bench', 'Bench AB', modules);
const rows = 5000;
const csv = ['district;area_code;area_name;property_code;address;households;lat;lon'];
for (let i = 0; i < rows; i++)
  csv.push(
    `Distrikt ${i % 20};A-${i % 100};Område ${i % 100};B${i};Bänkgatan ${i};${10 + (i % 40)};59,6;16,5`,
  );
const imported = await time(() =>
  runImport(database.db, systemActor(organisation.id), propertiesImport, {
    bytes: Buffer.from(csv.join('\n')),
    name: 'bench.csv',
  }),
);
const households = 5000 * 10 + Array.from({ length: rows }, (_, i) => i % 40).reduce((a, b) => a + b, 0);
lines.push(`| properties import, ${rows} rows (${households} households) | ${imported.ms} ms |`);
const again = await time(() =>
  runImport(database.db, systemActor(organisation.id), propertiesImport, {
    bytes: Buffer.from(csv.join('\n')),
    name: 'bench.csv',
  }),
);
lines.push(`| the same file again (nothing changes) | ${again.ms} ms |`);
lines.push(`| resident memory after all | ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB |`);
recordResults('Foundation: database, demo and properties import', lines);
await database.close();
