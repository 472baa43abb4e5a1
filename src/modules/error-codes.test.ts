import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { registerModules } from '../app';
import { type ErrorCode, errorStatus } from '../core/errors';
import { languages, serverI18n } from '../core/i18n/i18n';
import { modules } from '.';

registerModules();

const src = new URL('..', import.meta.url).pathname;

/**
 * One `new AppError(code, params, status, messageKey)` as written: what its literals say. A key
 * built at run time (`programs:errors.${problem.code}`) is `null`: it cannot be checked here.
 */
type Thrown = {
  where: string;
  owner: string;
  code: string | null;
  status?: number;
  messageKey?: string | null;
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'web' ? [] : sourceFiles(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

const literal = (node: ts.Expression | undefined) =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;

/** Every AppError a file constructs; `owner` is its module's folder, or `core` outside modules. */
function appErrorsIn(path: string, text: string): Thrown[] {
  if (!text.includes('new AppError')) return [];
  const owner = /modules\/([^/]+)\//.exec(path)?.[1] ?? 'core';
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: Thrown[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && node.expression.getText(file) === 'AppError') {
      const [code, , status, messageKey] = node.arguments ?? [];
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      found.push({
        where: `${path}:${line}`,
        owner,
        code: literal(code) ?? null,
        status: status && ts.isNumericLiteral(status) ? Number(status.text) : undefined,
        messageKey: messageKey ? (literal(messageKey) ?? null) : undefined,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The message a throw without a key gets: its module's for a declared code, else core's. */
const defaultKey = (owner: string, code: string, own: number | undefined) =>
  own === undefined ? `errors.${code}` : `${owner}:errors.${code}`;

function translated(key: string): boolean {
  const [ns, path] = key.includes(':') ? key.split(':') : ['core', key];
  return languages.every((lng) => typeof serverI18n.getResource(lng, ns, path) === 'string');
}

/**
 * What is wrong with the thrown codes: one not declared by core or the throwing module, a status
 * other than the declared one, a message missing in Swedish or English, a declared code never thrown.
 */
function problems(thrown: Thrown[], declared: Record<string, Record<string, number>>): string[] {
  const out: string[] = [];
  for (const t of thrown) {
    if (t.code === null) {
      out.push(`${t.where}: the code is not a literal`);
      continue;
    }
    const own = declared[t.owner]?.[t.code];
    const status = own ?? errorStatus[t.code as ErrorCode];
    if (status === undefined) out.push(`${t.where}: ${t.code} is not declared (errorCodes of ${t.owner})`);
    else if (t.status !== undefined && t.status !== status)
      out.push(`${t.where}: ${t.code} thrown as ${t.status}, declared ${status}`);
    const key = t.messageKey === undefined ? defaultKey(t.owner, t.code, own) : t.messageKey;
    if (key !== null && !translated(key)) out.push(`${t.where}: ${key} is not translated in sv and en`);
  }
  for (const [owner, codes] of Object.entries(declared))
    for (const code of Object.keys(codes))
      if (!thrown.some((t) => t.owner === owner && t.code === code))
        out.push(`${owner}: ${code} is declared but never thrown`);
  return out;
}

const declaredByModules = () => Object.fromEntries(modules.map((m) => [m.name, m.errorCodes ?? {}]));

describe('error codes', () => {
  it('declares, with its status, and translates in sv and en every code the code throws', () => {
    const thrown = sourceFiles(src).flatMap((path) =>
      appErrorsIn(relative(src, path), readFileSync(path, 'utf8')),
    );
    expect(thrown.length).toBeGreaterThan(100);
    expect(thrown.map((t) => t.code)).toContain('template_invalid');
    // A new code: add it to the module's errorCodes and to errors.<code> in its i18n/{sv,en}.json.
    expect(problems(thrown, declaredByModules())).toEqual([]);
  }, 30_000); // parsing some forty files takes a few seconds on a busy machine

  it('finds a code a module throws without declaring it', () => {
    const budget = `throw new AppError('budget_closed', {}, 409, 'budget:errors.budget_closed');`;
    const thrown = appErrorsIn('modules/budget/budget.service.ts', budget);
    expect(problems(thrown, { budget: {} })).toEqual([
      'modules/budget/budget.service.ts:1: budget_closed is not declared (errorCodes of budget)',
      'modules/budget/budget.service.ts:1: budget:errors.budget_closed is not translated in sv and en',
    ]);
  });

  it('finds a status other than the declared one', () => {
    const rounds = `throw new AppError('template_invalid', {}, 422);`;
    const thrown = appErrorsIn('modules/rounds/templates.service.ts', rounds);
    expect(problems(thrown, { rounds: { template_invalid: 400 } })).toEqual([
      'modules/rounds/templates.service.ts:1: template_invalid thrown as 422, declared 400',
    ]);
  });
});
