import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { actorOf } from '../../core/http/guard';
import { idParam } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import { organisations } from '../../core/organisation.table';
import { analysis } from './analysis.service';
import * as config from './config.service';
import * as coordinators from './coordinators.service';
import { picturePdf } from './pdf';
import { proposalFor, weekPicture } from './picture.service';
import * as priorities from './priorities.service';
import * as reading from './report-list.service';
import * as reports from './reports.service';
import * as review from './review.service';
import {
  analysisQuery,
  analysisSchema,
  areaOptionSchema,
  categoryInput,
  categorySchema,
  gradeInput,
  isoWeek,
  levelSchema,
  levelsInput,
  mergeInput,
  nothingInput,
  partnerInput,
  partnerSchema,
  pictureSchema,
  priorityInput,
  prioritySchema,
  reminderResult,
  reportInput,
  reportingStatusSchema,
  reportPatch,
  reportSchema,
  settingsSchema,
} from './situation.contract';
import { assertCoordinator, situationPermissions as p, seesRestricted, viewerOf } from './situation.policy';
import { reportStatuses } from './situation.table';
import { isoWeekOf } from './week';
import * as weekly from './weekly.service';

const tags = ['situation'];
const weekParam = z.object({ week: isoWeek });
const read = { access: p['situation.read'] };
const report = { access: p['situation.report'] };
const configure = { access: p['situation.configure'] };
// Coordinator routes: admins and analysts by role, and users listed as coordinators; the service checks.
const coordinate = { access: p['situation.coordinator-routes'] };

