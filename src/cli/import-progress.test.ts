import { describe, expect, it } from 'vitest';
import { importProgressPrinter, progressLine } from './import-progress';

const report = {
  phase: 'reading' as const,
  rowsRead: 120_000,
  rowsValidated: 119_990,
  rowsWritten: 115_000,
  errorCount: 0,
  fraction: 0.54,
  secondsLeft: 12,
};

describe('import progress on the command line', () => {
  it('names rows read, valid and written, the share done and the time left, in Swedish or English', () => {
    expect(progressLine(report, 'en')).toBe(
      'reading 54 % · 120,000 read · 119,990 valid · 115,000 written · ~12 s left',
    );
    // A publish in one transaction has no pace, so no time left (the tracker gives null)…
    expect(
      progressLine({ ...report, phase: 'publishing', errorCount: 3, fraction: 0.9, secondsLeft: null }, 'sv'),
    ).toBe('sparar 90 % · 120\u00a0000 lästa · 119\u00a0990 godkända · 115\u00a0000 skrivna · 3 fel');
    // …a publish in slices has one.
    expect(progressLine({ ...report, phase: 'publishing', fraction: 0.75, secondsLeft: 30 }, 'sv')).toBe(
      'sparar 75 % · 120\u00a0000 lästa · 119\u00a0990 godkända · 115\u00a0000 skrivna · ~30 s kvar',
    );
  });

  it('prints at every change of phase but not more often than every two seconds within one', () => {
    const lines: string[] = [];
    const print = importProgressPrinter('en', (line) => lines.push(line));
    print(100, 1000, { ...report, fraction: 0.1 });
    print(200, 1000, { ...report, fraction: 0.2 });
    print(900, 1000, { ...report, phase: 'publishing', fraction: 0.9 });
    print(1000, 1000, { ...report, phase: 'done', fraction: 1, secondsLeft: 0 });
    expect(lines.map((l) => l.split(' · ')[0])).toEqual(['reading 10 %', 'saving 90 %', 'done 100 %']);
  });
});
