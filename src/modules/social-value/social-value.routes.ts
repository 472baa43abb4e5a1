import { actorOf } from '../../core/http/guard';
import { idParam, routesOf, serviceContext, yearOr } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import {
  resultQuery,
  socialValueResult,
  valuationInput,
  valuationList,
  valuationSchema,
} from './social-value.contract';
import { socialValuePermissions as p } from './social-value.policy';
import * as service from './social-value.service';

export async function socialValueRoutes(app: ApiInstance, { db, config }: AppContext) {
  const route = routesOf(app, 'social-value');
  const ctx = serviceContext(db);
  const yearOf = yearOr(config.clock);
  const read = p['social-value.read'];
  const write = p['social-value.write'];

  route.get(
    '/social-value/valuations',
    read,
    {
      description: 'The organisation’s own valuation table: every valuation, of every first year.',
      returns: valuationList,
    },
    (req) => service.listValuations(ctx(req.id), actorOf(req)),
  );
  route.post(
    '/social-value/valuations',
    write,
    {
      description:
        'Adds a valuation of a programme outcome (for one programme, or `programCode` null for every programme without its own) from a first year.',
      body: valuationInput,
      created: valuationSchema,
    },
    (req) => service.createValuation(ctx(req.id), actorOf(req), req.body),
  );
  route.put(
    '/social-value/valuations/:id',
    write,
    {
      description: 'Replaces a valuation: its key and its assumptions.',
      params: idParam,
      body: valuationInput,
      returns: valuationSchema,
    },
    (req) => service.updateValuation(ctx(req.id), actorOf(req), req.params.id, req.body),
  );
  route.delete('/social-value/valuations/:id', write, { params: idParam, noContent: true }, (req) =>
    service.deleteValuation(ctx(req.id), actorOf(req), req.params.id),
  );
  route.get(
    '/social-value/result',
    read,
    {
      description:
        'The year’s social value: each valuation in force with its assumptions, the exits it values and its value, and the total, as the publication layer lets them out (hidden under the participants threshold).',
      query: resultQuery,
      returns: socialValueResult,
    },
    (req) => service.socialValue(ctx(req.id), actorOf(req), yearOf(req.query.year)),
  );
}
