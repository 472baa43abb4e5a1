import { Anchor, Button, Checkbox, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { focusAreas } from '../../../shared/enums';
import { swedishYear } from '../../../shared/time';
import { api } from '../../../web/api';
import { type Column, DataTable } from '../../../web/components/DataTable';
import { EChart, type EChartsOption } from '../../../web/components/EChart';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { FormModal } from '../../../web/components/FormModal';
import { PageHeader } from '../../../web/components/PageHeader';
import { YearSelect } from '../../../web/components/YearSelect';
import { useFields } from '../../../web/hooks/useFields';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { PageLoader } from '../../../web/layout/PageLoader';
import { useCan } from '../../../web/session';
import { formatCount, formatNumber, rateOrReason } from './format';
import { type Overview, type Program, type ProgramYear, programQueries, type Share } from './queries';

/** "Program": every program's year side by side — how much, how well, who is better off. */
export default function ProgramsPage() {
  const { t, i18n } = useTranslation('programs');
  const canWrite = useCan('programs.write');
  const [year, setYear] = useState(swedishYear() - 1);
  const [creating, setCreating] = useState(false);
  const overview = useQuery(programQueries.overview(year));
  if (overview.isPending) return <PageLoader />;
  if (overview.error) return <ErrorAlert error={overview.error} />;
  const rows = overview.data.programs;
  const rate = (share: Share) => rateOrReason(share, i18n.language, t, overview.data.threshold);
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={canWrite && <Button onClick={() => setCreating(true)}>{t('list.new')}</Button>}
      />
      {creating && <ProgramForm onClose={() => setCreating(false)} />}
      <YearSelect label={t('list.year')} value={year} onChange={setYear} maw={160} />
      <DataTable
        caption={t('list.caption', { year })}
        rows={rows}
        rowKey={(r) => r.program.id}
        columns={[
          {
            key: 'name',
            header: t('fields.name'),
            rowHeader: true,
            render: (r) => (
              <Anchor component={Link} to={`/programs/${r.program.id}`}>
                {r.program.name}
              </Anchor>
            ),
          },
          ...yearColumns(t, rate),
          {
            key: 'work',
            header: t('figures.toWork'),
            align: 'right',
            render: (r) => rate(r.figures.betterOff.atExit.work),
          },
          {
            key: 'mean',
            header: t('figures.satisfactionMean'),
            align: 'right',
            render: (r) => formatNumber(r.figures.howWell.satisfactionMean, i18n.language),
          },
        ]}
      />
      <Text size="sm" c="dimmed">
        {t('list.protected', { threshold: overview.data.threshold })}
      </Text>
      <DataTable
        caption={t('list.byFocusArea', { year })}
        rows={overview.data.byFocusArea}
        rowKey={(r) => r.focusArea}
        columns={[
          {
            key: 'f',
            header: t('fields.focusArea'),
            rowHeader: true,
            render: (r) => t(`focus.${r.focusArea}`),
          },
          ...yearColumns(t, rate),
        ]}
      />
      <WorkChart rows={rows} year={year} rate={rate} />
    </Stack>
  );
}

/** Active, exited and satisfied: the columns a program's row and a focus area's row share. */
function yearColumns<T extends { figures: ProgramYear }>(
  t: (key: string) => string,
  rate: (share: Share) => string,
): Column<T>[] {
  return [
    {
      key: 'active',
      header: t('figures.active'),
      align: 'right',
      render: (r) => formatCount(r.figures.howMuch.active),
    },
    {
      key: 'exited',
      header: t('figures.exited'),
      align: 'right',
      render: (r) => formatCount(r.figures.howMuch.exited),
    },
    {
      key: 'sat',
      header: t('figures.satisfied'),
      align: 'right',
      render: (r) => rate(r.figures.howWell.satisfied),
    },
  ];
}

/** Share of exits to work per program, with its 95 % interval, and the same as a table. */
function WorkChart({
  rows,
  year,
  rate,
}: {
  rows: Overview['programs'];
  year: number;
  rate: (share: Share) => string;
}) {
  const { t } = useTranslation('programs');
  const work = rows.map((r) => r.figures.betterOff.atExit.work);
  const chart: EChartsOption = {
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 16, bottom: 64, top: 24 },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.program.name),
      axisLabel: { interval: 0, rotate: 30 },
    },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
    series: [
      // The 95 % interval as a floating bar: an invisible base up to the low bound, then the range.
      {
        type: 'bar',
        stack: 'ci',
        silent: true,
        itemStyle: { color: 'transparent' },
        data: work.map((w) => (w.low ?? 0) * 100),
      },
      {
        type: 'bar',
        stack: 'ci',
        name: t('chart.interval'),
        itemStyle: { color: '#a5d8ff' },
        data: work.map((w) => ((w.high ?? 0) - (w.low ?? 0)) * 100),
      },
      {
        type: 'scatter',
        name: t('chart.rate'),
        itemStyle: { color: '#1c6b48' },
        data: work.map((w) => (w.value === null ? null : w.value * 100)),
      },
    ],
  };
  return (
    <EChart
      option={chart}
      ariaLabel={t('chart.label', { year })}
      height={300}
      table={{
        caption: t('chart.tableCaption', { year }),
        rows,
        rowKey: (r) => r.program.id,
        columns: [
          { key: 'name', header: t('fields.name'), rowHeader: true, render: (r) => r.program.name },
          {
            key: 'n',
            header: t('figures.exitsWithOutcome'),
            align: 'right',
            render: (r) => formatCount(r.figures.betterOff.atExit.work.n),
          },
          {
            key: 'w',
            header: t('figures.toWork'),
            align: 'right',
            render: (r) => rate(r.figures.betterOff.atExit.work),
          },
        ],
      }}
    />
  );
}

function ProgramForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('programs');
  const navigate = useNavigate();
  const fields = useFields({ code: '', name: '', focusArea: 'arbete' as string | null, jobOutcome: false });
  const save = useSaveAndRefetch(
    programQueries.all(),
    (body: Record<string, unknown>) => api.post<Program>('/programs', body),
    (program) => {
      onClose();
      navigate(`/programs/${program.id}`);
    },
  );
  function submit() {
    const { code, name, focusArea, jobOutcome } = fields.values;
    save.mutate({ code, name, focusArea, reportsJobOutcome: jobOutcome });
  }
  return (
    <FormModal
      onClose={onClose}
      title={t('list.new')}
      onSubmit={submit}
      error={save.error}
      saving={save.isPending}
    >
      <TextInput label={t('fields.name')} required {...fields.text('name')} />
      <TextInput
        label={t('fields.code')}
        description={t('fields.codeHint')}
        required
        {...fields.text('code')}
      />
      <Select
        label={t('fields.focusArea')}
        data={focusAreas.map((f) => ({
          value: f,
          label: t(`focus.${f}`),
        }))}
        {...fields.input('focusArea')}
      />
      <Checkbox label={t('fields.jobOutcome')} {...fields.checkbox('jobOutcome')} />
    </FormModal>
  );
}
