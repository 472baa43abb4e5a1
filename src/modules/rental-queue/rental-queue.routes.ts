import { editableRoutes } from '../../core/http/editable-routes';
import { actorOf } from '../../core/http/guard';
import { routesOf, serviceContext, yearOr, yearQuery } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import * as exceptionCodes from './exception-codes';
import {
  exceptionCodeInput,
  exceptionCodeList,
  exceptionCodePatch,
  exceptionCodeRow,
  queueAudit,
  queueOrderShare,
} from './rental-queue.contract';
import { rentalQueuePermissions as p } from './rental-queue.policy';
import * as service from './rental-queue.service';

export async function rentalQueueRoutes(app: ApiInstance, { db, config }: AppContext) {
  const route = routesOf(app, 'rental-queue');
  const ctx = serviceContext(db);
  const yearOf = yearOr(config.clock);

  route.get(
    '/rental-queue/share',
    p['rental-queue.share'],
    {
      description:
        'The year’s share of lettings in queue order or covered by an exception, per area and over the years, as published.',
      query: yearQuery,
      returns: queueOrderShare,
    },
    (req) => service.queueOrderShare(ctx(req.id), actorOf(req), yearOf(req.query.year)),
  );
  route.get(
    '/rental-queue/audit',
    p['rental-queue.read'],
    {
      description: 'The year’s lettings out of queue order, listing by listing: unexplained and covered.',
      query: yearQuery,
      returns: queueAudit,
    },
    (req) => service.queueAudit(ctx(req.id), actorOf(req), yearOf(req.query.year)),
  );
  route.get(
    '/rental-queue/exception-codes',
    p['rental-queue.read'],
    { description: 'The organisation’s exception codes, active and retired.', returns: exceptionCodeList },
    (req) => exceptionCodes.listExceptionCodes(ctx(req.id), actorOf(req)),
  );
  editableRoutes(route, ctx)(
    '/rental-queue/exception-codes',
    p['rental-queue.exceptions'],
    { input: exceptionCodeInput, patch: exceptionCodePatch, row: exceptionCodeRow },
    exceptionCodes.createExceptionCode,
    exceptionCodes.updateExceptionCode,
  );
}
