import { eq } from 'drizzle-orm';
import { actorOf } from '../http/guard';
import { routesOf } from '../http/route-kit';
import type { ApiInstance } from '../http/types';
import type { AppContext } from '../module';
import { organisations } from '../organisation.table';
import { allPermissions, can, definePermissions } from './access';
import {
  languageInput,
  loginInput,
  meResponse,
  okResponse,
  passwordResetConfirmInput,
  passwordResetInput,
} from './auth.contract';
import { checkCredentials, requestPasswordReset, resetPassword } from './auth.service';
import { roles, users } from './auth.table';
import { prepareStandInHash } from './passwords';
import { createSession, endSession, forgetCachedSessions, sessionCookie } from './sessions';

export const selfPermissions = definePermissions({ 'self.read': roles });

export async function authRoutes(app: ApiInstance, ctx: AppContext) {
  const { db, config, mailer } = ctx;
  await prepareStandInHash();

  const route = routesOf(app, 'auth');
  const ok = { ok: true as const };
  const self = selfPermissions['self.read'];
  // Sign-in and password reset are public and rate limited per client address.
  const publicLimited = (max: number) => ({ public: true, rateLimit: { max, timeWindow: '1 minute' } });

  route.post(
    '/auth/login',
    publicLimited(20),
    { body: loginInput, returns: okResponse },
    async (req, reply) => {
      const user = await checkCredentials(db, req.body.email, req.body.password);
      const session = await createSession(db, user, config.sessionHours);
      reply.setCookie(sessionCookie, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureCookies,
        expires: session.expiresAt,
      });
      return ok;
    },
  );

  route.post('/auth/logout', { public: true }, { returns: okResponse }, async (req, reply) => {
    const token = req.cookies[sessionCookie];
    if (token && req.actor && req.headers['x-csrf-token'] === req.csrfToken) await endSession(db, token);
    reply.clearCookie(sessionCookie, { path: '/' });
    return ok;
  });

  route.get('/auth/me', self, { returns: meResponse }, async (req) => {
    const actor = actorOf(req);
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
      csrfToken: req.csrfToken!,
      mapTileUrl: config.mapTileUrl ?? null,
    };
  });

  route.put('/auth/me/language', self, { body: languageInput, returns: okResponse }, async (req) => {
    // A preference of one's own, not organisation data: not audited.
    const { userId } = actorOf(req);
    await db.update(users).set({ language: req.body.language }).where(eq(users.id, userId!));
    forgetCachedSessions(userId!);
    return ok;
  });

  route.post(
    '/auth/password-reset',
    publicLimited(5),
    { body: passwordResetInput, accepted: okResponse },
    async (req) => {
      await requestPasswordReset(db, mailer, config.publicUrl, req.body.email);
      return ok;
    },
  );

  route.post(
    '/auth/password-reset/confirm',
    publicLimited(10),
    { body: passwordResetConfirmInput, returns: okResponse },
    async (req) => {
      await resetPassword(db, req.body.token, req.body.password);
      return ok;
    },
  );
}
