import { z } from 'zod';
import { patchSchema } from '../../core/http/patch-schema';
import { year } from '../../core/http/route-kit';
import { focusAreas } from '../../shared/enums';
import { dialogueMethods } from './vocabulary';

export { dialogueMethods, participantGroups } from './vocabulary';

const isoDate = z.iso.date();
const count = z.number().int().min(0).max(100_000);

/** Participants per group; a group left out is 0. The groups overlap, so they need not add up to the total. */
export const groupCounts = z.object({
  children: count.default(0),
  youths: count.default(0),
  women: count.default(0),
  men: count.default(0),
  seniors: count.default(0),
  newcomers: count.default(0),
});

/** `POST /dialogues`: a dialogue held with tenants in an area. */
export const dialogueInput = z.object({
  /** The area it was held in (a host: one of theirs). */
  areaId: z.uuid(),
  /** The day it was held (YYYY-MM-DD). */
  heldOn: isoDate,
  /** How it was held. */
  method: z.enum(dialogueMethods),
  /** A short public title, e.g. "Dörrknackning på Lärkgatan"; no names. */
  title: z.string().trim().min(1).max(200),
  /** Participants per group (children, youths, women, men, seniors, newcomers). */
  groups: groupCounts.default({ children: 0, youths: 0, women: 0, men: 0, seniors: 0, newcomers: 0 }),
  /** Everyone who took part, counted once; at least the largest group. */
  participants: count,
  /** Who held it (staff), internal. */
  heldBy: z.string().trim().max(300).default(''),
  /** Notes for staff only, never shown publicly. */
  staffNotes: z.string().trim().max(4000).default(''),
});
export type DialogueInput = z.infer<typeof dialogueInput>;

/** `PATCH /dialogues/:id`: only the fields named change. */
export const dialoguePatch = patchSchema(dialogueInput);
export type DialoguePatch = z.infer<typeof dialoguePatch>;

/** `GET /dialogues?areaId=&year=&method=`. */
export const dialogueFilter = z.object({
  /** Only this area's dialogues. */
  areaId: z.uuid().optional(),
  /** Only those held in this calendar year. */
  year: year.optional(),
  /** Only those held this way. */
  method: z.enum(dialogueMethods).optional(),
});
export type DialogueFilter = z.infer<typeof dialogueFilter>;

/** A dialogue as staff see it. */
export const dialogueSchema = z.object({
  id: z.uuid(),
  areaId: z.uuid(),
  /** The area's name. */
  areaName: z.string(),
  heldOn: z.string(),
  method: z.enum(dialogueMethods),
  title: z.string(),
  groups: groupCounts,
  participants: z.number().int(),
  heldBy: z.string(),
  staffNotes: z.string(),
  /** How many points were raised. */
  points: z.number().int(),
  /** How many of them have a response. */
  responded: z.number().int(),
  /** How many became actions. */
  actions: z.number().int(),
});
export type Dialogue = z.infer<typeof dialogueSchema>;
export const dialogueList = z.array(dialogueSchema);

/** `POST /dialogues/:id/points`: something tenants raised. */
export const pointInput = z.object({
  /** What was raised, in public wording: no names, phone numbers or addresses of people. */
  text: z.string().trim().min(1).max(1000),
  /** The focus areas it touches. */
  topics: z.array(z.enum(focusAreas)).max(4).default([]),
  /** The company's response, public; empty until given. */
  response: z.string().trim().max(2000).default(''),
});
export type PointInput = z.infer<typeof pointInput>;

/** `PATCH /dialogue-points/:id`: change the wording, topics or response. */
export const pointPatch = patchSchema(pointInput);
export type PointPatch = z.infer<typeof pointPatch>;

/** The action a point became, as the rounds module keeps it. */
export const pointAction = z.object({
  id: z.uuid(),
  status: z.enum(['open', 'in_progress', 'done', 'wont_do']),
  dueOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  publicText: z.string().nullable(),
});

/** A point raised in a dialogue, with its response and the action it became. */
export const pointSchema = z.object({
  id: z.uuid(),
  dialogueId: z.uuid(),
  text: z.string(),
  topics: z.array(z.enum(focusAreas)),
  response: z.string(),
  /** The action, or null when none was made. */
  action: pointAction.nullable(),
});
export type Point = z.infer<typeof pointSchema>;

/** `GET /dialogues/:id`: the dialogue and its points. */
export const dialogueDetail = dialogueSchema.extend({ pointList: z.array(pointSchema) });
export type DialogueDetail = z.infer<typeof dialogueDetail>;

/** `POST /dialogue-points/:id/action`: make the point an action of the rounds module. */
export const makeActionInput = z.object({
  /** The action's title for staff; the point's text when left out. */
  title: z.string().trim().min(1).max(300).optional(),
  /** The public wording of what will be done; the point's text when left out. */
  publicText: z.string().trim().max(1000).optional(),
  /** When it should be done. */
  dueOn: isoDate.nullish(),
});
export type MakeActionInput = z.infer<typeof makeActionInput>;
