import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { areaId, clientId, createdAt, organisationId, tenantKeys, timestamps } from '../../core/db/columns';
import type { Answer, TemplateContent, TemplateItem } from './templates';
import type { ActionStatus, ParticipantKind, PresenceActivity, Severity } from './vocabulary';

/** Binary column: photos are kept in the database so backup/restore and transactions cover them. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** A checklist template version; an edit adds a version, rounds keep the version they walked. */
export const checklistTemplates = pgTable(
  'rounds_checklist_templates',
  {
    ...tenantKeys(),
    /** Stable key of the checklist, e.g. 'stairwell'; versions share it. */
    key: text('key').notNull(),
    version: integer('version').notNull(),
    name: jsonb('name').$type<TemplateContent['name']>().notNull(),
    items: jsonb('items').$type<TemplateItem[]>().notNull(),
    /** Only the latest version of a key is offered for new rounds; archived keys are hidden. */
    archived: boolean('archived').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('rounds_templates_org_key_version_unique').on(t.organisationId, t.key, t.version)],
);

export const rounds = pgTable(
  'rounds',
  {
    ...tenantKeys(),
    /** Made on the phone; makes sync idempotent. */
    clientId: clientId(),
    templateId: uuid('template_id')
      .notNull()
      .references(() => checklistTemplates.id),
    areaId: areaId(),
    propertyId: uuid('property_id').notNull(),
    walkedOn: date('walked_on', { mode: 'string' }).notNull(),
    userId: uuid('user_id'),
    personName: text('person_name').notNull(),
    answers: jsonb('answers').$type<Record<string, Answer>>().notNull().default({}),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('rounds_org_client_unique').on(t.organisationId, t.clientId),
    index('rounds_area_date_idx').on(t.areaId, t.walkedOn),
  ],
);

export type Participant = { kind: ParticipantKind; organisation: string | null; count: number };

/** A safety walk (trygghetsvandring) with its three meetings; a repeat walk points at the walk it repeats. */
export const safetyWalks = pgTable(
  'rounds_safety_walks',
  {
    ...tenantKeys(),
    clientId: clientId(),
    areaId: areaId(),
    title: text('title').notNull(),
    route: text('route').notNull().default(''),
    /** Participants by organisation; tenants are a count, never names. */
    participants: jsonb('participants').$type<Participant[]>().notNull().default([]),
    introductionOn: date('introduction_on', { mode: 'string' }),
    walkOn: date('walk_on', { mode: 'string' }).notNull(),
    feedbackOn: date('feedback_on', { mode: 'string' }),
    /** Free text of the protocol beside the findings (summary, what was agreed). */
    summary: text('summary').notNull().default(''),
    repeatOfId: uuid('repeat_of_id'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('rounds_walks_org_client_unique').on(t.organisationId, t.clientId),
    uniqueIndex('rounds_walks_repeat_of_unique').on(t.repeatOfId),
    index('rounds_walks_area_idx').on(t.areaId, t.walkOn),
  ],
);

/** What a round or walk found: a problem with a severity, or (on walks) something that works well. */
export const findings = pgTable(
  'rounds_findings',
  {
    ...tenantKeys(),
    clientId: clientId(),
    roundId: uuid('round_id').references(() => rounds.id),
    walkId: uuid('walk_id').references(() => safetyWalks.id),
    areaId: areaId(),
    propertyId: uuid('property_id'),
    itemKey: text('item_key'),
    positive: boolean('positive').notNull().default(false),
    severity: text('severity').$type<Severity>(),
    note: text('note').notNull().default(''),
    staircase: text('staircase'),
    floor: text('floor'),
    foundOn: date('found_on', { mode: 'string' }).notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('rounds_findings_org_client_unique').on(t.organisationId, t.clientId),
    index('rounds_findings_area_idx').on(t.areaId, t.foundOn),
    index('rounds_findings_round_idx').on(t.roundId),
    index('rounds_findings_walk_idx').on(t.walkId),
  ],
);

/** A finding's photo, resized and stripped of metadata before it is stored (see photos.ts). */
export const findingPhotos = pgTable(
  'rounds_finding_photos',
  {
    ...tenantKeys(),
    clientId: clientId(),
    findingId: uuid('finding_id')
      .notNull()
      .references(() => findings.id),
    mime: text('mime').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    content: bytea('content').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('rounds_photos_org_client_unique').on(t.organisationId, t.clientId),
    index('rounds_photos_finding_idx').on(t.findingId),
  ],
);

/** Follow-up of a finding (or a free-standing action): one per finding at most. */
export const actions = pgTable(
  'rounds_actions',
  {
    ...tenantKeys(),
    findingId: uuid('finding_id').references(() => findings.id),
    areaId: areaId(),
    title: text('title').notNull(),
    ownerUserId: uuid('owner_user_id'),
    ownerName: text('owner_name'),
    dueOn: date('due_on', { mode: 'string' }),
    status: text('status').$type<ActionStatus>().notNull().default('open'),
    wontDoReason: text('wont_do_reason'),
    /** Plain words for the public follow-up page: what was done, no names. */
    publicText: text('public_text'),
    /** The same in English for the page's English version; without it the Swedish text is shown. */
    publicTextEn: text('public_text_en'),
    createdOn: date('created_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('rounds_actions_finding_unique').on(t.findingId),
    index('rounds_actions_area_status_idx').on(t.areaId, t.status),
    index('rounds_actions_owner_idx').on(t.ownerUserId),
  ],
);

export const actionHistory = pgTable(
  'rounds_action_history',
  {
    ...tenantKeys(),
    actionId: uuid('action_id')
      .notNull()
      .references(() => actions.id),
    actorName: text('actor_name').notNull(),
    fromStatus: text('from_status').$type<ActionStatus>(),
    toStatus: text('to_status').$type<ActionStatus>().notNull(),
    note: text('note').notNull().default(''),
    changes: jsonb('changes').$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('rounds_action_history_action_idx').on(t.actionId, t.at)],
);

/** A safety host's or summer safety ambassador's shift in an area. */
export const presenceShifts = pgTable(
  'rounds_presence_shifts',
  {
    ...tenantKeys(),
    clientId: clientId(),
    userId: uuid('user_id'),
    hostName: text('host_name').notNull(),
    role: text('role').$type<'safety_host' | 'summer_ambassador'>().notNull().default('safety_host'),
    areaId: areaId(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    timeOfDay: text('time_of_day').$type<'day' | 'evening'>().notNull(),
    activities: jsonb('activities').$type<PresenceActivity[]>().notNull().default([]),
    /** How many tenants they talked with, when counted. */
    talks: integer('talks'),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('rounds_shifts_org_client_unique').on(t.organisationId, t.clientId),
    index('rounds_shifts_area_start_idx').on(t.areaId, t.startsAt),
  ],
);

/** Area managers (områdeschefer): they see overdue actions of their areas and get the weekly digest. */
export const areaManagers = pgTable(
  'rounds_area_managers',
  {
    organisationId: organisationId(),
    areaId: areaId(),
    userId: uuid('user_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.areaId, t.userId] })],
);
