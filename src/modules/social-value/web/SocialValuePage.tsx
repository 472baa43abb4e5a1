import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { noFigure } from '../../../shared/format';
import { swedishYear } from '../../../shared/time';
import { type Column, DataTable } from '../../../web/components/DataTable';
import { PageHeader } from '../../../web/components/PageHeader';
import { PanelSection } from '../../../web/components/PanelSection';
import { QueryState } from '../../../web/components/QueryState';
import { YearSelect } from '../../../web/components/YearSelect';
import { useCan } from '../../../web/session';
import { formatSek, formatShare } from './format';
import { type ResultLine, type SocialValueResult, socialValueQueries, type Valuation } from './queries';
import { DeleteValuationDialog, ValuationForm } from './ValuationForm';

/** The assumptions of a valuation in one line: "25 % deadweight · 20 % others' share · 2 years, 50 % drop-off". */
function Assumptions({ valuation }: { valuation: Valuation }) {
  const { t, i18n } = useTranslation('social-value');
  const share = (v: number) => formatShare(v, i18n.language);
  return (
    <Text size="xs" c="dimmed">
      {t('assumptions', {
        deadweight: share(valuation.deadweight),
        attribution: share(valuation.attribution),
        years: valuation.durationYears,
        dropOff: share(valuation.dropOff),
      })}
    </Text>
  );
}

/** A hidden figure says why, never a number. */
function Hidden({ reason }: { reason: ResultLine['reason'] }) {
  const { t } = useTranslation('social-value');
  return <Text size="sm">{t(`reason.${reason ?? 'small_group'}`)}</Text>;
}

function ResultTable({ result }: { result: SocialValueResult }) {
  const { t, i18n } = useTranslation('social-value');
  const sek = (v: number) => formatSek(v, i18n.language);
  const columns: Column<ResultLine>[] = [
    {
      key: 'label',
      header: t('columns.valuation'),
      rowHeader: true,
      render: (l) => (
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {l.valuation.label}
          </Text>
          <Text size="xs">
            {t(`outcomes.${l.valuation.outcome}`)} · {l.programmes.join(', ') || t('noProgrammes')}
          </Text>
          <Assumptions valuation={l.valuation} />
          <Text size="xs" c="dimmed">
            {t('source', { source: l.valuation.source })}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'perYear',
      header: t('columns.perYear'),
      align: 'right',
      render: (l) => sek(l.valuation.valuePerPersonYear),
    },
    {
      key: 'perPerson',
      header: t('columns.perPerson'),
      align: 'right',
      render: (l) => sek(l.valuePerPerson),
    },
    {
      key: 'participants',
      header: t('columns.participants'),
      align: 'right',
      render: (l) => (l.suppressed ? <Hidden reason={l.reason} /> : (l.participants ?? noFigure)),
    },
    {
      key: 'value',
      header: t('columns.value'),
      align: 'right',
      render: (l) => (l.suppressed || l.value === null ? <Hidden reason={l.reason} /> : sek(l.value)),
    },
  ];
  const { total } = result;
  return (
    <DataTable
      caption={t('resultCaption', { year: result.year })}
      columns={columns}
      rows={result.lines}
      rowKey={(l) => l.valuation.id}
      empty={t('noValuationsInForce', { year: result.year })}
      footer={
        <Table.Tr>
          <Table.Th scope="row" colSpan={4}>
            {t('total')}
          </Table.Th>
          <Table.Td ta="right" fw={700}>
            {total.suppressed || total.value === null ? <Hidden reason={total.reason} /> : sek(total.value)}
          </Table.Td>
        </Table.Tr>
      }
    />
  );
}

function ValuationTable({
  valuations,
  onEdit,
  onDelete,
}: {
  valuations: Valuation[];
  onEdit: (v: Valuation) => void;
  onDelete: (v: Valuation) => void;
}) {
  const { t, i18n } = useTranslation('social-value');
  const canWrite = useCan('social-value.write');
  const columns: Column<Valuation>[] = [
    {
      key: 'label',
      header: t('columns.valuation'),
      rowHeader: true,
      render: (v) => (
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {v.label}
          </Text>
          <Text size="xs" c="dimmed">
            {t('source', { source: v.source })}
          </Text>
        </Stack>
      ),
    },
    { key: 'outcome', header: t('columns.outcome'), render: (v) => t(`outcomes.${v.outcome}`) },
    { key: 'programme', header: t('columns.programme'), render: (v) => v.programCode ?? t('allProgrammes') },
    {
      key: 'perYear',
      header: t('columns.perYear'),
      align: 'right',
      render: (v) => formatSek(v.valuePerPersonYear, i18n.language),
    },
    { key: 'assumptions', header: t('columns.assumptions'), render: (v) => <Assumptions valuation={v} /> },
    { key: 'from', header: t('columns.validFrom'), align: 'right', render: (v) => v.validFromYear },
  ];
  if (canWrite) {
    columns.push({
      key: 'actions',
      header: t('columns.actions'),
      align: 'right',
      render: (v) => (
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Button
            size="compact-sm"
            variant="default"
            aria-label={t('editNamed', { label: v.label })}
            onClick={() => onEdit(v)}
          >
            {t('edit')}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            aria-label={t('deleteNamed', { label: v.label })}
            onClick={() => onDelete(v)}
          >
            {t('delete')}
          </Button>
        </Group>
      ),
    });
  }
  return (
    <DataTable
      caption={t('valuationsCaption')}
      captionHidden
      columns={columns}
      rows={valuations}
      rowKey={(v) => v.id}
      empty={t('noValuations')}
    />
  );
}

/**
 * "Socialt värde": the organisation's own valuation table, and what it comes to in a year — each
 * valuation's line with its assumptions, the exits it values and its value, and the total, hidden
 * where the publication layer hides the count. No values are shipped with Grannskap.
 */
export default function SocialValuePage() {
  const { t } = useTranslation('social-value');
  const canWrite = useCan('social-value.write');
  const [year, setYear] = useState(swedishYear());
  const result = useQuery(socialValueQueries.result(year));
  const valuations = useQuery(socialValueQueries.valuations());
  const [editing, setEditing] = useState<{ valuation: Valuation | null } | null>(null);
  const [deleting, setDeleting] = useState<Valuation | null>(null);
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          canWrite && (
            <>
              <Button onClick={() => setEditing({ valuation: null })}>{t('newValuation')}</Button>
              <Button component={Link} to="/social-value/import" variant="default">
                {t('importLink')}
              </Button>
            </>
          )
        }
      />
      <Alert color="blue" title={t('ownValuesTitle')}>
        {t('ownValues')}
      </Alert>
      <PanelSection id="social-value-result" title={t('resultTitle')} hint={t('resultHint')}>
        <YearSelect label={t('year')} value={year} onChange={setYear} w={120} mb="sm" />
        <QueryState query={result}>{(data) => <ResultTable result={data} />}</QueryState>
      </PanelSection>
      <PanelSection id="social-value-valuations" title={t('valuationsTitle')} hint={t('valuationsHint')}>
        <QueryState query={valuations}>
          {(data) => (
            <ValuationTable
              valuations={data}
              onEdit={(valuation) => setEditing({ valuation })}
              onDelete={setDeleting}
            />
          )}
        </QueryState>
      </PanelSection>
      {editing && (
        <ValuationForm valuation={editing.valuation} year={year} onClose={() => setEditing(null)} />
      )}
      {deleting && <DeleteValuationDialog valuation={deleting} onClose={() => setDeleting(null)} />}
    </Stack>
  );
}
