import type {
  FastifyContextConfig,
  FastifyReply,
  FastifyRequest,
  FastifySchema,
  HTTPMethods,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
  RouteHandlerMethod,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Clock, swedishYear } from '../../shared/time';
import type { Db } from '../db/client';
import type { ServiceContext } from '../module';
import type { ApiInstance } from './types';

/**
 * The pieces every module's routes repeat, in one place: one way to declare a route (`routesOf`),
 * the `:id` of a row, the `?year=` of a yearly figure, the service context, and the replies (a file,
 * a page). Module-specific shapes live in the module's contract. Only types come from Fastify: the
 * contracts import the shapes here and the web bundle imports the contracts.
 */

/** `/…/:id` — a row's id (a UUID; anything else is a 400 before the handler runs). */
export const idParam = z.object({ id: z.uuid() });

/** A calendar year a figure is asked for: a plausible one, as a number. */
export const year = z.coerce.number().int().min(2000).max(2100);

/** `?year=2026` — the year a page or figure is for; the current Swedish year when left out. */
export const yearQuery = z.object({ year: year.optional() });

/** `?areaId=…` — narrows a list to one area; every area the actor sees when left out. */
export const areaQuery = z.object({ areaId: z.uuid().optional() });

/**
 * The one context a route hands its service functions: the database and the request id the audit
 * rows carry (`const ctx = serviceContext(db)`, then `service.fn(ctx(req.id), actorOf(req), …)`).
 */
export function serviceContext(db: Db): (requestId: string) => ServiceContext {
  return (requestId) => ({ db, requestId });
}

/** The year a route was asked for, or the Swedish year of the configured clock ("now" is never the system's). */
export function yearOr(clock: Clock): (asked: number | undefined) => number {
  return (asked) => asked ?? swedishYear(clock());
}

const fileTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

export type FileDownload = {
  /** The file name without extension, e.g. `lagesbild-2026-W47`. */
  name: string;
  type: keyof typeof fileTypes;
  body: string | Buffer | Uint8Array;
  /** Shown in the browser (a PDF) instead of saved. */
  inline?: boolean;
};

/** Sends an export or a PDF with its type and file name, so the browser saves (or shows) it by that name. */
export function sendFile(
  reply: FastifyReply,
  { name, type, body, inline = false }: FileDownload,
): FastifyReply {
  return reply
    .type(fileTypes[type])
    .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename="${name}.${type}"`)
    .send(body);
}

/** Sends a server-rendered page (tenant survey, public calendar, …) as HTML. */
export function sendPage(reply: FastifyReply, html: string): FastifyReply {
  return reply.type('text/html; charset=utf-8').send(html);
}

/** What a route takes and answers; everything but the handler, which gets it typed. */
export type RouteSpec = {
  /** A sentence for the OpenAPI document, when the path and the schemas do not say enough. */
  description?: string;
  /** Kept out of the OpenAPI document: pages and files for the browser, not API. */
  hide?: boolean;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Content types of the body other than JSON (an upload: `['multipart/form-data']`). */
  consumes?: string[];
  /** 200 OK with this. At most one of returns, created, accepted, noContent; with none, the handler sends. */
  returns?: z.ZodType;
  /** 201 Created with this (what was made). */
  created?: z.ZodType;
  /** 202 Accepted with this (work that goes on, or a mail that may or may not go out). */
  accepted?: z.ZodType;
  /** 204 No Content once the handler is done: it did something and has nothing to say. */
  noContent?: true;
  /** Above the app's 5 MB, for a route that takes more (the phone's offline queue with photos). */
  bodyLimit?: number;
  /** Runs after validation and before the handler (an upload refused before its bytes are read). */
  preHandler?: (request: FastifyRequest) => Promise<void>;
};

/** The status each answer of a spec is sent with. */
const answerStatus = { returns: 200, created: 201, accepted: 202 } as const;
type Answer = keyof typeof answerStatus;

type Field<S, K extends string> = S extends { [key in K]: infer T } ? T : undefined;

/** The Fastify schema a spec stands for, so that fastify-type-provider-zod types request and reply. */
type SchemaOf<S extends RouteSpec> = {
  params: Field<S, 'params'>;
  querystring: Field<S, 'query'>;
  body: Field<S, 'body'>;
  response: { [A in Answer & keyof S as (typeof answerStatus)[A]]: S[A] };
};

type RouteHandler<S extends RouteSpec> = RouteHandlerMethod<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  RouteGenericInterface,
  FastifyContextConfig,
  SchemaOf<S>,
  ZodTypeProvider
>;

/** Who may call: a permission (`p['areas.read']`), or the whole declaration (`areaField`, `public`, …). */
export type Access = string | FastifyContextConfig;

type Declare = <const S extends RouteSpec>(
  url: string,
  access: Access,
  spec: S,
  handler: RouteHandler<S>,
) => void;

/**
 * One way to declare a route, so that it reads as a sentence — method, path, who may, what it takes
 * and answers, what it does:
 *
 *   const route = routesOf(app, 'areas');
 *   route.get('/areas/:id', read, { params: idParam, returns: areaSchema }, (req) =>
 *     service.getArea(ctx(req.id), actorOf(req), req.params.id),
 *   );
 *
 * It registers a plain Fastify route: `config` carries the access (app.ts refuses a route without one),
 * the spec becomes the route's Zod schema (validation, OpenAPI, serialisation of the answer) and the
 * handler is typed by fastify-type-provider-zod as if written inline. The answer goes out with the
 * status its spec names (`created: area` is a 201).
 */
export function routesOf(app: ApiInstance, tag?: string) {
  const declare =
    (method: HTTPMethods): Declare =>
    (url, access, spec, handler) => {
      const { bodyLimit, preHandler, query, returns, created, accepted, noContent, ...rest } = spec;
      const answers = Object.entries({ returns, created, accepted }).filter(([, schema]) => schema);
      if (answers.length + (noContent ? 1 : 0) > 1)
        throw new Error(`Route ${method} ${url} names more than one answer`);
      const status = answers.map(([answer]) => answerStatus[answer as Answer])[0];
      const response = answers.length ? { [status]: answers[0][1] } : undefined;
      const schema: FastifySchema = omitUndefined({
        ...(tag ? { tags: [tag] } : {}),
        ...rest,
        querystring: query,
        response,
      });
      // The spec's types were checked where the route is declared; from here on Fastify sees a plain route.
      const typed = handler as unknown as RouteHandlerMethod;
      app.route<RouteGenericInterface, FastifyContextConfig, FastifySchema>({
        method,
        url,
        config: typeof access === 'string' ? { access } : access,
        schema,
        ...(bodyLimit && { bodyLimit }),
        ...(preHandler && { preHandler }),
        async handler(request, reply) {
          const answer = await typed.call(this, request, reply);
          if (reply.sent) return;
          if (noContent) return reply.code(204).send();
          if (status) reply.code(status);
          return answer;
        },
      });
    };
  return {
    get: declare('GET'),
    post: declare('POST'),
    put: declare('PUT'),
    patch: declare('PATCH'),
    delete: declare('DELETE'),
  };
}

function omitUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