export async function situationRoutes(app: ApiInstance, appCtx: AppContext) {
  const { db } = appCtx;
  const { clock } = appCtx.config;
  const ctx = (requestId: string) => ({ db, requestId });

  app.get(
    '/situation/me',
    {
      config: read,
      schema: {
        tags,
        response: {
          200: z.object({
            coordinator: z.boolean(),
            seesRestricted: z.boolean(),
            partner: z.object({ id: z.string(), name: z.string(), kind: z.string() }).nullable(),
            partnerOrganisation: z.string().nullable(),
            currentWeek: z.string(),
            /** Days after a week's Sunday that partners may still report it. */
            reportingWindowDays: z.number().int(),
          }),
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await config.ensureDefaults(db, actor.organisationId);
      const viewer = await viewerOf(db, actor);
      return {
        coordinator: viewer.coordinator,
        seesRestricted: seesRestricted(viewer),
        partner:
          viewer.partnerId && viewer.partnerKind
            ? { id: viewer.partnerId, name: actor.partnerOrganisation ?? '', kind: viewer.partnerKind }
            : null,
        partnerOrganisation: actor.partnerOrganisation,
        currentWeek: isoWeekOf(clock()),
        reportingWindowDays: (await config.getSettings(db, actor.organisationId)).reportingWindowDays,
      };
    },
  );

  app.get(
    '/situation/areas',
    { config: read, schema: { tags, response: { 200: z.array(areaOptionSchema) } } },
    async (req) => config.listAreaOptions(ctx(req.id), actorOf(req)),
  );

  // ——— configuration ———
  app.get(
    '/situation/partners',
    { config: read, schema: { tags, response: { 200: z.array(partnerSchema) } } },
    async (req) => config.listPartners(ctx(req.id), actorOf(req)),
  );
  app.post(
    '/situation/partners',
    { config: configure, schema: { tags, body: partnerInput, response: { 201: partnerSchema } } },
    async (req, reply) =>
      reply.status(201).send(await config.savePartner(ctx(req.id), actorOf(req), req.body)),
  );
  app.put(
    '/situation/partners/:id',
    {
      config: configure,
      schema: { tags, params: idParam, body: partnerInput, response: { 200: partnerSchema } },
    },
    async (req) => config.savePartner(ctx(req.id), actorOf(req), req.body, req.params.id),
  );
  app.get(
    '/situation/categories',
    { config: read, schema: { tags, response: { 200: z.array(categorySchema) } } },
    async (req) => config.listCategories(ctx(req.id), actorOf(req)),
  );
  app.post(
    '/situation/categories',
    { config: configure, schema: { tags, body: categoryInput, response: { 201: categorySchema } } },
    async (req, reply) =>
      reply.status(201).send(await config.saveCategory(ctx(req.id), actorOf(req), req.body)),
  );
  app.put(
    '/situation/categories/:id',
    {
      config: configure,
      schema: { tags, params: idParam, body: categoryInput, response: { 200: categorySchema } },
    },
    async (req) => config.saveCategory(ctx(req.id), actorOf(req), req.body, req.params.id),
  );
  app.get(
    '/situation/levels',
    { config: read, schema: { tags, response: { 200: z.array(levelSchema) } } },
    async (req) => config.listLevels(ctx(req.id), actorOf(req)),
  );
  app.put(
    '/situation/levels',
    { config: configure, schema: { tags, body: levelsInput, response: { 200: z.array(levelSchema) } } },
    async (req) => config.replaceLevels(ctx(req.id), actorOf(req), req.body),
  );
  app.get(
    '/situation/settings',
    { config: configure, schema: { tags, response: { 200: settingsSchema } } },
    async (req) => config.readSettings(ctx(req.id), actorOf(req)),
  );
  app.put(
    '/situation/settings',
    { config: configure, schema: { tags, body: settingsSchema, response: { 200: settingsSchema } } },
    async (req) => config.updateSettings(ctx(req.id), actorOf(req), req.body),
  );
  app.get(
    '/situation/coordinators',
    {
      config: configure,
      schema: {
        tags,
        response: { 200: z.array(z.object({ userId: z.string(), name: z.string(), email: z.string() })) },
      },
    },
    async (req) => coordinators.listCoordinators(ctx(req.id), actorOf(req)),
  );
  app.get(
    '/situation/coordinator-candidates',
    {
      config: configure,
      schema: {
        tags,
        description: 'Hosts and partners the admin may list as EST coordinator, with whether they are.',
        response: {
          200: z.array(
            z.object({
              userId: z.string(),
              name: z.string(),
              email: z.string(),
              role: z.string(),
              partnerOrganisation: z.string().nullable(),
              coordinator: z.boolean(),
            }),
          ),
        },
      },
    },
    async (req) => coordinators.coordinatorCandidates(ctx(req.id), actorOf(req)),
  );
  app.put(
    '/situation/coordinators/:id',
    { config: configure, schema: { tags, params: idParam, body: z.object({ coordinator: z.boolean() }) } },
    async (req, reply) => {
      await coordinators.setCoordinator(ctx(req.id), actorOf(req), req.params.id, req.body.coordinator);
      return reply.status(204).send();
    },
  );

  // ——— reports ———
  app.post(
    '/situation/reports',
    {
      config: { ...report, areaField: 'areaId' },
      schema: { tags, body: reportInput, response: { 201: reportSchema } },
    },
    async (req, reply) =>
      reply.status(201).send(await reports.fileReport(ctx(req.id), actorOf(req), req.body, clock())),
  );
  app.get(
    '/situation/reports',
    {
      config: { ...read, areaField: 'areaId' },
      schema: {
        tags,
        querystring: z.object({
          week: isoWeek.optional(),
          areaId: z.string().uuid().optional(),
          status: z.enum(reportStatuses).optional(),
        }),
        response: { 200: z.array(reportSchema) },
      },
    },
    async (req) => reading.listReports(ctx(req.id), actorOf(req), req.query),
  );
  app.get(
    '/situation/reports/:id',
    { config: read, schema: { tags, params: idParam, response: { 200: reportSchema } } },
    async (req) => reading.getReport(ctx(req.id), actorOf(req), req.params.id),
  );
  app.patch(
    '/situation/reports/:id',
    {
      config: coordinate,
      schema: { tags, params: idParam, body: reportPatch, response: { 200: reportSchema } },
    },
    async (req) => review.reviewReport(ctx(req.id), actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/situation/reports/merge',
    { config: coordinate, schema: { tags, body: mergeInput, response: { 200: reportSchema } } },
    async (req) => review.mergeReports(ctx(req.id), actorOf(req), req.body),
  );
  app.post(
    '/situation/nothing-to-report',
    {
      config: report,
      schema: {
        tags,
        body: nothingInput,
        response: { 200: z.object({ week: z.string(), sourceId: z.string() }) },
      },
    },
    async (req) => reports.markNothingToReport(ctx(req.id), actorOf(req), req.body, clock()),
  );

  // ——— the weekly cycle ———
  app.get(
    '/situation/weeks/:week/status',
    { config: coordinate, schema: { tags, params: weekParam, response: { 200: reportingStatusSchema } } },
    async (req) => weekly.reportingStatus(ctx(req.id), actorOf(req), req.params.week, clock()),
  );
  app.post(
    '/situation/weeks/:week/reminders',
    { config: coordinate, schema: { tags, params: weekParam, response: { 200: reminderResult } } },
    async (req) =>
      weekly.sendReminders(
        { db, requestId: req.id, mailer: appCtx.mailer, publicUrl: appCtx.config.publicUrl },
        actorOf(req),
        req.params.week,
      ),
  );
  app.post(
    '/situation/weeks/:week/compile',
    {
      config: coordinate,
      schema: {
        tags,
        params: weekParam,
        response: { 200: z.object({ week: z.string(), compiled: z.number() }) },
      },
    },
    async (req) => weekly.compileWeek(ctx(req.id), actorOf(req), req.params.week),
  );
  app.get(
    '/situation/weeks/:week/proposal/:areaId',
    {
      config: { ...coordinate, areaField: 'areaId' },
      schema: {
        tags,
        params: z.object({ week: isoWeek, areaId: z.string().uuid() }),
        response: { 200: pictureSchema.shape.areas.element.shape.proposal },
      },
    },
    async (req) => {
      await assertCoordinator(db, actorOf(req));
      return proposalFor(db, actorOf(req), req.params.week, req.params.areaId);
    },
  );
  app.put(
    '/situation/weeks/:week/grades',
    {
      config: { ...coordinate, areaField: 'areaId' },
      schema: {
        tags,
        params: weekParam,
        body: gradeInput,
        response: {
          200: z.object({
            areaId: z.string(),
            week: z.string(),
            level: z.number(),
            rationale: z.string(),
            proposedLevel: z.number().nullable(),
          }),
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await assertCoordinator(db, actor);
      const proposal = await proposalFor(db, actor, req.params.week, req.body.areaId);
      return weekly.setGrade(ctx(req.id), actor, req.params.week, req.body, proposal.level);
    },
  );
  app.post(
    '/situation/weeks/:week/priorities',
    {
      config: coordinate,
      schema: { tags, params: weekParam, body: priorityInput, response: { 201: prioritySchema } },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await priorities.createPriority(ctx(req.id), actorOf(req), req.params.week, req.body)),
  );
  app.patch(
    '/situation/priorities/:id',
    {
      config: coordinate,
      schema: {
        tags,
        params: idParam,
        body: z.object({ done: z.boolean() }),
        response: { 200: z.object({ id: z.string(), done: z.boolean() }) },
      },
    },
    async (req) => priorities.setPriorityDone(ctx(req.id), actorOf(req), req.params.id, req.body.done),
  );

  // ——— the situation picture ———
  app.get(
    '/situation/weeks/:week/picture',
    { config: read, schema: { tags, params: weekParam, response: { 200: pictureSchema } } },
    async (req) => weekPicture(ctx(req.id), actorOf(req), req.params.week),
  );
  app.get(
    '/situation/weeks/:week/picture.pdf',
    { config: read, schema: { tags, params: weekParam } },
    async (req, reply) => {
      const actor = actorOf(req);
      const picture = await weekPicture(ctx(req.id), actor, req.params.week);
      const [org] = await db
        .select({ name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, actor.organisationId));
      const pdf = await picturePdf(picture, org?.name ?? '', req.language);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="lagesbild-${req.params.week}.pdf"`)
        .send(pdf);
    },
  );
  app.get(
    '/situation/analysis',
    { config: read, schema: { tags, querystring: analysisQuery, response: { 200: analysisSchema } } },
    async (req) => analysis(ctx(req.id), actorOf(req), req.query.year, req.query.period, clock()),
  );
}
