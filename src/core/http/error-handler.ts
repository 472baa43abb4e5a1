import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors';
import { addMessages, type Language, translate } from '../i18n/i18n';
import { validationMessage } from './validation-messages';

// The generic answer to an unexpected failure names the request id, so a user can quote it and an
// administrator find the logged cause.
addMessages('http', {
  sv: {
    internal:
      'Något gick fel hos oss. Försök igen; kvarstår felet, kontakta administratören och uppge felkod {{requestId}}.',
  },
  en: {
    internal:
      'Something went wrong on our side. Try again; if it persists, contact the administrator and give the error code {{requestId}}.',
  },
});

/** Sends an AppError as `{ error: { code, message, details } }`, its message in the request's language. */
export function sendError(reply: FastifyReply, language: Language, error: AppError, extra: object = {}) {
  const message = translate(language, error.messageKey, error.params);
  return reply
    .status(error.status)
    .send({ error: { code: error.code, message, details: error.details, ...extra } });
}

/**
 * Fastify's and its plugins' own client errors (malformed JSON, wrong content type, a body or file too
 * large) describe the request, not the server, so their message may be shown.
 */
function isFrameworkClientError(error: FastifyError): boolean {
  const status = error.statusCode;
  return typeof error.code === 'string' && error.code.startsWith('FST_') && !!status && status < 500;
}

/**
 * The one error handler: AppErrors and validation failures are answered in the user's language;
 * anything else is logged with its request id and answered with a generic 500 that never carries the
 * internal message (an SQL statement, a file path, a driver's text).
 */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const language = request.language ?? 'sv';
  if (error instanceof AppError) return sendError(reply, language, error);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((issue) => ({
      field: issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || error.validationContext,
      message: validationMessage(language, issue),
    }));
    const summary = details.map((d) => `${d.field}: ${d.message}`).join('; ');
    return sendError(
      reply,
      language,
      new AppError('validation', { details: summary }, 400, undefined, details),
    );
  }
  if (error.statusCode === 429) return sendError(reply, language, new AppError('rate_limited'));
  if (isFrameworkClientError(error)) {
    return sendError(
      reply,
      language,
      new AppError('validation', { details: error.message }, error.statusCode),
    );
  }
  request.log.error({ err: error, reqId: request.id }, 'unhandled error');
  const internal = new AppError('internal', { requestId: request.id }, 500, 'http:internal');
  return sendError(reply, language, internal, { requestId: request.id });
}
