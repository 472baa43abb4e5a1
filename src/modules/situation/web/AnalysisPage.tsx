import { Alert, Group, Select, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { locale } from '../../../web/i18n';
import { PageLoader } from '../../../web/layout/PageLoader';
import { situationQueries } from './queries';

const periods = ['year', 'q1', 'q2', 'q3', 'q4', 't1', 't2', 't3'] as const;

/** "EST-analys": quarterly, tertial and yearly look-back, with the safety index beside it. */
export default function AnalysisPage() {
  const { t, i18n } = useTranslation('situation');
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(String(thisYear));
  const [period, setPeriod] = useState<string>('year');
  const analysis = useQuery(situationQueries.analysis(Number(year), period));
  const fmt = (n: number | null, digits = 1) =>
    n === null
      ? '–'
      : n.toLocaleString(locale(i18n.language), {
          maximumFractionDigits: digits,
          minimumFractionDigits: digits,
        });
  const _pct = (x: number | null) =>
    x === null ? '–' : `${(x * 100).toLocaleString(locale(i18n.language), { maximumFractionDigits: 1 })} %`;
  const change = (now: number, before: number) =>
    now - before > 0 ? `+${now - before}` : String(now - before);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('analysis.title')}
        description={t('analysis.description')}
        actions={
          <Group gap="xs">
            <Select
              label={t('analysis.year')}
              data={[0, 1, 2, 3].map((i) => String(thisYear - i))}
              value={year}
              onChange={(v) => v && setYear(v)}
              allowDeselect={false}
              w={110}
            />
            <Select
              label={t('analysis.period')}
              data={periods.map((p) => ({ value: p, label: t(`analysis.period_${p}`) }))}
              value={period}
              onChange={(v) => v && setPeriod(v)}
              allowDeselect={false}
              w={150}
            />
          </Group>
        }
      />
      {analysis.isPending && <PageLoader />}
      <ErrorAlert error={analysis.error} />
      {analysis.data && (
        <>
          {!analysis.data.safetyIndexAvailable && (
            <Alert color="gray">{t('analysis.safetyIndexMissing')}</Alert>
          )}
          <DataTable
            caption={`${t('analysis.areas')} (${analysis.data.from} – ${analysis.data.to})`}
            rows={analysis.data.areas}
            rowKey={(a) => a.id}
            columns={[
              { key: 'name', header: t('analysis.area'), render: (a) => a.name, rowHeader: true },
              { key: 'hh', header: t('analysis.households'), render: (a) => a.households, align: 'right' },
              { key: 'n', header: t('analysis.incidents'), render: (a) => a.incidents, align: 'right' },
              {
                key: 'prev',
                header: t('analysis.previous'),
                render: (a) => a.previousIncidents,
                align: 'right',
              },
              {
                key: 'chg',
                header: t('analysis.change'),
                render: (a) => change(a.incidents, a.previousIncidents),
                align: 'right',
              },
              { key: 'rate', header: t('analysis.per1000'), render: (a) => fmt(a.per1000), align: 'right' },
              {
                key: 'level',
                header: t('analysis.meanLevel'),
                render: (a) => fmt(a.meanLevel, 2),
                align: 'right',
              },
              {
                key: 'high',
                header: t('analysis.weeksHigh'),
                render: (a) => (a.weeksAtLevel['3'] ?? 0) + (a.weeksAtLevel['4'] ?? 0),
                align: 'right',
              },
              {
                key: 'si',
                header: t('analysis.safetyIndex'),
                render: (a) => fmt(a.safetyIndex),
                align: 'right',
              },
            ]}
          />
          <DataTable
            caption={t('analysis.categories')}
            rows={analysis.data.categories}
            rowKey={(c) => c.categoryId}
            columns={[
              { key: 'name', header: t('analysis.category'), render: (c) => c.name, rowHeader: true },
              { key: 'n', header: t('analysis.incidents'), render: (c) => c.count, align: 'right' },
              { key: 'prev', header: t('analysis.previous'), render: (c) => c.previous, align: 'right' },
              {
                key: 'chg',
                header: t('analysis.change'),
                render: (c) => change(c.count, c.previous),
                align: 'right',
              },
            ]}
          />
        </>
      )}
    </Stack>
  );
}
