import { describe, expect, it } from 'vitest';
import type { PlaceHit } from './areas.contract';
import { matchPlaces, maxPlaceHits, searchKey } from './place-search';

const area = (name: string, code: string): PlaceHit => ({
  kind: 'area',
  id: code,
  name,
  code,
  districtName: 'Bäckby',
});
const district = (name: string): PlaceHit => ({
  kind: 'district',
  id: name,
  name,
  code: null,
  districtName: null,
});

describe('finding a place by name or code', () => {
  it('ignores case and diacritics: "ÅBY", "aby" and "åby" are the same key', () => {
    expect(searchKey('ÅBY')).toBe('aby');
    expect(searchKey(' Råby östra ')).toBe('raby ostra');
  });

  it('puts an exact code first, then names that start with the query, then words, then the rest', () => {
    const places = [
      area('Västra Bäckby', 'VB'),
      area('Bäckby södra', 'BACKBY-SODRA'),
      district('Bäckby'),
      area('Lillbäckby', 'LB'),
      area('Gryta', 'BACKBY'),
    ];
    expect(matchPlaces('backby', places).map((p) => p.name)).toEqual([
      'Gryta', // its code is exactly "BACKBY"
      'Bäckby', // a district before an area of the same rank
      'Bäckby södra',
      'Västra Bäckby', // a word starts with it
      'Lillbäckby', // inside a word
    ]);
  });

  it(`gives at most ${maxPlaceHits} and nothing for an empty query`, () => {
    const many = Array.from({ length: 15 }, (_, i) => area(`Område ${i + 1}`, `O${i + 1}`));
    expect(matchPlaces('omrade', many)).toHaveLength(maxPlaceHits);
    expect(matchPlaces('  ', many)).toEqual([]);
  });
});
