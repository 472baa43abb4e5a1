import { Anchor, Badge, Button, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { swedishYear } from '../../../shared/time';
import { DataTable } from '../../../web/components/DataTable';
import { EChart, type EChartsOption } from '../../../web/components/EChart';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { formatNumber } from '../../../web/components/format';
import { PageHeader } from '../../../web/components/PageHeader';
import { PageLoader } from '../../../web/layout/PageLoader';
import { useCan } from '../../../web/session';
import { areaQueries } from '../../areas/web';
import { ActivityForm } from './ActivityForm';
import { activityQueries, type Figures } from './queries';
import { YearHeading } from './YearHeading';

/** "Aktiviteter": the register, with how much was done per focus area and area this year. */
export default function ActivitiesPage() {
  const { t, i18n } = useTranslation('activities');
  const navigate = useNavigate();
  const canWrite = useCan('activities.write');
  const [year, setYear] = useState(swedishYear());
  const [creating, setCreating] = useState(false);
  const list = useQuery(activityQueries.list());
  const overview = useQuery(activityQueries.overview(year));
  const areas = useQuery(areaQueries.list());
  const number = (n: number | null) => formatNumber(n, i18n.language);
  const percent = (n: number | null) => (n === null ? '–' : `${formatNumber(n * 100, i18n.language, 0)} %`);
  const areaName = useMemo(() => new Map((areas.data ?? []).map((a) => [a.id, a.name])), [areas.data]);

  if (list.isPending) return <PageLoader />;
  if (list.error) return <ErrorAlert error={list.error} />;

  const focusRows = overview.data?.byFocusArea ?? [];
  const chart: EChartsOption = {
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 48, right: 16, bottom: 32, top: 40 },
    xAxis: { type: 'category', data: focusRows.map((r) => t(`focus.${r.focusArea}`)) },
    yAxis: { type: 'value' },
    series: [
      { type: 'bar', name: t('figures.sessions'), data: focusRows.map((r) => r.figures.sessions) },
      { type: 'bar', name: t('figures.participants'), data: focusRows.map((r) => r.figures.participants) },
    ],
  };
  const figureColumns = (label: string, name: (row: { key: string }) => string) => [
    { key: 'name', header: label, rowHeader: true, render: name },
    {
      key: 's',
      header: t('figures.sessions'),
      align: 'right' as const,
      render: (r: { f: Figures }) => number(r.f.sessions),
    },
    {
      key: 'p',
      header: t('figures.participants'),
      align: 'right' as const,
      render: (r: { f: Figures }) => number(r.f.participants),
    },
    {
      key: 'm',
      header: t('figures.meanPerSession'),
      align: 'right' as const,
      render: (r: { f: Figures }) => number(r.f.meanPerSession),
    },
  ];

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={
          canWrite && (
            <>
              <Button component={Link} to="/activities/log" variant="light">
                {t('nav.log')}
              </Button>
              <Button onClick={() => setCreating(true)}>{t('list.new')}</Button>
            </>
          )
        }
      />
      {creating && (
        <ActivityForm
          opened
          onClose={(saved) => {
            setCreating(false);
            if (saved) navigate(`/activities/${saved.id}`);
          }}
        />
      )}
      <DataTable
        caption={t('list.caption')}
        rows={list.data}
        rowKey={(a) => a.id}
        columns={[
          {
            key: 'name',
            header: t('fields.name'),
            rowHeader: true,
            render: (a) => (
              <Anchor component={Link} to={`/activities/${a.id}`}>
                {a.name}
              </Anchor>
            ),
          },
          { key: 'focus', header: t('fields.focusArea'), render: (a) => t(`focus.${a.focusArea}`) },
          {
            key: 'areas',
            header: t('fields.areas'),
            render: (a) => a.areaIds.map((id) => areaName.get(id) ?? '').join(', '),
          },
          {
            key: 'public',
            header: t('fields.publicShort'),
            render: (a) => (a.public ? <Badge variant="light">{t('list.public')}</Badge> : null),
          },
        ]}
      />
      <YearHeading title={t('overview.title', { year })} year={year} onYear={setYear} />
      <ErrorAlert error={overview.error} />
      {overview.data && (
        <>
          <EChart
            option={chart}
            ariaLabel={t('overview.chartLabel', { year })}
            height={280}
            table={{
              caption: t('overview.byFocusArea', { year }),
              rows: focusRows.map((r) => ({ key: r.focusArea, f: r.figures })),
              rowKey: (r) => r.key,
              columns: figureColumns(t('fields.focusArea'), (r) => t(`focus.${r.key}`)),
            }}
          />
          <DataTable
            caption={t('overview.byArea', { year })}
            rows={overview.data.byArea
              .map((r) => ({ key: r.areaId, f: r.figures, name: areaName.get(r.areaId) ?? r.areaId }))
              .sort((a, b) => a.name.localeCompare(b.name, i18n.language))}
            rowKey={(r) => r.key}
            columns={figureColumns(t('fields.area'), (r) => areaName.get(r.key) ?? r.key)}
          />
          <DataTable
            caption={t('overview.trend', { year })}
            rows={overview.data.trend.map((r) => ({ key: String(r.year), f: r }))}
            rowKey={(r) => r.key}
            columns={[
              ...figureColumns(t('overview.year'), (r) => r.key),
              {
                key: 'w',
                header: t('figures.womenShare'),
                align: 'right' as const,
                render: (r: { f: Figures }) => percent(r.f.womenShare),
              },
            ]}
          />
        </>
      )}
    </Stack>
  );
}
