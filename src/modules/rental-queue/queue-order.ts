/**
 * The audit's rule, pure: did a letting go to the first eligible applicant in the queue, and if not,
 * does a documented exception cover it?
 *
 * The file holds every applicant offered the listing, in queue order (position 1 has the most queue
 * days; the rental system has already left out applicants who do not meet the listing's
 * requirements). An applicant is **eligible** for the letting unless they were offered it on or
 * before the day it was let and did not accept: whoever declines — or lets the offer lapse without an
 * answer, which the rental rules count as a no — is not skipped when the flat goes further down the
 * queue. An applicant never offered it (no offer day), or offered only after the letting, was
 * passed over and stays eligible. The letting is **in order** when the tenant holds the best (lowest)
 * queue position among the eligible, **covered** when not but the tenant's row carries an active
 * exception code, and a **deviation** otherwise.
 */

export type AuditedOffer = {
  applicantRef: string;
  queuePosition: number;
  queueDays: number;
  offeredOn: string | null;
  accepted: boolean | null;
  /** The exception code on the row, and whether the organisation keeps it active. */
  exception: { code: string; active: boolean } | null;
};

export type AuditedLetting = {
  listingRef: string;
  areaId: string;
  letOn: string;
  letToRef: string;
  offers: readonly AuditedOffer[];
};

export type Verdict = 'in_order' | 'covered' | 'deviation';

export type LettingVerdict = {
  verdict: Verdict;
  /** The tenant's queue position. */
  position: number;
  /** The first eligible applicant's queue days minus the tenant's (0 when in order). */
  queueDaysDifference: number;
  /** The exception code on the tenant's row, whether or not it covers (an inactive one does not). */
  exceptionCode: string | null;
};

const declinedBeforeLet = (offer: AuditedOffer, letOn: string) =>
  offer.offeredOn !== null && offer.offeredOn <= letOn && offer.accepted !== true;

/** The verdict on one letting; null when its tenant is not among its offers (the import refuses that). */
export function auditLetting(letting: AuditedLetting): LettingVerdict | null {
  const tenant = letting.offers.find((o) => o.applicantRef === letting.letToRef);
  if (!tenant) return null;
  const eligible = letting.offers.filter((o) => o === tenant || !declinedBeforeLet(o, letting.letOn));
  const first = eligible.reduce((best, o) => (o.queuePosition < best.queuePosition ? o : best), tenant);
  const exceptionCode = tenant.exception?.code ?? null;
  const inOrder = first.queuePosition >= tenant.queuePosition;
  const verdict: Verdict = inOrder ? 'in_order' : tenant.exception?.active ? 'covered' : 'deviation';
  return {
    verdict,
    position: tenant.queuePosition,
    queueDaysDifference: inOrder ? 0 : first.queueDays - tenant.queueDays,
    exceptionCode,
  };
}

export type VerdictCounts = { lettings: number; inOrder: number; covered: number; deviations: number };

/** How many lettings of each verdict. */
export function countVerdicts(verdicts: readonly Verdict[]): VerdictCounts {
  return {
    lettings: verdicts.length,
    inOrder: verdicts.filter((v) => v === 'in_order').length,
    covered: verdicts.filter((v) => v === 'covered').length,
    deviations: verdicts.filter((v) => v === 'deviation').length,
  };
}

/** The share in queue order or covered by an exception: (in order + covered) / lettings; null without lettings. */
export const inQueueOrderShare = (c: VerdictCounts): number | null =>
  c.lettings > 0 ? (c.inOrder + c.covered) / c.lettings : null;
