import { apiQuery } from '../../../web/hooks/apiQuery';
import type {
  CommentsDto,
  Granularity,
  Instrument,
  InvitationEmailCountsDto,
  LetterBatch,
  PlanDto,
  PublicationSettingsDto,
  QuestionsDto,
  SummaryDto,
  TrendDto,
} from '../safety-index.contract';

export type {
  CommentsDto,
  Granularity,
  GroupResultDto,
  Instrument,
  LetterBatch,
  PlanDto,
  QuestionsDto,
  SummaryDto,
  TrendDto,
} from '../safety-index.contract';

const q = encodeURIComponent;

/** One GET of the safety index's API, cached under ['safety-index', ...key]. */
const fetched = apiQuery('safety-index');

/** A view of one group's answers in a period: its questions or its comments. */
const ofGroup = <T>(view: 'questions' | 'comments', period: string, group: string) =>
  fetched<T>(`/safety-index/${view}?period=${q(period)}&group=${q(group)}`, view, period, group);

/** Query keys and fetchers of the safety index: safetyQueries.summary('2025') → ['safety-index', 'summary', '2025']. */
export const safetyQueries = {
  all: () => ['safety-index'] as const,
  months: () => fetched<string[]>('/safety-index/months', 'months'),
  summary: (period: string) =>
    fetched<SummaryDto>(`/safety-index/summary?period=${q(period)}`, 'summary', period),
  trend: (group: string, granularity: Granularity, from: string, to: string) =>
    fetched<TrendDto>(
      `/safety-index/trend?group=${q(group)}&granularity=${granularity}&from=${from}&to=${to}`,
      'trend',
      group,
      granularity,
      from,
      to,
    ),
  questions: (period: string, group: string) => ofGroup<QuestionsDto>('questions', period, group),
  comments: (period: string, group: string) => ofGroup<CommentsDto>('comments', period, group),
  plan: () => fetched<PlanDto>('/safety-index/plan', 'plan'),
  instrument: () => fetched<Instrument>('/safety-index/instrument', 'instrument'),
  letters: () => fetched<LetterBatch[]>('/safety-index/letters', 'letters'),
  settings: () => fetched<PublicationSettingsDto>('/safety-index/settings', 'settings'),
  /** The household addresses for invitations; everything under emails() refetches after a change. */
  emails: () => ['safety-index', 'emails'] as const,
  emailCounts: () => fetched<InvitationEmailCountsDto>('/safety-index/emails', 'emails', 'counts'),
};

/** The periods of a granularity that the available months allow, newest first. */
export function periodOptions(months: readonly string[], granularity: Granularity): string[] {
  const out = new Set<string>();
  for (const m of months) {
    const year = m.slice(0, 4);
    const quarter = Math.floor((Number(m.slice(5, 7)) - 1) / 3) + 1;
    if (granularity === 'year') out.add(year);
    else if (granularity === 'quarter') out.add(`${year}-Q${quarter}`);
    else if (granularity === 'month') out.add(m);
    else out.add(`R12:${m}`);
  }
  return [...out].sort().reverse();
}

/** The first and last month of a period key (for the trend around it). */
export function periodBounds(period: string): { from: string; to: string } {
  if (/^\d{4}$/.test(period)) return { from: `${period}-01`, to: `${period}-12` };
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const first = (Number(quarter[2]) - 1) * 3 + 1;
    return {
      from: `${quarter[1]}-${String(first).padStart(2, '0')}`,
      to: `${quarter[1]}-${String(first + 2).padStart(2, '0')}`,
    };
  }
  const month = period.replace(/^R12:/, '');
  return { from: month, to: month };
}

const trendSpan: Record<Granularity, number> = { year: 60, quarter: 36, month: 24, rolling12: 24 };

/** The months the trend chart covers for a chosen period: a few years up to the period's end. */
export function trendRange(granularity: Granularity, period: string): { from: string; to: string } {
  const { to } = periodBounds(period);
  return { from: addMonths(to, -trendSpan[granularity] + 1), to };
}

/** Shifts a YYYY-MM month by n months. */
export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Map colours by result: red below 70 %, through to green at 85 % and above; grey without figures. */
export function resultColour(value: number | null): string {
  if (value === null) return '#adb5bd';
  if (value < 0.7) return '#c92a2a';
  if (value < 0.75) return '#e8590c';
  if (value < 0.8) return '#f08c00';
  if (value < 0.85) return '#66a80f';
  return '#2b8a3e';
}

export const colourScale = [
  { colour: '#c92a2a', label: '< 70 %' },
  { colour: '#e8590c', label: '70–75 %' },
  { colour: '#f08c00', label: '75–80 %' },
  { colour: '#66a80f', label: '80–85 %' },
  { colour: '#2b8a3e', label: '≥ 85 %' },
];
