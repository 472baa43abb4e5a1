import { sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import type { DemoContext } from '../../core/module';
import { areas, districts, households, properties } from './areas.table';
import { householdRef } from './households';

/** Demo districts: real Västerås district names and rough positions; everything inside is invented. */
const demoDistricts = [
  {
    name: 'Bäckby',
    lat: 59.6135,
    lon: 16.4665,
    areas: ['Bäckby norra', 'Bäckby centrum', 'Bäckby södra'],
    size: 2900,
  },
  { name: 'Vallby', lat: 59.6245, lon: 16.5035, areas: ['Vallby centrum', 'Vallby västra'], size: 1500 },
  { name: 'Råby', lat: 59.6215, lon: 16.5205, areas: ['Råby östra', 'Råby västra'], size: 1500 },
  {
    name: 'Pettersberg',
    lat: 59.6265,
    lon: 16.5665,
    areas: ['Pettersberg norra', 'Pettersberg södra'],
    size: 1300,
  },
  { name: 'Malmaberg', lat: 59.6175, lon: 16.5805, areas: ['Malmaberg'], size: 900 },
  { name: 'Skultuna', lat: 59.7165, lon: 16.4245, areas: ['Skultuna centrum'], size: 500 },
  { name: 'Hammarby', lat: 59.6195, lon: 16.6045, areas: ['Hammarby'], size: 1000 },
  { name: 'Skiljebo', lat: 59.6195, lon: 16.5405, areas: ['Skiljebo'], size: 800 },
  { name: 'Viksäng', lat: 59.5965, lon: 16.5005, areas: ['Viksäng'], size: 900 },
  { name: 'Gryta', lat: 59.6375, lon: 16.5265, areas: ['Gryta'], size: 700 },
];

const streetStems = [
  'Lärk',
  'Trast',
  'Svala',
  'Hassel',
  'Rönn',
  'Lind',
  'Kvarn',
  'Smedje',
  'Fiol',
  'Harp',
  'Glimmer',
  'Kristall',
  'Bergs',
  'Dal',
  'Äng',
  'Lönn',
  'Sälg',
  'Ljung',
  'Mo',
  'Flöjt',
  'Spel',
  'Bruks',
  'Myr',
  'Ek',
];
const streetKinds = ['gatan', 'vägen', 'stigen', 'backen', 'gränd'];

function code(name: string): string {
  return name
    .toUpperCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Z]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 16);
}

/** A rectangle in degrees around a point, closed as GeoJSON requires. */
function rectangle(west: number, south: number, east: number, north: number): number[][][] {
  return [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ];
}

/**
 * An area's households in one statement, the rows passed as one JSON parameter: binding four
 * parameters a row took PGlite (and drizzle building the statement) most of the demo's areas time.
 */
async function insertHouseholds(
  db: Db,
  rows: { organisationId: string; propertyId: string; areaId: string; ref: string }[],
): Promise<void> {
  const json = rows.map((r) => ({
    organisation_id: r.organisationId,
    property_id: r.propertyId,
    area_id: r.areaId,
    ref: r.ref,
  }));
  await db.execute(sql`
    insert into ${households} (organisation_id, property_id, area_id, ref)
    select organisation_id, property_id, area_id, ref
    from json_populate_recordset(null::${households}, ${JSON.stringify(json)}::json)`);
}

/** Districts, areas (strips of their district), properties and the household register: ~12,000 households. */
export async function seedAreasDemo(ctx: DemoContext): Promise<void> {
  const { db, organisationId, random } = ctx;
  let propertyNo = 1000;
  let streetNo = 0;
  for (const d of demoDistricts) {
    const halfLat = 0.0045;
    const halfLon = 0.009 * Math.sqrt(d.size / 1500);
    const [west, east] = [d.lon - halfLon, d.lon + halfLon];
    const [district] = await db
      .insert(districts)
      .values({
        organisationId,
        name: d.name,
        geometry: { type: 'Polygon', coordinates: rectangle(west, d.lat - halfLat, east, d.lat + halfLat) },
      })
      .returning();
    const stripWidth = (east - west) / d.areas.length;
    for (const [i, areaName] of d.areas.entries()) {
      const [aWest, aEast] = [west + i * stripWidth, west + (i + 1) * stripWidth];
      const [area] = await db
        .insert(areas)
        .values({
          organisationId,
          districtId: district.id,
          code: code(areaName),
          name: areaName,
          geometry: {
            type: 'Polygon',
            coordinates: rectangle(aWest, d.lat - halfLat, aEast, d.lat + halfLat),
          },
        })
        .returning();
      let remaining = Math.round(d.size / d.areas.length);
      const streets = [0, 1, 2].map(() => {
        const stem = streetStems[streetNo++ % streetStems.length];
        return `${stem}${streetKinds[Math.floor(random() * streetKinds.length)]}`;
      });
      const propertyRows = [];
      while (remaining > 0) {
        const size = Math.min(remaining, 24 + Math.floor(random() * 60));
        remaining -= size;
        propertyNo++;
        propertyRows.push({
          organisationId,
          areaId: area.id,
          code: `F${propertyNo}`,
          address: `${streets[propertyRows.length % 3]} ${1 + propertyRows.length * 2}`,
          households: size,
          lat: d.lat - halfLat * 0.8 + random() * halfLat * 1.6,
          lon: aWest + stripWidth * (0.1 + random() * 0.8),
        });
      }
      const inserted = await db.insert(properties).values(propertyRows).returning();
      const register = inserted.flatMap((p) =>
        Array.from({ length: p.households }, (_, n) => ({
          organisationId,
          propertyId: p.id,
          areaId: area.id,
          ref: householdRef(p.code, n + 1),
        })),
      );
      await insertHouseholds(db, register);
    }
  }
}
