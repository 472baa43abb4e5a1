import { z } from 'zod';
import { patchSchema } from '../../core/http/patch-schema';
import { actionStatuses, participantKinds, presenceActivities, severities } from './vocabulary';

const isoDate = z.iso.date();
const label = z.object({ sv: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) });
const answer = z.enum(['ok', 'finding', 'na']);

export const templateItemSchema = z.object({
  /** Stable key, e.g. "lighting"; findings are grouped by it over the years. */
  key: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[a-z0-9_]+$/),
  label,
  /** Must be answered (ok, finding or not applicable) before the round is complete. */
  required: z.boolean(),
});

export const templateSchema = z.object({
  id: z.uuid(),
  key: z.string(),
  version: z.number().int(),
  name: label,
  items: z.array(templateItemSchema),
  archived: z.boolean(),
});
export const templateList = z.array(templateSchema);

export const templateListQuery = z.object({
  /** `true` lists archived checklists too. */
  archived: z.enum(['true', 'false']).optional(),
});

/** `/rounds/templates/:key/versions` — a checklist by its stable key. */
export const templateKeyParam = z.object({ key: z.string().max(40) });

export const templateInput = z.object({
  key: templateItemSchema.shape.key,
  /**
   * The version the edit started from, 0 for a new checklist: a save on top of someone else's newer
   * version, or a new checklist with a key in use, is refused instead of overwriting it.
   */
  baseVersion: z.number().int().min(0).optional(),
  name: label,
  items: z.array(templateItemSchema).min(1).max(60),
  archived: z.boolean().optional(),
});

/** One queued round as the phone keeps it. */
export const syncRound = z.object({
  clientId: z.uuid(),
  templateId: z.uuid(),
  propertyId: z.uuid(),
  walkedOn: isoDate,
  answers: z.record(z.string(), answer),
  completed: z.boolean(),
});

export const syncFinding = z.object({
  clientId: z.uuid(),
  /** The round it belongs to (client id), or a safety walk (server id), or neither with areaId. */
  roundClientId: z.uuid().nullish(),
  walkId: z.uuid().nullish(),
  areaId: z.uuid().nullish(),
  propertyId: z.uuid().nullish(),
  itemKey: z.string().max(40).nullish(),
  /** Something that works well (safety walks). */
  positive: z.boolean().default(false),
  severity: z.enum(severities).nullish(),
  note: z.string().max(4000).default(''),
  staircase: z.string().max(40).nullish(),
  floor: z.string().max(20).nullish(),
  foundOn: isoDate,
});

export const syncPhoto = z.object({
  clientId: z.uuid(),
  findingClientId: z.uuid(),
  /** The image, base64 (JPEG, PNG, WebP or HEIF); resized and stripped on the server. */
  data: z.string().min(1).max(21_000_000),
});

export const syncShift = z.object({
  clientId: z.uuid(),
  areaId: z.uuid(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  timeOfDay: z.enum(['day', 'evening']),
  role: z.enum(['safety_host', 'summer_ambassador']).default('safety_host'),
  activities: z.array(z.enum(presenceActivities)).max(3).default([]),
  talks: z.number().int().min(0).max(1000).nullish(),
  note: z.string().max(2000).default(''),
});

export const syncInput = z.object({
  rounds: z.array(syncRound).max(200).default([]),
  findings: z.array(syncFinding).max(500).default([]),
  photos: z.array(syncPhoto).max(20).default([]),
  shifts: z.array(syncShift).max(200).default([]),
});

export const syncResultSchema = z.object({
  results: z.array(
    z.object({
      kind: z.enum(['round', 'walk', 'finding', 'photo', 'shift']),
      clientId: z.string(),
      /** created: stored now; existing: stored before (a replay); orphan: parent missing, retry later; rejected: will never be stored. */
      status: z.enum(['created', 'existing', 'updated', 'orphan', 'rejected']),
      id: z.uuid().nullable(),
      error: z.string().nullable(),
    }),
  ),
});

export const findingSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  roundId: z.uuid().nullable(),
  walkId: z.uuid().nullable(),
  areaId: z.uuid(),
  propertyId: z.uuid().nullable(),
  itemKey: z.string().nullable(),
  positive: z.boolean(),
  severity: z.enum(severities).nullable(),
  note: z.string(),
  staircase: z.string().nullable(),
  floor: z.string().nullable(),
  foundOn: z.string(),
  createdBy: z.string(),
  photoIds: z.array(z.uuid()),
  actionId: z.uuid().nullable(),
});

