import { actorOf } from '../../core/http/guard';
import { routesOf } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import { kindParam, thresholdBody, thresholdsResponse } from './privacy.contract';
import { privacyPermissions as p } from './privacy.policy';
import { listThresholds, updateThreshold } from './privacy.service';

const description =
  'How few contributors a published figure may rest on, per kind of data (docs/disclosure.md).';

export async function privacyRoutes(app: ApiInstance, { db }: AppContext) {
  const route = routesOf(app, 'privacy');
  route.get('/privacy/thresholds', p['privacy.read'], { description, returns: thresholdsResponse }, (req) =>
    listThresholds(db, actorOf(req)),
  );
  route.put(
    '/privacy/thresholds/:kind',
    p['privacy.admin'],
    { params: kindParam, body: thresholdBody, returns: thresholdsResponse },
    (req) => updateThreshold(db, actorOf(req), req.params.kind, req.body.threshold, req.id),
  );
}
