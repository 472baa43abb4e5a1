import type { ImportProgressReport, ProgressListener } from '../core/import/run-import';

const words = {
  sv: {
    reading: 'läser',
    publishing: 'sparar',
    done: 'klart',
    read: 'lästa',
    valid: 'godkända',
    written: 'skrivna',
    errors: 'fel',
    left: 'kvar',
  },
  en: {
    reading: 'reading',
    publishing: 'saving',
    done: 'done',
    read: 'read',
    valid: 'valid',
    written: 'written',
    errors: 'errors',
    left: 'left',
  },
} as const;

/** One progress line: phase, rows read / valid / written, errors, share done and time left. */
export function progressLine(report: ImportProgressReport, language: 'sv' | 'en'): string {
  const w = words[language];
  const n = (value: number) => value.toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB');
  const parts = [
    `${w[report.phase]} ${Math.floor(report.fraction * 100)} %`,
    `${n(report.rowsRead)} ${w.read}`,
    `${n(report.rowsValidated)} ${w.valid}`,
    `${n(report.rowsWritten)} ${w.written}`,
  ];
  if (report.errorCount > 0) parts.push(`${n(report.errorCount)} ${w.errors}`);
  if (report.secondsLeft !== null && report.phase !== 'done')
    parts.push(`~${report.secondsLeft} s ${w.left}`);
  return parts.join(' · ');
}

/**
 * `grannskap import`'s progress on stderr: a line every two seconds and at every change of phase
 * (lines, not a redrawn bar, so a log or a pipe keeps them too).
 */
export function importProgressPrinter(
  language: 'sv' | 'en',
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): ProgressListener {
  let lastAt = 0;
  let lastPhase = '';
  return (_processed, _total, report) => {
    const now = performance.now();
    if (report.phase === lastPhase && now - lastAt < 2000) return;
    lastAt = now;
    lastPhase = report.phase;
    write(progressLine(report, language));
  };
}
