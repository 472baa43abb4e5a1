import { date, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { areaId, tenantKeys, timestamps } from '../../core/db/columns';
import type { FocusArea } from '../../shared/enums';
import type { DialogueMethod, GroupCounts } from './vocabulary';

/**
 * A dialogue with tenants in an area: a meeting, door-knocking, a digital survey, a children's
 * consultation or a scenario workshop. Participants are counted, never named.
 */
export const dialogues = pgTable(
  'dialogues',
  {
    ...tenantKeys(),
    areaId: areaId(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    method: text('method').$type<DialogueMethod>().notNull(),
    /** Shown on the public page: checked for personal data when saved. */
    title: text('title').notNull(),
    /** Participants per group; the groups overlap, so they do not add up to the total. */
    groups: jsonb('groups').$type<GroupCounts>().notNull(),
    /** Everyone who took part, counted once. */
    participants: integer('participants').notNull(),
    /** The staff who held it, as written (a team, a role or names): internal only. */
    heldBy: text('held_by').notNull().default(''),
    /** For staff only: never on a public page. */
    staffNotes: text('staff_notes').notNull().default(''),
    ...timestamps(),
  },
  (t) => [index('dialogues_org_area_held_idx').on(t.organisationId, t.areaId, t.heldOn)],
);

/** What tenants raised in a dialogue, the company's public response, and the action it became. */
export const dialoguePoints = pgTable(
  'dialogue_points',
  {
    ...tenantKeys(),
    dialogueId: uuid('dialogue_id')
      .notNull()
      .references(() => dialogues.id, { onDelete: 'cascade' }),
    /** What was raised, in public wording (no names): shown on the public page. */
    text: text('text').notNull(),
    /** The focus areas it touches (trygghet, dialog, gemenskap, arbete). */
    topics: jsonb('topics').$type<FocusArea[]>().notNull().default([]),
    /** The company's response, public; empty until given. */
    response: text('response').notNull().default(''),
    /** The rounds action it became (an id of the rounds module, so no foreign key across modules). */
    actionId: uuid('action_id'),
    ...timestamps(),
  },
  (t) => [index('dialogue_points_dialogue_idx').on(t.organisationId, t.dialogueId)],
);
