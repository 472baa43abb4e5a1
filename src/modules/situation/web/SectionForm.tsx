import { Alert, Button, Paper, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { ErrorAlert } from '../../../web/components/ErrorAlert';

/** A form's save as the frame shows it: a mutation that takes no value (useSituationForm's `save`). */
export type FormSave = {
  isPending: boolean;
  isSuccess: boolean;
  error: unknown;
  mutate: () => void;
};

/** A titled form in a frame, as the EST pages use for adding or saving one thing. */
export function SectionForm({
  id,
  title,
  titleHidden = false,
  submitLabel,
  save,
  saved,
  children,
}: {
  /** The heading's id, which names the form for assistive technology. */
  id: string;
  title: string;
  /** The page's own heading says it: the form is named by `title` without showing it. */
  titleHidden?: boolean;
  submitLabel: string;
  save: FormSave;
  /** Announced once the save has succeeded; nothing when left out. */
  saved?: string;
  children: ReactNode;
}) {
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      {...(titleHidden ? { 'aria-label': title } : { 'aria-labelledby': id })}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      {!titleHidden && (
        <Title order={2} size="h4" id={id} mb="sm">
          {title}
        </Title>
      )}
      <ErrorAlert error={save.error} />
      {saved && save.isSuccess && (
        <Alert color="green" mb="sm" role="status">
          {saved}
        </Alert>
      )}
      {children}
      <Button type="submit" mt="sm" loading={save.isPending}>
        {submitLabel}
      </Button>
    </Paper>
  );
}
