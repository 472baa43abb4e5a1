import { actorOf } from '../../core/http/guard';
import { idParam, routesOf, serviceContext, yearOr } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import * as actions from './pay-actions.service';
import {
  payAction,
  payActionInput,
  payActionPatch,
  payActionPlan,
  payFinding,
  payFindingInput,
  paySurveyView,
  payYearQuery,
  salaryPage,
  salaryQuery,
} from './pay-survey.contract';
import { payPermissions as p } from './pay-survey.policy';
import * as service from './pay-survey.service';

export async function payRoutes(app: ApiInstance, { db, config }: AppContext) {
  const route = routesOf(app, 'pay-survey');
  const ctx = serviceContext(db);
  const yearOf = yearOr(config.clock);
  const read = p['pay-survey.read'];
  const write = p['pay-survey.write'];

  route.get(
    '/pay-survey',
    read,
    {
      description:
        'The year’s pay survey for HR: equal work, equal value, the EU metrics a–g with their 5 % flags, the adjusted gap and the findings — every figure as the publication layer lets it out, every flag shown. Each view is audited.',
      query: payYearQuery,
      returns: paySurveyView,
    },
    (req) => service.readPaySurvey(ctx(req.id), actorOf(req), yearOf(req.query.year)),
  );
  route.get(
    '/pay-survey/salaries',
    read,
    {
      description: 'A page of the year’s salary rows by employee reference, for checking an import. Audited.',
      query: salaryQuery,
      returns: salaryPage,
    },
    (req) =>
      service.listSalaryRows(ctx(req.id), actorOf(req), { ...req.query, year: yearOf(req.query.year) }),
  );
  route.put(
    '/pay-survey/findings',
    write,
    {
      description:
        'Sets HR’s finding on a category of a year: explained (with its objective, gender-neutral reason) or not. An explained work group or level is no longer flagged.',
      body: payFindingInput,
      returns: payFinding,
    },
    (req) => service.setFinding(ctx(req.id), actorOf(req), req.body),
  );
  route.get(
    '/pay-survey/actions',
    read,
    {
      description: 'The year’s action plan and last year’s actions to follow up.',
      query: payYearQuery,
      returns: payActionPlan,
    },
    (req) => actions.actionPlan(ctx(req.id), actorOf(req), yearOf(req.query.year)),
  );
  route.post('/pay-survey/actions', write, { body: payActionInput, created: payAction }, (req) =>
    actions.createAction(ctx(req.id), actorOf(req), req.body),
  );
  route.patch(
    '/pay-survey/actions/:id',
    write,
    {
      description:
        'Changes an action: its text, owner, due date, status (planned, done, not done) or follow-up.',
      params: idParam,
      body: payActionPatch,
      returns: payAction,
    },
    (req) => actions.updateAction(ctx(req.id), actorOf(req), req.params.id, req.body),
  );
}
