import { actorOf } from '../../core/http/guard';
import { areaQuery, idParam, routesOf, sendFile, serviceContext } from '../../core/http/route-kit';
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
  actionHistoryList,
  actionInput,
  actionList,
  actionOwnerList,
  actionPatch,
  actionSchema,
  areaManagerInput,
  areaManagerList,
  findingFilter,
  findingListItemList,
  followUpFilter,
  followUpSchema,
  presenceFilter,
  presenceWeekList,
  roundDetailSchema,
  roundFilter,
  roundList,
  shiftList,
  syncInput,
  syncResultSchema,
  templateInput,
  templateKeyParam,
  templateList,
  templateListQuery,
  templateSchema,
  walkDetailSchema,
  walkInput,
  walkList,
  walkPatch,
} from './rounds.contract';
import { roundPermissions as p } from './rounds.policy';
import { getPhoto, getRound, listRounds } from './rounds.service';
import { syncQueue } from './sync.service';
import { listTemplates, saveTemplate, templateVersions } from './templates.service';
import { createWalk, getWalk, listWalks, updateWalk, walkProtocolData } from './walks.service';

const read = p['rounds.read'];
const readInArea = { access: read, areaField: 'areaId' };
const write = p['rounds.write'];
const actions = p['rounds.actions'];
const manage = p['rounds.manage'];

export async function roundRoutes(app: ApiInstance, { db, config }: AppContext) {
  const route = routesOf(app, 'rounds');
  const ctx = serviceContext(db);

  route.get('/rounds/templates', read, { query: templateListQuery, returns: templateList }, (req) =>
    listTemplates(ctx(req.id), actorOf(req), req.query.archived === 'true'),
  );
  route.get(
    '/rounds/templates/:key/versions',
    read,
    { params: templateKeyParam, returns: templateList },
    (req) => templateVersions(ctx(req.id), actorOf(req), req.params.key),
  );
  route.post('/rounds/templates', manage, { body: templateInput, returns: templateSchema }, (req) =>
    saveTemplate(ctx(req.id), actorOf(req), req.body),
  );

  // One idempotent endpoint for everything the phone queues: rounds, findings, photos, shifts.
  const queueLimit = 40 * 1024 * 1024;
  route.post(
    '/rounds/sync',
    write,
    { body: syncInput, returns: syncResultSchema, bodyLimit: queueLimit },
    (req) => syncQueue(ctx(req.id), actorOf(req), req.body),
  );

  route.get('/rounds', readInArea, { query: roundFilter, returns: roundList }, (req) =>
    listRounds(ctx(req.id), actorOf(req), req.query),
  );
  route.get('/rounds/:id', read, { params: idParam, returns: roundDetailSchema }, (req) =>
    getRound(ctx(req.id), actorOf(req), req.params.id),
  );
  route.get('/rounds/findings', readInArea, { query: findingFilter, returns: findingListItemList }, (req) =>
    listFindings(ctx(req.id), actorOf(req), req.query),
  );
  route.get('/rounds/photos/:id', read, { params: idParam }, async (req, reply) => {
    const photo = await getPhoto(ctx(req.id), actorOf(req), req.params.id);
    return reply.type(photo.mime).header('cache-control', 'private, max-age=86400').send(photo.content);
  });

  route.get('/rounds/walks', readInArea, { query: areaQuery, returns: walkList }, (req) =>
    listWalks(ctx(req.id), actorOf(req), req.query.areaId),
  );
  route.post(
    '/rounds/walks',
    { access: write, areaField: 'areaId' },
    { body: walkInput, created: walkDetailSchema },
    (req) => createWalk(ctx(req.id), actorOf(req), req.body),
  );
  route.get('/rounds/walks/:id', read, { params: idParam, returns: walkDetailSchema }, (req) =>
    getWalk(ctx(req.id), actorOf(req), req.params.id),
  );
  route.patch(
    '/rounds/walks/:id',
    write,
    { params: idParam, body: walkPatch, returns: walkDetailSchema },
    (req) => updateWalk(ctx(req.id), actorOf(req), req.params.id, req.body),
  );
  route.get('/rounds/walks/:id/protocol.pdf', read, { params: idParam }, async (req, reply) => {
    const data = await walkProtocolData(ctx(req.id), actorOf(req), req.params.id);
    const body = await protocolPdf(data, req.language);
    return sendFile(reply, { name: `protocol-${data.walk.walkOn}`, type: 'pdf', body, inline: true });
  });

  route.get('/rounds/actions', readInArea, { query: actionFilter, returns: actionList }, (req) =>
    actionService.listActions(ctx(req.id), actorOf(req), req.query, config.clock()),
  );
  route.get('/rounds/actions/overdue-for-me', read, { returns: actionList }, (req) =>
    actionService.myOverdueActions(ctx(req.id), actorOf(req), config.clock()),
  );
  route.get('/rounds/actions/owners', readInArea, { query: areaQuery, returns: actionOwnerList }, (req) =>
    people.actionOwners(ctx(req.id), actorOf(req), req.query.areaId),
  );
  route.post(
    '/rounds/actions',
    { access: actions, areaField: 'areaId' },
    { body: actionInput, created: actionSchema },
    (req) => actionService.createAction(ctx(req.id), actorOf(req), req.body, config.clock()),
  );
  route.patch(
    '/rounds/actions/:id',
    actions,
    { params: idParam, body: actionPatch, returns: actionSchema },
    (req) => actionService.updateAction(ctx(req.id), actorOf(req), req.params.id, req.body, config.clock()),
  );
  route.get('/rounds/actions/:id/history', read, { params: idParam, returns: actionHistoryList }, (req) =>
    actionService.getActionHistory(ctx(req.id), actorOf(req), req.params.id),
  );
  route.get('/rounds/area-managers', read, { returns: areaManagerList }, (req) =>
    people.listAreaManagers(ctx(req.id), actorOf(req)),
  );
  route.put(
    '/rounds/area-managers',
    { access: manage, areaField: 'areaId' },
    { body: areaManagerInput, returns: areaManagerInput },
    (req) =>
      people.setAreaManager(ctx(req.id), actorOf(req), req.body.areaId, req.body.userId, req.body.manager),
  );

  route.get('/rounds/presence/shifts', readInArea, { query: presenceFilter, returns: shiftList }, (req) =>
    listShifts(ctx(req.id), actorOf(req), req.query),
  );
  route.get(
    '/rounds/presence/weeks',
    readInArea,
    { query: presenceFilter, returns: presenceWeekList },
    (req) => presenceWeeks(ctx(req.id), actorOf(req), req.query),
  );

  route.get('/rounds/follow-up', readInArea, { query: followUpFilter, returns: followUpSchema }, (req) =>
    followUp(ctx(req.id), actorOf(req), req.query, config.clock()),
  );
}
