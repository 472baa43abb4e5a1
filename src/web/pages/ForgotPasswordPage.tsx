import { Alert, Button, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { AuthForm } from './AuthForm';

export function ForgotPasswordPage() {
  const { t } = useTranslation('common');
  const [email, setEmail] = useState('');
  const request = useMutation({
    mutationFn: () => api.post('/auth/password-reset', { email: email.trim() }),
  });

  return (
    <AuthForm
      title={t('forgot.title')}
      onSubmit={() => request.mutate()}
      link={{ to: '/sign-in', label: t('forgot.back') }}
    >
      <Text c="dimmed">{t('forgot.intro')}</Text>
      <ErrorAlert error={request.error} />
      {request.isSuccess ? (
        <Alert color="green" variant="light" role="status">
          {t('forgot.sent')}
        </Alert>
      ) : (
        <>
          <TextInput
            label={t('signIn.email')}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <Button type="submit" loading={request.isPending}>
            {t('forgot.submit')}
          </Button>
        </>
      )}
    </AuthForm>
  );
}
