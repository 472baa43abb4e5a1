import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { authRoutes } from '../auth/auth.routes';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { AppError } from '../errors';
import { importRoutes } from '../import/import.routes';
import type { Mailer } from '../mail/mailer';
import type { AppContext, GrannskapModule } from '../module';
import { errorHandler, sendError } from './error-handler';
import { authorise, identify } from './guard';
import { securityHeaders } from './security-headers';
import type { ApiInstance, RegisteredRoute, RouteAccess } from './types';

export const apiPrefix = '/api/v1';

export type BuildOptions = {
  config: Config;
  database: Database;
  mailer: Mailer;
  modules: GrannskapModule[];
  /** Where the log lines go; standard output unless given (tests read the log). */
  logStream?: { write: (line: string) => void };
};

/** Builds the whole HTTP application: API, OpenAPI docs, tenant pages and the web app. */
export async function buildApp(options: BuildOptions): Promise<ApiInstance> {
  const { config, database, mailer, modules, logStream } = options;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      ...(logStream ? { stream: logStream } : {}),
      serializers: {
        // Single-use links carry their token in the path: keep them out of the logs.
        req: (req) => ({ method: req.method, url: redactTokens(req.url), reqId: req.id }),
      },
    },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 5 * 1024 * 1024,
    // Off unless TRUST_PROXY says which proxy to believe: otherwise any client picks its own address
    // with X-Forwarded-For and walks past the sign-in rate limits.
    trustProxy: trustProxyOption(config.trustProxy),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('language', 'sv');

  const ctx: AppContext = { db: database.db, database, config, log: app.log, mailer };

  const routeTable: RegisteredRoute[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as RouteAccess;
    const isApi = route.url.startsWith(apiPrefix);
    if (isApi && !config.access && !config.public) {
      throw new Error(`Route ${route.method} ${route.url} declares neither config.access nor config.public`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD')
        routeTable.push({
          method,
          url: route.url,
          access: config.access,
          areaField: config.areaField,
          public: config.public ?? false,
        });
    }
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(fastifyHelmet, securityHeaders(config));
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyMultipart, { limits: { fileSize: 200 * 1024 * 1024, files: 1 } });
  await app.register(fastifySwagger, {
    openapi: { info: { title: 'Grannskap API', version: '1' } },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.setErrorHandler(errorHandler);
  app.addHook('onRequest', identify(database.db));
  app.addHook('preValidation', authorise);

  await app.register(
    async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      await authRoutes(typed, ctx);
      await importRoutes(typed, ctx);
      for (const module of modules) await module.routes?.(typed, ctx);
    },
    { prefix: apiPrefix },
  );
  for (const module of modules) await module.pages?.(app, ctx);

  const { webRoot } = config;
  let indexHtml: string | null = null;
  if (existsSync(webRoot)) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false, prefix: '/' });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !existsSync(join(webRoot, 'index.html'))) {
      return sendError(reply, request.language, new AppError('not_found'));
    }
    indexHtml ??= readFileSync(join(webRoot, 'index.html'), 'utf8');
    return reply.type('text/html').send(indexHtml);
  });
  return app;
}

/**
 * TRUST_PROXY as Fastify takes it. A hop count becomes "trust the nearest n hops" (Express's meaning):
 * Fastify 5 itself now treats a bare number as trusting nothing, which would silently undo the setting.
 */
export function trustProxyOption(
  setting: Config['trustProxy'],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting !== 'number') return setting;
  return (_address: string, hop: number) => hop < setting;
}

/** Replaces the token of a tenant link (/s/<token>, ?token=…) with a placeholder. */
export function redactTokens(url: string): string {
  return url.replace(/\/s\/[\w-]{16,}/g, '/s/[token]').replace(/([?&]token=)[^&]+/g, '$1[token]');
}
