import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor } from '../auth/access';
import type { Language } from '../i18n/i18n';

export type ApiInstance = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** Declares who may call a route; every route has one of these (or public: true). */
export type RouteAccess = {
  /** Permission name registered with definePermissions. */
  access?: string;
  /** Where the route's area id sits (param, query or body field), checked against a host's areas. */
  areaField?: string;
  /** Reachable without signing in (sign-in itself, tenant pages, public calendars). */
  public?: boolean;
};

/** A route as registered, for the authorisation test and the docs. */
export type RegisteredRoute = {
  method: string;
  url: string;
  access?: string;
  areaField?: string;
  public: boolean;
};

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RegisteredRoute[];
  }
  interface FastifyContextConfig extends RouteAccess {}
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
    language: Language;
  }
}
