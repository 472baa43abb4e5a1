import { parse } from 'csv-parse/sync';
import { AppError } from '../../../core/errors';
import type { Election } from './election';
import { countingMessages } from './messages';

countingMessages();

/**
 * A pabulib file (https://pabulib.org/format): the META key/value pairs, and every row of the
 * PROJECTS and VOTES sections with all its columns as text, in the file's order. Rows have the
 * keys of their section's column row, in that order.
 */
export type PabulibFile = {
  meta: Record<string, string>;
  projects: Record<string, string>[];
  votes: Record<string, string>[];
};

const sections = ['META', 'PROJECTS', 'VOTES'] as const;
type Section = (typeof sections)[number];
/** The columns each section's column row must have. */
const required: Record<Section, string[]> = {
  META: ['key', 'value'],
  PROJECTS: ['project_id', 'cost'],
  VOTES: ['vote'],
};

const fail = (key: string, params: Record<string, unknown>): never => {
  throw new AppError('validation', params, 400, `budget-count:errors.${key}`);
};

type Row = { fields: string[]; line: number; quoted: boolean };

/** The file's rows as `;`-separated fields with CSV quoting; empty lines skipped, BOM and CR/LF handled. */
function rowsOf(text: string): Row[] {
  try {
    const records = parse(text, {
      delimiter: ';',
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      bom: true,
      // The format's own example writes "key; value": spaces around a field are not part of it.
      trim: true,
      info: true,
      raw: true,
    });
    // With `info` and `raw`, csv-parse gives each record with its line and source text.
    return (records as unknown as { record: string[]; info: { lines: number }; raw: string }[]).map((r) => ({
      fields: r.record,
      line: r.info.lines,
      quoted: r.raw.trim().startsWith('"'),
    }));
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    return fail('pabulib_quote', { line });
  }
}

const sectionOf = (row: Row): Section | undefined => {
  const title = row.fields.length === 1 && !row.quoted ? row.fields[0].toUpperCase() : '';
  return sections.find((s) => s === title);
};

const decimal = /^\d+(\.\d+)?$/;

/** A cost or budget: a number that is not negative, with a point for decimals. */
function amount(value: string, column: string, line: number): number {
  if (!decimal.test(value)) fail('pabulib_number', { line, column, value });
  return Number(value);
}

/** Reads a pabulib file; a bad file is refused with the line and what is wrong with it. */
export function parsePabulib(text: string): PabulibFile {
  const parts: Record<Section, { header: string[]; rows: Row[] } | undefined> = {
    META: undefined,
    PROJECTS: undefined,
    VOTES: undefined,
  };
  let current: Section | undefined;
  for (const row of rowsOf(text)) {
    const title = sectionOf(row);
    const expected = sections[current ? sections.indexOf(current) + 1 : 0];
    if (title || !current) {
      if (title !== expected)
        fail('pabulib_section', {
          line: row.line,
          expected: expected ?? 'VOTES',
          found: row.fields.join(';'),
        });
      current = title;
      continue;
    }
    const part = parts[current];
    if (!part) parts[current] = { header: checkedHeader(current, row), rows: [] };
    else if (row.fields.length !== part.header.length)
      fail('pabulib_fields', { line: row.line, found: row.fields.length, expected: part.header.length });
    else part.rows.push(row);
  }
  for (const section of sections) if (!parts[section]) fail('pabulib_missing_section', { section });
  return readSections(parts as Record<Section, { header: string[]; rows: Row[] }>);
}

function checkedHeader(section: Section, row: Row): string[] {
  const header = row.fields;
  for (const column of required[section])
    if (!header.includes(column)) fail('pabulib_header', { line: row.line, section, column });
  const seen = new Set<string>();
  for (const column of header) {
    if (seen.has(column)) fail('pabulib_duplicate', { line: row.line, column: section, value: column });
    seen.add(column);
  }
  if (section === 'META' && header.length !== 2)
    fail('pabulib_header', { line: row.line, section, column: 'key;value' });
  return header;
}

function readSections(parts: Record<Section, { header: string[]; rows: Row[] }>): PabulibFile {
  const meta: [string, string][] = [];
  const keys = new Set<string>();
  const valueAt = parts.META.header.indexOf('value');
  for (const row of parts.META.rows) {
    const [key, value] = valueAt === 1 ? row.fields : [row.fields[1], row.fields[0]];
    if (keys.has(key)) fail('pabulib_duplicate', { line: row.line, column: 'key', value: key });
    if (key === 'budget') amount(value, key, row.line);
    keys.add(key);
    meta.push([key, value]);
  }
  const asObject = (header: string[], row: Row) =>
    Object.fromEntries(header.map((c, i) => [c, row.fields[i]]));
  const ids = new Set<string>();
  const projects = parts.PROJECTS.rows.map((row) => {
    const project = asObject(parts.PROJECTS.header, row);
    if (ids.has(project.project_id))
      fail('pabulib_duplicate', { line: row.line, column: 'project_id', value: project.project_id });
    ids.add(project.project_id);
    amount(project.cost, 'cost', row.line);
    return project;
  });
  const votes = parts.VOTES.rows.map((row) => {
    const vote = asObject(parts.VOTES.header, row);
    for (const id of idsOf(vote.vote))
      if (!ids.has(id)) fail('pabulib_unknown_project', { line: row.line, project: id });
    return vote;
  });
  return { meta: Object.fromEntries(meta), projects, votes };
}

/** The project ids of a vote ("3,9,14"); an empty vote is a blank ballot. */
const idsOf = (vote: string) =>
  vote
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');

/**
 * The election a file holds, for counting: its budget, projects (id, cost, name) and approval
 * ballots. A file without `vote_type` is read as approval; other vote types are refused.
 */
export function electionFromPabulib(file: PabulibFile): Election {
  const voteType = file.meta.vote_type ?? 'approval';
  if (voteType !== 'approval') fail('pabulib_vote_type', { voteType });
  if (file.meta.budget === undefined) fail('pabulib_missing_key', { key: 'budget' });
  return {
    budget: Number(file.meta.budget),
    projects: file.projects.map((p) => ({
      id: p.project_id,
      cost: Number(p.cost),
      ...(p.name !== undefined ? { name: p.name } : {}),
    })),
    ballots: file.votes.map((v) => ({ approved: [...new Set(idsOf(v.vote))] })),
  };
}

/**
 * Writes a pabulib file that parsePabulib reads back as the same value. A field is quoted (with
 * `""` for a quote inside) when it holds `;`, a quote or a line break, starts or ends with
 * whitespace, or would otherwise read as a section title or an empty line.
 */
export function writePabulib({ meta, projects, votes }: PabulibFile): string {
  const lines = ['META', 'key;value', ...Object.entries(meta).map(([k, v]) => line([k, v]))];
  lines.push('PROJECTS', ...table(projects, ['project_id', 'cost']));
  lines.push('VOTES', ...table(votes, ['voter_id', 'vote']));
  return `${lines.join('\n')}\n`;
}

function table(rows: Record<string, string>[], columns: string[]): string[] {
  const header = rows.length > 0 ? Object.keys(rows[0]) : columns;
  return [line(header), ...rows.map((row) => line(header.map((c) => row[c] ?? '')))];
}

function line(fields: string[]): string {
  const single = fields.length === 1;
  return fields.map((f) => (mustQuote(f, single) ? `"${f.replaceAll('"', '""')}"` : f)).join(';');
}

const mustQuote = (field: string, single: boolean) =>
  /[;"\r\n]|^\s|\s$/.test(field) ||
  (single && (field === '' || sections.includes(field.toUpperCase() as Section)));
