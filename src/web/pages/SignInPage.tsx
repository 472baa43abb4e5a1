import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { applyLanguage } from '../i18n';
import { safeNext } from '../safe-next';
import { meQuery } from '../session';

export function SignInPage() {
  const { t } = useTranslation('common');
  useDocumentTitle(`${t('signIn.title')} · Grannskap`);
  const client = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const signIn = useMutation({
    mutationFn: async () => {
      await api.post('/auth/login', { email: email.trim(), password });
      const me = await client.fetchQuery({ ...meQuery, staleTime: 0 });
      // The user's stored language wins from now on.
      if (me) await applyLanguage(me.language);
    },
    onSuccess: () => navigate(safeNext(params.get('next')), { replace: true }),
  });

  return (
    <Paper withBorder p="lg" radius="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          signIn.mutate();
        }}
      >
        <Stack>
          <Title order={1} size="h2">
            {t('signIn.title')}
          </Title>
          <Text c="dimmed">{t('signIn.intro')}</Text>
          <ErrorAlert error={signIn.error} title={t('signIn.failed')} />
          <TextInput
            label={t('signIn.email')}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordInput
            label={t('signIn.password')}
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={signIn.isPending}>
            {t('signIn.submit')}
          </Button>
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('signIn.forgot')}
          </Anchor>
        </Stack>
      </form>
    </Paper>
  );
}
