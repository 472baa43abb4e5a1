import { describe, expect, it } from 'vitest';
import { focusAreas, roles, sdgs } from './enums';

describe('shared code lists', () => {
  it('numbers the 17 Sustainable Development Goals 1 to 17 (UN resolution 70/1)', () => {
    expect(sdgs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
  });

  it('keeps the codes stored in the database', () => {
    expect(focusAreas).toEqual(['trygghet', 'dialog', 'gemenskap', 'arbete']);
    expect(roles).toEqual(['admin', 'analyst', 'hr', 'host', 'partner', 'viewer']);
  });
});
