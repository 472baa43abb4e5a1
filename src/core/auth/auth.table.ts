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
import { createdAt, id, organisationId } from '../db/columns';

export const roles = ['admin', 'analyst', 'host', 'partner', 'viewer'] as const;
export type Role = (typeof roles)[number];

export const users = pgTable(
  'users',
  {
    id: id(),
    organisationId: organisationId(),
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

/** The areas a host (or partner) is given; admins, analysts and viewers see all areas. */
export const userAreas = pgTable(
  'user_areas',
  {
    organisationId: organisationId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    areaId: uuid('area_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.areaId] })],
);

export const sessions = pgTable('sessions', {
  /** SHA-256 of the cookie value: a stolen table does not give usable cookies. */
  tokenHash: text('token_hash').primaryKey(),
  organisationId: organisationId(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: createdAt(),
});

export const passwordResets = pgTable('password_resets', {
  tokenHash: text('token_hash').primaryKey(),
  organisationId: organisationId(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: createdAt(),
});
