import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { equalShares, equalSharesAdd1Steps } from './equal-shares';
import { greedy } from './greedy';
import { electionFromPabulib, parsePabulib } from './pabulib';

// Two published files, kept as they are in the pabulib library (https://pabulib.org), taken from
// its mirror https://github.com/pabulib/pabulib_files (commit 88cfaba3e7692a90f3311cbcf8f08aa63fc3fbff):
// - netherlands_assen_2024.pb = pb_files/Netherlands_Assen_2024.pb: Assen "Top Idee" 2024, 84 voters,
//   counted with the Method of Equal Shares and add1 completion (META rule equalshares/add1);
// - poland_warszawa_2019_powsin.pb = pb_files/Poland_Warszawa_2019_Obszar_III-PowsinKepa_
//   LatoszkowaZamoscLatoszki.pb: Warsaw 2019, Wilanów area III, 154 voters, counted greedily.
// The PROJECTS column `selected` holds the published winners.
const fixture = (name: string) => {
  const file = parsePabulib(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));
  const published = file.projects.filter((p) => p.selected === '1').map((p) => p.project_id);
  return { file, election: electionFromPabulib(file), published };
};

describe('counting published pabulib files', () => {
  it('gives the published greedy winners of Warsaw 2019, area III of Wilanów', () => {
    const { election, published, file } = fixture('poland_warszawa_2019_powsin.pb');
    expect(file.meta.rule).toBe('greedy');
    expect(published).toEqual(['1873', '38', '165', '90']);
    // By votes: 1873 (78 votes, 99 800), 38 (65, 3 750) → 103 550, 165 (56, 85 300) → 188 850,
    // 37 (51, 40 000) → 228 850 > 220 000 skipped, 90 (49, 3 600) → 192 450, 140 (100 000) and
    // 1857 (44 100) do not fit the 27 550 left.
    const outcome = greedy(election);
    expect(outcome.selected).toEqual(published);
    expect(outcome.cost).toBe(192_450);
    // The file's own vote counts agree with the ballots.
    for (const p of file.projects) expect(outcome.votes[p.project_id]).toBe(Number(p.votes));
  });

  it('gives the published Equal Shares winners of Assen 2024, then fills the money left greedily', () => {
    const { election, published, file } = fixture('netherlands_assen_2024.pb');
    expect(file.meta.rule).toBe('equalshares/add1');
    expect(published).toEqual(['3', '9', '2', '11', '13', '14', '5', '6', '12']);
    // The add1 steps select exactly the published winners (76 700 of 100 000), with each voter's
    // 100 000 / 84 = 1 190.48 raised by 843 (one more would overspend). The same came out of the
    // reference implementation on equalshares.net ("Implementation" → "Computation", JavaScript),
    // run on this file, in the same order and with the same raise.
    const steps = equalSharesAdd1Steps(election);
    expect(steps.selected).toEqual(['3', '9', '2', '11', '13', '14', '5', '6', '12']);
    expect(steps.raisedBy).toBe(843);
    // Assen stopped there. Our add1 then completes greedily, as equalshares.net's reference does:
    // 23 300 is left; by votes 8 (40 000) and 1 (40 000) and 10 (50 000) do not fit, 7 (12 000)
    // does (→ 88 700), 4 (30 000) does not.
    const outcome = equalShares(election, { completion: 'add1' });
    expect(outcome.selected).toEqual([...published, '7']);
    expect(outcome.cost).toBe(88_700);
    // Without completion (the reference gives the same): 3, 9, 2, 13, 11, 14, 12 = 60 700.
    expect(equalShares(election, { completion: 'none' }).selected).toEqual([
      '3',
      '9',
      '2',
      '13',
      '11',
      '14',
      '12',
    ]);
    // Greedy would give 3, 9, 8, 2, 11, 13, 14 (99 200): 8 (25 votes, 40 000) instead of five
    // smaller projects that other groups of voters asked for.
    expect(greedy(election).selected).toEqual(['3', '9', '8', '2', '11', '13', '14']);
  });
});
