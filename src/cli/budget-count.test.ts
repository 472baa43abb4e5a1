import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addBudgetCommands } from './budget-count';
import { newProgram, runProgram } from './run-program';

// The published pabulib files the counting library is tested on (their sources are in
// src/modules/participatory-budget/counting/published.test.ts).
const fixtures = fileURLToPath(
  new URL('../modules/participatory-budget/counting/fixtures/', import.meta.url),
);

/** `grannskap budget …` as the CLI runs it, from the fixtures directory. */
async function grannskap(...argv: string[]) {
  const output = { out: '', err: '' };
  const io = {
    out: (s: string) => {
      output.out += s;
    },
    err: (s: string) => {
      output.err += s;
    },
  };
  const program = newProgram(io);
  addBudgetCommands(program, { out: io.out, cwd: fixtures });
  const code = await runProgram(program, argv, io);
  return { code, ...output };
}

describe('grannskap budget count', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('prints the published greedy winners of a pabulib file as JSON', async () => {
    const run = await grannskap(
      'budget',
      'count',
      'poland_warszawa_2019_powsin.pb',
      '--method',
      'greedy',
      '--format',
      'json',
    );
    expect(run).toEqual({
      code: 0,
      out: '{"selected":["1873","38","165","90"],"cost":192450,"budget":220000}\n',
      err: '',
    });
  });

  it('counts with Equal Shares, with or without add1 completion', async () => {
    const add1 = await grannskap(
      'budget',
      'count',
      'netherlands_assen_2024.pb',
      '--method',
      'equal-shares',
      '--completion',
      'add1',
    );
    // Assen's published winners (the add1 steps), then project 7 from the greedy completion.
    expect(JSON.parse(add1.out)).toEqual({
      selected: ['3', '9', '2', '11', '13', '14', '5', '6', '12', '7'],
      cost: 88_700,
      budget: 100_000,
    });
    const none = await grannskap('budget', 'count', 'netherlands_assen_2024.pb', '--method', 'equal-shares');
    // 7 200 + 21 000 + 10 000 + 1 000 + 15 000 + 5 000 + 1 500 = 60 700.
    expect(JSON.parse(none.out)).toEqual({
      selected: ['3', '9', '2', '13', '11', '14', '12'],
      cost: 60_700,
      budget: 100_000,
    });
  });

  it('refuses a bad file, a method it does not know and completion with greedy, with exit code 1', async () => {
    vi.stubEnv('LC_ALL', 'en_GB.UTF-8');
    const bad = await grannskap('budget', 'count', '../published.test.ts', '--method', 'greedy');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^grannskap: Line 1: the META section was expected here/);
    const method = await grannskap('budget', 'count', 'netherlands_assen_2024.pb', '--method', 'phragmen');
    expect(method.code).toBe(1);
    expect(method.err).toContain("error: option '--method <method>' argument 'phragmen' is invalid");
    const greedyAdd1 = await grannskap(
      'budget',
      'count',
      'netherlands_assen_2024.pb',
      '--method',
      'greedy',
      '--completion',
      'add1',
    );
    expect(greedyAdd1).toMatchObject({
      code: 1,
      err: 'grannskap: --completion applies to the equal-shares method only.\n',
    });
  });

  it('runs as `node bin/grannskap budget count` without a database', () => {
    const bin = fileURLToPath(new URL('../../bin/grannskap', import.meta.url));
    const run = spawnSync(
      process.execPath,
      [
        bin,
        'budget',
        'count',
        'poland_warszawa_2019_powsin.pb',
        '--method',
        'equal-shares',
        '--completion',
        'add1',
        '--format',
        'json',
      ],
      {
        cwd: fixtures,
        encoding: 'utf8',
        // No database configured: the command must not need one.
        env: { ...process.env, DATABASE_URL: '', GRANNSKAP_DATA_DIR: '/nonexistent/grannskap' },
      },
    );
    expect(run.stderr).toBe('');
    // The add1 steps give 1873, 38, 37, 90 (147 150; the equalshares.net reference gives the same);
    // greedy completion adds 1857 (44 100 ≤ 220 000 − 147 150 = 72 850); 165 (85 300) and 140 (100 000) do not fit.
    expect(JSON.parse(run.stdout)).toEqual({
      selected: ['1873', '38', '37', '90', '1857'],
      cost: 191_250,
      budget: 220_000,
    });
    expect(run.status).toBe(0);
  }, 60_000);
});
