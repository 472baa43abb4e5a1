import { Alert, Button, PasswordInput, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { AuthForm } from './AuthForm';

/** The page the e-mailed link opens: /reset-password?token=… (&invitation=1 for a new account). */
export function ResetPasswordPage() {
  const { t } = useTranslation('common');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const invitation = params.get('invitation') === '1';
  const title = invitation ? t('reset.inviteTitle') : t('reset.title');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const reset = useMutation({
    mutationFn: () => api.post('/auth/password-reset/confirm', { token, password }),
  });

  return (
    <AuthForm
      title={title}
      onSubmit={() => {
        const differs = password !== confirm;
        setMismatch(differs);
        if (!differs) reset.mutate();
      }}
      link={{ to: '/sign-in', label: t('reset.toSignIn') }}
    >
      {invitation && !reset.isSuccess && <Text>{t('reset.inviteIntro')}</Text>}
      {!token && (
        <Alert color="red" variant="light" role="alert">
          {t('reset.missingToken')}
        </Alert>
      )}
      <ErrorAlert error={reset.error} />
      {reset.isSuccess ? (
        <Alert color="green" variant="light" role="status">
          {t('reset.done')}
        </Alert>
      ) : (
        <>
          <PasswordInput
            label={t('reset.password')}
            description={t('reset.hint')}
            autoComplete="new-password"
            required
            minLength={10}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <PasswordInput
            label={t('reset.confirm')}
            autoComplete="new-password"
            required
            value={confirm}
            error={mismatch ? t('reset.mismatch') : undefined}
            onChange={(e) => setConfirm(e.currentTarget.value)}
          />
          <Button type="submit" disabled={!token} loading={reset.isPending}>
            {t('reset.submit')}
          </Button>
        </>
      )}
    </AuthForm>
  );
}