export const findingFilter = z.object({
  areaId: z.uuid().optional(),
  /** Only problems (not positive findings) that have no action yet. */
  withoutAction: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const findingListItemSchema = findingSchema.omit({ clientId: true, propertyId: true }).extend({
  areaName: z.string(),
  propertyCode: z.string().nullable(),
  walkTitle: z.string().nullable(),
  /** The checklist item's label in the template version the round used. */
  itemLabel: label.nullable(),
});
export const findingListItemList = z.array(findingListItemSchema);

export const roundSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  templateId: z.uuid(),
  templateKey: z.string(),
  templateVersion: z.number().int(),
  templateName: label,
  areaId: z.uuid(),
  propertyId: z.uuid(),
  propertyCode: z.string(),
  walkedOn: z.string(),
  personName: z.string(),
  answers: z.record(z.string(), answer),
  completed: z.boolean(),
  findings: z.number().int(),
});
export const roundList = z.array(roundSchema);

export const roundDetailSchema = roundSchema.extend({
  items: z.array(templateItemSchema),
  findingList: z.array(findingSchema),
});

export const roundFilter = z.object({
  areaId: z.uuid().optional(),
  propertyId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const participant = z.object({
  kind: z.enum(participantKinds),
  /** Name of the organisation; empty for tenants, who are counted and never named. */
  organisation: z.string().trim().max(120).nullable(),
  count: z.number().int().min(0).max(1000),
});

export const walkInput = z.object({
  clientId: z.uuid().optional(),
  areaId: z.uuid(),
  title: z.string().trim().min(1).max(200),
  route: z.string().max(4000).default(''),
  participants: z.array(participant).max(30).default([]),
  introductionOn: isoDate.nullish(),
  walkOn: isoDate,
  feedbackOn: isoDate.nullish(),
  summary: z.string().max(20000).default(''),
  /** The walk this one repeats (a few months later). */
  repeatOfId: z.uuid().nullish(),
});
export const walkPatch = patchSchema(walkInput.omit({ clientId: true, areaId: true }));

export const walkSchema = z.object({
  id: z.uuid(),
  areaId: z.uuid(),
  areaName: z.string(),
  title: z.string(),
  route: z.string(),
  participants: z.array(participant),
  introductionOn: z.string().nullable(),
  walkOn: z.string(),
  feedbackOn: z.string().nullable(),
  summary: z.string(),
  repeatOfId: z.uuid().nullable(),
  repeatWalkId: z.uuid().nullable(),
  findings: z.number().int(),
  actionsDone: z.number().int(),
  actionsTotal: z.number().int(),
});
export const walkList = z.array(walkSchema);

/** A walk with its findings, as one walk's page shows it. */
export const walkDetailSchema = walkSchema.extend({ findingList: roundDetailSchema.shape.findingList });

export const actionSchema = z.object({
  id: z.uuid(),
  findingId: z.uuid().nullable(),
  walkId: z.uuid().nullable(),
  areaId: z.uuid(),
  areaName: z.string(),
  title: z.string(),
  ownerUserId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(actionStatuses),
  wontDoReason: z.string().nullable(),
  publicText: z.string().nullable(),
  publicTextEn: z.string().nullable(),
  createdOn: z.string(),
  closedOn: z.string().nullable(),
  overdue: z.boolean(),
  severity: z.enum(severities).nullable(),
});
export const actionList = z.array(actionSchema);

/** Someone who may own actions in an area: an admin or one of the area's hosts. */
export const actionOwner = z.object({ id: z.uuid(), name: z.string() });
export const actionOwnerList = z.array(actionOwner);

/** A host who manages an area's rounds. */
export const areaManagerSchema = z.object({ areaId: z.uuid(), userId: z.uuid(), name: z.string() });
export const areaManagerList = z.array(areaManagerSchema);

/** Makes a host an area's manager, or stops it; the answer repeats what was set. */
export const areaManagerInput = z.object({ areaId: z.uuid(), userId: z.uuid(), manager: z.boolean() });

export const actionHistorySchema = z.object({
  at: z.string(),
  actorName: z.string(),
  fromStatus: z.enum(actionStatuses).nullable(),
  toStatus: z.enum(actionStatuses),
  note: z.string(),
});
export const actionHistoryList = z.array(actionHistorySchema);

export const actionInput = z.object({
  /** The finding this action follows up; or an area for a free-standing action. */
  findingId: z.uuid().optional(),
  areaId: z.uuid().optional(),
  title: z.string().trim().min(1).max(300),
  ownerUserId: z.uuid().nullish(),
  dueOn: isoDate.nullish(),
  /** What was done, in plain words for the public page; never names or contact details. */
  publicText: z.string().trim().max(1000).nullish(),
  publicTextEn: z.string().trim().max(1000).nullish(),
});

export const actionPatch = z.object({
  title: z.string().trim().min(1).max(300).optional(),
  ownerUserId: z.uuid().nullish(),
  dueOn: isoDate.nullish(),
  status: z.enum(actionStatuses).optional(),
  /** Required when the status becomes wont_do. */
  wontDoReason: z.string().trim().max(1000).nullish(),
  publicText: z.string().trim().max(1000).nullish(),
  publicTextEn: z.string().trim().max(1000).nullish(),
  /** A note for the history line. */
  note: z.string().max(1000).default(''),
});

export const actionFilter = z.object({
  areaId: z.uuid().optional(),
  status: z.enum(actionStatuses).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  mine: z.enum(['true', 'false']).optional(),
  /** Only open and in-progress actions. */
  active: z.enum(['true', 'false']).optional(),
  walkId: z.uuid().optional(),
});

export const shiftSchema = syncShift.extend({
  id: z.uuid(),
  hostName: z.string(),
  areaName: z.string(),
  hours: z.number(),
});

export const shiftList = z.array(shiftSchema);

export const presenceFilter = z.object({
  areaId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const presenceWeekSchema = z.object({
  areaId: z.uuid(),
  week: z.string(),
  hours: z.number(),
  shifts: z.number().int(),
  eveningHours: z.number(),
});
export const presenceWeekList = z.array(presenceWeekSchema);

export const followUpFilter = presenceFilter.extend({ propertyId: z.uuid().optional() });

export const followUpSchema = z.object({
  findingsByItem: z.array(
    z.object({
      itemKey: z.string(),
      year: z.number().int(),
      quarter: z.number().int(),
      findings: z.number().int(),
    }),
  ),
  actions: z.object({
    open: z.number().int(),
    inProgress: z.number().int(),
    overdue: z.number().int(),
    done: z.number().int(),
    wontDo: z.number().int(),
    medianDaysToClose: z.number().nullable(),
  }),
  roundsCompleted: z.number().int(),
});

export type Label = z.infer<typeof label>;
export type Answer = z.infer<typeof answer>;
export type TemplateItem = z.infer<typeof templateItemSchema>;
export type Template = z.infer<typeof templateSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type FindingListItem = z.infer<typeof findingListItemSchema>;
export type Round = z.infer<typeof roundSchema>;
export type WalkParticipant = z.infer<typeof participant>;
export type Walk = z.infer<typeof walkSchema>;
export type WalkDetail = z.infer<typeof walkDetailSchema>;
export type Action = z.infer<typeof actionSchema>;
export type ActionHistory = z.infer<typeof actionHistorySchema>;
export type ActionOwner = z.infer<typeof actionOwner>;
export type AreaManager = z.infer<typeof areaManagerSchema>;
export type PresenceWeek = z.infer<typeof presenceWeekSchema>;
export type FollowUp = z.infer<typeof followUpSchema>;
export type SyncInput = z.infer<typeof syncInput>;
export type SyncResult = z.infer<typeof syncResultSchema>;
export type TemplateInput = z.infer<typeof templateInput>;
export type WalkInput = z.infer<typeof walkInput>;
export type WalkPatch = z.infer<typeof walkPatch>;
export type ActionInput = z.infer<typeof actionInput>;
export type ActionPatch = z.infer<typeof actionPatch>;
export type ActionFilter = z.infer<typeof actionFilter>;
export type RoundFilter = z.infer<typeof roundFilter>;
export type FindingFilter = z.infer<typeof findingFilter>;
