import { registerModules } from '../src/app';
import { type Actor, systemActor } from '../src/core/auth/access';
import { userByEmail } from '../src/core/auth/users';
import { loadConfig } from '../src/core/config';
import { openDatabase } from '../src/core/db/client';
import { createMailer } from '../src/core/mail/mailer';
import type { DemoContext } from '../src/core/module';
import { createOrganisation } from '../src/core/organisations';
import { demoUsers } from '../src/demo/load-demo';
import { modules } from '../src/modules';
import { areasModule } from '../src/modules/areas';
import { roundsModule } from '../src/modules/rounds';
import { situationModule } from '../src/modules/situation';
import { analysis } from '../src/modules/situation/analysis.service';
import { picturePdf } from '../src/modules/situation/pdf';
import { weekPicture } from '../src/modules/situation/picture.service';
import { incidentReports } from '../src/modules/situation/situation.table';
import { addWeeks, isoWeekOf } from '../src/modules/situation/week';
import { usersModule } from '../src/modules/users';
import { seededRandom } from '../src/shared/random';
import { recordResults } from './results';

// The demo organisation (~12,000 households, 15 areas) with three years of EST weeks and of the
// safety hosts' shifts; then the situation picture of last week (incidents against the 12-week
// baseline, grades and their history, presence hours), as the coordinator and as a municipal
// partner, and its PDF; and the yearly analysis.
registerModules();
const config = loadConfig({}, { logLevel: 'silent' });
const time = async <T>(work: () => Promise<T>) => {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
};
const database = await openDatabase({ dataDir: 'memory://' });
await database.migrate();
const db = database.db;
const organisation = await createOrganisation(db, 'demo', 'Demobostäder i Västerås AB', modules);
const today = new Date();
const ctx: DemoContext = {
  db,
  database,
  config,
  log: console as never,
  mailer: createMailer({ from: 'x' }),
  organisationId: organisation.id,
  demoUsers,
  random: seededRandom(20_260_101),
  today,
};
await areasModule.seedDemo!(ctx);
await usersModule.seedDemo!(ctx);
const seeded = await time(() => situationModule.seedDemo!(ctx));
// The safety hosts' shifts, so the picture's presence hours are read as in the demo.
await roundsModule.seedDemo!(ctx);
const reports = (await db.select({ id: incidentReports.id }).from(incidentReports)).length;

const week = addWeeks(isoWeekOf(today), -1);
const coordinator: Actor = { ...systemActor(organisation.id, 'bench'), role: 'analyst' };
const kommun = (await userByEmail(db, 'kommun@demo.grannskap.se'))!;
const partner: Actor = {
  userId: kommun.id,
  organisationId: organisation.id,
  name: kommun.name,
  role: 'partner',
  areaIds: 'all',
  partnerOrganisation: kommun.partnerOrganisation,
  language: 'sv',
};

async function measure(label: string, work: () => Promise<unknown>, runs = 10) {
  await work(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await time(work)).ms);
  times.sort((a, b) => a - b);
  return `| ${label} | ${times[Math.floor(runs / 2)].toFixed(0)} ms | ${times[runs - 1].toFixed(0)} ms |`;
}

const picture = await weekPicture({ db }, coordinator, week);
const presenceHours = picture.areas.reduce((s, a) => s + a.presence.hours, 0);
const lines = [
  `Demo: ${picture.areas.length} areas, ${picture.areas.reduce((s, a) => s + a.households, 0)} households, ${reports} reports over 157 weeks (seeded in ${seeded.ms.toFixed(0)} ms), ${presenceHours.toFixed(0)} presence hours in week ${week}. Target: under 1 s.`,
  '',
  '| step (10 runs after a warm-up, PGlite in memory) | median | slowest |',
  '|---|---|---|',
  await measure('week picture, coordinator (restricted included)', () =>
    weekPicture({ db }, coordinator, week),
  ),
  await measure('week picture, municipal partner', () => weekPicture({ db }, partner, week)),
  await measure('week picture + printable PDF', async () =>
    picturePdf(await weekPicture({ db }, coordinator, week), organisation.name, 'sv'),
  ),
  await measure('yearly analysis, coordinator', () =>
    analysis({ db }, coordinator, today.getUTCFullYear(), 'year', today),
  ),
];
recordResults('situation picture (EST)', lines);
await database.close();
