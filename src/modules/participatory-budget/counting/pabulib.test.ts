import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { electionFromPabulib, type PabulibFile, parsePabulib, writePabulib } from './pabulib';

const refusal = (params: Record<string, unknown>, key: string) =>
  expect.objectContaining({ code: 'validation', params, messageKey: `budget-count:errors.${key}` });

describe('reading a pabulib file', () => {
  it('reads META, and every column of PROJECTS and VOTES, from a published file with Windows line ends', () => {
    const text = readFileSync(new URL('fixtures/netherlands_assen_2024.pb', import.meta.url), 'utf8');
    expect(text).toContain('\r\n');
    const file = parsePabulib(text);
    expect(file.meta).toMatchObject({
      unit: 'Assen',
      budget: '100000',
      vote_type: 'approval',
      num_votes: '84',
    });
    expect(file.projects).toHaveLength(14);
    expect(file.projects[0]).toEqual({
      project_id: '3',
      cost: '7200',
      votes: '43',
      name: 'PopUp Podium',
      selected: '1',
      description: '12x per jaar zal er een PopUp Podium opduiken in de stad',
    });
    expect(file.votes).toHaveLength(84);
    expect(file.votes[0]).toEqual({
      voter_id: 'vote01006bcf-62b6-435d-a0de-2966c3e75249',
      vote: '1,2,6,9,13',
    });
    const election = electionFromPabulib(file);
    expect(election.budget).toBe(100_000);
    expect(election.projects[0]).toEqual({ id: '3', cost: 7200, name: 'PopUp Podium' });
    expect(election.ballots[0]).toEqual({ approved: ['1', '2', '6', '9', '13'] });
  });

  it('reads quoted fields with semicolons and doubled quotes, spaces around fields, and blank ballots', () => {
    const text = [
      'META',
      'key; value',
      'budget; 2500.50',
      'vote_type;approval',
      'PROJECTS',
      'project_id;cost;name',
      '1;600;"Zielona obwodnica; ETAP II"',
      '2;800.0;"""Konikowo"" - plac zabaw"',
      'VOTES',
      'voter_id;vote',
      'a;1,2',
      'b;',
      '',
    ].join('\r\n');
    const file = parsePabulib(text);
    expect(file.meta).toEqual({ budget: '2500.50', vote_type: 'approval' });
    expect(file.projects.map((p) => p.name)).toEqual([
      'Zielona obwodnica; ETAP II',
      '"Konikowo" - plac zabaw',
    ]);
    expect(electionFromPabulib(file)).toEqual({
      budget: 2500.5,
      projects: [
        { id: '1', cost: 600, name: 'Zielona obwodnica; ETAP II' },
        { id: '2', cost: 800, name: '"Konikowo" - plac zabaw' },
      ],
      ballots: [{ approved: ['1', '2'] }, { approved: [] }],
    });
  });

  const good = [
    'META',
    'key;value',
    'budget;100',
    'PROJECTS',
    'project_id;cost',
    '1;50',
    'VOTES',
    'voter_id;vote',
    'a;1',
  ];
  const withLine = (n: number, line: string | null) =>
    good.flatMap((l, i) => (i === n - 1 ? (line === null ? [] : [line]) : [l])).join('\n');

  it('refuses a bad file, saying on which line and what is wrong', () => {
    expect(() => parsePabulib(withLine(1, 'PROJECTS'))).toThrow(
      refusal({ line: 1, expected: 'META', found: 'PROJECTS' }, 'pabulib_section'),
    );
    expect(() => parsePabulib(withLine(6, '1;50;x'))).toThrow(
      refusal({ line: 6, found: 3, expected: 2 }, 'pabulib_fields'),
    );
    expect(() => parsePabulib(withLine(6, '1;fifty'))).toThrow(
      refusal({ line: 6, column: 'cost', value: 'fifty' }, 'pabulib_number'),
    );
    expect(() => parsePabulib(withLine(3, 'budget;-5'))).toThrow(
      refusal({ line: 3, column: 'budget', value: '-5' }, 'pabulib_number'),
    );
    expect(() => parsePabulib(withLine(9, 'a;1,7'))).toThrow(
      refusal({ line: 9, project: '7' }, 'pabulib_unknown_project'),
    );
    expect(() => parsePabulib(withLine(5, 'id;cost'))).toThrow(
      refusal({ line: 5, section: 'PROJECTS', column: 'project_id' }, 'pabulib_header'),
    );
    expect(() => parsePabulib(withLine(6, '1;50\n1;70'))).toThrow(
      refusal({ line: 7, column: 'project_id', value: '1' }, 'pabulib_duplicate'),
    );
    expect(() => parsePabulib(good.slice(0, 6).join('\n'))).toThrow(
      refusal({ section: 'VOTES' }, 'pabulib_missing_section'),
    );
    expect(() => parsePabulib(withLine(6, '1;"50'))).toThrow(refusal({ line: 9 }, 'pabulib_quote'));
  });

  it('counts approval votes only, and needs the budget', () => {
    const ordinal = parsePabulib(withLine(2, 'key;value\nvote_type;ordinal'));
    expect(() => electionFromPabulib(ordinal)).toThrow(refusal({ voteType: 'ordinal' }, 'pabulib_vote_type'));
    const noBudget = parsePabulib(withLine(3, null));
    expect(() => electionFromPabulib(noBudget)).toThrow(refusal({ key: 'budget' }, 'pabulib_missing_key'));
  });
});

