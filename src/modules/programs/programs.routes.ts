import { editableRoutes } from '../../core/http/editable-routes';
import { actorOf } from '../../core/http/guard';
import { idParam, routesOf, yearOr, yearQuery } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import * as erasure from './erasure.service';
import * as followUp from './follow-up.service';
import * as participantsService from './participants.service';
import {
  answerInput,
  answersSaved,
  identitySchema,
  identityStorageSchema,
  participantInput,
  participantList,
  participantPatch,
  participantSchema,
  programFollowUpSchema,
  programInput,
  programList,
  programPatch,
  programSchema,
  programsOverviewSchema,
  questionnaireComparisonSchema,
  questionnaireInput,
  questionnaireList,
  questionnaireSchema,
  settingsSchema,
} from './programs.contract';
import { programPermissions as p } from './programs.policy';
import type { KeyCtx } from './programs.service';
import * as service from './programs.service';
import * as questionnaires from './questionnaires.service';
import * as settings from './settings.service';

export async function programRoutes(app: ApiInstance, { db, config }: AppContext) {
  const route = routesOf(app, 'programs');
  // The service context with the key that seals participants' names (settings.service.ts).
  const ctx = (requestId: string): KeyCtx => ({ db, config, requestId });
  const editable = editableRoutes(route, ctx);
  const yearOf = yearOr(config.clock);
  const read = p['programs.read'];
  const write = p['programs.write'];
  const participantsWrite = p['programs.participants.write'];
  const participantsInArea = { access: participantsWrite, areaField: 'areaId' };

  route.get('/programs', read, { returns: programList }, (req) =>
    service.listPrograms(ctx(req.id), actorOf(req)),
  );
  route.get('/programs/overview', read, { query: yearQuery, returns: programsOverviewSchema }, (req) =>
    followUp.programsOverview(ctx(req.id), actorOf(req), yearOf(req.query.year)),
  );
  route.get('/programs/settings', p['programs.settings'], { returns: settingsSchema }, (req) =>
    settings.getSettings(ctx(req.id), actorOf(req)),
  );
  route.put(
    '/programs/settings',
    p['programs.settings'],
    { body: settingsSchema, returns: settingsSchema },
    (req) => settings.updateSettings(ctx(req.id), actorOf(req), req.body),
  );
  route.get('/programs/identity-storage', participantsWrite, { returns: identityStorageSchema }, (req) =>
    settings.identityStorage(ctx(req.id), actorOf(req)),
  );
  route.get('/programs/:id', read, { params: idParam, returns: programSchema }, (req) =>
    service.getProgram(ctx(req.id), actorOf(req), req.params.id),
  );
  const programBodies = { input: programInput, patch: programPatch, row: programSchema };
  editable('/programs', write, programBodies, service.createProgram, service.updateProgram);
  route.get(
    '/programs/:id/follow-up',
    read,
    { params: idParam, query: yearQuery, returns: programFollowUpSchema },
    (req) => followUp.programFollowUp(ctx(req.id), actorOf(req), req.params.id, yearOf(req.query.year)),
  );

  route.get(
    '/programs/:id/participants',
    p['programs.participants.read'],
    { params: idParam, returns: participantList },
    (req) => participantsService.listParticipants(ctx(req.id), actorOf(req), req.params.id),
  );
  route.post(
    '/programs/:id/participants',
    participantsInArea,
    { params: idParam, body: participantInput, created: participantSchema },
    (req) =>
      participantsService.createParticipant(
        ctx(req.id),
        actorOf(req),
        req.params.id,
        req.body,
        config.clock(),
      ),
  );
  route.patch(
    '/program-participants/:id',
    participantsInArea,
    { params: idParam, body: participantPatch, returns: participantSchema },
    (req) =>
      participantsService.updateParticipant(
        ctx(req.id),
        actorOf(req),
        req.params.id,
        req.body,
        config.clock(),
      ),
  );
  route.get(
    '/program-participants/:id/identity',
    p['programs.identity'],
    { params: idParam, returns: identitySchema },
    (req) => participantsService.participantIdentity(ctx(req.id), actorOf(req), req.params.id),
  );
  route.post(
    '/program-participants/:id/erase',
    p['programs.erase'],
    { params: idParam, noContent: true },
    (req) => erasure.eraseParticipant(ctx(req.id), actorOf(req), req.params.id),
  );

  route.get('/programs/:id/questionnaires', read, { params: idParam, returns: questionnaireList }, (req) =>
    questionnaires.listQuestionnaires(ctx(req.id), actorOf(req), req.params.id),
  );
  route.post(
    '/programs/:id/questionnaires',
    write,
    { params: idParam, body: questionnaireInput, created: questionnaireSchema },
    (req) => questionnaires.createQuestionnaire(ctx(req.id), actorOf(req), req.params.id, req.body),
  );
  route.put(
    '/program-questionnaires/:id/answers',
    participantsWrite,
    { params: idParam, body: answerInput, returns: answersSaved },
    (req) => questionnaires.submitAnswers(ctx(req.id), actorOf(req), req.params.id, req.body),
  );
  route.get(
    '/program-questionnaires/:id/comparison',
    read,
    { params: idParam, query: yearQuery, returns: questionnaireComparisonSchema },
    (req) => questionnaires.questionnaireComparison(ctx(req.id), actorOf(req), req.params.id, req.query.year),
  );
}
