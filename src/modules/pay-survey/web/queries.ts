import { apiQuery } from '../../../web/hooks/apiQuery';
import type { PayActionPlan, PaySurveyView, SalaryPage } from '../pay-survey.contract';

export type {
  PayAction,
  PayActionInput,
  PayActionPatch,
  PayActionPlan,
  PayFinding,
  PayFindingInput,
  PaySurveyView,
  SalaryPage,
} from '../pay-survey.contract';

/** One GET of the pay-survey API, cached under ['pay-survey', ...key]. */
const fetched = apiQuery('pay-survey');

export const payQueries = {
  all: () => ['pay-survey'] as const,
  survey: (year: number) => fetched<PaySurveyView>(`/pay-survey?year=${year}`, 'survey', year),
  actions: (year: number) => fetched<PayActionPlan>(`/pay-survey/actions?year=${year}`, 'actions', year),
  salaries: (year: number, page: number) =>
    fetched<SalaryPage>(`/pay-survey/salaries?year=${year}&page=${page}`, 'salaries', year, page),
};
