import { Alert, Button, Stack } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type State = { failed: boolean };

/**
 * Keeps the shell usable when a page throws (or its code fails to load after a deploy): the header
 * and navigation stay, the page area offers a reload. The shell remounts it on every navigation.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}

function PageFailed() {
  const { t } = useTranslation('common');
  return (
    <Stack>
      <Alert color="red" variant="light" title={t('state.error')} role="alert">
        {t('state.pageFailed')}
      </Alert>
      <div>
        <Button variant="default" onClick={() => window.location.reload()}>
          {t('actions.retry')}
        </Button>
      </div>
    </Stack>
  );
}
