import { and, asc, eq } from 'drizzle-orm';
import {
  type AreaProfileSection,
  type AreaProfileSource,
  areaProfileSections,
} from '../../core/area-profile';
import type { Actor } from '../../core/auth/access';
import { translator } from '../../core/i18n/i18n';
import type { AppContext } from '../../core/module';
import { getArea } from './areas.service';
import { properties } from './areas.table';

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
 * The areas module's own section, "Bostäder": households and properties as the register holds them
 * now (the register has no history, so the year does not change it).
 */
export const housingSection: AreaProfileSource = async ({ db }, { actor, areaId }) => {
  const rows = await db
    .select({ code: properties.code, address: properties.address, households: properties.households })
    .from(properties)
    .where(and(eq(properties.organisationId, actor.organisationId), eq(properties.areaId, areaId)))
    .orderBy(asc(properties.code));
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
      },
      { label: t('properties'), value: rows.length, unit: 'count' },
    ],
    tables: [
      {
        caption: t('propertiesCaption'),
        columns: [t('code'), t('address'), t('households')],
        rows: rows.map((r) => [r.code, r.address, r.households]),
      },
    ],
  };
  return section;
};
