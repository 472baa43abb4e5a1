import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A bordered panel of a page that is a `<section>` named by its own h2 (so screen readers list it
 * as a region), with an optional dimmed hint under the heading.
 */
export function PanelSection({
  id,
  title,
  hint,
  children,
}: {
  /** Id of the heading; must be unique on the page. */
  id: string;
  title: ReactNode;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb={hint ? 4 : 'sm'}>
        {title}
      </Title>
      {hint && (
        <Text size="sm" c="dimmed" mb="sm">
          {hint}
        </Text>
      )}
      {children}
    </Paper>
  );
}
