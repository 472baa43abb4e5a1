import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCount, formatDate, formatPercent } from '../../../shared/format';
import { swedishYear } from '../../../shared/time';
import { type Column, DataTable } from '../../../web/components/DataTable';
import { EChart } from '../../../web/components/EChart';
import { PageHeader } from '../../../web/components/PageHeader';
import { PanelSection } from '../../../web/components/PanelSection';
import { QueryState } from '../../../web/components/QueryState';
import { YearSelect } from '../../../web/components/YearSelect';
import { useCan } from '../../../web/session';
import { ExceptionCodes } from './ExceptionCodes';
import {
  type AreaQueueOrder,
  type OutOfOrderLetting,
  type PublishedShare,
  type QueueOrderShare,
  rentalQueueQueries,
} from './queries';

/** A share as published: the per cent, or why it is hidden. */
function useShareText() {
  const { t, i18n } = useTranslation('rental-queue');
  return (share: PublishedShare) =>
    share.reason
      ? t(`reason.${share.reason}`)
      : formatPercent(share.value, i18n.language, (share.n ?? 0) < 100 ? 0 : 1);
}

function ShareAndTrend({ data }: { data: QueueOrderShare }) {
  const { t } = useTranslation('rental-queue');
  const shareText = useShareText();
  const trend = data.trend;
  return (
    <Stack>
      <Text size="xl" fw={700}>
        {shareText(data.share)}
      </Text>
      <Text size="sm" c="dimmed">
        {t('shareHint', { n: data.share.n ?? '–' })}
      </Text>
      <EChart
        ariaLabel={t('trendLabel')}
        height={240}
        option={{
          xAxis: { type: 'category', data: trend.map((y) => String(y.year)) },
          yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
          series: [
            { type: 'line', data: trend.map((y) => (y.share.value === null ? null : y.share.value * 100)) },
          ],
          tooltip: { trigger: 'axis' },
        }}
        table={{
          caption: t('trendCaption'),
          columns: [
            { key: 'year', header: t('year'), rowHeader: true, render: (y) => y.year },
            { key: 'share', header: t('share'), align: 'right', render: (y) => shareText(y.share) },
          ],
          rows: trend,
          rowKey: (y) => String(y.year),
        }}
      />
    </Stack>
  );
}

function AreaTable({ areas }: { areas: AreaQueueOrder[] }) {
  const { t, i18n } = useTranslation('rental-queue');
  const shareText = useShareText();
  const count = (v: number | null) => formatCount(v, i18n.language);
  const columns: Column<AreaQueueOrder>[] = [
    { key: 'area', header: t('area'), rowHeader: true, render: (a) => a.areaName },
    { key: 'district', header: t('district'), render: (a) => a.districtName },
    { key: 'lettings', header: t('lettings'), align: 'right', render: (a) => count(a.share.n) },
    { key: 'inOrder', header: t('inOrder'), align: 'right', render: (a) => count(a.inOrder) },
    { key: 'covered', header: t('covered'), align: 'right', render: (a) => count(a.covered) },
    { key: 'deviations', header: t('deviations'), align: 'right', render: (a) => count(a.deviations) },
    { key: 'share', header: t('share'), align: 'right', render: (a) => shareText(a.share) },
  ];
  return (
    <DataTable
      caption={t('areasCaption')}
      columns={columns}
      rows={areas}
      rowKey={(a) => a.areaId}
      empty={t('noLettings')}
    />
  );
}

function LettingTable({ caption, rows }: { caption: string; rows: OutOfOrderLetting[] }) {
  const { t, i18n } = useTranslation('rental-queue');
  const columns: Column<OutOfOrderLetting>[] = [
    { key: 'listing', header: t('listing'), rowHeader: true, render: (l) => l.listingRef },
    { key: 'area', header: t('area'), render: (l) => l.areaName },
    { key: 'letOn', header: t('letOn'), render: (l) => formatDate(l.letOn, i18n.language) },
    { key: 'position', header: t('position'), align: 'right', render: (l) => l.position },
    {
      key: 'days',
      header: t('daysDifference'),
      align: 'right',
      render: (l) => formatCount(l.queueDaysDifference, i18n.language),
    },
    { key: 'code', header: t('exceptionCode'), render: (l) => l.exceptionCode ?? '–' },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(l) => l.listingRef}
      empty={t('none')}
    />
  );
}

function Audit({ year }: { year: number }) {
  const { t } = useTranslation('rental-queue');
  const query = useQuery(rentalQueueQueries.audit(year));
  return (
    <QueryState query={query}>
      {(audit) => (
        <Stack>
          <LettingTable caption={t('deviationsCaption', { year })} rows={audit.deviations} />
          <LettingTable caption={t('coveredCaption', { year })} rows={audit.covered} />
        </Stack>
      )}
    </QueryState>
  );
}

/** "Rättvis bostadskö": the share of lettings in queue order, per area and over the years, and the audit. */
export default function RentalQueuePage() {
  const { t } = useTranslation('rental-queue');
  const [year, setYear] = useState(swedishYear());
  const share = useQuery(rentalQueueQueries.share(year));
  const canAudit = useCan('rental-queue.read');
  return (
    <Stack>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Group>
            <YearSelect label={t('year')} value={year} onChange={setYear} />
            {canAudit && (
              <Anchor component={Link} to="/rental-queue/import">
                {t('importLink')}
              </Anchor>
            )}
          </Group>
        }
      />
      <QueryState query={share}>
        {(data) => (
          <>
            <PanelSection id="rq-share" title={t('shareTitle', { year })}>
              <ShareAndTrend data={data} />
            </PanelSection>
            <PanelSection id="rq-areas" title={t('areasTitle')}>
              <AreaTable areas={data.areas} />
            </PanelSection>
          </>
        )}
      </QueryState>
      {canAudit && (
        <>
          <PanelSection id="rq-audit" title={t('auditTitle')}>
            <Audit year={year} />
          </PanelSection>
          <PanelSection id="rq-codes" title={t('codes.title')}>
            <ExceptionCodes />
          </PanelSection>
        </>
      )}
    </Stack>
  );
}
