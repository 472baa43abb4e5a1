import { type Language, translate } from '../i18n/i18n';

/** One failed check as fastify-type-provider-zod reports it: the Zod issue code, its numbers, its text. */
export type ValidationIssue = { keyword: string; message?: string; params: Record<string, unknown> };

const sized = new Set(['string', 'number', 'array']);

/**
 * Zod writes its messages in English; a Swedish user should read "minst 10 tecken", not
 * "Too small". Built-in checks are translated from their code and numbers; a module's own
 * refinement (code "custom") already carries the text it chose.
 */
export function validationMessage(language: Language, issue: ValidationIssue): string {
  const { keyword, params } = issue;
  const key = (name: string) => `validationIssue.${name}`;
  switch (keyword) {
    case 'invalid_type':
      return /received undefined/.test(issue.message ?? '')
        ? translate(language, key('invalid_type_missing'))
        : translate(language, key('invalid_type'), { expected: params.expected });
    case 'too_small':
    case 'too_big': {
      const origin = sized.has(String(params.origin)) ? String(params.origin) : 'number';
      return translate(language, key(`${keyword}_${origin}`), {
        minimum: params.minimum,
        maximum: params.maximum,
      });
    }
    case 'invalid_format':
      return translate(language, key('invalid_format'), { format: params.format });
    case 'invalid_value':
      return translate(language, key('invalid_value'), {
        values: Array.isArray(params.values) ? params.values.join(', ') : '',
      });
    case 'unrecognized_keys':
      return translate(language, key('unrecognized_keys'), {
        keys: Array.isArray(params.keys) ? params.keys.join(', ') : '',
      });
    case 'not_multiple_of':
      return translate(language, key('not_multiple_of'), { divisor: params.divisor });
    case 'custom':
      return issue.message ?? translate(language, key('other'));
    default:
      return translate(language, key('other'));
  }
}
