import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, tenantKeys } from '../db/columns';

/** Every mail is kept here; sentAt is set when SMTP accepted it, and stays null without SMTP. */
export const outbox = pgTable(
  'outbox',
  {
    ...tenantKeys(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    error: text('error'),
    createdAt: createdAt(),
  },
  (t) => [index('outbox_org_idx').on(t.organisationId, t.createdAt)],
);
