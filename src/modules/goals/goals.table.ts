import { doublePrecision, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantKeys, updatedAt } from '../../core/db/columns';
import { areaIdColumn } from '../areas';

/**
 * Goals, the one place for every module's targets: per indicator and year, for the whole
 * organisation (area null) or one area, with the year whose figure is the baseline.
 */
export const indicatorGoals = pgTable(
  'indicator_goals',
  {
    ...tenantKeys(),
    indicatorId: text('indicator_id').notNull(),
    year: integer('year').notNull(),
    areaId: areaIdColumn(),
    /** In the indicator's unit: fractions as 0–1. */
    target: doublePrecision('target').notNull(),
    baselineYear: integer('baseline_year'),
    /** The user who last set it (users.id; no foreign key, so erasing a user keeps the goal). */
    updatedBy: uuid('updated_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('indicator_goals_org_indicator_year_area_unique')
      .on(t.organisationId, t.indicatorId, t.year, t.areaId)
      .nullsNotDistinct(),
  ],
);
