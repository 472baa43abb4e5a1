import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { AppError } from '../core/errors';
import { electionFromPabulib, equalShares, greedy, parsePabulib } from '../modules/participatory-budget';
import type { CliRuntime } from './runtime';

type CountOptions = { method: 'greedy' | 'equal-shares'; completion?: 'none' | 'add1'; format: 'json' };

/**
 * `grannskap budget …`: the participatory budget's commands. `budget count` needs no database:
 * anyone can recount any pabulib file. More `budget` subcommands can be added to the group this returns.
 */
export function addBudgetCommands(program: Command, rt: Pick<CliRuntime, 'out' | 'cwd'>): Command {
  const budget = program.command('budget').description('participatory budget (boendebudget)');
  budget
    .command('count <file>')
    .description('count a pabulib (.pb) file: greedy by votes, or the Method of Equal Shares')
    .addOption(
      new Option('--method <method>', 'counting method')
        .choices(['greedy', 'equal-shares'])
        .makeOptionMandatory(),
    )
    .addOption(new Option('--completion <completion>', 'Equal Shares completion').choices(['none', 'add1']))
    .addOption(new Option('--format <format>', 'output format').choices(['json']).default('json'))
    .action((path: string, opts: CountOptions) => {
      rt.out(`${JSON.stringify(countFile(readFileSync(resolve(rt.cwd, path), 'utf8'), opts))}\n`);
    });
  return budget;
}

/** The count of a pabulib file's text: the selected project ids (as in the file), their cost and the budget. */
export function countFile(text: string, opts: Omit<CountOptions, 'format'>) {
  if (opts.method === 'greedy' && opts.completion !== undefined)
    throw new AppError('validation', {}, 400, 'budget-count:errors.completion_greedy');
  const election = electionFromPabulib(parsePabulib(text));
  const outcome =
    opts.method === 'greedy'
      ? greedy(election)
      : equalShares(election, { completion: opts.completion ?? 'none' });
  return { selected: outcome.selected, cost: outcome.cost, budget: outcome.budget };
}
