/**
 * The work behind an indicator: the activities, actions and priorities of the modules that move it,
 * for the "turn the curve" view. Each module says what of its own work serves an indicator.
 */
import type { Actor } from './auth/access';
import type { IndicatorDefinition } from './indicators';
import type { AppContext } from './module';

/** One piece of work linked to an indicator, e.g. an activity in the same focus area. */
export type LinkedWork = {
  module: string;
  /** What it is, in the actor's language ("Aktivitet", "Åtgärd"). */
  kind: string;
  title: string;
  /** The page in the web app it opens, e.g. '/activities/…'. */
  href: string | null;
  /** ISO date it started, was found or is due, when it has one. */
  date: string | null;
  /** Its state in the actor's language ("pågår", "åtgärdad"), when it has one. */
  status: string | null;
};

export type IndicatorLinksRequest = { actor: Actor; indicator: IndicatorDefinition; year: number };

/** A module's work linked to the indicator, only what the actor may see; empty when none. */
export type IndicatorLinkSource = (ctx: AppContext, request: IndicatorLinksRequest) => Promise<LinkedWork[]>;

const sources = new Map<string, IndicatorLinkSource>();

/** Modules register their linked work once, at start-up (like the area profile). */
export function registerIndicatorLinkSource(module: string, source: IndicatorLinkSource): void {
  sources.set(module, source);
}

/** Every module's work linked to the indicator, in registration order. */
export async function linkedWork(ctx: AppContext, request: IndicatorLinksRequest): Promise<LinkedWork[]> {
  const all: LinkedWork[] = [];
  for (const source of sources.values()) all.push(...(await source(ctx, request)));
  return all;
}
