import { type MantineSize, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One key figure in a bordered card: a dimmed label above a large value. */
export function FigureCard({
  label,
  value,
  size = 'xl',
  note,
}: {
  label: string;
  value: ReactNode;
  /** A short line under the value, e.g. the period it covers or why it is not shown. */
  note?: ReactNode;
  /** Text size of the value; smaller where longer values (rates with intervals) must fit. */
  size?: MantineSize;
}) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size={size} fw={700}>
        {value}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Paper>
  );
}
