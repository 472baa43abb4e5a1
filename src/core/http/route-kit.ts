import { z } from 'zod';

/**
 * The pieces every module's routes repeat, in one place: the `:id` of a row, the `?year=` of a
 * yearly figure. Module-specific shapes live in the module's contract.
 */

/** `/…/:id` — a row's id (a UUID; anything else is a 400 before the handler runs). */
export const idParam = z.object({ id: z.uuid() });

/** A calendar year a figure is asked for: a plausible one, as a number. */
export const year = z.coerce.number().int().min(2000).max(2100);

/** `?year=2026` — the year a page or figure is for; the current Swedish year when left out. */
export const yearQuery = z.object({ year: year.optional() });
