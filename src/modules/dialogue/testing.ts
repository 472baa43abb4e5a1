/**
 * This module's part of the test world, for tests outside it. Not for production code (the
 * dependency lint rule lets only tests import this file).
 */
import type { TestOrganisation } from '../../../test/test-organisation';
import type { AppContext } from '../../core/module';
import { addDays } from '../../shared/time';
import { addPoint, createDialogue, makeAction } from './dialogue.service';

export { dialoguePoints, dialogues } from './dialogue.table';

/**
 * A door-knocking in the host's area a month ago, recorded by the host, with a point raised, the
 * company's response, and the point made an action.
 */
export async function seedTestData(ctx: AppContext, org: TestOrganisation) {
  const dialogue = await createDialogue(ctx, org.host, {
    areaId: org.areas[0].id,
    heldOn: addDays(org.today, -30),
    method: 'door_knocking',
    title: 'Dörrknackning i testområdet',
    groups: { children: 2, youths: 3, women: 6, men: 5, seniors: 1, newcomers: 2 },
    participants: 11,
    heldBy: 'Trygghetsvärden',
    staffNotes: 'Intern anteckning',
  });
  const point = await addPoint(ctx, org.host, dialogue.id, {
    text: 'Belysningen vid entrén är trasig',
    topics: ['trygghet'],
    response: 'Vi byter armaturen.',
  });
  await makeAction(ctx, org.host, point.id, {}, org.now);
}
