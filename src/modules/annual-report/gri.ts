/**
 * The GRI content index: which disclosures of the GRI Standards (GRI 1: Foundation 2021 asks a
 * report "with reference to" the Standards to list them) the report's indicators answer. A
 * disclosure is listed only when at least one indicator that answers it is in the report, so the
 * index never claims data the report does not hold. The working-life and dialog indicators are
 * mapped by their contract ids (../shared contracts) and appear once a module registers them.
 * Titles: English as in the GRI Standards; Swedish our translation of them.
 */
import type { AnnualReport } from '../../core/report';
import type { GriDisclosure } from './annual-report.contract';

type GriMapping = { disclosure: string; title: { sv: string; en: string }; indicatorIds: readonly string[] };

/** The disclosures in the Standards' order (universal GRI 2, then the topic standards by number). */
export const griMappings: readonly GriMapping[] = [
  {
    // 2-7 a: the total number of employees, by gender.
    disclosure: 'GRI 2-7',
    title: { sv: 'Anställda', en: 'Employees' },
    indicatorIds: ['women_share_company'],
  },
  {
    // 2-29: how the organisation engages its stakeholders — tenants in dialog and the participatory
    // budget, their feedback answered, the partners of EST reporting every week, suppliers met.
    disclosure: 'GRI 2-29',
    title: { sv: 'Tillvägagångssätt för intressentdialog', en: 'Approach to stakeholder engagement' },
    indicatorIds: [
      'dialogue_participants',
      'budget_turnout',
      'feedback_received',
      'feedback_answered_share',
      'est_weeks_reported_share',
      'suppliers_with_startup_meeting_share',
    ],
  },
  {
    // 201-1 a ii: community investments, of which sponsorship of local associations is one.
    disclosure: 'GRI 201-1',
    title: {
      sv: 'Direkt ekonomiskt värde som skapats och fördelats',
      en: 'Direct economic value generated and distributed',
    },
    indicatorIds: ['sponsorship_amount'],
  },
  {
    // 405-1 b: the share of each gender among employees; a: among governance bodies.
    disclosure: 'GRI 405-1',
    title: {
      sv: 'Mångfald i styrande organ och bland anställda',
      en: 'Diversity of governance bodies and employees',
    },
    indicatorIds: [
      'women_share_company',
      'women_share_management',
      'women_share_board',
      'women_share_managers',
    ],
  },
  {
    // 405-2: the ratio of the basic salary and remuneration of women to men (the pay survey).
    disclosure: 'GRI 405-2',
    title: {
      sv: 'Förhållandet mellan kvinnors och mäns grundlön och ersättning',
      en: 'Ratio of basic salary and remuneration of women to men',
    },
    indicatorIds: ['gender_pay_gap', 'gender_pay_gap_median', 'gender_pay_gap_adjusted', 'variable_pay_gap'],
  },
  {
    // 413-1: operations with local community engagement (activities, programmes, safety work with
    // tenants), impact assessments (the safety survey, children's impact assessments) and
    // development programmes (Jobbpunkt).
    disclosure: 'GRI 413-1',
    title: {
      sv: 'Verksamheter med engagemang i lokalsamhället, konsekvensbedömningar och utvecklingsprogram',
      en: 'Operations with local community engagement, impact assessments, and development programs',
    },
    indicatorIds: [
      'safety_index',
      'activity_sessions',
      'activity_participants',
      'job_outcome_rate',
      'program_satisfied_share',
      'presence_hours',
      'dialogue_participants',
      'budget_turnout',
      'samverkan_flats',
      'sponsored_participants',
      'child_impact_assessments',
    ],
  },
];

/** The disclosures the report's indicators answer, titled in the report's language, in the Standards' order. */
export function griIndex(report: AnnualReport, language: 'sv' | 'en' = report.language): GriDisclosure[] {
  const inReport = new Set(report.indicators.map((i) => i.id));
  return griMappings.flatMap((m) => {
    const ids = m.indicatorIds.filter((id) => inReport.has(id));
    return ids.length ? [{ disclosure: m.disclosure, title: m.title[language], indicator_ids: ids }] : [];
  });
}
