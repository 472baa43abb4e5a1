import { actorOf } from '../../core/http/guard';
import { idParam, routesOf, serviceContext } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import {
  dialogueDetail,
  dialogueFilter,
  dialogueInput,
  dialogueList,
  dialoguePatch,
  makeActionInput,
  pointInput,
  pointPatch,
  pointSchema,
} from './dialogue.contract';
import { dialoguePermissions as p } from './dialogue.policy';
import * as service from './dialogue.service';

export async function dialogueRoutes(app: ApiInstance, { db, config }: AppContext) {
  const route = routesOf(app, 'dialogue');
  const ctx = serviceContext(db);

  route.get(
    '/dialogues',
    { access: p['dialogue.read'], areaField: 'areaId' },
    {
      description: 'The dialogues held with tenants, newest first; by area, year and method.',
      query: dialogueFilter,
      returns: dialogueList,
    },
    (req) => service.listDialogues(ctx(req.id), actorOf(req), req.query),
  );
  route.post(
    '/dialogues',
    { access: p['dialogue.write'], areaField: 'areaId' },
    {
      description: 'Records a dialogue: area, day, method, title and participants by group and in total.',
      body: dialogueInput,
      created: dialogueDetail,
    },
    (req) => service.createDialogue(ctx(req.id), actorOf(req), req.body),
  );
  route.get(
    '/dialogues/:id',
    p['dialogue.read'],
    {
      description: 'A dialogue with its points, responses and actions.',
      params: idParam,
      returns: dialogueDetail,
    },
    (req) => service.getDialogue(ctx(req.id), actorOf(req), req.params.id),
  );
  route.patch(
    '/dialogues/:id',
    p['dialogue.write'],
    { description: 'Changes a dialogue.', params: idParam, body: dialoguePatch, returns: dialogueDetail },
    (req) => service.updateDialogue(ctx(req.id), actorOf(req), req.params.id, req.body),
  );
  route.post(
    '/dialogues/:id/points',
    p['dialogue.write'],
    {
      description: 'Adds a point raised in the dialogue, with its topics and the company’s response.',
      params: idParam,
      body: pointInput,
      created: pointSchema,
    },
    (req) => service.addPoint(ctx(req.id), actorOf(req), req.params.id, req.body),
  );
  route.patch(
    '/dialogue-points/:id',
    p['dialogue.write'],
    {
      description: 'Changes a point or its response.',
      params: idParam,
      body: pointPatch,
      returns: pointSchema,
    },
    (req) => service.updatePoint(ctx(req.id), actorOf(req), req.params.id, req.body),
  );
  route.post(
    '/dialogue-points/:id/action',
    p['dialogue.act'],
    {
      description:
        'Makes the point an action of the rounds module (once: a point that already has one is a conflict).',
      params: idParam,
      body: makeActionInput,
      created: pointSchema,
    },
    (req) => service.makeAction(ctx(req.id), actorOf(req), req.params.id, req.body, config.clock()),
  );
}
