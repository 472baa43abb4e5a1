import { describe, expect, it } from 'vitest';
import { addMonths } from './dates';

describe('addMonths', () => {
  it('moves by whole months and keeps the day', () => {
    expect(addMonths('2023-01-15', -24)).toBe('2021-01-15');
    expect(addMonths('2025-05-30', 6)).toBe('2025-11-30');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
  });

  it('holds the day to the end of a shorter month', () => {
    expect(addMonths('2023-03-31', -1)).toBe('2023-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
  });
});