describe('writing a pabulib file', () => {
  /** Text with the characters the format must quote, section titles and spaces at the edges. */
  const text = fc
    .array(
      fc.oneof(
        fc.constantFrom(';', '"', '""', '\r\n', '\n', '\r', ' ', '\t', ',', 'META', 'votes', '\u00a0'),
        fc.string({ unit: 'grapheme', maxLength: 4 }),
      ),
      { maxLength: 5 },
    )
    .map((parts) => parts.join(''));
  const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,5}$/);
  const file: fc.Arbitrary<PabulibFile> = fc
    .record({
      meta: fc.dictionary(text, text, { maxKeys: 5 }),
      budget: fc.nat(),
      ids: fc.uniqueArray(id, { maxLength: 5 }),
      extra: fc.uniqueArray(text, { maxLength: 2 }),
      singleColumnVotes: fc.boolean(),
    })
    .chain(({ meta, budget, ids, extra, singleColumnVotes }) => {
      const columns = extra.filter((c) => !['project_id', 'cost', 'vote', 'voter_id'].includes(c));
      const project = (pid: string) =>
        fc
          .tuple(
            fc.nat({ max: 10_000 }),
            fc.array(text, { minLength: columns.length, maxLength: columns.length }),
          )
          .map(([cost, values]) => ({
            project_id: pid,
            cost: String(cost),
            ...Object.fromEntries(columns.map((c, i) => [c, values[i]])),
          }));
      const vote = fc
        .tuple(id, fc.subarray(ids))
        .map(
          ([voter, approved]): Record<string, string> =>
            singleColumnVotes ? { vote: approved.join(',') } : { voter_id: voter, vote: approved.join(',') },
        );
      const { budget: _, ...rest } = meta;
      return fc.record({
        meta: fc.constant<Record<string, string>>({ ...rest, budget: String(budget) }),
        projects: fc.tuple(...ids.map(project)),
        votes: fc.array(vote, { maxLength: 6 }),
      });
    });

  it('writes what parsePabulib reads back as the same file', () => {
    fc.assert(
      fc.property(file, (f) => {
        expect(parsePabulib(writePabulib(f))).toEqual(f);
      }),
      { numRuns: 300 },
    );
  });

  it('quotes a field only when it must', () => {
    const f: PabulibFile = {
      meta: { budget: '10', description: 'Park "Stok"; etap 2' },
      projects: [{ project_id: 'Votes', cost: '5', name: ' space ' }],
      // A blank ballot and a ballot for project "Votes" in a one-column VOTES section: quoted, or
      // they would read as an empty line and a section title.
      votes: [{ vote: '' }, { vote: 'Votes' }],
    };
    const written = writePabulib(f);
    expect(written).toBe(
      'META\nkey;value\nbudget;10\ndescription;"Park ""Stok""; etap 2"\nPROJECTS\nproject_id;cost;name\nVotes;5;" space "\nVOTES\nvote\n""\n"Votes"\n',
    );
    expect(parsePabulib(written)).toEqual(f);
  });
});
