import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { visibleNav } from '../modules';
import { useMe } from '../session';

function Message({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation('common');
  return (
    <Stack>
      <PageHeader title={title} />
      <Text>{text}</Text>
      <Anchor component={Link} to="/">
        {t('pages.home')}
      </Anchor>
    </Stack>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation('common');
  return <Message title={t('pages.notFound')} text={t('pages.notFoundText')} />;
}

export function ForbiddenPage() {
  const { t } = useTranslation('common');
  return <Message title={t('pages.forbidden')} text={t('pages.forbiddenText')} />;
}

/** "/" goes to the first page the user may see. */
export function HomeRedirect() {
  const { t } = useTranslation('common');
  const me = useMe();
  const first = visibleNav(me.permissions)[0];
  if (first) return <Navigate to={first.to} replace />;
  return (
    <Stack>
      <PageHeader title={t('pages.welcome')} />
      <Text>{t('pages.welcomeText')}</Text>
    </Stack>
  );
}
