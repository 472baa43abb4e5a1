import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import {
  type DisclosureKind,
  type DisclosureThresholds,
  disclosureKinds,
  disclosureThresholds,
  setDisclosureThreshold,
} from '../../core/disclosure';
import type { ThresholdRow } from './privacy.contract';
import { privacyPermissions as p } from './privacy.policy';

const rows = (thresholds: DisclosureThresholds): ThresholdRow[] =>
  (Object.keys(disclosureKinds) as DisclosureKind[]).map((kind) => ({
    kind,
    threshold: thresholds[kind],
    floor: disclosureKinds[kind].floor,
  }));

/** The organisation's disclosure thresholds, one per kind of data. */
export async function listThresholds(db: Db, actor: Actor): Promise<ThresholdRow[]> {
  assertCan(actor, p['privacy.read']);
  return rows(await disclosureThresholds(db, actor.organisationId));
}

/** Raises (or brings back to the floor) one threshold; below the floor is refused. Audited. */
export async function updateThreshold(
  db: Db,
  actor: Actor,
  kind: DisclosureKind,
  threshold: number,
  requestId?: string,
): Promise<ThresholdRow[]> {
  assertCan(actor, p['privacy.admin']);
  return rows(await setDisclosureThreshold(db, actor, kind, threshold, requestId));
}
