/**
 * `grannskap budget import|export|count` as the CLI runs them, on the test database: a published
 * pabulib file imported as a budget and exported again counts to the same winners as the file itself.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliOn } from '../../test/cli';
import { seedOrganisation } from '../../test/fixtures';
import { setUpTestApp } from '../../test/harness';

const t = setUpTestApp();
const dir = mkdtempSync(join(tmpdir(), 'grannskap-budget-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = join(
  __dirname,
  '../modules/participatory-budget/counting/fixtures/poland_warszawa_2019_powsin.pb',
);

const grannskap = cliOn(() => t.database, dir);

describe('grannskap budget', () => {
  it('imports a published pabulib file as a budget and exports it so that it counts to the same winners', async () => {
    await seedOrganisation(t.db);
    copyFileSync(fixture, join(dir, 'original.pb'));
    const place = ['--org', 'alfa', '--area', 'alfa-N', '--year', '2019'];
    const imported = await grannskap('budget', 'import', 'original.pb', ...place);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/^Imported budget [0-9a-f-]{36} \(\d+ kr\) into alfa\.\n$/);

    const exported = await grannskap('budget', 'export', ...place, '--out', 'again.pb');
    expect(exported.err).toBe('');
    expect(exported.out).toBe('Wrote again.pb.\n');

    // The same projects (ids, costs) and ballots: greedy and Equal Shares count both files alike.
    for (const method of [['greedy'], ['equal-shares', '--completion', 'add1']]) {
      const fromFile = await grannskap('budget', 'count', 'original.pb', '--method', ...method);
      const fromExport = await grannskap('budget', 'count', 'again.pb', '--method', ...method);
      expect(fromFile.code).toBe(0);
      expect(JSON.parse(fromExport.out)).toEqual(JSON.parse(fromFile.out));
    }
    const again = readFileSync(join(dir, 'again.pb'), 'utf8');
    expect(again).toContain('country;Sweden');

    const unknown = await grannskap(
      'budget',
      'export',
      '--org',
      'alfa',
      '--area',
      'alfa-S',
      '--year',
      '2019',
      '--out',
      'x.pb',
    );
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toContain('No budget of area alfa-S in 2019');
  });
});
