import { actorOf } from '../../core/http/guard';
import { routesOf, serviceContext } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import * as headcounts from './headcount.service';
import * as workEnvironment from './work-environment.service';
import {
  bodyInput,
  bodyList,
  bodySchema,
  headcountInput,
  headcountList,
  headcountParams,
  headcountQuery,
  headcountRow,
  workEnvironmentInput,
  workEnvironmentList,
  workEnvironmentParams,
  workEnvironmentYear,
} from './working-life.contract';
import { workingLifePermissions as p } from './working-life.policy';

export async function workingLifeRoutes(app: ApiInstance, { db }: AppContext) {
  const route = routesOf(app, 'working-life');
  const ctx = serviceContext(db);
  const read = p['working-life.read'];
  const write = p['working-life.write'];

  route.get(
    '/working-life/bodies',
    read,
    {
      description: 'The bodies headcounts are kept for: the four of GRI 405-1, then the organisation’s own.',
      returns: bodyList,
    },
    (req) => headcounts.listBodies(ctx(req.id), actorOf(req)),
  );
  route.post(
    '/working-life/bodies',
    write,
    {
      description: 'Adds a body of the organisation’s own, by code and name.',
      body: bodyInput,
      created: bodySchema,
    },
    (req) => headcounts.addBody(ctx(req.id), actorOf(req), req.body),
  );
  route.get(
    '/working-life/headcounts',
    read,
    {
      description:
        'Every body’s women, men and others of one year (or, without `year`, of every year, newest first), with the women’s share as published.',
      query: headcountQuery,
      returns: headcountList,
    },
    (req) => headcounts.listHeadcounts(ctx(req.id), actorOf(req), req.query.year),
  );
  route.put(
    '/working-life/headcounts/:year/:body',
    write,
    {
      description:
        'Sets a body’s women, men and others of a year (creates them, or replaces the stored ones).',
      params: headcountParams,
      body: headcountInput,
      returns: headcountRow,
    },
    (req) => headcounts.setHeadcount(ctx(req.id), actorOf(req), req.params.year, req.params.body, req.body),
  );
  route.get(
    '/working-life/work-environment',
    read,
    {
      description:
        'Every year’s work-environment figures (sick leave, promotive share, ISO 45001), newest first.',
      returns: workEnvironmentList,
    },
    (req) => workEnvironment.listWorkEnvironment(ctx(req.id), actorOf(req)),
  );
  route.put(
    '/working-life/work-environment/:year',
    write,
    {
      description: 'Sets the year’s work-environment figures (creates them, or replaces the stored ones).',
      params: workEnvironmentParams,
      body: workEnvironmentInput,
      returns: workEnvironmentYear,
    },
    (req) => workEnvironment.setWorkEnvironment(ctx(req.id), actorOf(req), req.params.year, req.body),
  );
}
