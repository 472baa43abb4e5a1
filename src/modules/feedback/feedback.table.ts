// Tenant feedback (kundsynpunkter): this module's tables (issue 15).
import {
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { areaId, createdAt, tenantKeys } from '../../core/db/columns';
import type { FeedbackCategory, FeedbackStatus } from './vocabulary';

/** Binary column: photos are kept in the database so backup/restore and transactions cover them. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** One tenant's report from the public form; the token of its status link is kept only hashed. */
export const feedbackReports = pgTable(
  'feedback_reports',
  {
    ...tenantKeys(),
    areaId: areaId(),
    category: text('category').$type<FeedbackCategory>().notNull(),
    /** The place in words (an address, "behind the laundry room"); checked for personal data. */
    place: text('place'),
    /** A point the tenant marked on the area's map (WGS 84). */
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    description: text('description').notNull(),
    /** Only to reach the tenant; never public, erased a set time after closing (retention.job.ts). */
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    contactErasedAt: timestamp('contact_erased_at', { withTimezone: true }),
    /** The tenant's language, for the answer mail and the status page's default. */
    language: text('language').notNull().default('sv'),
    tokenHash: text('token_hash').notNull(),
    status: text('status').$type<FeedbackStatus>().notNull().default('received'),
    /** The configured clock's instant and Swedish day of receipt (the indicators count by the day's year). */
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    /** The company's answer, shown on the status page as written. */
    answer: text('answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /** The rounds module's action it became, and the situation module's EST report. */
    actionId: uuid('action_id'),
    estReportId: uuid('est_report_id'),
    triagedAt: timestamp('triaged_at', { withTimezone: true }),
    triagedBy: text('triaged_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('feedback_reports_token_unique').on(t.tokenHash),
    index('feedback_reports_org_area_idx').on(t.organisationId, t.areaId, t.receivedOn),
  ],
);

/** A report's photo, resized and stripped of metadata (core/photos.ts) before it is stored. */
export const feedbackPhotos = pgTable(
  'feedback_photos',
  {
    ...tenantKeys(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => feedbackReports.id, { onDelete: 'cascade' }),
    mime: text('mime').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    content: bytea('content').notNull(),
    /** Staff judged it free of people and plates: only then may Open311 show it. */
    publishable: boolean('publishable').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('feedback_photos_report_unique').on(t.reportId)],
);
