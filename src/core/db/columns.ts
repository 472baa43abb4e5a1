import { sql } from 'drizzle-orm';
import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** Primary key every table uses: random UUID made by the database. */
export const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);

/** The tenant column every table carries (and the Citus shard key). */
export const organisationId = () => uuid('organisation_id').notNull();

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** The two columns almost every table starts with: its own id and its organisation. */
export const tenantKeys = () => ({ id: id(), organisationId: organisationId() });

/** When a row was made and when it last changed. */
export const timestamps = () => ({ createdAt: createdAt(), updatedAt: updatedAt() });

/** The area a row belongs to: an id of the areas module, so no foreign key across modules. */
export const areaId = () => uuid('area_id').notNull();

/** The id a phone made for a row it queued offline; unique per organisation, it makes a replayed sync harmless. */
export const clientId = () => uuid('client_id').notNull();
