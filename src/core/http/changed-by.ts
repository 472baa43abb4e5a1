/**
 * Who last changed a thing and when, in one shape for every contract (goals, hand-entered values,
 * imports, the story behind a curve): the person by id and name, so a page shows a name and can
 * still tell two people of the same name apart. The annual report's `written_by` (a name) is a
 * public contract of its own (docs/annual-report.md) and stays as it is.
 */
import { z } from 'zod';

/** A user as a change names them. */
export const changer = z.object({
  /** The user's id. */
  id: z.uuid(),
  /** Their name as the organisation's user list has it. */
  name: z.string(),
});
export type Changer = z.infer<typeof changer>;

/** The last change: when, and by whom (null for the system, the command line, the demo, or a user who is gone). */
export const changeStamp = z.object({
  /** ISO instant of the last change. */
  changedAt: z.string(),
  /** Who made it; null when no user did or the user is gone. */
  changedBy: changer.nullable(),
});
export type ChangeStamp = z.infer<typeof changeStamp>;

/** The same for a thing that may never have been written (an empty story): both null then. */
export const optionalChangeStamp = z.object({
  /** ISO instant of the last change; null when never written. */
  changedAt: z.string().nullable(),
  /** Who made it; null when never written, no user did or the user is gone. */
  changedBy: changer.nullable(),
});
export type OptionalChangeStamp = z.infer<typeof optionalChangeStamp>;

/** A stored change (its instant and a joined user's id and name, either null when there is none) as the contract gives it. */
export function changeStampOf(
  at: Date,
  user: { id: string | null; name: string | null } | null,
): ChangeStamp {
  return {
    changedAt: at.toISOString(),
    changedBy: user?.id && user.name !== null ? { id: user.id, name: user.name } : null,
  };
}
