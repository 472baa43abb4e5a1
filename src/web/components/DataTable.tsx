import { Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type Column<T> = {
  key: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  /** Numbers read best right-aligned. */
  align?: 'left' | 'right' | 'center';
  /** The cell that names the row (rendered as <th scope="row">). */
  rowHeader?: boolean;
};

export type DataTableProps<T> = {
  /** Says what the table holds; read out by screen readers, shown unless captionHidden. */
  caption: string;
  captionHidden?: boolean;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Shown in one full-width row when there are no rows. */
  empty?: ReactNode;
  /** Rows after the real ones, e.g. a total. */
  footer?: ReactNode;
};

/**
 * An accessible table: caption, column headers with scope, an optional row header, and a
 * keyboard-scrollable container so it works at 360 px width.
 */
export function DataTable<T>({
  caption,
  captionHidden,
  columns,
  rows,
  rowKey,
  empty,
  footer,
}: DataTableProps<T>) {
  const { t } = useTranslation('common');
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
    <section className="gs-table-scroll" aria-label={caption} tabIndex={0}>
      <Table striped highlightOnHover captionSide="top" verticalSpacing="xs">
        <Table.Caption className="gs-table-caption">
          {captionHidden ? <VisuallyHidden>{caption}</VisuallyHidden> : caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} scope="col" style={{ textAlign: column.align ?? 'left' }}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>
                <Text c="dimmed" size="sm">
                  {empty ?? t('table.noRows')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((column) => {
                const style = { textAlign: column.align ?? 'left' } as const;
                return column.rowHeader ? (
                  <Table.Th key={column.key} scope="row" style={{ ...style, fontWeight: 600 }}>
                    {column.render(row)}
                  </Table.Th>
                ) : (
                  <Table.Td key={column.key} style={style}>
                    {column.render(row)}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {footer && <Table.Tfoot>{footer}</Table.Tfoot>}
      </Table>
    </section>
  );
}
