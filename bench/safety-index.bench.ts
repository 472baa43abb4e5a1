import { registerModules } from '../src/app';
import { systemActor } from '../src/core/auth/access';
import { openDatabase } from '../src/core/db/client';
import { runImport } from '../src/core/import/run-import';
import { createOrganisation } from '../src/core/organisations';
import { modules } from '../src/modules';
import { addAreas, addDistrict } from '../src/modules/areas/testing';
import { summary } from '../src/modules/safety-index/safety-index.service';
import { surveyResponsesImport } from '../src/modules/safety-index/survey-responses.import';
import { recordResults } from './results';

// 200,000 vendor rows over 40 areas and 36 months, imported into PGlite; then the same file again,
// then a dashboard summary for a year (read from the roll-ups only).
registerModules();
const rows = Number(process.argv[2] ?? 200_000);
const time = async <T>(work: () => Promise<T>) => {
  const started = performance.now();
  const result = await work();
  return { result, ms: Math.round(performance.now() - started) };
};
const database = await openDatabase({ dataDir: 'memory://' });
await database.migrate();
const db = database.db;
const organisation = await createOrganisation(db, 'bench', 'Bench AB', modules);
const district = await addDistrict(db, organisation.id, 'Bänkby');
await addAreas(
  db,
  Array.from({ length: 40 }, (_, i) => ({
    organisationId: organisation.id,
    districtId: district.id,
    code: `A${i}`,
    name: `Område ${i}`,
  })),
);
const codes = [
  'overall',
  'evening',
  'stairwell',
  'basement',
  'laundry',
  'courtyard',
  'lighting',
  'burglary',
  'neighbours',
  'contact',
];
const lines = [`response_id,area_code,answered_on,${codes.join(',')},comment`];
let state = 12345;
const rnd = () => {
  state = (state * 1103515245 + 12345) % 2 ** 31;
  return state / 2 ** 31;
};
for (let i = 0; i < rows; i++) {
  const month = String((i % 12) + 1).padStart(2, '0');
  const year = 2023 + (i % 3);
  const answers = codes.map(() => {
    const u = rnd();
    return u < 0.03 ? '' : u < 0.06 ? 'vet ej' : String(1 + Math.floor(rnd() * 5));
  });
  lines.push(`R${i},A${i % 40},${year}-${month}-14,${answers.join(',')},${i % 50 === 0 ? 'Kommentar' : ''}`);
}
const file = { bytes: Buffer.from(lines.join('\n')), name: 'bench.csv' };
const actor = systemActor(organisation.id);
let lastProgress = 0;
const first = await time(() =>
  runImport(
    db,
    actor,
    surveyResponsesImport,
    { bytes: file.bytes, name: file.name },
    {
      onProgress: (done, total) => {
        lastProgress = done / total;
      },
    },
  ),
);
if (first.result.status !== 'done') throw new Error(JSON.stringify(first.result.errors.slice(0, 3)));
const again = await time(() => runImport(db, actor, surveyResponsesImport, file));
const read = await time(() => summary({ db }, actor, '2024'));
const result = [
  '| step | time |',
  '|---|---|',
  `| survey-responses import, ${rows.toLocaleString('en')} rows (${(file.bytes.length / 2 ** 20).toFixed(1)} MiB CSV) | ${first.ms} ms |`,
  `| the same file again (${again.result.summary.unchanged} unchanged) | ${again.ms} ms |`,
  `| year summary of 40 areas from the roll-ups | ${read.ms} ms |`,
  `| progress reported at the end | ${Math.round(lastProgress * 100)} % |`,
  `| resident memory after all | ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB |`,
];
recordResults('Safety index: 200,000-row survey import', result);
await database.close();
