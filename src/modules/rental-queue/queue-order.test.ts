import { describe, expect, it } from 'vitest';
import { type AuditedOffer, auditLetting, countVerdicts, inQueueOrderShare } from './queue-order';

const offer = (
  ref: string,
  position: number,
  days: number,
  rest: Partial<AuditedOffer> = {},
): AuditedOffer => ({
  applicantRef: ref,
  queuePosition: position,
  queueDays: days,
  offeredOn: '2026-03-01',
  accepted: null,
  exception: null,
  ...rest,
});

const letting = (letToRef: string, offers: AuditedOffer[]) => ({
  listingRef: 'L-1',
  areaId: 'area',
  letOn: '2026-03-10',
  letToRef,
  offers,
});

describe('a letting against the queue', () => {
  it('is in order when position 1 got it', () => {
    const verdict = auditLetting(
      letting('a', [offer('a', 1, 3000, { accepted: true }), offer('b', 2, 2500)]),
    );
    expect(verdict).toEqual({
      verdict: 'in_order',
      position: 1,
      queueDaysDifference: 0,
      exceptionCode: null,
    });
  });

  it('is in order when position 1 declined and position 2 accepted', () => {
    const verdict = auditLetting(
      letting('b', [offer('a', 1, 3000, { accepted: false }), offer('b', 2, 2500, { accepted: true })]),
    );
    expect(verdict?.verdict).toBe('in_order');
  });

  it('counts an offer left unanswered before the letting as declined', () => {
    const verdict = auditLetting(
      letting('b', [offer('a', 1, 3000), offer('b', 2, 2500, { accepted: true })]),
    );
    expect(verdict?.verdict).toBe('in_order');
  });

  it('is a deviation when position 1 was never offered it, by 3000 − 2500 = 500 queue days', () => {
    const verdict = auditLetting(
      letting('b', [offer('a', 1, 3000, { offeredOn: null }), offer('b', 2, 2500, { accepted: true })]),
    );
    expect(verdict).toEqual({
      verdict: 'deviation',
      position: 2,
      queueDaysDifference: 500,
      exceptionCode: null,
    });
  });

  it('is a deviation when position 1 was offered it only after it was let', () => {
    const late = offer('a', 1, 3000, { offeredOn: '2026-03-11', accepted: false });
    expect(auditLetting(letting('b', [late, offer('b', 2, 2500, { accepted: true })]))?.verdict).toBe(
      'deviation',
    );
  });

  it('measures from the first eligible: 1 declined, 2 passed over, 3 got it → 2400 − 2000 = 400 days', () => {
    const verdict = auditLetting(
      letting('c', [
        offer('a', 1, 3000, { accepted: false }),
        offer('b', 2, 2400, { offeredOn: null }),
        offer('c', 3, 2000, { accepted: true }),
      ]),
    );
    expect(verdict).toMatchObject({ verdict: 'deviation', position: 3, queueDaysDifference: 400 });
  });

  it('is covered by an active exception on the tenant’s row, not by an inactive one', () => {
    const offers = (active: boolean) => [
      offer('a', 1, 3000, { offeredOn: null }),
      offer('b', 5, 100, { accepted: true, exception: { code: 'samverkan', active } }),
    ];
    expect(auditLetting(letting('b', offers(true)))).toMatchObject({
      verdict: 'covered',
      exceptionCode: 'samverkan',
    });
    expect(auditLetting(letting('b', offers(false)))).toMatchObject({
      verdict: 'deviation',
      exceptionCode: 'samverkan',
      queueDaysDifference: 2900,
    });
  });

  it('has no verdict when the tenant is not among the offers', () => {
    expect(auditLetting(letting('x', [offer('a', 1, 3000)]))).toBeNull();
  });
});

describe('the share in queue order', () => {
  it('is (8 in order + 1 covered) / 10 = 0.9', () => {
    const counts = countVerdicts([...Array(8).fill('in_order'), 'covered', 'deviation']);
    expect(counts).toEqual({ lettings: 10, inOrder: 8, covered: 1, deviations: 1 });
    expect(inQueueOrderShare(counts)).toBe(0.9);
  });

  it('is null without lettings', () => {
    expect(inQueueOrderShare(countVerdicts([]))).toBeNull();
  });
});
