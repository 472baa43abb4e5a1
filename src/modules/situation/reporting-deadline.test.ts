import { describe, expect, it } from 'vitest';
import { reportingDeadline } from './reports.service';

// A week's reporting window closes at the end of its Sunday plus the window's days, on the Swedish
// clock. 2025-W02 ends on Sunday 12 Jan (CET, UTC+1); 2025-W26 on Sunday 29 Jun (CEST, UTC+2).
describe('the reporting deadline', () => {
  it('closes a winter week at 23:59:59.999 CET on the last day of the window (22:59:59.999 UTC)', () => {
    // 3 days after Sunday 12 January: Wednesday 15 January.
    expect(reportingDeadline('2025-W02', 3).toISOString()).toBe('2025-01-15T22:59:59.999Z');
  });

  it('closes a summer week at 23:59:59.999 CEST (21:59:59.999 UTC)', () => {
    expect(reportingDeadline('2025-W26', 3).toISOString()).toBe('2025-07-02T21:59:59.999Z');
  });

  it('keeps a window that spans the autumn clock change to the Swedish day (CEST → CET on 26 Oct 2025)', () => {
    // 2025-W43 ends Sunday 26 October, the day the clocks go back; 1 day later: Monday 27 Oct, CET.
    expect(reportingDeadline('2025-W43', 1).toISOString()).toBe('2025-10-27T22:59:59.999Z');
  });
});
