import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registerModules } from '../src/app';
import { type ValidationIssue, validationMessage } from '../src/core/http/validation-messages';

beforeAll(() => registerModules());

/** The issues of a failed parse, shaped as fastify-type-provider-zod hands them to the error handler. */
function issuesOf(schema: z.ZodType, input: unknown): ValidationIssue[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return result.error.issues.map(({ code, message, path: _path, ...params }) => ({
    keyword: code,
    message,
    params,
  }));
}

const form = z.object({
  name: z.string().min(10),
  households: z.number().int().max(500),
  email: z.email(),
  role: z.enum(['admin', 'host']),
  note: z.string().refine((v) => !v.includes('19121212-1212'), 'Ta bort personnumret'),
});

describe('validation messages', () => {
  const issues = issuesOf(form, {
    name: 'kort',
    households: 900,
    email: 'inte-en-adress',
    role: 'tenant',
    note: 'ring 19121212-1212',
  });

  it('says in Swedish what is wrong with each field, with the limits Zod checked', () => {
    expect(issues.map((i) => validationMessage('sv', i))).toEqual([
      'minst 10 tecken',
      'högst 500',
      'ogiltigt format (email)',
      'ska vara något av: admin, host',
      'Ta bort personnumret',
    ]);
  });

  it('says the same in English', () => {
    expect(issues.map((i) => validationMessage('en', i))).toEqual([
      'at least 10 characters',
      'at most 500',
      'invalid format (email)',
      'must be one of: admin, host',
      'Ta bort personnumret',
    ]);
  });

  it('names a missing field as missing, and a wrong type by what was expected', () => {
    const [missing, wrongType] = issuesOf(z.object({ a: z.string(), b: z.number() }), { b: 'x' });
    expect(validationMessage('sv', missing!)).toBe('saknas');
    expect(validationMessage('en', wrongType!)).toBe('wrong type (expected number)');
  });
});
