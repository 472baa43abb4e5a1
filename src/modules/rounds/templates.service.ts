import { and, asc, desc, eq } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import type { TemplateInput } from './rounds.contract';
import { roundPermissions as p } from './rounds.policy';
import { checklistTemplates } from './rounds.table';
import { defaultTemplates, nextTemplateVersion, templateProblems } from './templates';

/** Gives an organisation the default checklists once (idempotent: version 1 of each key). */
export async function ensureDefaultTemplates(db: Db, actor: Actor): Promise<void> {
  const [any] = await db
    .select({ id: checklistTemplates.id })
    .from(checklistTemplates)
    .where(eq(checklistTemplates.organisationId, actor.organisationId))
    .limit(1);
  if (any) return;
  await db.transaction(async (tx) => {
    const rows = await tx
      .insert(checklistTemplates)
      .values(
        Object.entries(defaultTemplates).map(([key, t]) => ({
          organisationId: actor.organisationId,
          key,
          version: 1,
          name: t.name,
          items: t.items,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: checklistTemplates.id, key: checklistTemplates.key });
    if (rows.length) {
      await writeAudit(tx, actor, {
        action: 'create_defaults',
        entity: 'checklist_template',
        after: rows.map((r) => r.key),
      });
    }
  });
}

/** A template version as the API gives it: the row without its organisation and when it was stored. */
function present({ organisationId, createdAt, ...template }: typeof checklistTemplates.$inferSelect) {
  return template;
}

/** The latest version of every checklist (archived ones only when asked for). */
export async function listTemplates({ db }: ServiceContext, actor: Actor, includeArchived = false) {
  assertCan(actor, p['rounds.read']);
  const rows = await db
    .select()
    .from(checklistTemplates)
    .where(eq(checklistTemplates.organisationId, actor.organisationId))
    .orderBy(asc(checklistTemplates.key), desc(checklistTemplates.version));
  const latest = new Map<string, typeof checklistTemplates.$inferSelect>();
  for (const row of rows) if (!latest.has(row.key)) latest.set(row.key, row);
  return [...latest.values()].filter((t) => includeArchived || !t.archived).map(present);
}

export async function templateVersions({ db }: ServiceContext, actor: Actor, key: string) {
  assertCan(actor, p['rounds.read']);
  const rows = await db
    .select()
    .from(checklistTemplates)
    .where(and(eq(checklistTemplates.organisationId, actor.organisationId), eq(checklistTemplates.key, key)))
    .orderBy(desc(checklistTemplates.version));
  if (rows.length === 0) throw new AppError('not_found');
  return rows.map(present);
}

/** Saves an edit as a new version (or returns the latest when nothing changed). */
export async function saveTemplate({ db, requestId }: ServiceContext, actor: Actor, input: TemplateInput) {
  assertCan(actor, p['rounds.manage']);
  const problems = templateProblems(input);
  if (problems.length)
    throw new AppError(
      'template_invalid',
      { problems: problems.join(', ') },
      400,
      'rounds:errors.template_invalid',
    );
  return db.transaction(async (tx) => {
    const [latest] = await tx
      .select()
      .from(checklistTemplates)
      .where(
        and(
          eq(checklistTemplates.organisationId, actor.organisationId),
          eq(checklistTemplates.key, input.key),
        ),
      )
      .orderBy(desc(checklistTemplates.version))
      .limit(1);
    if (input.baseVersion === 0 && latest)
      throw new AppError('template_key_taken', { key: input.key }, 409, 'rounds:errors.template_key_taken');
    if (input.baseVersion && latest && latest.version !== input.baseVersion)
      throw new AppError(
        'template_changed',
        { version: latest.version },
        409,
        'rounds:errors.template_changed',
      );
    const next = nextTemplateVersion(latest ? { version: latest.version, content: latest } : null, input);
    const archived = input.archived ?? false;
    if (!next.changed && latest) {
      if (latest.archived === archived) return present(latest);
      const [row] = await tx
        .update(checklistTemplates)
        .set({ archived })
        .where(eq(checklistTemplates.id, latest.id))
        .returning();
      await writeAudit(
        tx,
        actor,
        { action: 'update', entity: 'checklist_template', entityId: row.id, before: latest, after: row },
        requestId,
      );
      return present(row);
    }
    const [row] = await tx
      .insert(checklistTemplates)
      .values({
        organisationId: actor.organisationId,
        key: input.key,
        version: next.version,
        name: input.name,
        items: input.items,
        archived,
      })
      .returning();
    await writeAudit(
      tx,
      actor,
      {
        action: 'create',
        entity: 'checklist_template',
        entityId: row.id,
        before: latest ?? null,
        after: row,
      },
      requestId,
    );
    return present(row);
  });
}
