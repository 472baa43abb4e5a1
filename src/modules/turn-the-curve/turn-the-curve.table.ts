import { pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { tenantKeys, updatedAt } from '../../core/db/columns';

/** "The story behind the curve" (Results-Based Accountability): one text per indicator and organisation. */
export const indicatorStories = pgTable(
  'indicator_stories',
  {
    ...tenantKeys(),
    indicatorId: text('indicator_id').notNull(),
    story: text('story').notNull().default(''),
    updatedBy: uuid('updated_by'),
    updatedAt: updatedAt(),
  },
  (t) => [unique('indicator_stories_org_indicator_unique').on(t.organisationId, t.indicatorId)],
);
