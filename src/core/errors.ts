/** Every error code a client can see, with its HTTP status. Messages live in core/i18n under errors.<code>. */
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
  locked: 423,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** An expected failure; its message is translated at the edge from code and params. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode | (string & {}),
    readonly params: Record<string, unknown> = {},
    readonly status: number = errorStatus[code as ErrorCode] ?? 400,
    /** A module's own message key, e.g. 'situation:errors.personal_number'. */
    readonly messageKey: string = `errors.${code}`,
    readonly details?: unknown,
  ) {
    super(code);
  }
}

export const notFound = () => new AppError('not_found');
export const forbidden = () => new AppError('forbidden');
