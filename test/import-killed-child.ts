/**
 * Child of test/import-killed.int.test.ts: runs a survey import into the given database (a PGlite
 * directory or a PostgreSQL URL) and SIGKILLs its own process inside the publish's third slice,
 * after two slices are stored: no rollback, no discard, nothing clears up.
 * Usage: tsx test/import-killed-child.ts <dataDir|postgres://…> <organisationId> <file.csv>
 */
import { readFileSync } from 'node:fs';
import { registerModules } from '../src/app';
import { systemActor } from '../src/core/auth/access';
import { openDatabase } from '../src/core/db/client';
import { runImport } from '../src/core/import/run-import';
import { surveyResponsesImport } from '../src/modules/safety-index/testing';

const [target, organisationId, file] = process.argv.slice(2);
registerModules();
const database = await openDatabase(
  target.startsWith('postgres') ? { databaseUrl: target, dataDir: '' } : { dataDir: target },
);
const staged = surveyResponsesImport.staged!;
const sliced = staged.sliced!;
let slices = 0;
const killing: typeof sliced = {
  ...sliced,
  writeSlice: async (...args) => {
    slices++;
    if (slices === 3) process.kill(process.pid, 'SIGKILL');
    return sliced.writeSlice(...args);
  },
};
await runImport(
  database.db,
  systemActor(organisationId),
  { ...surveyResponsesImport, staged: { ...staged, sliced: killing } },
  { bytes: readFileSync(file), name: 'svar.csv' },
);
process.stdout.write('the import finished: it should have been killed\n');
await database.close();
