import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartsOption } from '../../../web/components/EChart';
import { PanelSection } from '../../../web/components/PanelSection';
import { QueryState } from '../../../web/components/QueryState';
import { chartPercent, fullPercentAxis } from './charts';
import { count, decimal, interval, percent, shareDigits } from './format';
import { type QuestionsDto, safetyQueries } from './queries';

type Row = QuestionsDto['questions'][number];

/** Each question's share 4–5 and how strongly it goes with the overall answer (drivers). */
export function QuestionsSection({ period, group }: { period: string; group: string }) {
  const { t, i18n } = useTranslation('safety-index');
  const questions = useQuery(safetyQueries.questions(period, group));
  const rows = questions.data?.questions ?? [];
  const indexCodes = new Set(questions.data?.indexCodes ?? []);

  const option = useMemo<EChartsOption>(
    () => ({
      grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
      xAxis: fullPercentAxis,
      yAxis: {
        type: 'category',
        data: rows.map((r) => t(`questionShort.${r.code}`, { defaultValue: r.code })),
        inverse: true,
      },
      tooltip: { trigger: 'axis' },
      series: [
        {
          type: 'bar',
          data: rows.map((r) => chartPercent(r.value)),
          color: '#1c5d99',
        },
      ],
    }),
    [rows, t],
  );

  return (
    <PanelSection id="si-questions" title={t('dashboard.questions')}>
      <QueryState query={questions}>
        {() => (
          <EChart
            option={option}
            ariaLabel={t('dashboard.questionsLabel')}
            height={rows.length * 28 + 40}
            tableOpen
            table={{
              caption: t('dashboard.questionsTable'),
              rows,
              rowKey: (r: Row) => r.code,
              columns: [
                {
                  key: 'text',
                  header: t('dashboard.question'),
                  rowHeader: true,
                  render: (r: Row) =>
                    `${r.text}${indexCodes.has(r.code) ? ` (${t('dashboard.indexQuestion')})` : ''}`,
                },
                {
                  key: 'valid',
                  header: t('dashboard.valid'),
                  render: (r: Row) => count(r.valid, i18n.language),
                  align: 'right',
                },
                {
                  key: 'value',
                  header: t('dashboard.result'),
                  render: (r: Row) =>
                    r.reason
                      ? t(`reason.${r.reason}`)
                      : percent(r.value, i18n.language, shareDigits(r.valid)),
                  align: 'right',
                },
                {
                  key: 'interval',
                  header: t('dashboard.interval'),
                  render: (r: Row) => interval(r.low, r.high, i18n.language, shareDigits(r.valid)),
                },
                {
                  key: 'correlation',
                  header: t('dashboard.correlation'),
                  render: (r: Row) => decimal(r.correlation, i18n.language),
                  align: 'right',
                },
                {
                  key: 'change',
                  header: t('dashboard.change'),
                  render: (r: Row) => (r.change ? t(`changes.${r.change}`) : '–'),
                },
              ],
            }}
          />
        )}
      </QueryState>
    </PanelSection>
  );
}
