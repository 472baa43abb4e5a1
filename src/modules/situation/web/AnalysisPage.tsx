import { Alert, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { swedishYear } from '../../../shared/time';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { FigureCard } from '../../../web/components/FigureCard';
import { formatNumber } from '../../../web/components/format';
import { PageHeader } from '../../../web/components/PageHeader';
import { TitledSection } from '../../../web/components/TitledSection';
import { YearSelect } from '../../../web/components/YearSelect';
import { PageLoader } from '../../../web/layout/PageLoader';
import { AreaCategoryTable, PartnerTable } from './AnalysisTables';
import { type Analysis, situationQueries } from './queries';

const periods = ['year', 'q1', 'q2', 'q3', 'q4', 't1', 't2', 't3'] as const;

/** "EST-analys": quarterly, tertial and yearly look-back, with the safety index beside it. */
export default function AnalysisPage() {
  const { t } = useTranslation('situation');
  const [year, setYear] = useState(swedishYear());
  const [period, setPeriod] = useState<string>('year');
  const analysis = useQuery(situationQueries.analysis(year, period));

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('analysis.title')}
        description={t('analysis.description')}
        actions={
          <Group gap="xs">
            <YearSelect label={t('analysis.year')} value={year} onChange={setYear} w={110} />
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
      {analysis.data && <AnalysisBody data={analysis.data} year={year} period={period} />}
    </Stack>
  );
}

/** A signed difference: "+3", "-2", "0"; none when either count is hidden. */
const change = (now: number | null, before: number | null) => {
  if (now === null || before === null) return '–';
  return now - before > 0 ? `+${now - before}` : String(now - before);
};

function AnalysisBody({ data, year, period }: { data: Analysis; year: number; period: string }) {
  const { t, i18n } = useTranslation('situation');
  const en = i18n.language === 'en';
  const n = (x: number | null, digits = 1) => formatNumber(x, i18n.language, digits);
  const share = (x: number | null) => (x === null ? '–' : `${n(x * 100)} %`);
  const index = data.organisationSafetyIndex;
  // A hidden count shows why it is hidden, never a number (the publication layer decides).
  const count = (x: number | null) => (x === null ? t('analysis.hidden') : x);
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <FigureCard
          label={t('analysis.totalIncidents', { from: data.from, to: data.to })}
          value={count(data.total.incidents)}
          note={t('analysis.totalPer1000', { value: n(data.total.per1000) })}
        />
        <FigureCard
          label={t('analysis.weeksReportedShare')}
          value={share(
            data.partners.length
              ? data.partners.reduce((s, p) => s + p.weeks, 0) / data.partners.reduce((s, p) => s + p.of, 0)
              : null,
          )}
          note={t('analysis.weeksOf', { weeks: data.weeks })}
        />
        {index ? (
          <FigureCard
            label={t('analysis.organisationIndex', { year })}
            value={index.suppressed ? t('analysis.tooFew') : share(index.value)}
            note={
              index.ciLow !== null && index.ciHigh !== null
                ? t('analysis.organisationIndexNote', {
                    low: share(index.ciLow),
                    high: share(index.ciHigh),
                    n: index.n ?? 0,
                  })
                : undefined
            }
          />
        ) : (
          period === 'year' && (
            <FigureCard
              label={t('analysis.organisationIndex', { year })}
              value="–"
              note={t('analysis.noIndex')}
            />
          )
        )}
      </SimpleGrid>
      {!data.safetyIndexAvailable && <Alert color="gray">{t('analysis.safetyIndexMissing')}</Alert>}
      <Alert color="gray">
        {t(data.restricted === 'included' ? 'analysis.restrictedIncluded' : 'analysis.restrictedProtected')}
      </Alert>
      <DataTable
        caption={`${t('analysis.areas')} (${data.from} – ${data.to})`}
        rows={data.areas}
        rowKey={(a) => a.id}
        columns={[
          { key: 'name', header: t('analysis.area'), render: (a) => a.name, rowHeader: true },
          { key: 'hh', header: t('analysis.households'), render: (a) => n(a.households, 0), align: 'right' },
          { key: 'n', header: t('analysis.incidents'), render: (a) => count(a.incidents), align: 'right' },
          {
            key: 'prev',
            header: t('analysis.previous'),
            render: (a) => count(a.previousIncidents),
            align: 'right',
          },
          {
            key: 'chg',
            header: t('analysis.change'),
            render: (a) => change(a.incidents, a.previousIncidents),
            align: 'right',
          },
          { key: 'rate', header: t('analysis.per1000'), render: (a) => n(a.per1000), align: 'right' },
          ...data.levels.map((l) => ({
            key: `level-${l.level}`,
            header: t('analysis.weeksAt', { level: `${l.level} ${en ? l.nameEn : l.nameSv}` }),
            render: (a: Analysis['areas'][number]) => a.weeksAtLevel[String(l.level)] ?? 0,
            align: 'right' as const,
          })),
          { key: 'level', header: t('analysis.meanLevel'), render: (a) => n(a.meanLevel, 2), align: 'right' },
          {
            key: 'si',
            header: t('analysis.safetyIndex'),
            render: (a) => share(a.safetyIndex),
            align: 'right',
          },
        ]}
      />
      <DataTable
        caption={t('analysis.categories')}
        rows={data.categories}
        rowKey={(c) => c.categoryId}
        columns={[
          {
            key: 'name',
            header: t('analysis.category'),
            render: (c) => (c.positive ? `${c.name} (${t('analysis.positive')})` : c.name),
            rowHeader: true,
          },
          { key: 'n', header: t('analysis.incidents'), render: (c) => count(c.count), align: 'right' },
          {
            key: 'rate',
            header: t('analysis.per1000'),
            render: (c) => n(c.per1000),
            align: 'right',
          },
          { key: 'prev', header: t('analysis.previous'), render: (c) => count(c.previous), align: 'right' },
          {
            key: 'chg',
            header: t('analysis.change'),
            render: (c) => change(c.count, c.previous),
            align: 'right',
          },
        ]}
      />
      <TitledSection id="sit-area-categories" title={t('analysis.areaCategories')} order={2}>
        <AreaCategoryTable data={data} />
      </TitledSection>
      <TitledSection id="sit-partners" title={t('analysis.partners')} order={2}>
        <PartnerTable data={data} />
      </TitledSection>
    </>
  );
}
