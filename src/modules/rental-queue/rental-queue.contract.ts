import { z } from 'zod';
import { patchSchema } from '../../core/http/patch-schema';

/** `POST /rental-queue/exception-codes`: a documented reason to let outside queue order. */
export const exceptionCodeInput = z.object({
  /** The code the rental system's file uses, e.g. `samverkan` (letters, digits, - and _). */
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9åäö_-]{1,40}$/),
  /** Its name in Swedish. */
  nameSv: z.string().trim().min(1).max(200),
  /** Its name in English. */
  nameEn: z.string().trim().min(1).max(200),
  /** The law, agreement or policy that allows it. */
  basis: z.string().trim().max(2000).default(''),
  /** Only an active code covers a letting. */
  active: z.boolean().default(true),
});
export type ExceptionCodeInput = z.infer<typeof exceptionCodeInput>;

/** `PATCH /rental-queue/exception-codes/:id`: only the fields named change. */
export const exceptionCodePatch = patchSchema(exceptionCodeInput);
export type ExceptionCodePatch = z.infer<typeof exceptionCodePatch>;

/** An exception code as kept. */
export const exceptionCodeRow = z.object({
  id: z.uuid(),
  code: z.string(),
  nameSv: z.string(),
  nameEn: z.string(),
  basis: z.string(),
  active: z.boolean(),
});
export type ExceptionCodeRow = z.infer<typeof exceptionCodeRow>;
export const exceptionCodeList = z.array(exceptionCodeRow);

/** A share as the publication layer lets it out: rounded, or hidden with only the reason. */
export const publishedShare = z.object({
  /** (In order + covered) / lettings, 0–1; null when hidden or without lettings. */
  value: z.number().nullable(),
  /** Lettings it rests on; null when hidden. */
  n: z.number().int().nullable(),
  /** Why it is hidden: too few lettings, or to protect another area. */
  reason: z.enum(['small_group', 'protects_another']).nullable(),
});
export type PublishedShare = z.infer<typeof publishedShare>;

/** One area's lettings of the year; counts are null where the area's figure is hidden. */
export const areaQueueOrder = z.object({
  areaId: z.uuid(),
  areaName: z.string(),
  districtName: z.string(),
  share: publishedShare,
  inOrder: z.number().int().nullable(),
  covered: z.number().int().nullable(),
  deviations: z.number().int().nullable(),
});
export type AreaQueueOrder = z.infer<typeof areaQueueOrder>;

/** `GET /rental-queue/share?year=`: the year's share, each area's, and every year's so far. */
export const queueOrderShare = z.object({
  year: z.number().int(),
  share: publishedShare,
  /** Every year with lettings up to this one, oldest first. */
  trend: z.array(z.object({ year: z.number().int(), share: publishedShare })),
  /** Areas with lettings in the year, by district and name. */
  areas: z.array(areaQueueOrder),
});
export type QueueOrderShare = z.infer<typeof queueOrderShare>;

/** A letting that did not go to the first eligible applicant. */
export const outOfOrderLetting = z.object({
  /** The rental system's listing id. */
  listingRef: z.string(),
  areaId: z.uuid(),
  areaName: z.string(),
  /** The day the accepted offer was made. */
  letOn: z.string(),
  /** The tenant's queue position. */
  position: z.number().int(),
  /** The first eligible applicant's queue days minus the tenant's. */
  queueDaysDifference: z.number().int(),
  /** The exception code on the tenant's row (for a deviation: an inactive one, or none). */
  exceptionCode: z.string().nullable(),
});
export type OutOfOrderLetting = z.infer<typeof outOfOrderLetting>;

/** `GET /rental-queue/audit?year=`: the year's lettings out of order, unexplained and covered. */
export const queueAudit = z.object({
  year: z.number().int(),
  /** Out of order with no active exception: to be explained. By area, then day. */
  deviations: z.array(outOfOrderLetting),
  /** Out of order and covered by an active exception code. */
  covered: z.array(outOfOrderLetting),
});
export type QueueAudit = z.infer<typeof queueAudit>;
