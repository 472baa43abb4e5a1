import { z } from 'zod';
import { feedbackCategories, feedbackStatuses, triageKinds } from './vocabulary';

const uuid = z.uuid();
const day = z.iso.date();

/** `GET /feedback` — a page of reports, newest first. */
export const feedbackQuery = z.object({
  /** One area (a host: only their own); every area the actor sees when left out. */
  areaId: uuid.optional(),
  status: z.enum(feedbackStatuses).optional(),
  category: z.enum(feedbackCategories).optional(),
  /** 1-based page of `pageSize` reports. */
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type FeedbackQuery = z.infer<typeof feedbackQuery>;

/** The action a report became, as the rounds module keeps it. */
export const linkedActionSchema = z.object({
  id: uuid,
  title: z.string(),
  /** The rounds module's action status: open, in_progress, done, wont_do. */
  status: z.string(),
  dueOn: z.string().nullable(),
  closedOn: z.string().nullable(),
});

/** One report as staff see it (the contact only to those who may triage it). */
export const feedbackReport = z.object({
  id: uuid,
  areaId: uuid,
  areaName: z.string(),
  category: z.enum(feedbackCategories),
  place: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  description: z.string(),
  /** E-mail and phone the tenant left to be reached; null once erased (or for a viewer). */
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactErased: z.boolean(),
  /** The tenant's language (sv, en, ar, so). */
  language: z.string(),
  status: z.enum(feedbackStatuses),
  receivedAt: z.string(),
  receivedOn: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  action: linkedActionSchema.nullable(),
  estReportId: uuid.nullable(),
  triagedAt: z.string().nullable(),
  triagedBy: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** Whether a photo came with it, and whether staff let Open311 show it. */
  hasPhoto: z.boolean(),
  photoPublishable: z.boolean(),
});
export type FeedbackReport = z.infer<typeof feedbackReport>;

export const feedbackPage = z.object({
  items: z.array(feedbackReport),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type FeedbackPage = z.infer<typeof feedbackPage>;

/** `POST /feedback/:id/triage` — what the report becomes. */
export const triageInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('action'),
    /** The action's title (staff's words). */
    title: z.string().trim().min(1).max(300),
    dueOn: day.nullish(),
    /** Plain public wording of what will be done; no names or contact details. */
    publicText: z.string().trim().max(1000).nullish(),
    /** An answer to the tenant as well (optional). */
    answer: z.string().trim().max(2000).nullish(),
  }),
  z.object({
    kind: z.literal('est'),
    /** The EST category (the situation module's categories). */
    categoryId: uuid,
    /** The day it happened; the day the tenant reported it when left out. */
    date: day.optional(),
    answer: z.string().trim().max(2000).nullish(),
  }),
  z.object({
    kind: z.literal('answer'),
    answer: z.string().trim().min(1).max(2000),
  }),
]);
export type TriageInput = z.infer<typeof triageInput>;
export { triageKinds };

/** `PUT /feedback/:id/photo-publishable` — whether Open311 may show the photo. */
export const photoPublishableInput = z.object({ publishable: z.boolean() });

/** A category with its name and description in the staff's language. */
export const feedbackCategorySchema = z.object({
  code: z.enum(feedbackCategories),
  name: z.string(),
  description: z.string(),
});
export const feedbackCategoryList = z.array(feedbackCategorySchema);
