import { Alert, Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';

export function ForgotPasswordPage() {
  const { t } = useTranslation('common');
  useDocumentTitle(`${t('forgot.title')} · Grannskap`);
  const [email, setEmail] = useState('');
  const request = useMutation({
    mutationFn: () => api.post('/auth/password-reset', { email: email.trim() }),
  });

  return (
    <Paper withBorder p="lg" radius="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          request.mutate();
        }}
      >
        <Stack>
          <Title order={1} size="h2">
            {t('forgot.title')}
          </Title>
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
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('forgot.back')}
          </Anchor>
        </Stack>
      </form>
    </Paper>
  );
}
