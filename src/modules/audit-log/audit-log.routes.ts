import { actorOf } from '../../core/http/guard';
import { routesOf, sendFile } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import { swedishToday } from '../../shared/time';
import { auditEntryList, auditFacetsSchema, auditFilter, auditQuery } from './audit-log.contract';
import { auditFacets, auditPermissions, exportAudit, listAudit } from './audit-log.service';

const read = auditPermissions['audit.read'];
const facetsDescription = "The entities and actions that occur in the log, named in the user's language.";

export async function auditLogRoutes(app: ApiInstance, { db, config }: AppContext) {
  const route = routesOf(app, 'audit');
  route.get('/audit', read, { query: auditQuery, returns: auditEntryList }, (req) =>
    listAudit(db, actorOf(req), req.query),
  );
  route.get('/audit/facets', read, { description: facetsDescription, returns: auditFacetsSchema }, (req) =>
    auditFacets(db, actorOf(req)),
  );
  route.get('/audit/export', read, { query: auditFilter }, async (req, reply) =>
    sendFile(reply, {
      name: `audit-log-${swedishToday(config.clock())}`,
      type: 'csv',
      body: await exportAudit(db, actorOf(req), req.query),
    }),
  );
}
