/**
 * The safety index on an area's or district's profile page: the index for the year with its
 * interval, its target and status, the index of the last years as a trend, and the result of each
 * question — the dashboard's figures from the organisation's protected table (whose members are
 * the areas and the districts, so a district's index cannot be set against its shown areas to
 * work out a hidden one), for those who may read the safety index in every area of the place.
 */
import {
  type AreaProfileSection,
  type AreaProfileSeries,
  type AreaProfileSource,
  canReadPlace,
  profilePlace,
} from '../../core/area-profile';
import type { HiddenReason } from '../../core/disclosure';
import { type Language, translate, translator } from '../../core/i18n/i18n';
import type { IndexDefinition } from './definitions';
import { parsePeriod, previousPeriod } from './periods';
import type { GroupResult } from './results';
import { safetyPermissions as p } from './safety-index.policy';
import { groupsOver, questions, trend } from './safety-index.service';

/** How many years the profile's trend of the index covers, the chosen one last. */
export const profileTrendYears = 5;

const locales: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/**
 * 0.784 → "78,4 %" (sv) or "78.4 %" (en); with a base under 100 (whole points, as the layer rounds)
 * 0.76 → "76 %", so the page never claims more precision than the figure has.
 */
export function formatShare(value: number | null, language: Language, n: number | null = null): string {
  if (value === null) return '–';
  const digits = n !== null && n < 100 ? 0 : 1;
  const text = (value * 100).toLocaleString(locales[language], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${text} %`;
}

type T = ReturnType<typeof translator>;

function hiddenNote(t: T, reason: HiddenReason, min: number) {
  return reason === 'small_group' ? t('tooFewNote', { min }) : t('hidden');
}

function definitionNote(t: T, d: IndexDefinition): string | null {
  if (d.pooled) return t('pooledVersions', { versions: d.versions.join(', ') });
  if (d.fromMonth) return t('fromVersion', { versions: d.versions.join(', '), month: d.fromMonth });
  return null;
}

function indexNote(t: T, g: GroupResult, lang: Language, min: number, d: IndexDefinition) {
  if (g.reason) return hiddenNote(t, g.reason, min);
  if (!g.respondents) return t('noAnswers');
  const parts = [
    t('intervalNote', {
      low: formatShare(g.low, lang, g.respondents),
      high: formatShare(g.high, lang, g.respondents),
      count: g.respondents.toLocaleString(locales[lang]),
    }),
  ];
  if (g.responseRate !== null && g.responseRateBasis) {
    const basis = t(`basis.${g.responseRateBasis}`);
    parts.push(t('responseRate', { rate: formatShare(g.responseRate, lang, g.respondents), basis }));
  }
  const version = definitionNote(t, d);
  if (version) parts.push(version);
  return parts.join(' · ');
}

/**
 * The place's index per calendar year, the chosen year and the ones before it, from the same
 * protected tables (the access to the place is checked by the caller).
 */
async function indexTrend(
  db: Parameters<AreaProfileSource>[0]['db'],
  actor: Parameters<AreaProfileSource>[1]['actor'],
  member: string,
  year: number,
  label: string,
): Promise<AreaProfileSeries> {
  // The actor may read every area of the place: its group is looked up in the whole tree.
  const all = { ...actor, areaIds: 'all' as const };
  const from = `${year - profileTrendYears + 1}-01`;
  const { points } = await trend({ db }, all, { group: member, granularity: 'year', from, to: `${year}-12` });
  return {
    key: 'index',
    label,
    unit: 'fraction',
    kind: 'line',
    indicatorId: 'safety_index',
    summary: true,
    points: points.map((pt) => ({
      period: pt.period,
      value: pt.value,
      low: pt.low,
      high: pt.high,
      n: pt.respondents,
      ...(pt.suppressed ? { suppressed: true, reason: pt.reason } : {}),
    })),
  };
}

export const safetyIndexAreaProfile: AreaProfileSource = async ({ db }, request) => {
  const { actor, year } = request;
  if (!canReadPlace(actor, p['safety-index.read'], request)) return null;
  const { member: areaId } = profilePlace(request);
  const period = parsePeriod(String(year));
  if (!period) return null;
  const { groups, threshold, definition } = await groupsOver(
    db,
    actor.organisationId,
    period,
    previousPeriod(period),
  );
  const group = groups.find((g) => g.level !== 'organisation' && g.id === areaId);
  if (!group) return null;
  const lang = actor.language;
  const t = translator(lang, 'safety-index:profile', { year });
  const empty = !group.reason && !group.respondents;
  const targetNote =
    group.target === null
      ? t('noTarget')
      : group.status
        ? translate(lang, `safety-index:status.${group.status}`)
        : group.reason
          ? hiddenNote(t, group.reason, threshold)
          : t('noStatus');

  const section: AreaProfileSection = {
    module: 'safety-index',
    title: t('title'),
    figures: [
      {
        label: t('index'),
        value: group.value,
        unit: 'fraction',
        n: group.respondents,
        summary: true,
        indicatorId: 'safety_index',
        ...(group.suppressed ? { suppressed: true, reason: group.reason } : {}),
        note: indexNote(t, group, lang, threshold, definition),
      },
      { label: t('target'), value: group.target, unit: 'fraction', note: targetNote },
    ],
  };
  section.series = [await indexTrend(db, actor, areaId, year, t('title'))];
  if (empty) return section;

  const byQuestion = await questions({ db }, actor, { period: period.key, group: areaId });
  const indexCodes = new Set(byQuestion.indexCodes);
  section.tables = [
    {
      caption: t('questionsCaption'),
      columns: [t('question'), t('valid'), t('result'), t('interval')],
      rows: byQuestion.questions.map((q) => {
        const text = indexCodes.has(q.code) ? `${q.text} (${t('indexQuestion')})` : q.text;
        if (q.reason) return [text, null, q.reason === 'small_group' ? t('tooFew') : t('hidden'), null];
        return [
          text,
          q.valid,
          formatShare(q.value, lang, q.valid),
          q.low === null
            ? null
            : `${formatShare(q.low, lang, q.valid)} – ${formatShare(q.high, lang, q.valid)}`,
        ];
      }),
    },
  ];
  return section;
};
