import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../web/api';
import type {
  EditableTextBlock,
  MaterialArea,
  ReportFormat,
  ReportLanguage,
  TextVersion,
} from '../annual-report.contract';

export type {
  EditableTextBlock,
  MaterialArea,
  ReportFormat,
  ReportLanguage,
  TextVersion,
} from '../annual-report.contract';

/** The report file of a year in a language, as the API sends it (a download, or the preview's HTML). */
export const reportFileUrl = (year: number, language: ReportLanguage, format: ReportFormat) =>
  `/annual-report/${year}/download?format=${format}&lang=${language}`;

/** Query keys: reportQueries.all() → report(year, lang) → texts, history(area), preview. */
export const reportQueries = {
  all: () => ['annual-report'] as const,
  /** Everything of one year's report in one language: invalidated together after a save. */
  report: (year: number, language: ReportLanguage) => [...reportQueries.all(), year, language] as const,
  texts: (year: number, language: ReportLanguage) =>
    queryOptions({
      queryKey: [...reportQueries.report(year, language), 'texts'],
      queryFn: () => api.get<EditableTextBlock[]>(`/annual-report/${year}/texts?lang=${language}`),
    }),
  history: (year: number, language: ReportLanguage, area: MaterialArea) =>
    queryOptions({
      queryKey: [...reportQueries.report(year, language), 'history', area],
      queryFn: () =>
        api.get<TextVersion[]>(`/annual-report/${year}/texts/history?material_area=${area}&lang=${language}`),
    }),
  /** The HTML report, made on the server from every figure: refreshed after a save, not on focus. */
  preview: (year: number, language: ReportLanguage) =>
    queryOptions({
      queryKey: [...reportQueries.report(year, language), 'preview'],
      queryFn: () => api.get<string>(reportFileUrl(year, language, 'html')),
      refetchOnWindowFocus: false,
      staleTime: Number.POSITIVE_INFINITY,
    }),
};
