import { z } from 'zod';
import { roles } from '../../shared/enums';

export const userSchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  partnerOrganisation: z.string().nullable(),
  language: z.enum(['sv', 'en']),
  disabled: z.boolean(),
  /** Invited but has not chosen a password yet, so cannot sign in. */
  invited: z.boolean(),
  /** Areas given to a host; empty for roles that see all areas. */
  areaIds: z.array(z.string().uuid()),
});

export const userInput = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  name: z.string().trim().min(1).max(100),
  role: z.enum(roles),
  /** Required for partners: the municipality unit, police district or firm they report for. */
  partnerOrganisation: z.string().trim().max(100).nullable().optional(),
  language: z.enum(['sv', 'en']).default('sv'),
  areaIds: z.array(z.string().uuid()).default([]),
});

export const userPatch = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  role: z.enum(roles).optional(),
  partnerOrganisation: z.string().trim().max(100).nullable().optional(),
  disabled: z.boolean().optional(),
  areaIds: z.array(z.string().uuid()).optional(),
});

export const userList = z.array(userSchema);

/** The answer to resending an invitation: it is on its way. */
export const invitationSent = z.object({ ok: z.literal(true) });

/** Whether mail goes out (an SMTP server is configured) or stays in the outbox. */
export const deliverySchema = z.object({ smtp: z.boolean() });

export const outboxQuery = z.object({
  /** Part of the recipient's address or the subject. */
  q: z.string().trim().max(200).optional(),
});

/** A mail the system has written, sent or not. */
export const outboxMail = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  sentAt: z.date().nullable(),
  error: z.string().nullable(),
  createdAt: z.date(),
});

export const outboxList = z.array(outboxMail);

export type User = z.infer<typeof userSchema>;
export type OutboxMail = z.infer<typeof outboxMail>;
export type Delivery = z.infer<typeof deliverySchema>;
export type UserInput = z.infer<typeof userInput>;
export type UserPatch = z.infer<typeof userPatch>;
