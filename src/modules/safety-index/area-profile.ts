/**
 * The safety index on an area's profile page: the area's index for the year with its interval,
 * its target and status, and the result of each question — the dashboard's figures, suppression
 * included, for those who may read the safety index in that area.
 */
import type { AreaProfileSection, AreaProfileSource } from '../../core/area-profile';
import { can } from '../../core/auth/access';
import { type Language, translate, translator } from '../../core/i18n/i18n';
import { areaFigure } from './area-index';
import { parsePeriod, previousPeriod } from './periods';
import { safetyPermissions as p } from './safety-index.policy';
import { groupsOver, questions } from './safety-index.service';

const locales: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** 0.784 → "78,4 %" (sv) or "78.4 %" (en), as on the dashboard. */
export function formatShare(value: number | null, language: Language): string {
  if (value === null) return '–';
  const n = (value * 100).toLocaleString(locales[language], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return `${n} %`;
}

export const safetyIndexAreaProfile: AreaProfileSource = async ({ db }, { actor, areaId, year }) => {
  if (!can(actor, p['safety-index.read'], areaId)) return null;
  const period = parsePeriod(String(year));
  if (!period) return null;
  const { groups, minRespondents } = await groupsOver(
    db,
    actor.organisationId,
    period,
    previousPeriod(period),
  );
  const group = groups.find((g) => g.level === 'area' && g.id === areaId);
  if (!group) return null;
  const lang = actor.language;
  const t = translator(lang, 'safety-index:profile', { year });
  const figure = areaFigure(group);
  const count = figure.n.toLocaleString(locales[lang]);

  const indexNote =
    figure.n === 0
      ? t('noAnswers')
      : figure.suppressed
        ? t('tooFewNote', { count, min: minRespondents })
        : t('intervalNote', {
            low: formatShare(figure.ciLow, lang),
            high: formatShare(figure.ciHigh, lang),
            count,
          });
  const targetNote =
    figure.target === null
      ? t('noTarget')
      : figure.status
        ? translate(lang, `safety-index:status.${figure.status}`)
        : figure.suppressed
          ? t('tooFew')
          : t('noStatus');

  const section: AreaProfileSection = {
    module: 'safety-index',
    title: t('title'),
    figures: [
      {
        label: t('index'),
        value: figure.value,
        unit: 'fraction',
        ...(figure.suppressed ? { suppressed: true } : {}),
        note: indexNote,
      },
      { label: t('target'), value: figure.target, unit: 'fraction', note: targetNote },
    ],
  };
  if (figure.n === 0) return section;

  const byQuestion = await questions({ db }, actor, { period: period.key, group: areaId });
  const indexCodes = new Set(byQuestion.indexCodes);
  section.tables = [
    {
      caption: t('questionsCaption'),
      columns: [t('question'), t('valid'), t('result'), t('interval')],
      rows: byQuestion.questions.map((q) => {
        const text = indexCodes.has(q.code) ? `${q.text} (${t('indexQuestion')})` : q.text;
        if (q.suppressed) return [text, null, t('tooFew'), null];
        return [
          text,
          q.valid,
          formatShare(q.value, lang),
          q.low === null ? null : `${formatShare(q.low, lang)} – ${formatShare(q.high, lang)}`,
        ];
      }),
    },
  ];
  return section;
};
