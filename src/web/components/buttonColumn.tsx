import { Button, type ButtonProps } from '@mantine/core';
import type { Column } from './DataTable';

type ButtonColumn<T> = {
  key: string;
  header: string;
  /** The button's text, the same on every row. */
  label: string;
  /** What a screen reader hears: the label and the row it acts on. */
  ariaLabel: (row: T) => string;
  onClick: (row: T) => void;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
  align?: Column<T>['align'];
};

/**
 * A DataTable column of one button a row (edit, act on…), there only for a user who may use it:
 * spread it into the columns, `...buttonColumn(canEdit, {…})`.
 */
export function buttonColumn<T>(
  shown: boolean,
  { key, header, label, ariaLabel, onClick, variant = 'subtle', size = 'xs', align }: ButtonColumn<T>,
): Column<T>[] {
  if (!shown) return [];
  return [
    {
      key,
      header,
      align,
      render: (row) => (
        <Button size={size} variant={variant} aria-label={ariaLabel(row)} onClick={() => onClick(row)}>
          {label}
        </Button>
      ),
    },
  ];
}

/**
 * The last column of an editable register: an Edit button on each row, which a screen reader hears
 * with the row's name ("Redigera Bäckby"). `label` is the common "Edit" in the user's language.
 */
export function editColumn<T>(
  label: string,
  nameOf: (row: T) => string,
  onEdit: (row: T) => void,
): Column<T> {
  const [column] = buttonColumn<T>(true, {
    key: 'edit',
    header: label,
    label,
    ariaLabel: (row) => `${label} ${nameOf(row)}`,
    onClick: onEdit,
    variant: 'default',
    size: 'compact-sm',
    align: 'right',
  });
  return column as Column<T>;
}
