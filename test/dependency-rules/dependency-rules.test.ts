import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The lint rule of .dependency-cruiser.cjs (run by `npm test` as lint:deps) on a small tree of
// deliberate mistakes: each must be reported, by the rule meant for it, and nothing else.
const project = resolve(new URL('../..', import.meta.url).pathname);
const fixture = 'test/dependency-rules/fixture/src';

type Violation = { rule: { name: string }; from: string; to: string };

function cruiseFixture(): Violation[] {
  const out = (() => {
    try {
      return execFileSync(
        process.execPath,
        [
          resolve(project, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
          fixture,
          '--config',
          '.dependency-cruiser.cjs',
          '--output-type',
          'json',
        ],
        { cwd: project, env: { ...process.env, DEPCRUISE_ROOT: fixture }, encoding: 'utf8' },
      );
    } catch (error) {
      // depcruise exits with the number of errors; the report is still on stdout.
      return (error as { stdout: string }).stdout;
    }
  })();
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

const short = (path: string) => path.replace(`${fixture}/`, '');

describe('the dependency lint rule', () => {
  it('reports each deliberate mistake of the fixture by its rule, and no correct import', () => {
    const found = cruiseFixture()
      .map((v) => `${v.rule.name}: ${short(v.from)} → ${short(v.to)}`)
      .sort();
    expect(found).toEqual([
      'contracts-are-plain: modules/budget/budget.contract.ts → modules/budget/budget.table.ts',
      'contracts-are-plain: modules/budget/budget.contract.ts → node_modules/drizzle-orm/index.js',
      'contracts-use-no-node-builtins: modules/budget/budget.contract.ts → crypto',
      'core-knows-no-module: core/platform.ts → modules/budget/budget.service.ts',
      'core-tables-through-functions: modules/budget/owners.ts → core/organisation.table.ts',
      'module-through-index-only: modules/budget/budget.service.ts → modules/areas/areas.table.ts',
      'no-circular: modules/dialog/replies.ts → modules/dialog/threads.ts',
      'outside-modules-through-index-only: core/platform.ts → modules/budget/budget.service.ts',
      'shared-uses-no-node-builtins: shared/format.ts → os',
      'tables-never-through-index: modules/dialog/index.ts → modules/dialog/dialog.table.ts',
      'undeclared-dependency-of-budget: modules/budget/proposals.ts → modules/dialog/index.ts',
    ]);
  }, 60_000);
});
