import { type Actor, can } from './auth/access';
import { type HiddenReason, roundInterval, roundRate, roundShare } from './disclosure';
import type { FigureTable, IndicatorDefinition } from './indicators';
import type { AppContext } from './module';

/** One figure on an area's or district's profile, e.g. "Presence hours: 412". Labels are in the actor's language. */
export type AreaProfileFigure = {
  label: string;
  value: number | null;
  unit: IndicatorDefinition['unit'];
  /** Not shown (publication layer): value is then null. */
  suppressed?: boolean;
  /** Why it is not shown. */
  reason?: HiddenReason | null;
  /** Contributors the figure rests on (respondents, participants), when it is a share of people. */
  n?: number | null;
  /** A short note under the figure, e.g. the interval or the period it covers. */
  note?: string;
  /** Shown in the one-screen summary at the top of the profile too. */
  summary?: boolean;
  /** The registered indicator (core/indicators.ts) this figure is a value of: the page links to how it was computed. */
  indicatorId?: string;
};

/** One period of a profile series: a year's index with its interval, a week's EST grade. */
export type AreaProfilePoint = {
  /** The period: "2025", "2026-W07". */
  period: string;
  value: number | null;
  /** The interval, for an estimate. */
  low?: number | null;
  high?: number | null;
  /** Contributors, for a share of people (rounds the share to what it bears). */
  n?: number | null;
  suppressed?: boolean;
  reason?: HiddenReason | null;
  /** The value in words, shown beside it (a grade's name). */
  text?: string;
  /** A CSS colour for the value (a grade's colour). */
  colour?: string;
};

/**
 * A small chart on the profile: a trend over periods (`line`) or one coloured cell per period with
 * its value as text too (`strip`, the EST grades over the weeks).
 */
export type AreaProfileSeries = {
  /** Stable within the section, e.g. 'index' or the area id of a district's strip. */
  key: string;
  label: string;
  unit: IndicatorDefinition['unit'];
  kind: 'line' | 'strip';
  indicatorId?: string;
  /** Shown in the one-screen summary. */
  summary?: boolean;
  points: AreaProfilePoint[];
};

/** A small table on the profile, e.g. presence hours per week. Cells are already formatted or numbers. */
export type AreaProfileTable = FigureTable;

/** One module's part of an area's (or district's) profile page for a year. */
export type AreaProfileSection = {
  /** The module's name, a stable key for the page. */
  module: string;
  title: string;
  figures: AreaProfileFigure[];
  series?: AreaProfileSeries[];
  tables?: AreaProfileTable[];
};

/** The profile of one area. */
export type AreaProfileRequest = { actor: Actor; areaId: string; year: number };

/** The profile of one district: the district and its areas (every one of them, hidden or not). */
export type DistrictProfileRequest = {
  actor: Actor;
  districtId: string;
  areaIds: readonly string[];
  year: number;
};

export type ProfileRequest = AreaProfileRequest | DistrictProfileRequest;

/** Whether the request is for a district's profile. */
export const isDistrictRequest = (request: ProfileRequest): request is DistrictProfileRequest =>
  'districtId' in request;

/**
 * What the profile is about, the same for both: the member of the modules' protected tables
 * (an area or district id; areaDimension has both) and the areas it covers.
 */
export function profilePlace(request: ProfileRequest): { member: string; areaIds: readonly string[] } {
  return isDistrictRequest(request)
    ? { member: request.districtId, areaIds: request.areaIds }
    : { member: request.areaId, areaIds: [request.areaId] };
}

/** Whether the actor may use the permission in every area the profile covers (a host: only their own). */
export function canReadPlace(actor: Actor, permission: string, request: ProfileRequest): boolean {
  const { areaIds } = profilePlace(request);
  return can(actor, permission) && areaIds.every((id) => can(actor, permission, id));
}

/**
 * A module's contribution to the area or district profile. It returns null when the actor may not
 * see its data (the caller has already checked that the actor may see the place itself).
 */
export type AreaProfileSource = (
  ctx: AppContext,
  request: ProfileRequest,
) => Promise<AreaProfileSection | null>;

const sources = new Map<string, AreaProfileSource>();

/** Modules register their part of the area profile once, at start-up (like indicators). */
export function registerAreaProfileSource(module: string, source: AreaProfileSource): void {
  sources.set(module, source);
}

/** Every module's section for the area or district and year, in registration order; sections the actor may not see are left out. */
export async function areaProfileSections(
  ctx: AppContext,
  request: ProfileRequest,
): Promise<AreaProfileSection[]> {
  const sections: AreaProfileSection[] = [];
  for (const source of sources.values()) {
    const section = await source(ctx, request);
    if (section) sections.push(publishSection(section));
  }
  return sections;
}

/** A section as it leaves the server: every figure and every point of every series through publishFigure/publishPoint. */
export function publishSection(section: AreaProfileSection): AreaProfileSection {
  return {
    ...section,
    figures: section.figures.map(publishFigure),
    ...(section.series
      ? {
          series: section.series.map((s) => ({
            ...s,
            points: s.points.map((p) => publishPoint(p, s.unit)),
          })),
        }
      : {}),
  };
}

/** A profile figure as it leaves the server: suppressed ones without value or count, shares rounded by their base. */
export function publishFigure(figure: AreaProfileFigure): AreaProfileFigure {
  if (figure.suppressed) return { ...figure, value: null, n: null, reason: figure.reason ?? 'small_group' };
  if (figure.value === null) return figure;
  if (figure.unit === 'fraction') {
    return { ...figure, value: roundShare(figure.value, figure.n ?? Number.POSITIVE_INFINITY) };
  }
  return { ...figure, value: roundRate(figure.value) };
}

/**
 * A series point as it leaves the server: a hidden one with neither value, bounds nor count; a
 * share and its interval rounded by its base (the interval outwards); other units to one decimal.
 */
export function publishPoint(point: AreaProfilePoint, unit: AreaProfileFigure['unit']): AreaProfilePoint {
  if (point.suppressed) {
    const { text: _text, colour: _colour, ...rest } = point;
    return { ...rest, value: null, low: null, high: null, n: null, reason: point.reason ?? 'small_group' };
  }
  if (point.value === null) return { ...point, low: null, high: null };
  const hasInterval =
    point.low !== undefined && point.low !== null && point.high !== undefined && point.high !== null;
  if (unit === 'fraction') {
    const n = point.n ?? Number.POSITIVE_INFINITY;
    return {
      ...point,
      value: roundShare(point.value, n),
      ...(hasInterval ? roundInterval(point.low as number, point.high as number, n) : {}),
    };
  }
  return {
    ...point,
    value: roundRate(point.value),
    ...(hasInterval ? { low: roundRate(point.low as number), high: roundRate(point.high as number) } : {}),
  };
}
