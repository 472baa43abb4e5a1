import { Button, Group, NativeSelect, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatFigureCell, noFigure } from '../../../shared/format';
import { swedishYear } from '../../../shared/time';
import { type Column, DataTable } from '../../../web/components/DataTable';
import { PageHeader } from '../../../web/components/PageHeader';
import { PanelSection } from '../../../web/components/PanelSection';
import { QueryState } from '../../../web/components/QueryState';
import { useCan } from '../../../web/session';
import { BodyForm } from './BodyForm';
import { HeadcountForm } from './HeadcountForm';
import { type HeadcountRow, type WorkEnvironmentYear, workingLifeQueries } from './queries';
import { WorkEnvironmentForm } from './WorkEnvironmentForm';

/** One year's bodies: women, men, others, the total and the women's share as the server published it. */
function HeadcountTable({ year, rows }: { year: number; rows: HeadcountRow[] }) {
  const { t, i18n } = useTranslation('working-life');
  const language = i18n.language;
  const count = (key: 'women' | 'men' | 'other' | 'total'): Column<HeadcountRow> => ({
    key,
    header: t(`columns.${key}`),
    align: 'right',
    render: (r) => formatFigureCell(r[key], 'count', language),
  });
  const columns: Column<HeadcountRow>[] = [
    { key: 'body', header: t('columns.body'), rowHeader: true, render: (r) => r.bodyName },
    count('women'),
    count('men'),
    count('other'),
    count('total'),
    {
      key: 'share',
      header: t('columns.womenShare'),
      align: 'right',
      render: (r) => formatFigureCell(r.womenShare, 'fraction', language),
    },
  ];
  return (
    <DataTable
      caption={t('headcountCaption', { year })}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.body}
      empty={t('noHeadcount', { year })}
    />
  );
}

function WorkEnvironmentTable({
  years,
  onEdit,
}: {
  years: WorkEnvironmentYear[];
  onEdit: (entry: WorkEnvironmentYear) => void;
}) {
  const { t, i18n } = useTranslation('working-life');
  const language = i18n.language;
  const canWrite = useCan('working-life.write');
  const columns: Column<WorkEnvironmentYear>[] = [
    { key: 'year', header: t('year'), rowHeader: true, render: (y) => y.year },
    {
      key: 'sickLeave',
      header: t('columns.sickLeave'),
      align: 'right',
      render: (y) => formatFigureCell(y.sickLeaveShare, 'fraction', language),
    },
    {
      key: 'promotive',
      header: t('columns.promotive'),
      align: 'right',
      render: (y) => formatFigureCell(y.promotiveShare, 'fraction', language),
    },
    {
      key: 'iso',
      header: t('columns.iso45001'),
      render: (y) =>
        y.iso45001Certified && y.iso45001ValidUntil
          ? t('certifiedUntil', { date: formatDate(y.iso45001ValidUntil, language) })
          : t('notCertified'),
    },
    { key: 'source', header: t('columns.source'), render: (y) => y.sourceNote || noFigure },
  ];
  if (canWrite) {
    columns.push({
      key: 'actions',
      header: t('columns.actions'),
      align: 'right',
      render: (y) => (
        <Button
          size="compact-sm"
          variant="default"
          aria-label={t('editYear', { year: y.year })}
          onClick={() => onEdit(y)}
        >
          {t('edit')}
        </Button>
      ),
    });
  }
  return (
    <DataTable
      caption={t('workEnvironmentCaption')}
      captionHidden
      columns={columns}
      rows={years}
      rowKey={(y) => String(y.year)}
      empty={t('noWorkEnvironment')}
    />
  );
}

/**
 * "Arbetsliv": the headcount of each body by gender per year with the women's share (GRI 405-1),
 * and the yearly work environment. HR enters them here or imports the headcount; the figures go to
 * the framework and the annual report as indicators.
 */
export default function WorkingLifePage() {
  const { t, i18n } = useTranslation('working-life');
  const canWrite = useCan('working-life.write');
  const headcounts = useQuery(workingLifeQueries.headcounts(i18n.language));
  const bodies = useQuery(workingLifeQueries.bodies(i18n.language));
  const workEnvironment = useQuery(workingLifeQueries.workEnvironment());
  const thisYear = swedishYear();
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const [form, setForm] = useState<'headcount' | 'body' | { entry: WorkEnvironmentYear | null } | null>(null);
  const years = [...new Set((headcounts.data ?? []).map((r) => r.year))];
  // The newest year with figures until the user picks one (or enters one).
  const year = chosenYear ?? years[0] ?? thisYear;
  const rowsOf = (y: number) => (headcounts.data ?? []).filter((r) => r.year === y);
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          canWrite && (
            <Button component={Link} to="/working-life/import" variant="default">
              {t('importLink')}
            </Button>
          )
        }
      />
      <PanelSection id="working-life-headcount" title={t('headcountTitle')} hint={t('headcountHint')}>
        <Group align="flex-end" mb="sm">
          <NativeSelect
            label={t('year')}
            w={120}
            value={String(year)}
            onChange={(e) => setChosenYear(Number(e.currentTarget.value))}
            data={(years.includes(year) ? years : [year, ...years]).map(String)}
          />
          {canWrite && (
            <>
              <Button onClick={() => setForm('headcount')} disabled={!bodies.data}>
                {t('enterHeadcount')}
              </Button>
              <Button variant="default" onClick={() => setForm('body')}>
                {t('addBody')}
              </Button>
            </>
          )}
        </Group>
        <QueryState query={headcounts}>{() => <HeadcountTable year={year} rows={rowsOf(year)} />}</QueryState>
      </PanelSection>
      <PanelSection
        id="working-life-environment"
        title={t('workEnvironmentTitle')}
        hint={t('workEnvironmentHint')}
      >
        {canWrite && (
          <Group mb="sm">
            <Button onClick={() => setForm({ entry: null })}>{t('enterWorkEnvironment')}</Button>
          </Group>
        )}
        <QueryState query={workEnvironment}>
          {(data) => <WorkEnvironmentTable years={data} onEdit={(entry) => setForm({ entry })} />}
        </QueryState>
      </PanelSection>
      {form === 'headcount' && bodies.data && (
        <HeadcountForm
          year={year}
          bodies={bodies.data}
          rows={rowsOf(year)}
          onClose={() => setForm(null)}
          onSaved={setChosenYear}
        />
      )}
      {form === 'body' && <BodyForm onClose={() => setForm(null)} />}
      {typeof form === 'object' && form !== null && (
        <WorkEnvironmentForm entry={form.entry} year={thisYear} onClose={() => setForm(null)} />
      )}
    </Stack>
  );
}
