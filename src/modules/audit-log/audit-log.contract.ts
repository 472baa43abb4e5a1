import { z } from 'zod';

/** Which entries to list or export; every field narrows, all are optional. */
export const auditFilter = z.object({
  /** First day, YYYY-MM-DD. */
  from: z.string().date().optional(),
  /** Last day, YYYY-MM-DD. */
  to: z.string().date().optional(),
  /** Part of the actor's name. */
  actor: z.string().max(100).optional(),
  entity: z.string().max(50).optional(),
  action: z.string().max(50).optional(),
});

/** A page of the filtered log. */
export const auditQuery = auditFilter.extend({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const auditEntry = z.object({
  id: z.number(),
  at: z.date(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  action: z.string(),
  entity: z.string(),
  /** The entity and action named in the user's language. */
  entityLabel: z.string(),
  actionLabel: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});

export const auditEntryList = z.array(auditEntry);

/** A code of the log and its name in the user's language. */
const named = z.object({ code: z.string(), label: z.string() });

/** The entities and actions that occur in the log, for the filter's choices. */
export const auditFacetsSchema = z.object({ entities: z.array(named), actions: z.array(named) });

export type AuditFilter = z.infer<typeof auditFilter>;
export type AuditEntry = z.infer<typeof auditEntry>;
export type AuditFacets = z.infer<typeof auditFacetsSchema>;
export type Named = z.infer<typeof named>;
