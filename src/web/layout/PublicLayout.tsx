import { Box, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';

/** Sign-in and password pages: a slim header with the language switch, and a narrow main. */
export function PublicLayout() {
  const { t } = useTranslation('common');
  return (
    <>
      <a className="gs-skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <Box component="header" className="gs-header gs-public-header" px="md">
        <Group h={60} justify="space-between">
          <Text fw={700} size="lg" className="gs-brand">
            {t('appName')}
          </Text>
          <LanguageSwitch signedIn={false} />
        </Group>
      </Box>
      <Container component="main" id="main" tabIndex={-1} size={440} py="xl" className="gs-main">
        <Outlet />
      </Container>
    </>
  );
}
