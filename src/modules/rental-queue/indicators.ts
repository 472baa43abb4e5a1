import { organisationMember } from '../../core/disclosure';
import { translator } from '../../core/i18n/i18n';
import {
  censusValue,
  hiddenValue,
  type IndicatorDefinition,
  type IndicatorValue,
} from '../../core/indicators';
import { type PublishedQueueOrder, publishedQueueOrder } from './publication';
import { inQueueOrderShare } from './queue-order';

/**
 * The figure as the report takes it: the unrounded share of every letting (a census: no interval),
 * or hidden with the publication layer's reason; publishIndicator rounds it.
 */
function figureOf({ share, counts }: PublishedQueueOrder): IndicatorValue {
  if (share.reason) return hiddenValue(share.reason);
  return censusValue(counts ? inQueueOrderShare(counts) : null, counts?.lettings ?? null);
}

/**
 * lettings_in_queue_order_share: (lettings to the first eligible applicant + those covered by an
 * active exception code) / lettings of the year, by the accepted offer's day. The rule is in
 * queue-order.ts; per area through the publication layer (publication.ts).
 */
export const lettingsInQueueOrderShare: IndicatorDefinition = {
  id: 'lettings_in_queue_order_share',
  name: {
    sv: 'Andel uthyrningar i köordning eller med dokumenterat undantag',
    en: 'Share of lettings in queue order or covered by a documented exception',
  },
  unit: 'fraction',
  sdg: [10, 11],
  sdgTargets: ['10.3', '11.1'],
  materialArea: 'human_rights',
  focusArea: 'fair_letting',
  higherIsBetter: true,
  frequency: 'yearly',
  owner: 'analyst',
  definition: {
    sv: 'Uthyrningar under året (efter dagen för det accepterade erbjudandet) som gick till den behöriga sökande med flest ködagar, eller som täcks av en aktiv undantagskod (samverkansavtal, internflytt, förtur …), delat med alla årets uthyrningar. Den som tackat nej eller inte svarat före uthyrningen räknas inte som förbigången.',
    en: "Lettings of the year (by the accepted offer's day) that went to the eligible applicant with the most queue days, or are covered by an active exception code (partnership flat, internal transfer, urgent need …), over all the year's lettings. Whoever declined or did not answer before the letting is not counted as passed over.",
  },
  compute: async (db, organisationId, year, language = 'sv', _now, options) => {
    const published = await publishedQueueOrder(db, organisationId, year);
    const value = figureOf(published.of(organisationMember));
    if (options?.breakdowns === false) return value;
    const t = translator(language, 'rental-queue:report');
    const rows = published.lettingAreas.map((area) => {
      const { share, counts } = published.of(area.id);
      return [
        area.name,
        counts?.lettings ?? null,
        counts?.inOrder ?? null,
        counts?.covered ?? null,
        counts?.deviations ?? null,
        share.value,
      ];
    });
    return {
      ...value,
      breakdowns: [
        {
          caption: t('byArea', { year }),
          columns: [t('area'), t('lettings'), t('inOrder'), t('covered'), t('deviations'), t('share')],
          units: ['text', 'count', 'count', 'count', 'count', 'fraction'],
          rows,
        },
      ],
    };
  },
  computeForArea: async (db, organisationId, areaId, year) =>
    figureOf((await publishedQueueOrder(db, organisationId, year)).of(areaId)),
};
