import { actorOf } from '../../core/http/guard';
import { idParam, routesOf, serviceContext } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import {
  feedbackCategoryList,
  feedbackPage,
  feedbackQuery,
  feedbackReport,
  photoPublishableInput,
  triageInput,
} from './feedback.contract';
import { feedbackPermissions as p } from './feedback.policy';
import * as service from './feedback.service';

export async function feedbackRoutes(app: ApiInstance, { db, config, mailer }: AppContext) {
  const route = routesOf(app, 'feedback');
  const ctx = serviceContext(db);
  const read = p['feedback.read'];
  const triage = p['feedback.triage'];

  route.get(
    '/feedback/categories',
    read,
    {
      description: 'The categories (also the Open311 services), named in the user’s language.',
      returns: feedbackCategoryList,
    },
    (req) => service.listCategories(actorOf(req)),
  );
  route.get(
    '/feedback',
    { access: read, areaField: 'areaId' },
    {
      description:
        'A page of tenants’ reports, newest first, by area, status and category (a host: own areas).',
      query: feedbackQuery,
      returns: feedbackPage,
    },
    (req) => service.listFeedback(ctx(req.id), actorOf(req), req.query),
  );
  route.get('/feedback/:id', read, { params: idParam, returns: feedbackReport }, (req) =>
    service.getFeedback(ctx(req.id), actorOf(req), req.params.id),
  );
  route.get('/feedback/:id/photo', read, { params: idParam }, async (req, reply) => {
    const photo = await service.feedbackPhoto(ctx(req.id), actorOf(req), req.params.id);
    return reply.type(photo.mime).header('cache-control', 'private, max-age=3600').send(photo.content);
  });
  route.post(
    '/feedback/:id/triage',
    triage,
    {
      description:
        'Turns a report into an action, an EST report or an answer (shown on the tenant’s status page and mailed to them when they left an address).',
      params: idParam,
      body: triageInput,
      returns: feedbackReport,
    },
    (req) =>
      service.triageFeedback(ctx(req.id), actorOf(req), req.params.id, req.body, config.clock(), mailer),
  );
  route.put(
    '/feedback/:id/photo-publishable',
    triage,
    {
      description: 'Whether Open311 may show the report’s photo (no people, faces or plates in it).',
      params: idParam,
      body: photoPublishableInput,
      returns: feedbackReport,
    },
    (req) => service.setPhotoPublishable(ctx(req.id), actorOf(req), req.params.id, req.body.publishable),
  );
}
