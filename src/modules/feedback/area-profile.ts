import { type AreaProfileSource, canReadPlace, profilePlace } from '../../core/area-profile';
import { translator } from '../../core/i18n/i18n';
import { shareCell } from '../../core/indicators';
import { feedbackPermissions as p } from './feedback.policy';
import { countBy, handledShare, reportsOfYear } from './figures.service';
import { categoryTexts, feedbackCategories } from './vocabulary';

/**
 * Tenants' feedback on an area's (or district's) profile for a year: reports received, the share
 * handled (as the indicators count them) and the counts by category. Reports, not people: core's
 * publishSection rounds the share by its base; nothing is small enough to hide.
 */
export const feedbackAreaProfile: AreaProfileSource = async ({ db }, request) => {
  const { actor, year } = request;
  if (!canReadPlace(actor, p['feedback.read'], request)) return null;
  const reports = await reportsOfYear(db, actor.organisationId, year, profilePlace(request).areaIds);
  const t = translator(actor.language, 'feedback:profile');
  const open = reports.filter((r) => r.status === 'received').length;
  return {
    module: 'feedback',
    title: t('title'),
    figures: [
      {
        label: t('received'),
        value: reports.length,
        unit: 'count',
        indicatorId: 'feedback_received',
        summary: true,
      },
      { label: t('untriaged'), value: open, unit: 'count' },
      {
        label: t('handledShare'),
        value: handledShare(reports),
        unit: 'fraction',
        n: reports.length,
        indicatorId: 'feedback_answered_share',
      },
    ],
    tables: [
      {
        caption: t('byCategory', { year }),
        columns: [t('category'), t('received'), t('handledShare')],
        units: ['text', 'count', 'fraction'],
        rows: countBy(reports, (r) => r.category, feedbackCategories)
          .filter((c) => c.received > 0)
          .map((c) => [
            categoryTexts[c.key][actor.language].name,
            c.received,
            shareCell(c.handled, c.received),
          ]),
      },
    ],
  };
};
