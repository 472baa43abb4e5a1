import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { cells } from '../../core/import/cells';
import { defineImportKind, type RowProblem } from '../../core/import/import-kind';
import { areaCodeColumn } from '../../core/import/look-up';
import { resultRows } from '../../core/import/staging';
import { areaPermissions } from './areas.policy';

type PropertyRow = {
  district: string;
  areaCode: string;
  areaName: string;
  propertyCode: string;
  address: string;
  households: number;
  lat: number | null;
  lon: number | null;
};

/**
 * `properties`: district,area_code,area_name,property_code,address,households,lat,lon.
 * Upserts districts by name, areas by code and properties by code; re-importing a file changes nothing.
 * Staged: the publish is a handful of set-based statements, whatever the number of rows.
 */
export const propertiesImport = defineImportKind<PropertyRow, { areaNames: Map<string, string> }>({
  kind: 'properties',
  permission: areaPermissions['areas.write'],
  key: 'property_code',
  limits: { maxBytes: 10 * 2 ** 20, maxRows: 50_000, maxUnpackedBytes: 80 * 2 ** 20 },
  columns: [
    {
      name: 'district',
      aliases: ['stadsdel'],
      required: true,
      cell: cells.text({ required: true, max: 100 }),
    },
    areaCodeColumn(),
    {
      name: 'area_name',
      aliases: ['område', 'områdesnamn'],
      required: true,
      cell: cells.text({ required: true, max: 100 }),
    },
    {
      name: 'property_code',
      aliases: ['fastighetskod', 'fastighet'],
      required: true,
      cell: cells.text({ required: true, max: 32 }),
    },
    { name: 'address', aliases: ['adress'], required: true, cell: cells.text({ required: true, max: 200 }) },
    {
      name: 'households',
      aliases: ['hushåll', 'lägenheter'],
      required: true,
      cell: cells.integer({ required: true, min: 0, max: 5000 }),
    },
    { name: 'lat', cell: cells.number({ min: -90, max: 90 }) },
    { name: 'lon', cell: cells.number({ min: -180, max: 180 }) },
  ],
  prepare: async () => ({ areaNames: new Map<string, string>() }),
  toRow: (v, ctx) => {
    const problems: RowProblem[] = [];
    const areaCode = String(v.area_code);
    const areaName = String(v.area_name);
    if (!/^[A-Za-z0-9_-]+$/.test(areaCode)) {
      problems.push({ column: 'area_code', code: 'inconsistent', params: { message: areaCode } });
    }
    // One area code, one name, throughout the file.
    const seen = ctx.areaNames.get(areaCode);
    if (seen && seen !== areaName) {
      problems.push({
        column: 'area_name',
        code: 'areas:import.area_name_differs',
        params: { code: areaCode, name: seen },
      });
    } else ctx.areaNames.set(areaCode, areaName);
    if ((v.lat === null) !== (v.lon === null)) {
      problems.push({ column: v.lat === null ? 'lat' : 'lon', code: 'areas:import.lat_lon_pair' });
    }
    if (problems.length) return problems;
    return {
      district: String(v.district),
      areaCode,
      areaName,
      propertyCode: String(v.property_code),
      address: String(v.address),
      households: Number(v.households),
      lat: v.lat as number | null,
      lon: v.lon as number | null,
    };
  },
  staged: {
    columns: {
      district: 'text',
      area_code: 'text',
      area_name: 'text',
      property_code: 'text',
      address: 'text',
      households: 'integer',
      lat: 'double precision',
      lon: 'double precision',
    },
    stage: async (_db, _actor, rows) =>
      rows.map((r) => ({
        district: r.district,
        area_code: r.areaCode,
        area_name: r.areaName,
        property_code: r.propertyCode,
        address: r.address,
        households: r.households,
        lat: r.lat,
        lon: r.lon,
      })),
    publish: async (tx, actor, table) => publishProperties(tx, actor.organisationId, table),
  },
});

const counted = async (tx: Db, query: SQL) =>
  resultRows<{ created: number; changed: number }>(await tx.execute(query))[0];

