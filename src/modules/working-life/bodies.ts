/**
 * The bodies an organisation reports headcounts for: the four every organisation has (named in the
 * i18n files) and those it added (`workforce_bodies`).
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import { type Language, translate } from '../../core/i18n/i18n';
import { type Body, type KnownBody, knownBodies } from './working-life.contract';
import { workforceBodies } from './working-life.table';

export const isKnownBody = (code: string): code is KnownBody =>
  (knownBodies as readonly string[]).includes(code);

/** The known four in their order, then the organisation's own by name. */
export async function bodiesOf(db: Db, organisationId: string, language: Language): Promise<Body[]> {
  const own = await db
    .select({ code: workforceBodies.code, name: workforceBodies.name })
    .from(workforceBodies)
    .where(eq(workforceBodies.organisationId, organisationId))
    .orderBy(asc(workforceBodies.name));
  return [
    ...knownBodies.map((code) => ({
      code,
      name: translate(language, `working-life:bodies.${code}`),
      known: true,
    })),
    ...own.map((b) => ({ ...b, known: false })),
  ];
}

/** Refuses a code that names no body of the organisation, naming the codes it has. */
export async function requireBody(db: Db, organisationId: string, code: string): Promise<void> {
  if (isKnownBody(code)) return;
  const [own] = await db
    .select({ code: workforceBodies.code })
    .from(workforceBodies)
    .where(and(eq(workforceBodies.organisationId, organisationId), eq(workforceBodies.code, code)));
  if (own) return;
  const codes = (await bodiesOf(db, organisationId, 'sv')).map((b) => b.code);
  throw new AppError('working_life_unknown_body', { body: code, known: codes.join(', ') });
}
