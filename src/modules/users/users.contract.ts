import { z } from 'zod';
import { roles } from '../../core/auth/auth.table';

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

export type UserInput = z.infer<typeof userInput>;
export type UserPatch = z.infer<typeof userPatch>;
