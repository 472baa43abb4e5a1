/**
 * What tests outside this module may use to build survey data the way the import writes it, and
 * to look at what it wrote: the responses table, the current instrument, the roll-up arithmetic and
 * the survey import itself; and `seedTestData`, this module's part of the test world. Not for
 * production code, which goes through index.ts (the dependency lint rule lets only tests import
 * this file).
 */
import type { TestOrganisation } from '../../../test/test-organisation';
import { importJobStatus, startImportJob } from '../../core/import/import.service';
import { runImport } from '../../core/import/run-import';
import type { AppContext } from '../../core/module';
import { addMonths, swedishMonth } from '../../shared/time';
import { householdRef } from '../areas';
import { drawMonthlySample } from './invitations';
import { surveyEmailsImport } from './survey-emails.import';
import { surveyResponsesImport } from './survey-responses.import';

/** Answers written straight into the answers table and its roll-ups, for exact test organisations. */
export { type Answer, addHouseholds, answer, area, district, times } from './answers.fixture';
export { currentInstrument } from './instrument';
export {
  applyContributions,
  contribute,
  emptyContributions,
  recomputeFromAnswers,
  storedRollups,
} from './rollups';
export { surveyResponses, visibleResponses } from './safety-index.table';
export type { Answers, AnswerValue } from './statistics';
export { surveyResponsesImport } from './survey-responses.import';

/**
 * Last month's answers, imported as a job: 12 in the first area (9 feel safe in the evening,
 * answering 4 or 5) and 3 in the second; an e-mail address for every household; a month's sample drawn (invitations,
 * letters, e-mails). (Its goal for the year is the goals module's test data.)
 */
export async function seedTestData(ctx: AppContext, org: TestOrganisation) {
  const { admin, now, today } = org;
  const answeredOn = addMonths(today, -1);
  const lines = ['response_id,area_code,answered_on,evening,stairwell'];
  for (let i = 0; i < 12; i++)
    lines.push(`${org.slug}-n${i},${org.areas[0].code},${answeredOn},${i < 9 ? 4 + (i % 2) : 2},4`);
  for (let i = 0; i < 3; i++) lines.push(`${org.slug}-s${i},${org.areas[1].code},${answeredOn},3,`);
  // As an import job, the way the import page runs it (so the organisation has one).
  const file = { bytes: new TextEncoder().encode(lines.join('\n')), name: 'svar.csv' };
  const jobId = await startImportJob(ctx.db, admin, surveyResponsesImport.kind, file);
  let job = await importJobStatus(ctx.db, admin, jobId);
  while (job.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 10));
    job = await importJobStatus(ctx.db, admin, jobId);
  }
  if (job.status !== 'done') throw new Error(`survey import: ${JSON.stringify(job.errors)}`);
  // Every household has an address, so a drawn one gets a letter and an e-mail. Which households a
  // month draws depends on the organisation's random sampling seed: a month may draw none, so
  // months back from this one are drawn until one has.
  const emails = ['household_ref,email'];
  for (const property of org.properties) {
    for (let n = 1; n <= 20; n++)
      emails.push(`${householdRef(property.code, n)},hushall${n}@${property.code}.test`);
  }
  await runImport(ctx.db, admin, surveyEmailsImport, {
    bytes: new TextEncoder().encode(emails.join('\n')),
    name: 'adresser.csv',
  });
  const firstOfMonth = `${swedishMonth(now)}-01`;
  for (let back = 0; back < 24; back++) {
    const drawn = await drawMonthlySample(
      ctx,
      admin.organisationId,
      addMonths(firstOfMonth, -back).slice(0, 7),
      now,
    );
    if (drawn.emails > 0) break;
  }
}
