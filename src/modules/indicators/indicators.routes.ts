import { actorOf } from '../../core/http/guard';
import { routesOf } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import { frameworkResponse } from './indicators.contract';
import { indicatorPermissions as p } from './indicators.policy';
import { framework } from './indicators.service';

const description =
  'The framework: material areas → focus areas → indicators, each with unit, polarity, frequency, owner, definition and its UN SDG goals and targets, in the user’s language.';

export async function indicatorRoutes(app: ApiInstance) {
  const route = routesOf(app, 'indicators');
  route.get(
    '/indicators/framework',
    p['indicators.read'],
    { description, returns: frameworkResponse },
    (req) => framework(actorOf(req)),
  );
}
