import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  type AreaProfileSection,
  type AreaProfileSource,
  areaProfileSections,
  isDistrictRequest,
  profilePlace,
} from '../../core/area-profile';
import { type Actor, assertCan, can } from '../../core/auth/access';
import { AppError } from '../../core/errors';
import { translator } from '../../core/i18n/i18n';
import type { AppContext } from '../../core/module';
import { areaPermissions as p } from './areas.policy';
import { getArea, listAreas } from './areas.service';
import { districts, properties } from './areas.table';
import { registerRow } from './register-rows';

/**
 * An area's profile page: the area itself, then every module's section for the year. getArea
 * checks the permission, the host's areas and the organisation (404 for another organisation's area).
 */
export async function getAreaProfile(ctx: AppContext, actor: Actor, areaId: string, year: number) {
  const area = await getArea(ctx, actor, areaId);
  const sections = await areaProfileSections(ctx, { actor, areaId: area.id, year });
  return { area, year, sections };
}

/**
 * The district and its areas, if the actor may see it: another organisation's district does not
 * exist (not_found); a host may see only a district whose areas are all given to them (forbidden).
 */
export async function districtFor(ctx: AppContext, actor: Actor, districtId: string) {
  assertCan(actor, p['areas.read']);
  const columns = { id: districts.id, name: districts.name, geometry: districts.geometry };
  const district = await registerRow(ctx.db, districts, columns, actor.organisationId, districtId);
  if (!district) throw new AppError('not_found');
  const system = { ...actor, areaIds: 'all' as const };
  const areas = (await listAreas(ctx, system)).filter((a) => a.districtId === district.id);
  const mayRead = (id: string) => can(actor, p['areas.read'], id);
  // A host sees a district only when it is theirs whole (an empty one is nobody's).
  if (actor.areaIds !== 'all' && !(areas.length && areas.every((a) => mayRead(a.id))))
    throw new AppError('forbidden');
  return {
    ...district,
    households: areas.reduce((sum, a) => sum + a.households, 0),
    properties: areas.reduce((sum, a) => sum + a.properties, 0),
    areas,
  };
}

/**
 * A district's profile page: the district, its areas, then every module's section for the
 * district as a whole — the modules' own district figures, which the publication layer protects
 * together with the areas' (a district minus its shown areas never gives a hidden one).
 */
export async function getDistrictProfile(ctx: AppContext, actor: Actor, districtId: string, year: number) {
  const district = await districtFor(ctx, actor, districtId);
  const areaIds = district.areas.map((a: { id: string }) => a.id);
  const sections = await areaProfileSections(ctx, { actor, districtId: district.id, areaIds, year });
  return { district, year, sections };
}

/**
 * The areas module's own section, "Bostäder": households and properties as the register holds them
 * now (the register has no history, so the year does not change it); a district's are its areas'.
 */
export const housingSection: AreaProfileSource = async ({ db }, request) => {
  const { actor } = request;
  const areaIds = [...profilePlace(request).areaIds];
  const rows = areaIds.length
    ? await db
        .select({ code: properties.code, address: properties.address, households: properties.households })
        .from(properties)
        .where(and(eq(properties.organisationId, actor.organisationId), inArray(properties.areaId, areaIds)))
        .orderBy(asc(properties.code))
    : [];
  const t = translator(actor.language, 'areas:profile');
  const section: AreaProfileSection = {
    module: 'areas',
    title: t('housing'),
    figures: [
      {
        label: t('households'),
        value: rows.reduce((sum, r) => sum + r.households, 0),
        unit: 'count',
        note: t('registerNow'),
        summary: true,
      },
      { label: t('properties'), value: rows.length, unit: 'count' },
    ],
    tables: [
      {
        caption: isDistrictRequest(request) ? t('propertiesInDistrict') : t('propertiesCaption'),
        columns: [t('code'), t('address'), t('households')],
        rows: rows.map((r) => [r.code, r.address, r.households]),
      },
    ],
  };
  return section;
};
