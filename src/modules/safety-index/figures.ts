/**
 * One group's published figures over a run of months, from the protected table: the index with the
 * core's stratified interval (pooled, or household-weighted when the organisation chose it), rounded
 * by the publication layer, its status against the target from the published interval, the response
 * rate, and the questions. A hidden figure carries no value and no count, only why it is hidden.
 */
import {
  type HiddenReason,
  type PublishedShare,
  publishCount,
  publishedVerdict,
  publishShare,
  roundShare,
} from '../../core/disclosure';
import type { TargetStatus } from '../../core/statistics';
import {
  pooledShare,
  type ShareEstimate,
  type StratumSums,
  weightedShare,
} from '../../core/survey-estimation';
import type { Publication } from './publication';
import type { PooledMethod } from './settings';
import {
  type Change,
  changeBetween,
  changeSe,
  driverCorrelation,
  emptyTally,
  questionResult,
  shareSe,
} from './statistics';

export type IndexFigure = {
  share: PublishedShare;
  /** The unrounded estimate, for change tests only; null when hidden or without answers. */
  estimate: ShareEstimate | null;
  /** The method actually used (weighted falls back to pooled where an area has no households). */
  method: PooledMethod;
  responseRate: number | null;
  responseRateBasis: 'invitations' | 'households' | null;
};

function strataOf(pub: Publication, groupId: string, months: readonly string[]): StratumSums[] {
  return pub.strata(groupId, months).map(({ areaId, cell }) => ({
    n: cell.n,
    sy: cell.sy,
    sm: cell.sm,
    syy: cell.syy,
    sym: cell.sym,
    smm: cell.smm,
    households: pub.households.get(areaId) ?? 0,
  }));
}

function estimateOf(
  strata: StratumSums[],
  method: PooledMethod,
): { estimate: ShareEstimate | null; method: PooledMethod } {
  if (method === 'weighted') {
    const weighted = weightedShare(strata);
    if (weighted) return { estimate: weighted, method };
  }
  return { estimate: pooledShare(strata), method: 'pooled' };
}

/**
 * Respondents of the period over its invitations, or over the areas' households when no invitations
 * were sent (a vendor-run survey); shown only with the figure, rounded like a share of its respondents.
 */
function rateOf(pub: Publication, groupId: string, months: readonly string[], n: number, shown: boolean) {
  if (!shown || n === 0) return { responseRate: null, responseRateBasis: null } as const;
  const invited = pub.invitations(groupId, months);
  if (invited > 0)
    return { responseRate: roundShare(n / invited, n), responseRateBasis: 'invitations' } as const;
  const homes = pub.strata(groupId, []).reduce((sum, s) => sum + (pub.households.get(s.areaId) ?? 0), 0);
  if (homes === 0) return { responseRate: null, responseRateBasis: null } as const;
  return { responseRate: roundShare(n / homes, n), responseRateBasis: 'households' } as const;
}

/**
 * A household-weighted figure is Σ (households_h / households) · share_h, and households are public:
 * with one area hidden, the district's figure would be an equation in that area's share. So a
 * weighted figure of several areas is shown only when every one of its areas is.
 */
function weightedReason(pub: Publication, groupId: string, months: readonly string[], method: PooledMethod) {
  if (method !== 'weighted') return null;
  const areas = pub.strata(groupId, months).filter((s) => s.areaId !== groupId);
  return areas.some((s) => pub.reason(s.areaId, months) !== null) ? ('protects_another' as const) : null;
}

export function indexFigure(
  pub: Publication,
  groupId: string,
  months: readonly string[],
  method: PooledMethod,
): IndexFigure {
  const reason = pub.reason(groupId, months) ?? weightedReason(pub, groupId, months, method);
  const strata = strataOf(pub, groupId, months);
  const n = strata.reduce((sum, s) => sum + s.n, 0);
  const found = reason ? { estimate: null, method } : estimateOf(strata, method);
  const share = publishShare(found.estimate, n, reason);
  return {
    share,
    estimate: found.estimate,
    method: found.method,
    ...rateOf(pub, groupId, months, n, reason === null),
  };
}

export type Verdict = { status: TargetStatus | null; changeVsTarget: Change | null };

/** Status and change vs target from the published interval: they cannot contradict each other or the page. */
export const verdictOf = (share: PublishedShare, target: number | null): Verdict =>
  publishedVerdict(share, target);

/** Change between two periods, only when both figures are shown and rest on the same index definition. */
export function changeOf(current: IndexFigure, previous: IndexFigure | null): Change | null {
  const a = current.estimate;
  const b = previous?.estimate;
  if (!a || !b) return null;
  return changeBetween({ value: a.value, se: changeSe(a) }, { value: b.value, se: changeSe(b) });
}

export type QuestionFigure = {
  code: string;
  suppressed: boolean;
  reason: HiddenReason | null;
  valid: number | null;
  dontKnow: number | null;
  value: number | null;
  low: number | null;
  high: number | null;
  correlation: number | null;
  change: Change | null;
};

/**
 * Each question of a group over the months (Wilson intervals; shares rounded by the layer), with its
 * correlation with `overall` to two decimals and its change against the previous months — all only
 * when the group's cell is shown (the index and its questions are one table).
 */
export function questionFigures(
  pub: Publication,
  groupId: string,
  months: readonly string[],
  previousMonths: readonly string[],
  codes: readonly string[],
): QuestionFigure[] {
  const reason = pub.reason(groupId, months);
  const previousShown = previousMonths.length > 0 && pub.reason(groupId, previousMonths) === null;
  const current = pub.tallies(groupId, months);
  const previous = previousShown ? pub.tallies(groupId, previousMonths) : new Map();
  return codes.map((code) => {
    const t = current.get(code) ?? emptyTally();
    const result = reason ? null : questionResult(t);
    const share = publishShare(result, t.valid, reason);
    const p = previous.get(code);
    const before = p ? questionResult(p) : null;
    const correlation = reason || t.pairN < pub.threshold ? null : driverCorrelation(t);
    return {
      code,
      suppressed: share.suppressed,
      reason,
      valid: publishCount(t.valid, reason),
      dontKnow: publishCount(t.dontKnow, reason),
      value: share.value,
      low: share.low,
      high: share.high,
      correlation: correlation === null ? null : Math.round(correlation * 100) / 100,
      change:
        result && before && p
          ? changeBetween(
              { value: result.value, se: shareSe(t.top, t.valid) },
              { value: before.value, se: shareSe(p.top, p.valid) },
            )
          : null,
    };
  });
}
