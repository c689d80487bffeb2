import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { LanguageSwitch } from '@/components/language-switch';
import { isApiError } from '@/lib/api-client';
import type { Me } from '@/types/api';

import { useLogin } from '../api/login';

export interface LoginPageProps {
  /** Called after a successful sign-in, e.g. to go back to the page the user wanted. */
  onSignedIn: (me: Me) => void;
}

export function LoginPage({ onSignedIn }: LoginPageProps) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [showMissing, setShowMissing] = useState(false);
  const loginMutation = useLogin({ onSuccess: onSignedIn });

  const usernameMissing = username.trim() === '';
  const passwordMissing = password === '';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (usernameMissing || passwordMissing) {
      setShowMissing(true);
      return;
    }
    loginMutation.mutate({ username: username.trim(), password });
  }

  const error = loginMutation.error;
  const message = error ? (isApiError(error) ? error.detail : t('login.genericError')) : null;

  return (
    <Center mih="100vh" p="md">
      <Paper component="main" withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <form noValidate onSubmit={submit}>
          <Stack>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <div>
                <Title order={1} size="h2">
                  {t('login.title')}
                </Title>
                <Text c="dimmed" size="sm">
                  {t('app.tagline')}
                </Text>
              </div>
              <LanguageSwitch />
            </Group>
            {message && (
              <Alert color="red" title={t('login.failed')} role="alert" data-testid="login-error">
                {message}
              </Alert>
            )}
            <TextInput
              label={t('login.username')}
              name="username"
              autoComplete="username"
              autoFocus
              required
              value={username}
              onChange={(event) => setUsername(event.currentTarget.value)}
              error={showMissing && usernameMissing ? t('login.required') : undefined}
            />
            <PasswordInput
              label={t('login.password')}
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={showMissing && passwordMissing ? t('login.required') : undefined}
            />
            <Button type="submit" loading={loginMutation.isPending} fullWidth>
              {t('login.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
