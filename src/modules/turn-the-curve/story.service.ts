import { and, eq } from 'drizzle-orm';
import { insertAudited, updateAudited } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import { userInOrganisation } from '../../core/auth/users';
import type { Db } from '../../core/db/client';
import { changeStampOf } from '../../core/http/changed-by';
import type { ServiceContext } from '../../core/module';
import { refusePersonalData } from '../../core/personal-data-guard';
import { indicatorOf } from './indicator-lookup';
import type { Story, StoryInput } from './turn-the-curve.contract';
import { curvePermissions as p } from './turn-the-curve.policy';
import { indicatorStories } from './turn-the-curve.table';

type StoryRow = typeof indicatorStories.$inferSelect;

async function storyRow(db: Db, organisationId: string, indicatorId: string): Promise<StoryRow | null> {
  const [row] = await db
    .select()
    .from(indicatorStories)
    .where(
      and(eq(indicatorStories.organisationId, organisationId), eq(indicatorStories.indicatorId, indicatorId)),
    );
  return row ?? null;
}

/** The story as the API shows it: the writer by name (null once the user is gone). */
async function shown(
  db: Db,
  organisationId: string,
  indicatorId: string,
  row: StoryRow | null,
): Promise<Story> {
  if (!row) return { indicatorId, story: '', changedAt: null, changedBy: null };
  const writer = row.updatedBy ? await userInOrganisation(db, organisationId, row.updatedBy) : null;
  return { indicatorId, story: row.story, ...changeStampOf(row.updatedAt, writer) };
}

/** The story behind an indicator's curve in the actor's organisation (empty when none is written). */
export async function storyOf(db: Db, actor: Actor, indicatorId: string): Promise<Story> {
  assertCan(actor, p['curve.read']);
  return shown(db, actor.organisationId, indicatorId, await storyRow(db, actor.organisationId, indicatorId));
}

/**
 * Writes the story behind a known indicator's curve, audited, at the configured clock's `now`. Text
 * with personal data (phone numbers, personal identity numbers, …) is refused and nothing changes;
 * the same text again changes nothing.
 */
export async function saveStory(
  { db, requestId }: ServiceContext,
  actor: Actor,
  input: StoryInput,
  now: Date,
): Promise<Story> {
  assertCan(actor, p['curve.write']);
  refusePersonalData(input.story, { language: actor.language, field: 'story' });
  await indicatorOf(db, actor.organisationId, input.indicatorId);
  const audited = { actor, entity: 'indicator_story', requestId };
  const row = await db.transaction(async (tx) => {
    const before = await storyRow(tx, actor.organisationId, input.indicatorId);
    const changes = { story: input.story, updatedBy: actor.userId, updatedAt: now };
    if (!before) {
      const values = { organisationId: actor.organisationId, indicatorId: input.indicatorId, ...changes };
      return insertAudited(tx, indicatorStories, values, audited, input.indicatorId);
    }
    if (before.story === input.story) return before;
    return (await updateAudited(tx, indicatorStories, before.id, changes, audited)).row;
  });
  return shown(db, actor.organisationId, input.indicatorId, row);
}
