import { lazy } from 'react';
import type { WebModule } from '../../../web/web-module';

const CurvePage = lazy(() => import('./CurvePage'));

/** One page per indicator, opened from the goals and the framework pages (no menu entry of its own). */
export const webModule: WebModule = {
  pages: [{ path: 'turn-the-curve/:indicatorId', permission: 'curve.read', element: <CurvePage /> }],
};

/** The path of an indicator's turn-the-curve page, for the pages that link to it. */
export const curvePath = (indicatorId: string, year?: number) =>
  `/turn-the-curve/${encodeURIComponent(indicatorId)}${year ? `?year=${year}` : ''}`;
