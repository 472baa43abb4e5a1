import type { Actor } from './auth/access';
import { type HiddenReason, roundShare } from './disclosure';
import type { FigureTable, IndicatorDefinition } from './indicators';
import type { AppContext } from './module';

/** One figure on an area's profile, e.g. "Presence hours: 412". Labels are in the actor's language. */
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
};

/** A small table on the profile, e.g. presence hours per week. Cells are already formatted or numbers. */
export type AreaProfileTable = FigureTable;

/** One module's part of an area's profile page for a year. */
export type AreaProfileSection = {
  /** The module's name, a stable key for the page. */
  module: string;
  title: string;
  figures: AreaProfileFigure[];
  tables?: AreaProfileTable[];
};

export type AreaProfileRequest = { actor: Actor; areaId: string; year: number };

/**
 * A module's contribution to the area profile. It returns null when the actor may not see its data
 * (the caller has already checked that the actor may see the area itself).
 */
export type AreaProfileSource = (
  ctx: AppContext,
  request: AreaProfileRequest,
) => Promise<AreaProfileSection | null>;

const sources = new Map<string, AreaProfileSource>();

/** Modules register their part of the area profile once, at start-up (like indicators). */
export function registerAreaProfileSource(module: string, source: AreaProfileSource): void {
  sources.set(module, source);
}

/** Every module's section for the area and year, in registration order; sections the actor may not see are left out. */
export async function areaProfileSections(
  ctx: AppContext,
  request: AreaProfileRequest,
): Promise<AreaProfileSection[]> {
  const sections: AreaProfileSection[] = [];
  for (const source of sources.values()) {
    const section = await source(ctx, request);
    if (section) sections.push({ ...section, figures: section.figures.map(publishFigure) });
  }
  return sections;
}

/** A profile figure as it leaves the server: suppressed ones without value or count, shares rounded by their base. */
export function publishFigure(figure: AreaProfileFigure): AreaProfileFigure {
  if (figure.suppressed) return { ...figure, value: null, n: null, reason: figure.reason ?? 'small_group' };
  if (figure.value === null) return figure;
  if (figure.unit === 'fraction') {
    return { ...figure, value: roundShare(figure.value, figure.n ?? Number.POSITIVE_INFINITY) };
  }
  return { ...figure, value: Math.round(figure.value * 10) / 10 };
}
