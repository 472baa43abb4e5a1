import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../core/audit';
import type { Actor } from '../../core/auth/access';
import type { ServiceContext } from '../../core/module';
import type { FinanceInput } from './activities.contract';
import { activityPermissions as p } from './activities.policy';
import { activityOf } from './activities.service';
import { activityFinances } from './activities.table';

/**
 * Sets an activity's budget and cost for a year (whoever may change the activity); both empty
 * removes the year. Returns the activity with its finances as they now are.
 */
export async function setFinances(
  { db, requestId }: ServiceContext,
  actor: Actor,
  activityId: string,
  year: number,
  input: FinanceInput,
) {
  return db.transaction(async (tx) => {
    const activity = await activityOf(tx, actor, activityId, p['activities.write']);
    const before = activity.finances.find((f) => f.year === year) ?? null;
    const key = and(eq(activityFinances.activityId, activityId), eq(activityFinances.year, year));
    if (input.budget === null && input.cost === null) {
      await tx.delete(activityFinances).where(key);
    } else {
      await tx
        .insert(activityFinances)
        .values({ organisationId: actor.organisationId, activityId, year, ...input })
        .onConflictDoUpdate({ target: [activityFinances.activityId, activityFinances.year], set: input });
    }
    const after = input.budget === null && input.cost === null ? null : { year, ...input };
    const audited = { actor, entity: 'activity_finances', requestId };
    await recordAudit(tx, audited, 'update', activityId, { before, after });
    return activityOf(tx, actor, activityId);
  });
}
