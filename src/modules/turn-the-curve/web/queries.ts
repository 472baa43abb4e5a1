import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../web/api';
import type { Curve, Story, StoryInput } from '../turn-the-curve.contract';

export type { Curve, CurveYear, ForecastPoint, LinkedWorkItem, Story } from '../turn-the-curve.contract';

/** Query keys: curveQueries.all() → curve(indicatorId, year, language). */
export const curveQueries = {
  all: () => ['turn-the-curve'] as const,
  /** The server writes names and the linked work in the user's language: one cache entry per language. */
  curve: (indicatorId: string, year: number, language: string) =>
    queryOptions({
      queryKey: [...curveQueries.all(), 'curve', indicatorId, year, language],
      queryFn: () =>
        api.get<Curve>(`/turn-the-curve/curve?indicatorId=${encodeURIComponent(indicatorId)}&year=${year}`),
    }),
};

/** Writes the story behind an indicator's curve. */
export const saveStory = (input: StoryInput) => api.put<Story>('/turn-the-curve/story', input);
