import { z } from 'zod';
import { roles } from '../../shared/enums';

/** The requests and answers of sign-in, the session and password reset; the web's only types for them. */

const language = z.enum(['sv', 'en']);

/** What a route answers when there is nothing more to say than that it was done. */
export const okResponse = z.object({ ok: z.literal(true) });

export const loginInput = z.object({
  email: z.string().email(),
  password: z.string().min(1).max(200),
});

export const meResponse = z.object({
  /** The user's id. */
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(roles),
  language,
  organisation: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  /** Area ids the user is limited to, or null for all areas. */
  areaIds: z.array(z.string()).nullable(),
  /** Permissions this user holds, for showing and hiding UI. */
  permissions: z.array(z.string()),
  /** Send back in the x-csrf-token header on every state-changing request. */
  csrfToken: z.string(),
  mapTileUrl: z.string().nullable(),
});
/** The signed-in user, as GET /api/v1/auth/me returns it. */
export type Me = z.infer<typeof meResponse>;

export const languageInput = z.object({ language });

export const passwordResetInput = z.object({ email: z.string().email() });

export const passwordResetConfirmInput = z.object({
  /** The single-use token from the e-mailed link. */
  token: z.string().min(20).max(200),
  password: z.string().max(200),
});
