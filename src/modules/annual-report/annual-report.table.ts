import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantKeys } from '../../core/db/columns';
import type { MaterialArea } from '../../core/indicators';

/**
 * The editor's text of a material area in a year's report, in one language. Rows are versions,
 * never updated: the newest is the text, the older ones say who changed what and when.
 */
export const reportTexts = pgTable(
  'report_texts',
  {
    ...tenantKeys(),
    year: integer('year').notNull(),
    materialArea: text('material_area').$type<MaterialArea>().notNull(),
    language: text('language').$type<'sv' | 'en'>().notNull(),
    body: text('body').notNull(),
    /** users.id of the writer (no foreign key: erasing a user keeps the report's history). */
    writtenBy: uuid('written_by'),
    createdAt: createdAt(),
  },
  (t) => [index('report_texts_org_year_idx').on(t.organisationId, t.year, t.materialArea, t.language)],
);
