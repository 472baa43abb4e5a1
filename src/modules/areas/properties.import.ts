import { and, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { cells } from '../../core/import/cells';
import { defineImportKind, type RowProblem } from '../../core/import/import-kind';
import { areaPermissions } from './areas.policy';
import { areas, districts, properties } from './areas.table';
import { syncHouseholds } from './households';

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
 */
export const propertiesImport = defineImportKind<PropertyRow, { areaNames: Map<string, string> }>({
  kind: 'properties',
  permission: areaPermissions['areas.write'],
  key: 'property_code',
  columns: [
    {
      name: 'district',
      aliases: ['stadsdel'],
      required: true,
      cell: cells.text({ required: true, max: 100 }),
    },
    {
      name: 'area_code',
      aliases: ['områdeskod', 'omradeskod'],
      required: true,
      cell: cells.text({ required: true, max: 32 }),
    },
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
  commit: async (tx, actor, rows, _ctx, progress) => {
    const organisationId = actor.organisationId;
    const counts = {
      districts: 0,
      areas: 0,
      propertiesCreated: 0,
      propertiesUpdated: 0,
      propertiesUnchanged: 0,
    };
    const districtIds = new Map<string, string>();
    const areaIds = new Map<string, string>();
    for (const [i, row] of rows.entries()) {
      const districtId =
        districtIds.get(row.district) ?? (await upsertDistrict(tx, organisationId, row.district, counts));
      districtIds.set(row.district, districtId);
      const areaId =
        areaIds.get(row.areaCode) ?? (await upsertArea(tx, organisationId, districtId, row, counts));
      areaIds.set(row.areaCode, areaId);
      const wanted = { areaId, address: row.address, households: row.households, lat: row.lat, lon: row.lon };
      const [existing] = await tx
        .select()
        .from(properties)
        .where(and(eq(properties.organisationId, organisationId), eq(properties.code, row.propertyCode)));
      let property = existing;
      if (!existing) {
        [property] = await tx
          .insert(properties)
          .values({ organisationId, code: row.propertyCode, ...wanted })
          .returning();
        counts.propertiesCreated++;
      } else if (Object.entries(wanted).some(([k, v]) => existing[k as keyof typeof wanted] !== v)) {
        [property] = await tx
          .update(properties)
          .set(wanted)
          .where(eq(properties.id, existing.id))
          .returning();
        counts.propertiesUpdated++;
      } else counts.propertiesUnchanged++;
      await syncHouseholds(tx, property);
      if (i % 50 === 0) await progress(i, rows.length);
    }
    return counts;
  },
});

async function upsertDistrict(tx: Db, organisationId: string, name: string, counts: { districts: number }) {
  const [found] = await tx
    .select({ id: districts.id })
    .from(districts)
    .where(and(eq(districts.organisationId, organisationId), eq(districts.name, name)));
  if (found) return found.id;
  counts.districts++;
  const [row] = await tx.insert(districts).values({ organisationId, name }).returning({ id: districts.id });
  return row.id;
}

async function upsertArea(
  tx: Db,
  organisationId: string,
  districtId: string,
  row: PropertyRow,
  counts: { areas: number },
) {
  const [found] = await tx
    .select()
    .from(areas)
    .where(and(eq(areas.organisationId, organisationId), eq(areas.code, row.areaCode)));
  if (found) {
    if (found.name !== row.areaName || found.districtId !== districtId) {
      await tx.update(areas).set({ name: row.areaName, districtId }).where(eq(areas.id, found.id));
    }
    return found.id;
  }
  counts.areas++;
  const [created] = await tx
    .insert(areas)
    .values({ organisationId, districtId, code: row.areaCode, name: row.areaName })
    .returning({ id: areas.id });
  return created.id;
}
