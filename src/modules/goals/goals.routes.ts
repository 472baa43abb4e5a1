import { actorOf } from '../../core/http/guard';
import { idParam, routesOf, serviceContext, yearOr } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import {
  goalInput,
  goalSchema,
  goalStatusList,
  goalsOverview,
  goalsQuery,
  overviewQuery,
} from './goals.contract';
import { goalPermissions as p } from './goals.policy';
import * as service from './goals.service';

export async function goalRoutes(app: ApiInstance, { db, config }: AppContext) {
  const route = routesOf(app, 'goals');
  const ctx = serviceContext(db);
  const yearOf = yearOr(config.clock);
  const read = p['goals.read'];
  const write = { access: p['goals.write'], areaField: 'areaId' };

  route.get(
    '/goals',
    read,
    {
      description:
        'Every goal the user sees, of one year or (without `year`) of every year, each with the published figure of its year, its status against the target (met, not met, too close to call) and its baseline year’s figure.',
      query: goalsQuery,
      returns: goalStatusList,
    },
    (req) => service.listGoals(ctx(req.id), actorOf(req), { year: req.query.year, now: config.clock() }),
  );
  route.get(
    '/goals/overview',
    read,
    {
      description:
        'The goals page: material areas → focus areas → indicators, each with its goals of the year (whole organisation and per area) and their status.',
      query: overviewQuery,
      returns: goalsOverview,
    },
    (req) => service.goalsOverview(ctx(req.id), actorOf(req), yearOf(req.query.year), config.clock()),
  );
  route.put(
    '/goals',
    write,
    {
      description:
        'Sets the goal of an indicator, year and area (`areaId` null: the whole organisation): creates it, or replaces the target and baseline year of the one there is.',
      body: goalInput,
      returns: goalSchema,
    },
    (req) => service.setGoal(ctx(req.id), actorOf(req), req.body),
  );
  route.delete('/goals/:id', p['goals.write'], { params: idParam, noContent: true }, (req) =>
    service.deleteGoal(ctx(req.id), actorOf(req), req.params.id),
  );
}
