import { registerModules } from '../src/app';
import { loadConfig } from '../src/core/config';
import { openDatabase } from '../src/core/db/client';
import { createMailer } from '../src/core/mail/mailer';
import { organisationBySlug } from '../src/core/organisations';
import { loadDemo } from '../src/demo/load-demo';
import { annualReportDocument } from '../src/modules/annual-report';
import { swedishYear } from '../src/shared/time';
import { recordResults } from './results';

// The demo organisation, seeded around a fixed instant (the browser suite's) so that every run
// reports on the same data; then the annual report of last year and of this year so far, as the
// report page previews it and `grannskap report --format json` writes it: every indicator with its
// five trend years and the report year's breakdowns. The first build pays for what a fresh process
// has not yet worked out (the protected tables of the EST counts); later builds are what a server
// answers. Times are wall clock and the process's CPU time (the machine is shared: CPU time drifts less).
registerModules();
const config = loadConfig({ GRANNSKAP_CLOCK_START: '2026-11-16T09:00:00+01:00' }, { logLevel: 'silent' });
const database = await openDatabase({ dataDir: 'memory://' });
await database.migrate();
const db = database.db;
const log = { info() {}, warn() {}, error() {}, debug() {} } as never;
await loadDemo({ db, database, config, log, mailer: createMailer({ from: config.mailFrom }) });
const organisation = (await organisationBySlug(db, 'demo'))!;
const now = config.clock();
const thisYear = swedishYear(now);

async function time(work: () => Promise<unknown>) {
  const [started, cpu] = [performance.now(), process.cpuUsage()];
  await work();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

const ms = (x: number) => `${x.toFixed(0)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The first build of a year and the median of the builds after it, each as wall (CPU). */
async function measure(year: number, runs = 5) {
  const build = () => annualReportDocument(db, organisation, year, 'sv', now);
  const first = await time(build);
  const later = [];
  for (let i = 0; i < runs; i++) later.push(await time(build));
  const wall = median(later.map((t) => t.wall));
  const cpu = median(later.map((t) => t.cpu));
  return `${ms(first.wall)} (${ms(first.cpu)}) | ${ms(wall)} (${ms(cpu)})`;
}

// Last year first, in a process that has built no report yet: its first build is the cold one.
const lastYear = await measure(thisYear - 1);
const report = await annualReportDocument(db, organisation, thisYear - 1, 'sv', now);
const lines = [
  `Demo at 2026-11-16 (PGlite in memory): ${report.indicators.length} indicators, each with ${report.indicators[0]?.trend.length ?? 0} trend years.`,
  '',
  '| annual report, JSON document, sv | first build: wall (CPU) | median of 5 later builds: wall (CPU) |',
  '|---|---|---|',
  `| ${thisYear - 1} | ${lastYear} |`,
  `| ${thisYear} so far | ${await measure(thisYear)} |`,
];
recordResults('Annual report (issue 13)', lines);
await database.close();
