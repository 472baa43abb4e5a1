/** Why a cell was refused: a message key under import.* and its parameters. */
export type CellError = { code: string; params?: Record<string, unknown> };
export type CellResult<T> = { ok: true; value: T } | { ok: false; error: CellError };
/** Parses one cell's text; empty text is null unless the cell is required. */
export type Cell<T> = (raw: string) => CellResult<T>;

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = (code: string, params: Record<string, unknown> = {}): CellResult<never> => ({
  ok: false,
  error: { code, params },
});

function optional<T>(required: boolean | undefined, parse: (raw: string) => CellResult<T>): Cell<T | null> {
  return (raw) => {
    const value = raw.trim();
    if (value === '') return required ? fail('required') : ok(null);
    return parse(value);
  };
}

type Opts = { required?: boolean };

/** Cell parsers shared by every import kind. */
export const cells = {
  text: (opts: Opts & { max?: number } = {}) =>
    optional(opts.required, (v) =>
      opts.max && v.length > opts.max ? fail('too_long', { max: opts.max }) : ok(v),
    ),

  integer: (opts: Opts & { min?: number; max?: number } = {}) =>
    optional(opts.required, (v) => {
      if (!/^[-+]?\d+$/.test(v.replace(/\s/g, ''))) return fail('not_integer', { value: v });
      const n = Number(v.replace(/\s/g, ''));
      return inRange(n, v, opts.min, opts.max);
    }),

  /** Decimal numbers with point or Swedish comma. */
  number: (opts: Opts & { min?: number; max?: number } = {}) =>
    optional(opts.required, (v) => {
      const normalised = v.replace(/\s/g, '').replace(',', '.');
      if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised)) return fail('not_number', { value: v });
      return inRange(Number(normalised), v, opts.min, opts.max);
    }),

  /** ISO dates (YYYY-MM-DD); checks that the day exists. */
  date: (opts: Opts = {}) =>
    optional(opts.required, (v) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      if (!m) return fail('not_date', { value: v });
      const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
      if (d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) return fail('not_date', { value: v });
      return ok(v);
    }),

  boolean: (opts: Opts = {}) =>
    optional(opts.required, (v) => {
      const s = v.toLowerCase();
      if (['1', 'true', 'ja', 'yes', 'j', 'y', 'x'].includes(s)) return ok(true);
      if (['0', 'false', 'nej', 'no', 'n'].includes(s)) return ok(false);
      return fail('not_boolean', { value: v });
    }),

  oneOf: <T extends string>(allowed: readonly T[], opts: Opts = {}) =>
    optional(opts.required, (v) => {
      const found = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
      return found ? ok(found) : fail('not_one_of', { value: v, allowed: allowed.join(', ') });
    }),
};

function inRange(n: number, raw: string, min?: number, max?: number): CellResult<number> {
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    return fail('out_of_range', { value: raw, min: min ?? '−∞', max: max ?? '∞' });
  }
  return ok(n);
}
