import { Checkbox } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { type Column, DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { useSituationChange } from './queries';

/**
 * A list the admin keeps (partner organisations, categories): its columns, then an "active" box
 * per row that saves the row at once (PUT `path/:id` with the row as it is, the box changed).
 */
export function ActiveTable<T extends { id: string; active: boolean }>({
  caption,
  path,
  rows,
  nameOf,
  columns,
}: {
  caption: string;
  path: string;
  rows: T[];
  /** What the box's label names the row by. */
  nameOf: (row: T) => string;
  columns: Column<T>[];
}) {
  const { t } = useTranslation('situation');
  const save = useSituationChange(({ id, ...row }: T) => api.put(`${path}/${id}`, row));
  const active: Column<T> = {
    key: 'active',
    header: t('settings.active'),
    render: (row) => (
      <Checkbox
        aria-label={`${t('settings.active')}: ${nameOf(row)}`}
        checked={row.active}
        onChange={(e) => save.mutate({ ...row, active: e.currentTarget.checked })}
      />
    ),
  };
  return (
    <>
      <ErrorAlert error={save.error} />
      <DataTable caption={caption} rows={rows} rowKey={(row) => row.id} columns={[...columns, active]} />
    </>
  );
}
