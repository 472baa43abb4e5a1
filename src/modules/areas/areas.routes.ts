import { z } from 'zod';
import { actorOf } from '../../core/http/guard';
import { idParam } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import { swedishYear } from '../../core/local-time';
import type { AppContext } from '../../core/module';
import { getAreaProfile } from './area-profile';
import {
  areaInput,
  areaPatch,
  areaProfileQuery,
  areaProfileSchema,
  areaSchema,
  districtInput,
  districtSchema,
  propertyInput,
  propertyPatch,
  propertySchema,
} from './areas.contract';
import { areaPermissions as p } from './areas.policy';
import * as service from './areas.service';

const tags = ['areas'];

export async function areaRoutes(app: ApiInstance, appContext: AppContext) {
  const { db } = appContext;
  const ctx = (requestId: string) => ({ db, requestId });

  app.get(
    '/districts',
    { config: { access: p['areas.read'] }, schema: { tags, response: { 200: z.array(districtSchema) } } },
    async (req) => service.listDistricts(ctx(req.id), actorOf(req)),
  );
  app.post(
    '/districts',
    {
      config: { access: p['areas.write'] },
      schema: { tags, body: districtInput, response: { 201: districtSchema } },
    },
    async (req, reply) =>
      reply.status(201).send(await service.createDistrict(ctx(req.id), actorOf(req), req.body)),
  );
  app.patch(
    '/districts/:id',
    {
      config: { access: p['areas.write'] },
      schema: { tags, params: idParam, body: districtInput.partial(), response: { 200: districtSchema } },
    },
    async (req) => service.updateDistrict(ctx(req.id), actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/areas',
    { config: { access: p['areas.read'] }, schema: { tags, response: { 200: z.array(areaSchema) } } },
    async (req) => service.listAreas(ctx(req.id), actorOf(req)),
  );
  app.get(
    '/areas/:areaId',
    {
      config: { access: p['areas.read'], areaField: 'areaId' },
      schema: { tags, params: z.object({ areaId: z.string().uuid() }), response: { 200: areaSchema } },
    },
    async (req) => service.getArea(ctx(req.id), actorOf(req), req.params.areaId),
  );
  app.get(
    '/areas/:areaId/profile',
    {
      config: { access: p['areas.read'], areaField: 'areaId' },
      schema: {
        tags,
        description: "The area's facts and every module's figures for the year (the area profile page).",
        params: z.object({ areaId: z.string().uuid() }),
        querystring: areaProfileQuery,
        response: { 200: areaProfileSchema },
      },
    },
    async (req) =>
      getAreaProfile(
        appContext,
        actorOf(req),
        req.params.areaId,
        req.query.year ?? swedishYear(appContext.config.clock()),
      ),
  );
  app.post(
    '/areas',
    {
      config: { access: p['areas.write'] },
      schema: {
        tags,
        body: areaInput,
        response: { 201: areaSchema.pick({ id: true, code: true, name: true, districtId: true }) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await service.createArea(ctx(req.id), actorOf(req), req.body)),
  );
  app.patch(
    '/areas/:id',
    {
      config: { access: p['areas.write'] },
      schema: {
        tags,
        params: idParam,
        body: areaPatch,
        response: { 200: areaSchema.pick({ id: true, code: true, name: true, districtId: true }) },
      },
    },
    async (req) => service.updateArea(ctx(req.id), actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/properties',
    {
      config: { access: p['areas.read'], areaField: 'areaId' },
      schema: {
        tags,
        querystring: z.object({ areaId: z.string().uuid().optional() }),
        response: { 200: z.array(propertySchema) },
      },
    },
    async (req) => service.listProperties(ctx(req.id), actorOf(req), req.query.areaId),
  );
  app.post(
    '/properties',
    {
      config: { access: p['areas.write'] },
      schema: { tags, body: propertyInput, response: { 201: propertySchema } },
    },
    async (req, reply) =>
      reply.status(201).send(await service.createProperty(ctx(req.id), actorOf(req), req.body)),
  );
  app.patch(
    '/properties/:id',
    {
      config: { access: p['areas.write'] },
      schema: { tags, params: idParam, body: propertyPatch, response: { 200: propertySchema } },
    },
    async (req) => service.updateProperty(ctx(req.id), actorOf(req), req.params.id, req.body),
  );
}
