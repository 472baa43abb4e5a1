import { Button } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataTableProps } from './DataTable';

/**
 * "Show as table" under a chart or a map: the same facts as an accessible table, for readers
 * who cannot use the picture. The table is only rendered while shown.
 */
export function TableToggle<T>({ table, open = false }: { table: DataTableProps<T>; open?: boolean }) {
  const { t } = useTranslation('common');
  const [showTable, setShowTable] = useState(open);
  const tableId = useId();
  return (
    <>
      <Button
        variant="subtle"
        size="compact-sm"
        mt="xs"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {showTable ? t('chart.hideTable') : t('chart.showTable')}
      </Button>
      <div id={tableId} hidden={!showTable}>
        {showTable && <DataTable {...table} />}
      </div>
    </>
  );
}
