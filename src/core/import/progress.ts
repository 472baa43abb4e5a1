/** Where an import is: reading the file (parse, check, stage), publishing it, or finished. */
export type ImportPhase = 'reading' | 'publishing' | 'done';

/** What the UI and the CLI show while an import runs. */
export type ImportProgressReport = {
  phase: ImportPhase;
  /** Data rows parsed from the file so far. */
  rowsRead: number;
  /** Rows that passed every check. */
  rowsValidated: number;
  /** Rows written to the database (staged while reading, all of them once published). */
  rowsWritten: number;
  errorCount: number;
  /**
   * 0–1: by the share of the file read, then of the rows published. Publishing is the last tenth
   * when it is one transaction, the second half when it goes in slices (publication.ts).
   */
  fraction: number;
  /**
   * An estimate from the pace so far; null until there is a pace to go by, and while a publish in
   * one transaction runs (it reports nothing until it ends, so there is no pace).
   */
  secondsLeft: number | null;
};

/**
 * Told how far an import has come: `processed` of `total` (thousandths of the work) and the
 * counts. Called at most every 100 ms, and at every change of phase.
 */
export type ProgressListener = (processed: number, total: number, report: ImportProgressReport) => void;

const everyMs = 100;

/** Keeps the counts of one import and tells the listener, not more often than every 100 ms. */
export class ProgressTracker {
  readonly report: ImportProgressReport = {
    phase: 'reading',
    rowsRead: 0,
    rowsValidated: 0,
    rowsWritten: 0,
    errorCount: 0,
    fraction: 0,
    secondsLeft: null,
  };
  private readonly started = performance.now();
  private lastTold = 0;
  /** The share of the work reading, checking and staging the file is; publishing is the rest. */
  private readonly readingShare: number;

  constructor(
    private readonly listener: ProgressListener = () => {},
    /** Whether the publish goes in slices that report their pace (publication.ts), or in one transaction. */
    private readonly publishInSlices = false,
  ) {
    this.readingShare = publishInSlices ? 0.5 : 0.9;
  }

  /** The share of the file's bytes the parser has taken. */
  bytes(consumed: number, total: number): void {
    this.report.fraction = this.readingShare * (consumed / Math.max(total, 1));
  }

  /** A sliced publish has made `done` of the `total` staged rows ready to be seen. */
  published(done: number, total: number): void {
    const share = Math.min(1, done / Math.max(total, 1));
    this.report.fraction = this.readingShare + (1 - this.readingShare) * share;
    this.tell();
  }

  tell(force = false): void {
    const now = performance.now();
    if (!force && now - this.lastTold < everyMs) return;
    this.lastTold = now;
    const { fraction } = this.report;
    const elapsed = (now - this.started) / 1000;
    const { phase } = this.report;
    this.report.secondsLeft =
      phase === 'done'
        ? 0
        : phase === 'publishing' && !this.publishInSlices
          ? null
          : fraction > 0.02 && elapsed > 0.5
            ? Math.round((elapsed * (1 - fraction)) / fraction)
            : null;
    this.listener(Math.round(fraction * 1000), 1000, { ...this.report });
  }

  phase(phase: ImportPhase): void {
    this.report.phase = phase;
    if (phase === 'publishing') this.report.fraction = this.readingShare;
    if (phase === 'done') this.report.fraction = 1;
    this.tell(true);
  }
}
