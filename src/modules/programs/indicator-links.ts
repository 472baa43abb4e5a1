import { and, asc, eq } from 'drizzle-orm';
import { can } from '../../core/auth/access';
import { translator } from '../../core/i18n/i18n';
import type { IndicatorLinkSource } from '../../core/indicator-links';
import { focusAreas, indicatorSource } from '../../core/indicators';
import { programPermissions as p } from './programs.policy';
import { programs } from './programs.table';

/**
 * The programmes behind an indicator: those of its focus area (arbete: Jobbpunkt, Kvinna för
 * Bäckby, …), or every programme for one of this module's own figures across them (the share
 * satisfied), running and ended. Programmes belong to the whole organisation, so every reader of
 * programmes sees them (a host too: the list holds no participant).
 */
export const programsIndicatorLinks: IndicatorLinkSource = async ({ db }, { actor, indicator }) => {
  if (!can(actor, p['programs.read'])) return [];
  // Programmes are filed under the four focus areas of the neighbourhoods.
  const focusArea = focusAreas.find((f) => f === indicator.focusArea);
  const acrossProgrammes = !indicator.focusArea && indicatorSource(indicator.id)?.module === 'programs';
  if (!focusArea && !acrossProgrammes) return [];
  const rows = await db
    .select()
    .from(programs)
    .where(
      and(
        eq(programs.organisationId, actor.organisationId),
        focusArea ? eq(programs.focusArea, focusArea) : undefined,
      ),
    )
    .orderBy(asc(programs.name));
  const t = translator(actor.language, 'programs:links');
  return rows.map((r) => ({
    module: 'programs',
    kind: t('kind'),
    title: r.name,
    href: `/programs/${r.id}`,
    date: null,
    status: r.active ? t('active') : t('ended'),
  }));
};
