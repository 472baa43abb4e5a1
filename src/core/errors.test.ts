import { describe, expect, it } from 'vitest';
import { AppError, registerErrorCodes } from './errors';

describe('error codes of modules', () => {
  registerErrorCodes('budget', { budget_closed: 409 });

  it("gives a module's code its status and the module's message unless the throw names them", () => {
    const error = new AppError('budget_closed', { year: 2026 });
    expect([error.status, error.messageKey]).toEqual([409, 'budget:errors.budget_closed']);
    const named = new AppError('budget_closed', {}, 409, 'budget:errors.closed_for_year');
    expect(named.messageKey).toBe('budget:errors.closed_for_year');
  });

  it("keeps core's codes as they are, and an unknown code a 400 of core's messages", () => {
    expect(new AppError('conflict').status).toBe(409);
    expect([new AppError('nobody_declared').status, new AppError('nobody_declared').messageKey]).toEqual([
      400,
      'errors.nobody_declared',
    ]);
  });

  it("refuses a code that is core's or another module's: one code, one status, one message", () => {
    expect(() => registerErrorCodes('budget', { not_found: 410 })).toThrow(
      /not_found of budget is already core's/,
    );
    expect(() => registerErrorCodes('dialog', { budget_closed: 409 })).toThrow(/already budget's/);
    expect(() => registerErrorCodes('budget', { budget_closed: 409 })).not.toThrow();
  });
});
