import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { idParam, routesOf, sendFile } from './route-kit';
import type { ApiInstance } from './types';

const item = z.object({ id: z.string(), name: z.string() });
const id = '6f1c1c3e-8a4b-4c5e-9d2a-0b7e6f5a4c3d';

/** A bare Fastify with the Zod type provider, as buildApp makes it, and the route configs it saw. */
function bareApp() {
  const app = Fastify().withTypeProvider<ZodTypeProvider>() as unknown as ApiInstance;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const configs: Record<string, unknown> = {};
  app.addHook('onRoute', (r) => {
    configs[`${r.method} ${r.url}`] = r.config;
  });
  return { app, configs, route: routesOf(app, 'items') };
}

describe('routesOf', () => {
  it('answers with the status the spec names, serialised by its schema', async () => {
    const { app, route } = bareApp();
    const made = { id, name: 'Dansskola', secret: 'not in the schema' };
    route.get('/items/:id', 'items.read', { params: idParam, returns: item }, () => made);
    route.post('/items', 'items.write', { body: item, created: item }, () => made);
    route.post('/items/:id/mail', 'items.write', { params: idParam, accepted: item }, () => made);
    route.delete('/items/:id', 'items.write', { params: idParam, noContent: true }, () => made);

    const get = await app.inject({ method: 'GET', url: `/items/${id}` });
    expect([get.statusCode, get.json()]).toEqual([200, { id, name: 'Dansskola' }]);
    const post = await app.inject({ method: 'POST', url: '/items', payload: { id, name: 'Dansskola' } });
    expect([post.statusCode, post.json()]).toEqual([201, { id, name: 'Dansskola' }]);
    expect((await app.inject({ method: 'POST', url: `/items/${id}/mail` })).statusCode).toBe(202);
    const deleted = await app.inject({ method: 'DELETE', url: `/items/${id}` });
    expect([deleted.statusCode, deleted.body]).toEqual([204, '']);
    expect((await app.inject({ method: 'GET', url: '/items/not-a-uuid' })).statusCode).toBe(400);
  });

  it('leaves a reply the handler sent itself (a file, a page) as it is', async () => {
    const { app, route } = bareApp();
    route.get('/items.csv', 'items.read', {}, (_req, reply) =>
      sendFile(reply, { name: 'items', type: 'csv', body: 'id;name\n' }),
    );
    const file = await app.inject({ method: 'GET', url: '/items.csv' });
    expect([file.statusCode, file.headers['content-type'], file.body]).toEqual([
      200,
      'text/csv; charset=utf-8',
      'id;name\n',
    ]);
  });

  it('declares who may call in the route config, where app.ts and the authorisation test read it', () => {
    const { route, configs } = bareApp();
    route.get('/items', 'items.read', {}, () => undefined);
    route.put('/items/:areaId', { access: 'items.write', areaField: 'areaId' }, {}, () => undefined);
    route.post('/items/login', { public: true }, {}, () => undefined);
    expect(configs).toMatchObject({
      'GET /items': { access: 'items.read' },
      'PUT /items/:areaId': { access: 'items.write', areaField: 'areaId' },
      'POST /items/login': { public: true },
    });
  });

  it('refuses a route that names two answers', () => {
    const { route } = bareApp();
    expect(() =>
      route.post('/items', 'items.write', { returns: item, created: item }, () => undefined),
    ).toThrow('POST /items names more than one answer');
  });
});
