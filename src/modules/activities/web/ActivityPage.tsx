import { Button, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { swedishYear } from '../../../shared/time';
import { DataTable } from '../../../web/components/DataTable';
import { EChart, type EChartsOption } from '../../../web/components/EChart';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { FigureCard } from '../../../web/components/FigureCard';
import { formatNumber } from '../../../web/components/format';
import { PageHeader } from '../../../web/components/PageHeader';
import { TitledSection } from '../../../web/components/TitledSection';
import { locale } from '../../../web/i18n';
import { PageLoader } from '../../../web/layout/PageLoader';
import { useCan } from '../../../web/session';
import { areaQueries } from '../../areas/web';
import { ActivityForm } from './ActivityForm';
import { Breakdown } from './Breakdown';
import { EventsSection } from './EventsSection';
import { FinanceForm } from './FinanceForm';
import { type Activity, activityQueries } from './queries';
import { SessionsTable } from './SessionsTable';
import { YearHeading } from './YearHeading';

/** One activity: details, RBA follow-up (how much, how well, better off), sessions and events. */
export default function ActivityPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('activities');
  const canWrite = useCan('activities.write');
  const [year, setYear] = useState(swedishYear());
  const [editing, setEditing] = useState(false);
  const [editingFinances, setEditingFinances] = useState(false);
  const followUp = useQuery(activityQueries.followUp(id, year));
  const areas = useQuery(areaQueries.list());
  const loc = locale(i18n.language);
  const number = (n: number | null, digits = 1) => formatNumber(n, i18n.language, digits);
  const percent = (n: number | null) =>
    n === null ? '–' : `${(n * 100).toLocaleString(loc, { maximumFractionDigits: 0 })} %`;
  const areaName = useMemo(() => new Map((areas.data ?? []).map((a) => [a.id, a.name])), [areas.data]);

  if (followUp.isPending) return <PageLoader />;
  if (followUp.error) return <ErrorAlert error={followUp.error} />;
  const { activity, figures, trend, eventCounters, events, costPerVisit, finances } = followUp.data;
  const kronor = (n: number | null) => (n === null ? '–' : `${number(n, 0)} kr`);

  const chart: EChartsOption = {
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 48, right: 48, bottom: 32, top: 40 },
    xAxis: { type: 'category', data: trend.map((y) => String(y.year)) },
    yAxis: [{ type: 'value' }, { type: 'value' }],
    series: [
      { type: 'bar', name: t('figures.participants'), data: trend.map((y) => y.participants) },
      { type: 'line', name: t('figures.sessions'), yAxisIndex: 1, data: trend.map((y) => y.sessions) },
    ],
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={activity.name}
        description={[
          t(`focus.${activity.focusArea}`),
          activity.areaIds.map((a) => areaName.get(a) ?? '').join(', '),
        ].join(' · ')}
        actions={
          canWrite && (
            <>
              <Button component={Link} to={`/activities/log?activity=${activity.id}`}>
                {t('nav.log')}
              </Button>
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('detail.edit')}
              </Button>
            </>
          )
        }
      />
      {editing && <ActivityForm opened activity={activity} onClose={() => setEditing(false)} />}
      <Details activity={activity} />
      <YearHeading title={t('detail.followUp', { year })} year={year} onYear={setYear} />
      <TitledSection id="how-much" order={3} title={t('rba.howMuch')}>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            <FigureCard label={t('figures.sessions')} value={number(figures.sessions)} />
            <FigureCard label={t('figures.participants')} value={number(figures.participants)} />
            <FigureCard label={t('figures.meanPerSession')} value={number(figures.meanPerSession)} />
            <FigureCard label={t('figures.unique')} value={number(figures.uniqueParticipants)} />
          </SimpleGrid>
          <Breakdown figures={figures} year={year} />
        </Stack>
      </TitledSection>
      <TitledSection id="how-well" order={3} title={t('rba.howWell')}>
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            <FigureCard label={t('figures.womenShare')} value={percent(figures.womenShare)} />
            <FigureCard label={t('figures.costPerVisit')} value={kronor(costPerVisit)} />
            <FigureCard label={t('finance.budget', { year })} value={kronor(finances?.budget ?? null)} />
            <FigureCard label={t('finance.cost', { year })} value={kronor(finances?.cost ?? null)} />
          </SimpleGrid>
          {canWrite && (
            <Button variant="light" w="fit-content" onClick={() => setEditingFinances(true)}>
              {t('finance.edit', { year })}
            </Button>
          )}
        </Stack>
      </TitledSection>
      {editingFinances && (
        <FinanceForm activity={activity} year={year} onClose={() => setEditingFinances(false)} />
      )}
      <TitledSection id="better-off" order={3} title={t('rba.betterOff')}>
        <DataTable
          caption={t('detail.counters', { year })}
          rows={Object.entries(eventCounters).map(([name, value]) => ({ name, value }))}
          rowKey={(r) => r.name}
          empty={t('detail.noCounters')}
          columns={[
            {
              key: 'n',
              header: t('detail.counter'),
              rowHeader: true,
              render: (r) => t(`counters.${r.name}`, { defaultValue: r.name }),
            },
            { key: 'v', header: t('detail.value'), align: 'right', render: (r) => number(r.value, 0) },
          ]}
        />
      </TitledSection>
      <EChart
        option={chart}
        ariaLabel={t('detail.trendLabel', { name: activity.name })}
        height={260}
        table={{
          caption: t('detail.trend'),
          rows: trend,
          rowKey: (y) => String(y.year),
          columns: [
            { key: 'y', header: t('overview.year'), rowHeader: true, render: (y) => y.year },
            { key: 's', header: t('figures.sessions'), align: 'right', render: (y) => number(y.sessions) },
            {
              key: 'p',
              header: t('figures.participants'),
              align: 'right',
              render: (y) => number(y.participants),
            },
            {
              key: 'w',
              header: t('figures.womenShare'),
              align: 'right',
              render: (y) => percent(y.womenShare),
            },
            {
              key: 'c',
              header: t('figures.costPerVisit'),
              align: 'right',
              render: (y) => kronor(y.costPerVisit),
            },
          ],
        }}
      />
      <SessionsTable activityId={activity.id} year={year} areaName={areaName} />
      <EventsSection activity={activity} events={events} year={year} />
    </Stack>
  );
}

function Details({ activity }: { activity: Activity }) {
  const { t } = useTranslation('activities');
  const rows = [
    [t('fields.partners'), activity.partners.join(', ') || '–'],
    [t('fields.targetGroups'), activity.targetGroups.map((g) => t(`target.${g}`)).join(', ') || '–'],
    [t('fields.sdgs'), activity.sdgs.join(', ') || '–'],
    [t('fields.responsible'), activity.responsiblePerson || '–'],
    [t('fields.place'), activity.defaultPlace || '–'],
    [t('fields.publicShort'), activity.public ? t('detail.yes') : t('detail.no')],
  ];
  return (
    <Paper withBorder p="md">
      {activity.description && <Text mb="sm">{activity.description}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" component="dl">
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="sm" c="dimmed">
              {label}
            </Text>
            <Text component="dd" m={0}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
