import { z } from 'zod';
import { actorOf } from '../../core/http/guard';
import { idParam } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import * as actionService from './actions.service';
import { listFindings } from './findings.service';
import { followUp } from './follow-up.service';
import * as people from './people.service';
import { listShifts, presenceWeeks } from './presence.service';
import { protocolPdf } from './protocol-pdf';
import {
  actionFilter,
  actionHistorySchema,
  actionInput,
  actionPatch,
  actionSchema,
  findingFilter,
  findingListItemSchema,
  followUpSchema,
  presenceWeekSchema,
  roundDetailSchema,
  roundFilter,
  roundSchema,
  shiftSchema,
  syncInput,
  syncResultSchema,
  templateInput,
  templateSchema,
  walkInput,
  walkPatch,
  walkSchema,
} from './rounds.contract';
import { roundPermissions as p } from './rounds.policy';
import { getPhoto, getRound, listRounds } from './rounds.service';
import { syncQueue } from './sync.service';
import { listTemplates, saveTemplate, templateVersions } from './templates.service';
import { createWalk, getWalk, listWalks, updateWalk, walkProtocolData } from './walks.service';

const tags = ['rounds'];
const isoDate = z.iso.date();
const findingList = roundDetailSchema.shape.findingList;

export async function roundRoutes(app: ApiInstance, { db, config }: AppContext) {
  const ctx = (requestId: string) => ({ db, requestId });
  const read = { access: p['rounds.read'] };

  app.get(
    '/rounds/templates',
    {
      config: read,
      schema: {
        tags,
        querystring: z.object({ archived: z.enum(['true', 'false']).optional() }),
        response: { 200: z.array(templateSchema) },
      },
    },
    async (req) => listTemplates(ctx(req.id), actorOf(req), req.query.archived === 'true'),
  );
  app.get(
    '/rounds/templates/:key/versions',
    {
      config: read,
      schema: {
        tags,
        params: z.object({ key: z.string().max(40) }),
        response: { 200: z.array(templateSchema) },
      },
    },
    async (req) => templateVersions(ctx(req.id), actorOf(req), req.params.key),
  );
  app.post(
    '/rounds/templates',
    {
      config: { access: p['rounds.manage'] },
      schema: { tags, body: templateInput, response: { 200: templateSchema } },
    },
    async (req) => saveTemplate(ctx(req.id), actorOf(req), req.body),
  );

  // One idempotent endpoint for everything the phone queues: rounds, findings, photos, shifts.
  app.post(
    '/rounds/sync',
    {
      config: { access: p['rounds.write'] },
      bodyLimit: 40 * 1024 * 1024,
      schema: { tags, body: syncInput, response: { 200: syncResultSchema } },
    },
    async (req) => syncQueue(ctx(req.id), actorOf(req), req.body),
  );

  app.get(
    '/rounds',
    {
      config: { ...read, areaField: 'areaId' },
      schema: { tags, querystring: roundFilter, response: { 200: z.array(roundSchema) } },
    },
    async (req) => listRounds(ctx(req.id), actorOf(req), req.query),
  );
  app.get(
    '/rounds/:id',
    { config: read, schema: { tags, params: idParam, response: { 200: roundDetailSchema } } },
    async (req) => getRound(ctx(req.id), actorOf(req), req.params.id),
  );
  app.get(
    '/rounds/findings',
    {
      config: { ...read, areaField: 'areaId' },
      schema: { tags, querystring: findingFilter, response: { 200: z.array(findingListItemSchema) } },
    },
    async (req) => listFindings(ctx(req.id), actorOf(req), req.query),
  );
  app.get('/rounds/photos/:id', { config: read, schema: { tags, params: idParam } }, async (req, reply) => {
    const photo = await getPhoto(ctx(req.id), actorOf(req), req.params.id);
    return reply.type(photo.mime).header('cache-control', 'private, max-age=86400').send(photo.content);
  });

  app.get(
    '/rounds/walks',
    {
      config: { ...read, areaField: 'areaId' },
      schema: {
        tags,
        querystring: z.object({ areaId: z.uuid().optional() }),
        response: { 200: z.array(walkSchema) },
      },
    },
    async (req) => listWalks(ctx(req.id), actorOf(req), req.query.areaId),
  );
  app.post(
    '/rounds/walks',
    {
      config: { access: p['rounds.write'], areaField: 'areaId' },
      schema: { tags, body: walkInput, response: { 201: walkSchema.extend({ findingList }) } },
    },
    async (req, reply) => reply.status(201).send(await createWalk(ctx(req.id), actorOf(req), req.body)),
  );
  app.get(
    '/rounds/walks/:id',
    {
      config: read,
      schema: { tags, params: idParam, response: { 200: walkSchema.extend({ findingList }) } },
    },
    async (req) => getWalk(ctx(req.id), actorOf(req), req.params.id),
  );
  app.patch(
    '/rounds/walks/:id',
    {
      config: { access: p['rounds.write'] },
      schema: {
        tags,
        params: idParam,
        body: walkPatch,
        response: { 200: walkSchema.extend({ findingList }) },
      },
    },
    async (req) => updateWalk(ctx(req.id), actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/rounds/walks/:id/protocol.pdf',
    { config: read, schema: { tags, params: idParam } },
    async (req, reply) => {
      const actor = actorOf(req);
      const data = await walkProtocolData(ctx(req.id), actor, req.params.id);
      const pdf = await protocolPdf(data, req.language);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="protocol-${data.walk.walkOn}.pdf"`)
        .send(pdf);
    },
  );

  app.get(
    '/rounds/actions',
    {
      config: { ...read, areaField: 'areaId' },
      schema: { tags, querystring: actionFilter, response: { 200: z.array(actionSchema) } },
    },
    async (req) => actionService.listActions(ctx(req.id), actorOf(req), req.query, config.clock()),
  );
  app.get(
    '/rounds/actions/overdue-for-me',
    { config: read, schema: { tags, response: { 200: z.array(actionSchema) } } },
    async (req) => actionService.myOverdueActions(ctx(req.id), actorOf(req), config.clock()),
  );
  app.get(
    '/rounds/actions/owners',
    {
      config: { ...read, areaField: 'areaId' },
      schema: {
        tags,
        querystring: z.object({ areaId: z.uuid().optional() }),
        response: { 200: z.array(z.object({ id: z.uuid(), name: z.string() })) },
      },
    },
    async (req) => people.actionOwners(ctx(req.id), actorOf(req), req.query.areaId),
  );
  app.post(
    '/rounds/actions',
    {
      config: { access: p['rounds.actions'], areaField: 'areaId' },
      schema: { tags, body: actionInput, response: { 201: actionSchema } },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await actionService.createAction(ctx(req.id), actorOf(req), req.body, config.clock())),
  );
  app.patch(
    '/rounds/actions/:id',
    {
      config: { access: p['rounds.actions'] },
      schema: { tags, params: idParam, body: actionPatch, response: { 200: actionSchema } },
    },
    async (req) =>
      actionService.updateAction(ctx(req.id), actorOf(req), req.params.id, req.body, config.clock()),
  );
  app.get(
    '/rounds/actions/:id/history',
    { config: read, schema: { tags, params: idParam, response: { 200: z.array(actionHistorySchema) } } },
    async (req) => actionService.getActionHistory(ctx(req.id), actorOf(req), req.params.id),
  );
  app.get(
    '/rounds/area-managers',
    {
      config: read,
      schema: {
        tags,
        response: { 200: z.array(z.object({ areaId: z.uuid(), userId: z.uuid(), name: z.string() })) },
      },
    },
    async (req) => people.listAreaManagers(ctx(req.id), actorOf(req)),
  );
  app.put(
    '/rounds/area-managers',
    {
      config: { access: p['rounds.manage'], areaField: 'areaId' },
      schema: {
        tags,
        body: z.object({ areaId: z.uuid(), userId: z.uuid(), manager: z.boolean() }),
        response: { 200: z.object({ areaId: z.uuid(), userId: z.uuid(), manager: z.boolean() }) },
      },
    },
    async (req) =>
      people.setAreaManager(ctx(req.id), actorOf(req), req.body.areaId, req.body.userId, req.body.manager),
  );

  const presenceFilter = z.object({
    areaId: z.uuid().optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  });
  app.get(
    '/rounds/presence/shifts',
    {
      config: { ...read, areaField: 'areaId' },
      schema: { tags, querystring: presenceFilter, response: { 200: z.array(shiftSchema) } },
    },
    async (req) => listShifts(ctx(req.id), actorOf(req), req.query),
  );
  app.get(
    '/rounds/presence/weeks',
    {
      config: { ...read, areaField: 'areaId' },
      schema: { tags, querystring: presenceFilter, response: { 200: z.array(presenceWeekSchema) } },
    },
    async (req) => presenceWeeks(ctx(req.id), actorOf(req), req.query),
  );

  app.get(
    '/rounds/follow-up',
    {
      config: { ...read, areaField: 'areaId' },
      schema: {
        tags,
        querystring: z.object({
          areaId: z.uuid().optional(),
          propertyId: z.uuid().optional(),
          from: isoDate.optional(),
          to: isoDate.optional(),
        }),
        response: { 200: followUpSchema },
      },
    },
    async (req) => followUp(ctx(req.id), actorOf(req), req.query, config.clock()),
  );
}
