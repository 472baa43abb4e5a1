import { AppError } from '../errors';
import { isUniqueViolation } from './errors';

/**
 * The `.catch` of a write that may repeat a unique name or code (`.returning().catch(conflictOver(input.code))`):
 * the repeat is a conflict whose message names `what`; any other failure goes on as it was.
 */
export function conflictOver(what: unknown) {
  return (error: unknown): never => {
    if (isUniqueViolation(error)) throw new AppError('conflict', { what });
    throw error;
  };
}
