import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { writeAudit } from '../../core/audit';
import { assertCan } from '../../core/auth/access';
import { AppError } from '../../core/errors';
import { actorOf } from '../../core/http/guard';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import { exportRows, toCsv, toXlsx } from './export';
import { invitationEmailRoutes } from './invitation-emails.routes';
import { drawMonthlySample, sendReminders } from './invitations';
import {
  commentsQuery,
  commentsSchema,
  exportQuery,
  instrumentInput,
  instrumentSchema,
  lettersSchema,
  planSchema,
  publicationSettingsInput,
  publicationSettingsSchema,
  questionsQuery,
  questionsSchema,
  summaryQuery,
  summarySchema,
  targetInput,
  targetSchema,
  trendQuery,
  trendSchema,
} from './safety-index.contract';
import { safetyPermissions as p } from './safety-index.policy';
import * as service from './safety-index.service';
import { surveyLetters } from './safety-index.table';
import { publicationSettings, setPublicationSettings } from './settings';

const tags = ['safety-index'];
const monthParam = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) });

export async function safetyIndexRoutes(app: ApiInstance, appContext: AppContext) {
  const { db } = appContext;
  const ctx = (requestId: string) => ({ db, requestId });
  await invitationEmailRoutes(app, appContext);

  app.get(
    '/safety-index/summary',
    {
      config: { access: p['safety-index.read'] },
      schema: { tags, querystring: summaryQuery, response: { 200: summarySchema } },
    },
    async (req) => service.summary(ctx(req.id), actorOf(req), req.query.period),
  );
  app.get(
    '/safety-index/trend',
    {
      config: { access: p['safety-index.read'] },
      schema: { tags, querystring: trendQuery, response: { 200: trendSchema } },
    },
    async (req) => service.trend(ctx(req.id), actorOf(req), req.query),
  );
  app.get(
    '/safety-index/questions',
    {
      config: { access: p['safety-index.read'] },
      schema: { tags, querystring: questionsQuery, response: { 200: questionsSchema } },
    },
    async (req) => service.questions(ctx(req.id), actorOf(req), req.query),
  );
  app.get(
    '/safety-index/comments',
    {
      config: { access: p['safety-index.comments'], areaField: 'areaId' },
      schema: { tags, querystring: commentsQuery, response: { 200: commentsSchema } },
    },
    async (req) => service.comments(ctx(req.id), actorOf(req), req.query),
  );
  app.get(
    '/safety-index/months',
    { config: { access: p['safety-index.read'] }, schema: { tags, response: { 200: z.array(z.string()) } } },
    async (req) => service.availableMonths(ctx(req.id), actorOf(req)),
  );
  app.get(
    '/safety-index/plan',
    { config: { access: p['safety-index.read'] }, schema: { tags, response: { 200: planSchema } } },
    async (req) => service.plan(ctx(req.id), actorOf(req), appContext.config.clock()),
  );
  app.get(
    '/safety-index/export',
    { config: { access: p['safety-index.read'] }, schema: { tags, querystring: exportQuery } },
    async (req, reply) => {
      const actor = actorOf(req);
      const q = req.query;
      const lang = q.lang ?? actor.language;
      let rows: (string | number)[][];
      if (q.view === 'trend') {
        if (!q.from || !q.to) throw new AppError('validation', { details: 'from, to' });
        const trend = await service.trend(ctx(req.id), actor, {
          group: q.group,
          granularity: q.granularity,
          from: q.from,
          to: q.to,
        });
        rows = exportRows('trend', trend, lang);
      } else if (q.view === 'groups') {
        const data = await service.summary(ctx(req.id), actor, q.period);
        // The group table on screen: the chosen group and the groups under it; a host, who sees
        // no group above their areas, gets all of their areas.
        const chosen = data.groups.filter((g) => g.id === q.group || g.parentId === q.group);
        const groups = chosen.length > 0 || q.group !== 'organisation' ? chosen : data.groups;
        rows = exportRows('groups', { ...data, groups }, lang);
      } else if (q.view === 'areas') {
        const data = await service.summary(ctx(req.id), actor, q.period);
        // The map's table: every area of the chosen organisation or district (or the one area).
        const areas = data.groups.filter(
          (g) =>
            g.level === 'area' && (q.group === 'organisation' || g.parentId === q.group || g.id === q.group),
        );
        rows = exportRows('groups', { ...data, groups: areas }, lang);
      } else {
        rows = exportRows('questions', await service.questions(ctx(req.id), actor, q), lang);
      }
      const name = `trygghetsindex-${q.view}-${q.period.replace(':', '-')}`;
      if (q.format === 'xlsx') {
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="${name}.xlsx"`)
          .send(await toXlsx(rows, q.period));
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}.csv"`)
        .send(toCsv(rows));
    },
  );

  app.get(
    '/safety-index/settings',
    {
      config: { access: p['safety-index.admin'] },
      schema: { tags, response: { 200: publicationSettingsSchema } },
    },
    async (req) => publicationSettings(db, actorOf(req)),
  );
  app.put(
    '/safety-index/settings',
    {
      config: { access: p['safety-index.admin'] },
      schema: { tags, body: publicationSettingsInput, response: { 200: publicationSettingsSchema } },
    },
    async (req) => setPublicationSettings(db, actorOf(req), req.body, req.id),
  );

  app.get(
    '/safety-index/targets',
    {
      config: { access: p['safety-index.read'] },
      schema: { tags, response: { 200: z.array(targetSchema) } },
    },
    async (req) => service.listTargets(ctx(req.id), actorOf(req)),
  );
  app.put(
    '/safety-index/targets',
    {
      config: { access: p['safety-index.targets'], areaField: 'areaId' },
      schema: { tags, body: targetInput, response: { 200: targetSchema } },
    },
    async (req) => service.setTarget(ctx(req.id), actorOf(req), req.body),
  );

  app.get(
    '/safety-index/instrument',
    { config: { access: p['safety-index.read'] }, schema: { tags, response: { 200: instrumentSchema } } },
    async (req) => service.getInstrument(ctx(req.id), actorOf(req)),
  );
  app.post(
    '/safety-index/instrument',
    {
      config: { access: p['safety-index.admin'] },
      schema: { tags, body: instrumentInput, response: { 201: instrumentSchema } },
    },
    async (req, reply) =>
      reply.status(201).send(await service.newInstrumentVersion(ctx(req.id), actorOf(req), req.body)),
  );

  app.post(
    '/safety-index/sampling/:month',
    {
      config: { access: p['safety-index.admin'] },
      schema: {
        tags,
        params: monthParam,
        response: { 200: z.object({ invitations: z.number(), letters: z.number(), emails: z.number() }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      assertCan(actor, p['safety-index.admin']);
      const result = await drawMonthlySample(appContext, actor.organisationId, req.params.month);
      await writeAudit(
        db,
        actor,
        {
          action: 'draw',
          entity: 'survey_sample',
          entityId: null,
          after: { month: req.params.month, ...result },
        },
        req.id,
      );
      return result;
    },
  );
  app.post(
    '/safety-index/reminders/:month',
    {
      config: { access: p['safety-index.admin'] },
      schema: {
        tags,
        params: monthParam,
        response: { 200: z.object({ reminders: z.number(), letters: z.number(), emails: z.number() }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      assertCan(actor, p['safety-index.admin']);
      const result = await sendReminders(appContext, actor.organisationId, req.params.month);
      await writeAudit(
        db,
        actor,
        {
          action: 'remind',
          entity: 'survey_sample',
          entityId: null,
          after: { month: req.params.month, ...result },
        },
        req.id,
      );
      return result;
    },
  );

  app.get(
    '/safety-index/letters',
    { config: { access: p['safety-index.admin'] }, schema: { tags, response: { 200: lettersSchema } } },
    async (req) => {
      const actor = actorOf(req);
      assertCan(actor, p['safety-index.admin']);
      const rows = await db
        .select({
          id: surveyLetters.id,
          month: surveyLetters.month,
          kind: surveyLetters.kind,
          letters: surveyLetters.letters,
          pdf: surveyLetters.pdf,
        })
        .from(surveyLetters)
        .where(eq(surveyLetters.organisationId, actor.organisationId))
        .orderBy(desc(surveyLetters.month));
      return rows.map(({ pdf, ...r }) => ({ ...r, available: pdf !== null }));
    },
  );
  app.get(
    '/safety-index/letters/:id',
    {
      config: { access: p['safety-index.admin'] },
      schema: { tags, params: z.object({ id: z.string().uuid() }) },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      assertCan(actor, p['safety-index.admin']);
      const [row] = await db
        .select()
        .from(surveyLetters)
        .where(
          and(eq(surveyLetters.id, req.params.id), eq(surveyLetters.organisationId, actor.organisationId)),
        );
      if (!row?.pdf) throw new AppError('not_found');
      await writeAudit(db, actor, { action: 'download', entity: 'survey_letters', entityId: row.id }, req.id);
      return reply
        .type('application/pdf')
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="trygghetsenkat-${row.kind}-${row.month}.pdf"`)
        .send(row.pdf);
    },
  );
  app.delete(
    '/safety-index/letters/:id',
    {
      config: { access: p['safety-index.admin'] },
      schema: { tags, params: z.object({ id: z.string().uuid() }) },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      assertCan(actor, p['safety-index.admin']);
      // Once printed, the letters (the only copy of the tokens) can be removed.
      await db.transaction(async (tx) => {
        const [row] = await tx
          .update(surveyLetters)
          .set({ pdf: null })
          .where(
            and(eq(surveyLetters.id, req.params.id), eq(surveyLetters.organisationId, actor.organisationId)),
          )
          .returning({ id: surveyLetters.id });
        if (!row) throw new AppError('not_found');
        await writeAudit(tx, actor, { action: 'delete', entity: 'survey_letters', entityId: row.id }, req.id);
      });
      return reply.status(204).send();
    },
  );
}
