import { sql } from 'drizzle-orm';
import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** Primary key every table uses: random UUID made by the database. */
export const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);

/** The tenant column every table carries (and the Citus shard key). */
export const organisationId = () => uuid('organisation_id').notNull();

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
