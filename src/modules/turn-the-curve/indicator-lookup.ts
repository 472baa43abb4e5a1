import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import { type IndicatorDefinition, indicators } from '../../core/indicators';
import { organisationIndicators } from '../indicators';

/**
 * An indicator the organisation has: one a module registers, else one it keeps by hand (the
 * indicators module's entries); `unknown_indicator` (404) for any other id.
 */
export async function indicatorOf(db: Db, organisationId: string, id: string): Promise<IndicatorDefinition> {
  const registered = indicators().find((i) => i.id === id);
  if (registered) return registered;
  const own = (await organisationIndicators(db, organisationId)).find((i) => i.id === id);
  if (own) return own;
  throw new AppError('unknown_indicator', { id });
}
