import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Role } from '../../shared/enums';
import { areaId, createdAt, organisationId, tenantKeys } from '../db/columns';

export { type Role, roles } from '../../shared/enums';

export const users = pgTable(
  'users',
  {
    ...tenantKeys(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role').$type<Role>().notNull(),
    /** For partners: the partner organisation they report for (municipality unit, police, …). */
    partnerOrganisation: text('partner_organisation'),
    language: text('language').$type<'sv' | 'en'>().notNull().default('sv'),
    passwordHash: text('password_hash'),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_unique').on(t.email), index('users_org_idx').on(t.organisationId)],
);

/** The user a row belongs to; it goes with its user. */
const userId = () =>
  uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

/** The areas a host (or partner) is given; admins, analysts and viewers see all areas. */
export const userAreas = pgTable(
  'user_areas',
  {
    organisationId: organisationId(),
    userId: userId(),
    areaId: areaId(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.areaId] })],
);

export const sessions = pgTable('sessions', {
  /** SHA-256 of the cookie value: a stolen table does not give usable cookies. */
  tokenHash: text('token_hash').primaryKey(),
  organisationId: organisationId(),
  userId: userId(),
  csrfToken: text('csrf_token').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: createdAt(),
});

export const passwordResets = pgTable('password_resets', {
  tokenHash: text('token_hash').primaryKey(),
  organisationId: organisationId(),
  userId: userId(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: createdAt(),
});
