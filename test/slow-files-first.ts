import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The test files that take longest (seconds measured on two cores, PGlite run; `npx vitest run
 * --reporter=json`). Started first in their project, they run beside its many short files instead of
 * alone at its end: a fresh clone has no Vitest cache, so Vitest orders by file size, and the
 * embedded-database test, small but 90 s long, ran last and by itself. Projects stay together (their
 * workers keep their loaded modules, isolate: false); interleaving them was measured slower.
 * import-responsiveness (20,000 rows since its speed target moved to bench/) was measured at load
 * average 9: PGlite 32 s, PostgreSQL 18 s; before, 126 s quiet.
 */
const slowFiles: Record<string, number> = {
  'test/embedded-database.test.ts': 92,
  'test/disclosure-audit.test.ts': 53,
  'test/import-killed.int.test.ts': 47,
  'test/import-responsiveness.int.test.ts': 32,
  'src/modules/safety-index/survey-responses.import.int.test.ts': 19,
  'src/modules/programs/programs.int.test.ts': 19,
  'src/modules/rounds/rounds.int.test.ts': 17,
  'src/modules/safety-index/draw-transactions.int.test.ts': 14,
  'src/modules/situation/situation.int.test.ts': 13,
  'test/authorisation.int.test.ts': 12,
  'src/modules/annual-report/annual-report.int.test.ts': 11,
  'src/modules/areas/profile.int.test.ts': 10,
  'src/modules/turn-the-curve/turn-the-curve.int.test.ts': 10,
};

const expectedSeconds = (file: TestSpecification): number => {
  const path = Object.keys(slowFiles).find((slow) => file.moduleId.endsWith(slow));
  return path ? slowFiles[path] : 0;
};

/** Vitest's order (project by project; by its cache, else file size), the known slow files first in each project. */
export default class SlowFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted
      .map((file, index) => ({ file, index, seconds: expectedSeconds(file) }))
      .sort(
        (a, b) =>
          a.file.project.name.localeCompare(b.file.project.name) ||
          b.seconds - a.seconds ||
          a.index - b.index,
      )
      .map(({ file }) => file);
  }
}
