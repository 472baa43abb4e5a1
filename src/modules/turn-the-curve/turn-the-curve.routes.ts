import { actorOf } from '../../core/http/guard';
import { routesOf, serviceContext, yearOr } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import { curveOf } from './curve.service';
import { saveStory } from './story.service';
import { curveQuery, curveSchema, storyInput, storySchema } from './turn-the-curve.contract';
import { curvePermissions as p } from './turn-the-curve.policy';

export async function turnTheCurveRoutes(app: ApiInstance, ctx: AppContext) {
  const route = routesOf(app, 'turn-the-curve');
  const service = serviceContext(ctx.db);
  const yearOf = yearOr(ctx.config.clock);
  route.get(
    '/turn-the-curve/curve',
    p['curve.read'],
    {
      description:
        "An indicator's history as published, its forecast if nothing changes, goals, the story behind the curve and the linked work.",
      query: curveQuery,
      returns: curveSchema,
    },
    (req) =>
      curveOf(
        ctx,
        actorOf(req),
        { indicatorId: req.query.indicatorId, year: yearOf(req.query.year) },
        ctx.config.clock(),
      ),
  );
  route.put('/turn-the-curve/story', p['curve.write'], { body: storyInput, returns: storySchema }, (req) =>
    saveStory(service(req.id), actorOf(req), req.body, ctx.config.clock()),
  );
}
