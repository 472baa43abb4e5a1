import { editableRoutes } from '../../core/http/editable-routes';
import { actorOf } from '../../core/http/guard';
import { idParam, routesOf, sendFile, serviceContext } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import { organisationName } from '../../core/organisations';
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
  areaOptionList,
  categoryInput,
  categoryList,
  categorySchema,
  compileResult,
  coordinatorCandidateList,
  coordinatorInput,
  coordinatorList,
  gradeInput,
  gradeSchema,
  levelList,
  levelsInput,
  mergeInput,
  nothingInput,
  nothingResult,
  partnerInput,
  partnerList,
  partnerSchema,
  pictureSchema,
  priorityDone,
  priorityDoneResult,
  priorityInput,
  prioritySchema,
  reminderResult,
  reportFilter,
  reportInput,
  reportingStatusSchema,
  reportList,
  reportPatch,
  reportSchema,
  settingsSchema,
  situationMeSchema,
  weekAreaParam,
  weekParam,
} from './situation.contract';
import { assertCoordinator, situationPermissions as p, seesRestricted, viewerOf } from './situation.policy';
import { isoWeekOf } from './week';
import * as weekly from './weekly.service';

const read = p['situation.read'];
const report = p['situation.report'];
const configure = p['situation.configure'];
// Coordinator routes: admins and analysts by role, and users listed as coordinators; the service checks.
const coordinate = p['situation.coordinator-routes'];
const inArea = (access: string) => ({ access, areaField: 'areaId' });

