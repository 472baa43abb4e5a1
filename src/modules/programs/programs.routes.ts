import { z } from 'zod';
import { actorOf } from '../../core/http/guard';
import { idParam, yearQuery } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import { swedishYear } from '../../core/local-time';
import type { AppContext } from '../../core/module';
import * as erasure from './erasure.service';
import * as followUp from './follow-up.service';
import * as participantsService from './participants.service';
import {
  answerInput,
  identitySchema,
  participantInput,
  participantPatch,
  participantSchema,
  programFollowUpSchema,
  programInput,
  programPatch,
  programSchema,
  programsOverviewSchema,
  questionnaireComparisonSchema,
  questionnaireInput,
  questionnaireSchema,
  settingsSchema,
} from './programs.contract';
import { programPermissions as p } from './programs.policy';
import type { KeyCtx } from './programs.service';
import * as service from './programs.service';
import * as questionnaires from './questionnaires.service';
import * as settings from './settings.service';

const tags = ['programs'];

export async function programRoutes(app: ApiInstance, { db, config }: AppContext) {
  const ctx = (requestId: string): KeyCtx => ({ db, config, requestId });
  const thisYear = () => swedishYear(config.clock());

  app.get(
    '/programs',
    { config: { access: p['programs.read'] }, schema: { tags, response: { 200: z.array(programSchema) } } },
    async (req) => service.listPrograms(ctx(req.id), actorOf(req)),
  );
  app.get(
    '/programs/overview',
    {
      config: { access: p['programs.read'] },
      schema: { tags, querystring: yearQuery, response: { 200: programsOverviewSchema } },
    },
    async (req) => followUp.programsOverview(ctx(req.id), actorOf(req), req.query.year ?? thisYear()),
  );
  app.get(
    '/programs/settings',
    { config: { access: p['programs.settings'] }, schema: { tags, response: { 200: settingsSchema } } },
    async (req) => settings.getSettings(ctx(req.id), actorOf(req)),
  );
  app.put(
    '/programs/settings',
    {
      config: { access: p['programs.settings'] },
      schema: { tags, body: settingsSchema, response: { 200: settingsSchema } },
    },
    async (req) => settings.updateSettings(ctx(req.id), actorOf(req), req.body),
  );
  app.get(
    '/programs/identity-storage',
    {
      config: { access: p['programs.participants.write'] },
      schema: { tags, response: { 200: z.object({ enabled: z.boolean() }) } },
    },
    async (req) => settings.identityStorage(ctx(req.id), actorOf(req)),
  );
  app.get(
    '/programs/:id',
    {
      config: { access: p['programs.read'] },
      schema: { tags, params: idParam, response: { 200: programSchema } },
    },
    async (req) => service.getProgram(ctx(req.id), actorOf(req), req.params.id),
  );
  app.post(
    '/programs',
    {
      config: { access: p['programs.write'] },
      schema: { tags, body: programInput, response: { 201: programSchema } },
    },
    async (req, reply) =>
      reply.status(201).send(await service.createProgram(ctx(req.id), actorOf(req), req.body)),
  );
  app.patch(
    '/programs/:id',
    {
      config: { access: p['programs.write'] },
      schema: { tags, params: idParam, body: programPatch, response: { 200: programSchema } },
    },
    async (req) => service.updateProgram(ctx(req.id), actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/programs/:id/follow-up',
    {
      config: { access: p['programs.read'] },
      schema: { tags, params: idParam, querystring: yearQuery, response: { 200: programFollowUpSchema } },
    },
    async (req) =>
      followUp.programFollowUp(ctx(req.id), actorOf(req), req.params.id, req.query.year ?? thisYear()),
  );

  app.get(
    '/programs/:id/participants',
    {
      config: { access: p['programs.participants.read'] },
      schema: { tags, params: idParam, response: { 200: z.array(participantSchema) } },
    },
    async (req) => participantsService.listParticipants(ctx(req.id), actorOf(req), req.params.id),
  );
  app.post(
    '/programs/:id/participants',
    {
      config: { access: p['programs.participants.write'], areaField: 'areaId' },
      schema: { tags, params: idParam, body: participantInput, response: { 201: participantSchema } },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await participantsService.createParticipant(
            ctx(req.id),
            actorOf(req),
            req.params.id,
            req.body,
            config.clock(),
          ),
        ),
  );
  app.patch(
    '/program-participants/:id',
    {
      config: { access: p['programs.participants.write'], areaField: 'areaId' },
      schema: { tags, params: idParam, body: participantPatch, response: { 200: participantSchema } },
    },
    async (req) =>
      participantsService.updateParticipant(
        ctx(req.id),
        actorOf(req),
        req.params.id,
        req.body,
        config.clock(),
      ),
  );
  app.get(
    '/program-participants/:id/identity',
    {
      config: { access: p['programs.identity'] },
      schema: { tags, params: idParam, response: { 200: identitySchema } },
    },
    async (req) => participantsService.participantIdentity(ctx(req.id), actorOf(req), req.params.id),
  );
  app.post(
    '/program-participants/:id/erase',
    { config: { access: p['programs.erase'] }, schema: { tags, params: idParam } },
    async (req, reply) => {
      await erasure.eraseParticipant(ctx(req.id), actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/programs/:id/questionnaires',
    {
      config: { access: p['programs.read'] },
      schema: { tags, params: idParam, response: { 200: z.array(questionnaireSchema) } },
    },
    async (req) => questionnaires.listQuestionnaires(ctx(req.id), actorOf(req), req.params.id),
  );
  app.post(
    '/programs/:id/questionnaires',
    {
      config: { access: p['programs.write'] },
      schema: { tags, params: idParam, body: questionnaireInput, response: { 201: questionnaireSchema } },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await questionnaires.createQuestionnaire(ctx(req.id), actorOf(req), req.params.id, req.body)),
  );
  app.put(
    '/program-questionnaires/:id/answers',
    {
      config: { access: p['programs.participants.write'] },
      schema: { tags, params: idParam, body: answerInput, response: { 200: z.object({ ok: z.boolean() }) } },
    },
    async (req) => questionnaires.submitAnswers(ctx(req.id), actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/program-questionnaires/:id/comparison',
    {
      config: { access: p['programs.read'] },
      schema: {
        tags,
        params: idParam,
        querystring: yearQuery,
        response: { 200: questionnaireComparisonSchema },
      },
    },
    async (req) =>
      questionnaires.questionnaireComparison(ctx(req.id), actorOf(req), req.params.id, req.query.year),
  );
}
