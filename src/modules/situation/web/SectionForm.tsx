import { Button, Paper, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { ErrorAlert } from '../../../web/components/ErrorAlert';

/** A titled form in a frame, as the EST pages use for adding or saving one thing. */
export function SectionForm({
  id,
  title,
  submitLabel,
  saving,
  error,
  onSubmit,
  children,
}: {
  /** The heading's id, which names the form for assistive technology. */
  id: string;
  title: string;
  submitLabel: string;
  saving: boolean;
  error?: unknown;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-labelledby={id}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      <ErrorAlert error={error} />
      {children}
      <Button type="submit" mt="sm" loading={saving}>
        {submitLabel}
      </Button>
    </Paper>
  );
}
