import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';

/**
 * Shows a failed request. API errors carry a message the server has already put in the user's
 * language; anything else (network down) gets the generic text.
 */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation('common');
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : t('state.error');
  return (
    <Alert color="red" variant="light" title={title ?? t('state.error')} role="alert" mb="md">
      {message}
    </Alert>
  );
}