/**
 * The file's districts, areas and properties into place, then the household register of every
 * property in the file made to hold exactly its number of active households (as syncHouseholds
 * does for one property: add the missing, reactivate, deactivate the highest-numbered extras,
 * never delete; a moved property takes its households along).
 */
async function publishProperties(tx: Db, organisationId: string, table: SQL) {
  const org = sql`${organisationId}::uuid`;
  const districts = await counted(
    tx,
    sql`with done as (insert into districts (organisation_id, name)
      select distinct ${org}, district from ${table}
      on conflict (organisation_id, name) do nothing returning 1)
      select count(*)::int as created, 0 as changed from done`,
  );
  // An area takes its name and district from its first row in the file.
  const areas = await counted(
    tx,
    sql`with wanted as (
        select distinct on (area_code) area_code, area_name, district from ${table} order by area_code, seq),
      done as (insert into areas (organisation_id, district_id, code, name)
        select ${org}, d.id, w.area_code, w.area_name
        from wanted w join districts d on d.organisation_id = ${org} and d.name = w.district
        on conflict (organisation_id, code) do update set name = excluded.name, district_id = excluded.district_id
        where areas.name <> excluded.name or areas.district_id <> excluded.district_id
        returning (xmax = 0) as created)
      select count(*) filter (where created)::int as created, count(*) filter (where not created)::int as changed from done`,
  );
  const props = await counted(
    tx,
    sql`with done as (insert into properties (organisation_id, area_id, code, address, households, lat, lon)
        select ${org}, a.id, t.property_code, t.address, t.households, t.lat, t.lon
        from ${table} t join areas a on a.organisation_id = ${org} and a.code = t.area_code
        on conflict (organisation_id, code) do update set area_id = excluded.area_id,
          address = excluded.address, households = excluded.households, lat = excluded.lat, lon = excluded.lon
        where (properties.area_id, properties.address, properties.households) is distinct from
            (excluded.area_id, excluded.address, excluded.households)
          or properties.lat is distinct from excluded.lat or properties.lon is distinct from excluded.lon
        -- xmax = 0 only for freshly inserted rows (a PostgreSQL system column).
        returning (xmax = 0) as created)
      select count(*) filter (where created)::int as created, count(*) filter (where not created)::int as changed from done`,
  );
  await syncRegister(tx, org, table);
  const total = resultRows<{ n: number }>(await tx.execute(sql`select count(*)::int as n from ${table}`))[0]
    .n;
  return {
    districts: districts.created,
    areas: areas.created,
    propertiesCreated: props.created,
    propertiesUpdated: props.changed,
    propertiesUnchanged: total - props.created - props.changed,
  };
}

/** householdRef in SQL: the property code and a running number of at least three digits. */
const wantedRefs = (org: SQL, table: SQL) => sql`
  select p.id as property_id, p.area_id, p.code || '-' || lpad(g::text, greatest(3, length(g::text)), '0') as ref
  from ${table} t join properties p on p.organisation_id = ${org} and p.code = t.property_code
  cross join generate_series(1, p.households) as g`;

async function syncRegister(tx: Db, org: SQL, table: SQL) {
  const inFile = sql`select p.id from ${table} t join properties p on p.organisation_id = ${org} and p.code = t.property_code`;
  await tx.execute(sql`insert into households (organisation_id, property_id, area_id, ref)
    select ${org}, w.property_id, w.area_id, w.ref from (${wantedRefs(org, table)}) w
    on conflict (organisation_id, ref) do nothing`);
  await tx.execute(sql`update households h set active = true from (${wantedRefs(org, table)}) w
    where h.organisation_id = ${org} and h.property_id = w.property_id and h.ref = w.ref and not h.active`);
  // An anti-join by hand: a NOT EXISTS over generate_series may be planned as a nested loop.
  await tx.execute(sql`with wanted as materialized (${wantedRefs(org, table)}),
      stale as (select h.id from households h join (${inFile}) f on f.id = h.property_id
        left join wanted w on w.property_id = h.property_id and w.ref = h.ref
        where h.active and w.ref is null)
    update households set active = false where id in (select id from stale)`);
  await tx.execute(sql`update households h set area_id = p.area_id from properties p
    where h.property_id = p.id and h.area_id <> p.area_id and p.id in (${inFile})`);
}
