import { writeAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import { AppError } from '../../core/errors';
import { actorOf } from '../../core/http/guard';
import { idParam, routesOf, sendFile, serviceContext } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext, ServiceContext } from '../../core/module';
import { exportRows, toCsv, toXlsx } from './export';
import { invitationEmailRoutes } from './invitation-emails.routes';
import { drawMonthlySample, sendReminders } from './invitations';
import { letterBatchPdf, listLetterBatches, removeLetterBatch } from './letter-batches';
import {
  commentsQuery,
  commentsSchema,
  type ExportQuery,
  exportQuery,
  instrumentInput,
  instrumentSchema,
  lettersSchema,
  monthList,
  monthParam,
  planSchema,
  publicationSettingsInput,
  publicationSettingsSchema,
  questionsQuery,
  questionsSchema,
  reminderResult,
  samplingResult,
  summaryQuery,
  summarySchema,
  trendQuery,
  trendSchema,
} from './safety-index.contract';
import { safetyPermissions as p } from './safety-index.policy';
import * as service from './safety-index.service';
import { publicationSettings, setPublicationSettings } from './settings';

const read = p['safety-index.read'];
const admin = p['safety-index.admin'];

export async function safetyIndexRoutes(app: ApiInstance, appContext: AppContext) {
  const { db } = appContext;
  const route = routesOf(app, 'safety-index');
  const ctx = serviceContext(db);
  await invitationEmailRoutes(app, appContext);

  /** A month's draw or reminders, by an admin, audited with what it made. */
  async function auditedMonthRun<R extends object>(
    actor: Actor,
    requestId: string,
    month: string,
    action: 'draw' | 'remind',
    run: (context: AppContext, organisationId: string, month: string) => Promise<R>,
  ): Promise<R> {
    assertCan(actor, admin);
    const result = await run(appContext, actor.organisationId, month);
    const after = { month, ...result };
    await writeAudit(db, actor, { action, entity: 'survey_sample', entityId: null, after }, requestId);
    return result;
  }

  route.get('/safety-index/summary', read, { query: summaryQuery, returns: summarySchema }, (req) =>
    service.summary(ctx(req.id), actorOf(req), req.query.period),
  );
  route.get('/safety-index/trend', read, { query: trendQuery, returns: trendSchema }, (req) =>
    service.trend(ctx(req.id), actorOf(req), req.query),
  );
  route.get('/safety-index/questions', read, { query: questionsQuery, returns: questionsSchema }, (req) =>
    service.questions(ctx(req.id), actorOf(req), req.query),
  );
  route.get(
    '/safety-index/comments',
    { access: p['safety-index.comments'], areaField: 'areaId' },
    { query: commentsQuery, returns: commentsSchema },
    (req) => service.comments(ctx(req.id), actorOf(req), req.query),
  );
  route.get('/safety-index/months', read, { returns: monthList }, (req) =>
    service.availableMonths(ctx(req.id), actorOf(req)),
  );
  route.get('/safety-index/plan', read, { returns: planSchema }, (req) =>
    service.plan(ctx(req.id), actorOf(req), appContext.config.clock()),
  );
  route.get('/safety-index/export', read, { query: exportQuery }, async (req, reply) => {
    const q = req.query;
    const rows = await exportedRows(ctx(req.id), actorOf(req), q);
    const name = `trygghetsindex-${q.view}-${q.period.replace(':', '-')}`;
    const body = q.format === 'xlsx' ? await toXlsx(rows, q.period) : toCsv(rows);
    return sendFile(reply, { name, type: q.format, body });
  });

  route.get('/safety-index/settings', admin, { returns: publicationSettingsSchema }, (req) =>
    publicationSettings(db, actorOf(req)),
  );
  route.put(
    '/safety-index/settings',
    admin,
    { body: publicationSettingsInput, returns: publicationSettingsSchema },
    (req) => setPublicationSettings(db, actorOf(req), req.body, req.id),
  );

  route.get('/safety-index/instrument', read, { returns: instrumentSchema }, (req) =>
    service.getInstrument(ctx(req.id), actorOf(req)),
  );
  route.post('/safety-index/instrument', admin, { body: instrumentInput, created: instrumentSchema }, (req) =>
    service.newInstrumentVersion(ctx(req.id), actorOf(req), req.body),
  );

  route.post('/safety-index/sampling/:month', admin, { params: monthParam, returns: samplingResult }, (req) =>
    auditedMonthRun(actorOf(req), req.id, req.params.month, 'draw', drawMonthlySample),
  );
  route.post(
    '/safety-index/reminders/:month',
    admin,
    { params: monthParam, returns: reminderResult },
    (req) => auditedMonthRun(actorOf(req), req.id, req.params.month, 'remind', sendReminders),
  );

  route.get('/safety-index/letters', admin, { returns: lettersSchema }, (req) =>
    listLetterBatches(ctx(req.id), actorOf(req)),
  );
  route.get('/safety-index/letters/:id', admin, { params: idParam }, async (req, reply) => {
    const { name, pdf } = await letterBatchPdf(ctx(req.id), actorOf(req), req.params.id);
    reply.header('cache-control', 'no-store');
    return sendFile(reply, { name, type: 'pdf', body: pdf });
  });
  // Once printed, the letters (the only copy of the tokens) can be removed.
  route.delete('/safety-index/letters/:id', admin, { params: idParam, noContent: true }, (req) =>
    removeLetterBatch(ctx(req.id), actorOf(req), req.params.id),
  );
}

/** The table on screen, as rows to export: the view asked for, in the language asked for. */
async function exportedRows(ctx: ServiceContext, actor: Actor, q: ExportQuery) {
  const lang = q.lang ?? actor.language;
  if (q.view === 'trend') {
    if (!q.from || !q.to) throw new AppError('validation', { details: 'from, to' });
    const trend = await service.trend(ctx, actor, {
      group: q.group,
      granularity: q.granularity,
      from: q.from,
      to: q.to,
    });
    return exportRows('trend', trend, lang);
  }
  if (q.view === 'questions') return exportRows('questions', await service.questions(ctx, actor, q), lang);
  const data = await service.summary(ctx, actor, q.period);
  if (q.view === 'groups') {
    // The group table on screen: the chosen group and the groups under it; a host, who sees
    // no group above their areas, gets all of their areas.
    const chosen = data.groups.filter((g) => g.id === q.group || g.parentId === q.group);
    const groups = chosen.length > 0 || q.group !== 'organisation' ? chosen : data.groups;
    return exportRows('groups', { ...data, groups }, lang);
  }
  // The map's table: every area of the chosen organisation or district (or the one area).
  const areas = data.groups.filter(
    (g) => g.level === 'area' && (q.group === 'organisation' || g.parentId === q.group || g.id === q.group),
  );
  return exportRows('groups', { ...data, groups: areas }, lang);
}
