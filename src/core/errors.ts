/**
 * Core's error codes with their HTTP status; messages in core/i18n under errors.<code> (or the key a
 * throw names). Modules add their own codes with `registerErrorCodes` (their `errorCodes`).
 */
export const errorStatus = {
  validation: 400,
  csrf: 403,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  reset_invalid: 400,
  weak_password: 400,
  import_refused: 422,
  personal_data: 422,
  import_unknown_kind: 400,
  import_busy: 409,
  import_too_large: 413,
  locked: 423,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** Modules' own codes (their `errorCodes`), each with its module and status. */
const moduleCodes = new Map<string, { module: string; status: number }>();

/**
 * Adds a module's own error codes; each one's message is `<module>:errors.<code>`. A code core or
 * another module already has is refused: one code means one status and one message.
 */
export function registerErrorCodes(module: string, codes: Record<string, number>): void {
  for (const [code, status] of Object.entries(codes)) {
    const owner = code in errorStatus ? 'core' : moduleCodes.get(code)?.module;
    if (owner && owner !== module) throw new Error(`error code ${code} of ${module} is already ${owner}'s`);
    moduleCodes.set(code, { module, status });
  }
}

/** The HTTP status of a code: core's, a registered module's, else 400. */
const statusOf = (code: string): number =>
  errorStatus[code as ErrorCode] ?? moduleCodes.get(code)?.status ?? 400;

/** The message of a code: `<module>:errors.<code>` for a module's, core's `errors.<code>` otherwise. */
function messageKeyOf(code: string): string {
  const own = moduleCodes.get(code);
  return own ? `${own.module}:errors.${code}` : `errors.${code}`;
}

/** An expected failure; its message is translated at the edge from code and params. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode | (string & {}),
    readonly params: Record<string, unknown> = {},
    readonly status: number = statusOf(code),
    /** A module's own message key, e.g. 'situation:errors.personal_number'. */
    readonly messageKey: string = messageKeyOf(code),
    readonly details?: unknown,
  ) {
    super(code);
  }
}

export const notFound = () => new AppError('not_found');
export const forbidden = () => new AppError('forbidden');
