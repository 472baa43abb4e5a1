import { Button, PasswordInput, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { applyLanguage } from '../i18n';
import { safeNext } from '../safe-next';
import { meQuery } from '../session';
import { AuthForm } from './AuthForm';

export function SignInPage() {
  const { t } = useTranslation('common');
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
    <AuthForm
      title={t('signIn.title')}
      onSubmit={() => signIn.mutate()}
      link={{ to: '/forgot-password', label: t('signIn.forgot') }}
    >
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
    </AuthForm>
  );
}
