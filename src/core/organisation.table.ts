import { jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id } from './db/columns';

/** A housing company. Its id is the organisation_id every other table carries. */
export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** Per-organisation settings (suppression threshold, retention, …), validated by the modules that own them. */
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('organisations_slug_unique').on(t.slug)],
);
