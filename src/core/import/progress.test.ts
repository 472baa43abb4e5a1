import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ImportProgressReport, ProgressTracker } from './progress';

beforeEach(() => vi.useFakeTimers({ toFake: ['performance'] }));
afterEach(() => vi.useRealTimers());

function tracked(publishInSlices: boolean) {
  const told: ImportProgressReport[] = [];
  const tracker = new ProgressTracker((_p, _t, report) => told.push(report), publishInSlices);
  return { tracker, last: () => told.at(-1) };
}

describe('import progress', () => {
  it('estimates the time left from the pace so far: half the work in 20 s leaves 20 s', () => {
    const { tracker, last } = tracked(true);
    vi.advanceTimersByTime(10_000);
    tracker.bytes(1, 2); // half the file read in 10 s: a quarter of the work (reading is half of it)
    tracker.tell(true);
    expect(last()).toMatchObject({ phase: 'reading', fraction: 0.25, secondsLeft: 30 });
    vi.advanceTimersByTime(10_000);
    tracker.bytes(2, 2);
    tracker.phase('publishing');
    expect(last()).toMatchObject({ phase: 'publishing', fraction: 0.5, secondsLeft: 20 });
  });

  it('keeps estimating while a publish goes in slices: 3 of 4 slices after 30 s leave 4 s', () => {
    const { tracker, last } = tracked(true);
    vi.advanceTimersByTime(20_000);
    tracker.bytes(1, 1);
    tracker.phase('publishing');
    vi.advanceTimersByTime(10_000);
    tracker.published(3, 4); // 0.5 + 0.5 × 3/4 = 0.875 of the work in 30 s: 30 × 0.125 / 0.875 ≈ 4.3 s
    expect(last()).toMatchObject({ fraction: 0.875, secondsLeft: 4 });
  });

  it('gives no time left during a publish in one transaction, which tells nothing until it ends', () => {
    const { tracker, last } = tracked(false);
    vi.advanceTimersByTime(9_000);
    tracker.bytes(1, 1);
    tracker.phase('publishing');
    expect(last()).toMatchObject({ phase: 'publishing', fraction: 0.9, secondsLeft: null });
    tracker.phase('done');
    expect(last()).toMatchObject({ phase: 'done', fraction: 1, secondsLeft: 0 });
  });
});
