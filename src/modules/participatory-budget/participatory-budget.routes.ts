import { actorOf } from '../../core/http/guard';
import { routesOf, sendFile, serviceContext } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import { enterPaperBallot } from './ballots.service';
import * as budgetService from './budgets.service';
import { codeLettersPdf, codeSummary, issueCodes } from './codes.service';
import { exportPabulib, importPabulib } from './pabulib.service';
import {
  actionsCreated,
  batchParams,
  budgetInput,
  budgetList,
  budgetParams,
  budgetPatch,
  budgetResult,
  budgetSchema,
  codeIssue,
  codeSummary as codeSummarySchema,
  importInput,
  paperBallotInput,
  proposalInput,
  proposalList,
  proposalParams,
  proposalSchema,
  reviewInput,
} from './participatory-budget.contract';
import { budgetPermissions as p } from './participatory-budget.policy';
import { addPaperProposal, listProposals, reviewProposal } from './proposals.service';
import { createWinnerActions, budgetResult as resultOf } from './results.service';

export async function participatoryBudgetRoutes(app: ApiInstance, { db, mailer, config }: AppContext) {
  const route = routesOf(app, 'participatory-budget');
  const ctx = serviceContext(db);
  const read = p['participatory-budget.read'];
  const review = p['participatory-budget.review'];
  const manage = p['participatory-budget.manage'];
  const base = '/participatory-budget/budgets';

  route.get(
    base,
    read,
    { description: 'The budgets the actor may see, newest year first.', returns: budgetList },
    (req) => budgetService.listBudgets(ctx(req.id), actorOf(req), config.clock()),
  );
  route.post(
    base,
    { access: manage, areaField: 'areaId' },
    { description: 'Sets up an area’s budget of a year.', body: budgetInput, created: budgetSchema },
    (req) => budgetService.createBudget(ctx(req.id), actorOf(req), req.body, config.clock()),
  );
  route.get(`${base}/:id`, read, { params: budgetParams, returns: budgetSchema }, (req) =>
    budgetService.getBudget(ctx(req.id), actorOf(req), req.params.id, config.clock()),
  );
  route.patch(
    `${base}/:id`,
    manage,
    {
      description:
        'Changes amount and dates; voting method and counting rule only until the first ballot (409 after).',
      params: budgetParams,
      body: budgetPatch,
      returns: budgetSchema,
    },
    (req) => budgetService.updateBudget(ctx(req.id), actorOf(req), req.params.id, req.body, config.clock()),
  );
  route.get(`${base}/:id/proposals`, read, { params: budgetParams, returns: proposalList }, (req) =>
    listProposals(ctx(req.id), actorOf(req), req.params.id),
  );
  route.post(
    `${base}/:id/proposals`,
    review,
    {
      description: 'A proposal entered by staff from paper.',
      params: budgetParams,
      body: proposalInput,
      created: proposalSchema,
    },
    (req) => addPaperProposal(ctx(req.id), actorOf(req), req.params.id, req.body, config.clock()),
  );
  route.put(
    `${base}/:id/proposals/:proposalId/review`,
    review,
    {
      description: 'The review: feasible with a cost, or rejected with a reason (shown publicly).',
      params: proposalParams,
      body: reviewInput,
      returns: proposalSchema,
    },
    (req) =>
      reviewProposal(
        ctx(req.id),
        actorOf(req),
        req.params.id,
        req.params.proposalId,
        req.body,
        config.clock(),
      ),
  );
  route.get(`${base}/:id/codes`, manage, { params: budgetParams, returns: codeSummarySchema }, (req) =>
    codeSummary(ctx(req.id), actorOf(req), req.params.id),
  );
  route.post(
    `${base}/:id/codes`,
    manage,
    {
      description: 'Gives every household of the area without one a voting code: letters (PDF) and e-mails.',
      params: budgetParams,
      created: codeIssue,
    },
    (req) => issueCodes({ ...ctx(req.id), mailer, config }, actorOf(req), req.params.id, config.clock()),
  );
  route.get(
    `${base}/:id/code-letters/:batchId`,
    manage,
    { hide: true, params: batchParams },
    async (req, reply) => {
      const pdf = await codeLettersPdf(ctx(req.id), actorOf(req), req.params.id, req.params.batchId);
      return sendFile(reply, { name: `rostkoder-${req.params.batchId.slice(0, 8)}`, type: 'pdf', body: pdf });
    },
  );
  route.post(
    `${base}/:id/paper-ballots`,
    review,
    {
      description: 'A paper ballot typed from the slip; spends the household’s code written on it.',
      params: budgetParams,
      body: paperBallotInput,
      noContent: true,
    },
    (req) => enterPaperBallot(ctx(req.id), actorOf(req), req.params.id, req.body, config.clock()),
  );
  route.get(
    `${base}/:id/result`,
    read,
    {
      description: 'The count by the budget’s rule (live for staff).',
      params: budgetParams,
      returns: budgetResult,
    },
    (req) => resultOf(ctx(req.id), actorOf(req), req.params.id, config.clock()),
  );
  route.post(
    `${base}/:id/actions`,
    review,
    {
      description: 'Creates an action for each winner without one.',
      params: budgetParams,
      created: actionsCreated,
    },
    (req) => createWinnerActions(ctx(req.id), actorOf(req), req.params.id, config.clock()),
  );
  route.get(`${base}/:id/export.pb`, read, { hide: true, params: budgetParams }, async (req, reply) => {
    const file = await exportPabulib(ctx(req.id), actorOf(req), req.params.id);
    return reply
      .type('text/plain; charset=utf-8')
      .header('content-disposition', `attachment; filename="${file.name}.pb"`)
      .send(file.text);
  });
  route.post(
    '/participatory-budget/import',
    { access: manage, areaField: 'areaId' },
    {
      description: 'A pabulib (.pb) file as an imported budget of an area and year.',
      body: importInput,
      created: budgetSchema,
    },
    async (req) => {
      const actor = actorOf(req);
      const row = await importPabulib(ctx(req.id), actor, req.body, config.clock());
      return budgetService.presentBudget(db, actor, row, config.clock());
    },
  );
}
