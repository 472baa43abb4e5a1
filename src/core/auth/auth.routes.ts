import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { actorOf } from '../http/guard';
import type { ApiInstance } from '../http/types';
import type { AppContext } from '../module';
import { organisations } from '../organisation.table';
import { allPermissions, can, definePermissions } from './access';
import { checkCredentials, requestPasswordReset, resetPassword } from './auth.service';
import { roles, users } from './auth.table';
import { prepareStandInHash } from './passwords';
import { createSession, endSession, forgetCachedSessions, sessionCookie } from './sessions';

export const selfPermissions = definePermissions({ 'self.read': roles });

const meResponse = z.object({
  /** The user's id. */
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.string(),
  language: z.enum(['sv', 'en']),
  organisation: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  /** Area ids the user is limited to, or null for all areas. */
  areaIds: z.array(z.string()).nullable(),
  /** Permissions this user holds, for showing and hiding UI. */
  permissions: z.array(z.string()),
  /** Send back in the x-csrf-token header on every state-changing request. */
  csrfToken: z.string(),
  mapTileUrl: z.string().nullable(),
});

export async function authRoutes(app: ApiInstance, ctx: AppContext) {
  const { db, config, mailer } = ctx;
  await prepareStandInHash();

  app.post(
    '/auth/login',
    {
      config: { public: true, rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        body: z.object({ email: z.string().email(), password: z.string().min(1).max(200) }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      const user = await checkCredentials(db, request.body.email, request.body.password);
      const session = await createSession(db, user, config.sessionHours);
      reply.setCookie(sessionCookie, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureCookies,
        expires: session.expiresAt,
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { public: true },
      schema: { tags: ['auth'], response: { 200: z.object({ ok: z.literal(true) }) } },
    },
    async (request, reply) => {
      const token = request.cookies[sessionCookie];
      if (token && request.actor && request.headers['x-csrf-token'] === request.csrfToken)
        await endSession(db, token);
      reply.clearCookie(sessionCookie, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/auth/me',
    { config: { access: 'self.read' }, schema: { tags: ['auth'], response: { 200: meResponse } } },
    async (request) => {
      const actor = actorOf(request);
      const [row] = await db
        .select({ user: users, organisation: organisations })
        .from(users)
        .innerJoin(organisations, eq(organisations.id, users.organisationId))
        .where(eq(users.id, actor.userId!));
      return {
        id: row.user.id,
        name: row.user.name,
        email: row.user.email,
        role: row.user.role,
        language: row.user.language,
        organisation: { id: row.organisation.id, slug: row.organisation.slug, name: row.organisation.name },
        areaIds: actor.areaIds === 'all' ? null : [...actor.areaIds],
        permissions: allPermissions().filter((p) => can(actor, p)),
        csrfToken: request.csrfToken!,
        mapTileUrl: config.mapTileUrl ?? null,
      };
    },
  );

  app.put(
    '/auth/me/language',
    {
      config: { access: 'self.read' },
      schema: {
        tags: ['auth'],
        body: z.object({ language: z.enum(['sv', 'en']) }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      // A preference of one's own, not organisation data: not audited.
      await db
        .update(users)
        .set({ language: request.body.language })
        .where(eq(users.id, actorOf(request).userId!));
      forgetCachedSessions(actorOf(request).userId!);
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/password-reset',
    {
      config: { public: true, rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        body: z.object({ email: z.string().email() }),
        response: { 202: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(db, mailer, config.publicUrl, request.body.email);
      return reply.status(202).send({ ok: true as const });
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        body: z.object({ token: z.string().min(20).max(200), password: z.string().max(200) }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      await resetPassword(db, request.body.token, request.body.password);
      return { ok: true as const };
    },
  );
}
