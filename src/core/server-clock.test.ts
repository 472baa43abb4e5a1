import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The server decides days, weeks, months and years by config.clock (GRANNSKAP_CLOCK_START fixes it for
// the browser suite): a call that asks the system clock for "today" makes a test depend on when it
// runs. The web is left out: in the browser, the system clock is the one Playwright sets.
const src = new URL('..', import.meta.url).pathname;
const askedWithoutInstant =
  /swedish(Today|Month|Year)\(\)|isoWeekOf\(new Date\(\)\)|getUTC(FullYear|Month|Date)\(\)/g;

/** Known and left as they are, with the reason. */
const allowed = new Set([
  // A test fixture's "today".
  'modules/situation/test-world.ts',
  // Calendar arithmetic on a date of birth, not "now".
  'core/personal-data.ts',
  // Checks that a parsed date is a real one (2026-02-30), not "now".
  'core/import/cells.ts',
  // The participants import has no clock yet (ImportKind.prepare gets none); the service passes one.
  'modules/programs/participant-story.ts',
]);

function serverFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'web' ? [] : serverFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('the server clock', () => {
  it('is where server code gets its day, week, month and year from', () => {
    const files = ['core', 'modules', 'demo', 'cli'].flatMap((dir) => serverFiles(join(src, dir)));
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((file) => {
      const name = relative(src, file);
      if (allowed.has(name)) return [];
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(askedWithoutInstant)].map((m) => `${name}: ${m[0]}`);
    });
    expect(offenders).toEqual([]);
  });
});
