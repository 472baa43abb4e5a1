import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One label and its value in a description list (`<dl>`), so a screen reader reads them as pairs. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}
