import { describe, expect, it } from 'vitest';
import { type Area, districtTotals } from './queries';

describe('districtTotals', () => {
  const area = (id: string, districtId: string, properties: number, households: number): Area => ({
    id,
    districtId,
    districtName: '',
    code: id,
    name: id,
    geometry: null,
    properties,
    households,
  });

  it('sums areas, properties and households per district, in Swedish name order', () => {
    // Råby: 120 + 80 = 200 households in 3 + 2 = 5 properties; Bäckby: 300 in 4; Åbacka has none.
    const districts = [
      { id: 'r', name: 'Råby', geometry: null },
      { id: 'a', name: 'Åbacka', geometry: null },
      { id: 'b', name: 'Bäckby', geometry: null },
    ];
    const areas = [area('r1', 'r', 3, 120), area('r2', 'r', 2, 80), area('b1', 'b', 4, 300)];
    expect(districtTotals(districts, areas)).toEqual([
      { id: 'b', name: 'Bäckby', areas: 1, properties: 4, households: 300 },
      { id: 'r', name: 'Råby', areas: 2, properties: 5, households: 200 },
      { id: 'a', name: 'Åbacka', areas: 0, properties: 0, households: 0 },
    ]);
  });
});
