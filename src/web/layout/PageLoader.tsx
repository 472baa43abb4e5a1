import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown while a page's code or data loads. */
export function PageLoader() {
  const { t } = useTranslation('common');
  return (
    <Center py="xl" role="status">
      <Loader size="md" />
      <VisuallyHidden>{t('loading')}</VisuallyHidden>
    </Center>
  );
}
