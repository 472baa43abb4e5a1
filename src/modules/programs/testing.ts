/**
 * This module's part of the test world, for tests outside it. Not for production code (the
 * dependency lint rule lets only tests import this file).
 */
import type { TestOrganisation } from '../../../test/test-organisation';
import type { AppContext } from '../../core/module';
import { addDays } from '../../shared/time';
import { createParticipant } from './participants.service';
import { participantInput, programInput } from './programs.contract';
import { createProgram } from './programs.service';
import { createQuestionnaire, submitAnswers } from './questionnaires.service';

/**
 * Jobbpunkt with two participants (one exited with a job) and a questionnaire answered at the start
 * by the first. Names and personal numbers are kept only when the config has a participant key.
 */
export async function seedTestData(ctx: AppContext, org: TestOrganisation) {
  const { admin, today, now } = org;
  const program = await createProgram(
    ctx,
    admin,
    programInput.parse({
      code: 'jobbpunkt',
      name: 'Jobbpunkt',
      focusArea: 'arbete',
      reportsJobOutcome: true,
    }),
  );
  const enrolledOn = addDays(today, -120);
  const first = await createParticipant(
    ctx,
    admin,
    program.id,
    participantInput.parse({
      ref: `${org.slug}-001`,
      birthYear: 1998,
      gender: 'woman',
      areaId: org.areas[0].id,
      consentOn: enrolledOn,
      enrolledOn,
    }),
    now,
  );
  await createParticipant(
    ctx,
    admin,
    program.id,
    participantInput.parse({
      ref: `${org.slug}-002`,
      birthYear: 1990,
      areaId: org.areas[1].id,
      consentOn: enrolledOn,
      enrolledOn,
      exitedOn: addDays(today, -20),
      completed: true,
      outcome: 'work',
    }),
    now,
  );
  const questionnaire = await createQuestionnaire(ctx, admin, program.id, {
    name: 'Självskattning',
    questions: [{ code: 'framtid', label: 'Hur ser du på framtiden?', min: 1, max: 5, higherIsBetter: true }],
  });
  await submitAnswers(ctx, admin, questionnaire.id, {
    participantId: first.id,
    phase: 'start',
    answeredOn: enrolledOn,
    values: { framtid: 3 },
  });
}
