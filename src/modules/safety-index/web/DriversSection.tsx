import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartsOption } from '../../../web/components/EChart';
import { PanelSection } from '../../../web/components/PanelSection';
import { QueryState } from '../../../web/components/QueryState';
import { chartPercent, zoomedPercentAxis } from './charts';
import { decimal, percent } from './format';
import { type QuestionsDto, safetyQueries } from './queries';

type Row = QuestionsDto['questions'][number] & { value: number; correlation: number; pull: number };

/**
 * What pulls the index down: a question that goes strongly with the overall answer and has a low
 * result. Pull = correlation × share not answering 4–5, the order of the table; statistics.ts
 * drivers() sorts the same way.
 */
export function driverRows(questions: QuestionsDto['questions']): Row[] {
  return questions
    .filter((q) => q.code !== 'overall' && q.value !== null && q.correlation !== null)
    .map((q) => ({
      ...q,
      value: q.value!,
      correlation: q.correlation!,
      pull: q.correlation! * (1 - q.value!),
    }))
    .sort((a, b) => b.pull - a.pull || a.code.localeCompare(b.code));
}

/** Drivers of the overall answer: result against correlation, with the table as the alternative. */
export function DriversSection({ period, group }: { period: string; group: string }) {
  const { t, i18n } = useTranslation('safety-index');
  const questions = useQuery(safetyQueries.questions(period, group));
  const rows = useMemo(() => driverRows(questions.data?.questions ?? []), [questions.data]);

  const option = useMemo<EChartsOption>(
    () => ({
      grid: { left: 8, right: 32, top: 16, bottom: 40, containLabel: true },
      tooltip: { trigger: 'item' },
      xAxis: {
        type: 'value',
        name: t('dashboard.correlation'),
        nameLocation: 'middle',
        nameGap: 26,
        // Zoomed to the questions, so that their differences show.
        min: (v: { min: number }) => Math.max(0, Math.floor(v.min * 10) / 10 - 0.1),
        max: (v: { max: number }) => Math.min(1, Math.ceil(v.max * 10) / 10 + 0.1),
      },
      yAxis: zoomedPercentAxis(10),
      series: [
        {
          type: 'scatter',
          symbolSize: 10,
          color: '#1c5d99',
          data: rows.map((r) => ({
            name: t(`questionShort.${r.code}`, { defaultValue: r.code }),
            value: [Math.round(r.correlation * 100) / 100, chartPercent(r.value)],
          })),
          label: { show: true, formatter: '{b}', position: 'right', fontSize: 11 },
          labelLayout: { hideOverlap: true },
        },
      ],
    }),
    [rows, t],
  );

  return (
    <PanelSection id="si-drivers" title={t('dashboard.drivers')} hint={t('dashboard.driversHint')}>
      <QueryState query={questions} empty={rows.length === 0 ? t('dashboard.noDrivers') : null}>
        {() => (
          <EChart
            option={option}
            ariaLabel={t('dashboard.driversLabel')}
            height={320}
            table={{
              caption: t('dashboard.driversTable'),
              rows,
              rowKey: (r: Row) => r.code,
              columns: [
                { key: 'rank', header: '#', render: (r: Row) => rows.indexOf(r) + 1, align: 'right' },
                { key: 'text', header: t('dashboard.question'), rowHeader: true, render: (r: Row) => r.text },
                {
                  key: 'value',
                  header: t('dashboard.result'),
                  render: (r: Row) => percent(r.value, i18n.language),
                  align: 'right',
                },
                {
                  key: 'correlation',
                  header: t('dashboard.correlation'),
                  render: (r: Row) => decimal(r.correlation, i18n.language),
                  align: 'right',
                },
              ],
            }}
          />
        )}
      </QueryState>
    </PanelSection>
  );
}
