import { z } from 'zod';
import { actorOf } from '../../core/http/guard';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import { disclosureKindSchema, thresholdBody, thresholdsResponse } from './privacy.contract';
import { privacyPermissions as p } from './privacy.policy';
import { listThresholds, updateThreshold } from './privacy.service';

export async function privacyRoutes(app: ApiInstance, { db }: AppContext) {
  app.get(
    '/privacy/thresholds',
    {
      config: { access: p['privacy.read'] },
      schema: {
        tags: ['privacy'],
        description:
          'How few contributors a published figure may rest on, per kind of data (docs/disclosure.md).',
        response: { 200: thresholdsResponse },
      },
    },
    async (req) => listThresholds(db, actorOf(req)),
  );
  app.put(
    '/privacy/thresholds/:kind',
    {
      config: { access: p['privacy.admin'] },
      schema: {
        tags: ['privacy'],
        params: z.object({ kind: disclosureKindSchema }),
        body: thresholdBody,
        response: { 200: thresholdsResponse },
      },
    },
    async (req) => updateThreshold(db, actorOf(req), req.params.kind, req.body.threshold, req.id),
  );
}
