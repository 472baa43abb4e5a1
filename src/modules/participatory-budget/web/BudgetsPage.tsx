import { Anchor, Button, FileInput, Select, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatNumber } from '../../../shared/format';
import { swedishYear } from '../../../shared/time';
import { api } from '../../../web/api';
import { type Column, DataTable } from '../../../web/components/DataTable';
import { FormModal } from '../../../web/components/FormModal';
import { PageHeader } from '../../../web/components/PageHeader';
import { QueryState } from '../../../web/components/QueryState';
import { YearSelect } from '../../../web/components/YearSelect';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { useCan } from '../../../web/session';
import { areaQueries } from '../../areas/web';
import { BudgetForm } from './BudgetForm';
import { type Budget, budgetQueries } from './queries';

/** Uploads a .pb file as an imported budget of an area and year. */
function ImportForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('participatory-budget');
  const areas = useQuery(areaQueries.list());
  const navigate = useNavigate();
  const [areaId, setAreaId] = useState<string | null>(null);
  const [year, setYear] = useState(swedishYear());
  const [file, setFile] = useState<File | null>(null);
  const save = useSaveAndRefetch(
    budgetQueries.all(),
    async (body: { areaId: string; year: number; file: string }) =>
      api.post<Budget>('/participatory-budget/import', body),
    (saved) => navigate(`/participatory-budget/${saved.id}`),
  );
  return (
    <FormModal
      title={t('import.title')}
      onClose={onClose}
      error={save.error}
      saving={save.isPending}
      submitDisabled={!areaId || !file}
      onSubmit={async () => {
        if (!areaId || !file) return;
        save.mutate({ areaId, year, file: await file.text() });
      }}
    >
      <Select
        label={t('form.area')}
        required
        data={(areas.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
        value={areaId}
        onChange={setAreaId}
      />
      <YearSelect label={t('form.year')} value={year} onChange={setYear} />
      <FileInput
        label={t('import.file')}
        description={t('import.hint')}
        accept=".pb,text/plain"
        required
        value={file}
        onChange={setFile}
      />
    </FormModal>
  );
}

/** "Boendebudget": every budget the user may see, newest year first; admins set one up or import a file. */
export default function BudgetsPage() {
  const { t, i18n } = useTranslation('participatory-budget');
  const canManage = useCan('participatory-budget.manage');
  const budgets = useQuery(budgetQueries.list());
  const [dialog, setDialog] = useState<'new' | 'import' | null>(null);
  const columns: Column<Budget>[] = [
    {
      key: 'area',
      header: t('columns.area'),
      rowHeader: true,
      render: (b) => (
        <Anchor component={Link} to={`/participatory-budget/${b.id}`}>
          {b.areaName}
        </Anchor>
      ),
    },
    { key: 'year', header: t('columns.year'), align: 'right', render: (b) => b.year },
    {
      key: 'amount',
      header: t('columns.amount'),
      align: 'right',
      render: (b) => `${formatNumber(b.amount, i18n.language, { digits: 0 })} kr`,
    },
    { key: 'phase', header: t('columns.phase'), render: (b) => t(`phases.${b.phase}`) },
    {
      key: 'rule',
      header: t('columns.rule'),
      render: (b) =>
        `${t(`methods.${b.votingMethod}`)} · ${t(`rules.${b.countingRule}`)}${b.imported ? ` · ${t('imported')}` : ''}`,
    },
  ];
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          canManage && (
            <>
              <Button onClick={() => setDialog('new')}>{t('newBudget')}</Button>
              <Button variant="default" onClick={() => setDialog('import')}>
                {t('import.button')}
              </Button>
            </>
          )
        }
      />
      <QueryState query={budgets}>
        {(rows) => (
          <DataTable
            caption={t('listCaption')}
            captionHidden
            columns={columns}
            rows={rows}
            rowKey={(b) => b.id}
            empty={t('none')}
          />
        )}
      </QueryState>
      {dialog === 'new' && <BudgetForm budget={null} onClose={() => setDialog(null)} />}
      {dialog === 'import' && <ImportForm onClose={() => setDialog(null)} />}
    </Stack>
  );
}