export async function situationRoutes(app: ApiInstance, appCtx: AppContext) {
  const { db } = appCtx;
  const { clock } = appCtx.config;
  const route = routesOf(app, 'situation');
  const ctx = serviceContext(db);
  // The admin's lists: a change replaces the whole row (PUT).
  const editable = editableRoutes(route, ctx);

  route.get('/situation/me', read, { returns: situationMeSchema }, async (req) => {
    const actor = actorOf(req);
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
  });

  route.get('/situation/areas', read, { returns: areaOptionList }, (req) =>
    config.listAreaOptions(ctx(req.id), actorOf(req)),
  );

  // ——— configuration ———
  route.get('/situation/partners', read, { returns: partnerList }, (req) =>
    config.listPartners(ctx(req.id), actorOf(req)),
  );
  editable(
    '/situation/partners',
    configure,
    { input: partnerInput, row: partnerSchema, replace: true },
    config.createPartner,
    config.updatePartner,
  );
  route.get('/situation/categories', read, { returns: categoryList }, (req) =>
    config.listCategories(ctx(req.id), actorOf(req)),
  );
  editable(
    '/situation/categories',
    configure,
    { input: categoryInput, row: categorySchema, replace: true },
    config.createCategory,
    config.updateCategory,
  );
  route.get('/situation/levels', read, { returns: levelList }, (req) =>
    config.listLevels(ctx(req.id), actorOf(req)),
  );
  route.put('/situation/levels', configure, { body: levelsInput, returns: levelList }, (req) =>
    config.replaceLevels(ctx(req.id), actorOf(req), req.body),
  );
  route.get('/situation/settings', configure, { returns: settingsSchema }, (req) =>
    config.readSettings(ctx(req.id), actorOf(req)),
  );
  route.put('/situation/settings', configure, { body: settingsSchema, returns: settingsSchema }, (req) =>
    config.updateSettings(ctx(req.id), actorOf(req), req.body),
  );
  route.get('/situation/coordinators', configure, { returns: coordinatorList }, (req) =>
    coordinators.listCoordinators(ctx(req.id), actorOf(req)),
  );
  route.get(
    '/situation/coordinator-candidates',
    configure,
    {
      description: 'Hosts and partners the admin may list as EST coordinator, with whether they are.',
      returns: coordinatorCandidateList,
    },
    (req) => coordinators.coordinatorCandidates(ctx(req.id), actorOf(req)),
  );
  route.put(
    '/situation/coordinators/:id',
    configure,
    { params: idParam, body: coordinatorInput, noContent: true },
    (req) => coordinators.setCoordinator(ctx(req.id), actorOf(req), req.params.id, req.body.coordinator),
  );

  // ——— reports ———
  route.post('/situation/reports', inArea(report), { body: reportInput, created: reportSchema }, (req) =>
    reports.fileReport(ctx(req.id), actorOf(req), req.body, clock()),
  );
  route.get('/situation/reports', inArea(read), { query: reportFilter, returns: reportList }, (req) =>
    reading.listReports(ctx(req.id), actorOf(req), req.query),
  );
  route.get('/situation/reports/:id', read, { params: idParam, returns: reportSchema }, (req) =>
    reading.getReport(ctx(req.id), actorOf(req), req.params.id),
  );
  route.patch(
    '/situation/reports/:id',
    coordinate,
    { params: idParam, body: reportPatch, returns: reportSchema },
    (req) => review.reviewReport(ctx(req.id), actorOf(req), req.params.id, req.body),
  );
  route.post('/situation/reports/merge', coordinate, { body: mergeInput, returns: reportSchema }, (req) =>
    review.mergeReports(ctx(req.id), actorOf(req), req.body),
  );
  route.post('/situation/nothing-to-report', report, { body: nothingInput, returns: nothingResult }, (req) =>
    reports.markNothingToReport(ctx(req.id), actorOf(req), req.body, clock()),
  );

  // ——— the weekly cycle ———
  route.get(
    '/situation/weeks/:week/status',
    coordinate,
    { params: weekParam, returns: reportingStatusSchema },
    (req) => weekly.reportingStatus(ctx(req.id), actorOf(req), req.params.week, clock()),
  );
  route.post(
    '/situation/weeks/:week/reminders',
    coordinate,
    { params: weekParam, returns: reminderResult },
    (req) =>
      weekly.sendReminders(
        { db, requestId: req.id, mailer: appCtx.mailer, publicUrl: appCtx.config.publicUrl },
        actorOf(req),
        req.params.week,
      ),
  );
  route.post(
    '/situation/weeks/:week/compile',
    coordinate,
    { params: weekParam, returns: compileResult },
    (req) => weekly.compileWeek(ctx(req.id), actorOf(req), req.params.week),
  );
  route.get(
    '/situation/weeks/:week/proposal/:areaId',
    inArea(coordinate),
    { params: weekAreaParam, returns: pictureSchema.shape.areas.element.shape.proposal },
    async (req) => {
      await assertCoordinator(db, actorOf(req));
      return proposalFor(db, actorOf(req), req.params.week, req.params.areaId);
    },
  );
  route.put(
    '/situation/weeks/:week/grades',
    inArea(coordinate),
    { params: weekParam, body: gradeInput, returns: gradeSchema },
    async (req) => {
      const actor = actorOf(req);
      await assertCoordinator(db, actor);
      const proposal = await proposalFor(db, actor, req.params.week, req.body.areaId);
      return weekly.setGrade(ctx(req.id), actor, req.params.week, req.body, proposal.level);
    },
  );
  route.post(
    '/situation/weeks/:week/priorities',
    coordinate,
    { params: weekParam, body: priorityInput, created: prioritySchema },
    (req) => priorities.createPriority(ctx(req.id), actorOf(req), req.params.week, req.body),
  );
  route.patch(
    '/situation/priorities/:id',
    coordinate,
    { params: idParam, body: priorityDone, returns: priorityDoneResult },
    (req) => priorities.setPriorityDone(ctx(req.id), actorOf(req), req.params.id, req.body.done),
  );

  // ——— the situation picture ———
  route.get('/situation/weeks/:week/picture', read, { params: weekParam, returns: pictureSchema }, (req) =>
    weekPicture(ctx(req.id), actorOf(req), req.params.week),
  );
  route.get('/situation/weeks/:week/picture.pdf', read, { params: weekParam }, async (req, reply) => {
    const actor = actorOf(req);
    const picture = await weekPicture(ctx(req.id), actor, req.params.week);
    const name = (await organisationName(db, actor.organisationId)) ?? '';
    const body = await picturePdf(picture, name, req.language);
    return sendFile(reply, { name: `lagesbild-${req.params.week}`, type: 'pdf', body, inline: true });
  });
  route.get('/situation/analysis', read, { query: analysisQuery, returns: analysisSchema }, (req) =>
    analysis(ctx(req.id), actorOf(req), req.query.year, req.query.period, clock()),
  );
}
