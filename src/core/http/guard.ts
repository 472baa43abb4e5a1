import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Actor, can } from '../auth/access';
import { actorForSession, sessionCookie } from '../auth/sessions';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { languageFromHeader } from '../i18n/i18n';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Reads the session cookie into request.actor and the language into request.language. */
export function identify(db: Db) {
  return async (request: FastifyRequest) => {
    request.actor = null;
    request.csrfToken = null;
    const chosen = request.cookies.lang;
    request.language =
      chosen === 'en' || chosen === 'sv' ? chosen : languageFromHeader(request.headers['accept-language']);
    const token = request.cookies[sessionCookie];
    if (!token) return;
    const session = await actorForSession(db, token);
    if (!session) return;
    request.actor = session.actor;
    request.csrfToken = session.csrfToken;
    request.language = session.actor.language;
  };
}

function fieldValue(request: FastifyRequest, field: string): string | undefined {
  for (const source of [request.params, request.query, request.body]) {
    const value = (source as Record<string, unknown> | undefined)?.[field];
    if (typeof value === 'string' && value) return value;
  }
  return undefined;
}

/** Enforces the route's declared access before its input is even validated. */
export async function authorise(request: FastifyRequest, _reply: FastifyReply) {
  const config = request.routeOptions.config;
  // Only the API carries data; pages outside it (web app, docs, tenant pages) are public by design.
  if (config.public || !request.routeOptions.url?.startsWith('/api/v1/')) return;
  if (!request.actor) throw new AppError('unauthenticated');
  if (!safeMethods.has(request.method) && request.headers['x-csrf-token'] !== request.csrfToken) {
    throw new AppError('csrf');
  }
  const areaId = config.areaField ? fieldValue(request, config.areaField) : undefined;
  if (!config.access || !can(request.actor, config.access, areaId)) throw new AppError('forbidden');
}

/** The signed-in actor of a route that is not public. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated');
  return request.actor;
}
