import { z } from 'zod';
import { actorOf } from '../../core/http/guard';
import type { ApiInstance } from '../../core/http/types';
import { swedishToday } from '../../core/local-time';
import type { AppContext } from '../../core/module';
import { auditFacets, auditPermissions, exportAudit, listAudit } from './audit-log.service';

const filter = z.object({
  /** First day, YYYY-MM-DD. */
  from: z.string().date().optional(),
  /** Last day, YYYY-MM-DD. */
  to: z.string().date().optional(),
  /** Part of the actor's name. */
  actor: z.string().max(100).optional(),
  entity: z.string().max(50).optional(),
  action: z.string().max(50).optional(),
});

const entry = z.object({
  id: z.number(),
  at: z.date(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  action: z.string(),
  entity: z.string(),
  /** The entity and action named in the user's language. */
  entityLabel: z.string(),
  actionLabel: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});

export async function auditLogRoutes(app: ApiInstance, { db, config }: AppContext) {
  app.get(
    '/audit',
    {
      config: { access: auditPermissions['audit.read'] },
      schema: {
        tags: ['audit'],
        querystring: filter.extend({
          limit: z.coerce.number().int().min(1).max(500).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: z.array(entry) },
      },
    },
    async (req) => listAudit(db, actorOf(req), req.query),
  );
  const named = z.array(z.object({ code: z.string(), label: z.string() }));
  app.get(
    '/audit/facets',
    {
      config: { access: auditPermissions['audit.read'] },
      schema: {
        tags: ['audit'],
        description: "The entities and actions that occur in the log, named in the user's language.",
        response: { 200: z.object({ entities: named, actions: named }) },
      },
    },
    async (req) => auditFacets(db, actorOf(req)),
  );
  app.get(
    '/audit/export',
    { config: { access: auditPermissions['audit.read'] }, schema: { tags: ['audit'], querystring: filter } },
    async (req, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-log-${swedishToday(config.clock())}.csv"`)
        .send(await exportAudit(db, actorOf(req), req.query)),
  );
}
