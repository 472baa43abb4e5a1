import {
  boolean,
  customType,
  doublePrecision,
  integer,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, tenantKeys, updatedAt } from '../../core/db/columns';
import type { IndicatorDefinition, IndicatorFrequency, MaterialArea } from '../../core/indicators';
import type { Role } from '../../shared/enums';
import { areaIdColumn } from '../areas';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * An indicator the organisation keeps by hand (no module computes it), e.g. summer jobs for young
 * tenants: its metadata as a registered indicator has it. Its values are `indicator_entries`.
 */
export const manualIndicators = pgTable(
  'manual_indicators',
  {
    ...tenantKeys(),
    /** Stable id in the report (`manual_` prefix keeps it apart from the modules' ids). */
    code: text('code').notNull(),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
    unit: text('unit').$type<IndicatorDefinition['unit']>().notNull(),
    materialArea: text('material_area').$type<MaterialArea>().notNull(),
    focusArea: text('focus_area'),
    sdg: integer('sdg').array().notNull(),
    sdgTargets: text('sdg_targets').array().notNull(),
    higherIsBetter: boolean('higher_is_better').notNull(),
    frequency: text('frequency').$type<IndicatorFrequency>().notNull(),
    owner: text('owner').$type<Role>().notNull(),
    definitionSv: text('definition_sv').notNull(),
    definitionEn: text('definition_en').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('manual_indicators_org_code_unique').on(t.organisationId, t.code)],
);

/**
 * A value entered by hand for a year (and optionally an area), with where it comes from: a source
 * note always, an attachment (the supplier's report, a spreadsheet) when there is one.
 */
export const indicatorEntries = pgTable(
  'indicator_entries',
  {
    ...tenantKeys(),
    indicatorId: text('indicator_id').notNull(),
    year: integer('year').notNull(),
    areaId: areaIdColumn(),
    value: doublePrecision('value').notNull(),
    /** Contributors behind the figure (people asked, participants), when it rests on people. */
    n: integer('n'),
    sourceNote: text('source_note').notNull(),
    attachmentName: text('attachment_name'),
    attachmentType: text('attachment_type'),
    attachment: bytea('attachment'),
    enteredBy: uuid('entered_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('indicator_entries_org_indicator_year_area_unique')
      .on(t.organisationId, t.indicatorId, t.year, t.areaId)
      .nullsNotDistinct(),
  ],
);
