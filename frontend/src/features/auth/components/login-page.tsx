import {
  Alert,
  Button,
  Center,
  Divider,
  Group,
  Loader,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { LanguageSwitch } from '@/components/language-switch';
import { isApiError } from '@/lib/api-client';
import type { Me } from '@/types/api';

import { useAuthConfig } from '../api/auth-config';
import { useLogin } from '../api/login';

/** Why a single sign-on came back without a session (the server's `/login?error=` codes). */
const SSO_ERRORS = ['no_role', 'account_conflict', 'invalid_username', 'disabled', 'sso_failed'] as const;
type SsoError = (typeof SSO_ERRORS)[number];

function ssoErrorOf(code: string | null | undefined): SsoError | null {
  if (!code) {
    return null;
  }
  return (SSO_ERRORS as readonly string[]).includes(code) ? (code as SsoError) : 'sso_failed';
}

export interface LoginPageProps {
  /** Called after a successful sign-in, e.g. to go back to the page the user wanted. */
  onSignedIn: (me: Me) => void;
  /** The reason a single sign-on was refused, as the server put it in the URL. */
  ssoError?: string | null;
}

export function LoginPage({ onSignedIn, ssoError }: LoginPageProps) {
  const { t } = useTranslation();
  const config = useAuthConfig();
  const refusal = ssoErrorOf(ssoError);
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
  // Without the configuration the password form is the best guess; the server still decides.
  const localLogin = config.data?.localLogin ?? true;
  const sso = config.data?.sso;

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
            {refusal && (
              <Alert color="red" title={t('login.ssoRefused')} role="alert" data-testid="sso-error">
                {t(`login.ssoErrors.${refusal}`)}
              </Alert>
            )}
            {message && (
              <Alert color="red" title={t('login.failed')} role="alert" data-testid="login-error">
                {message}
              </Alert>
            )}
            {config.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
            {sso && (
              <Button component="a" href={sso.loginUrl} variant={localLogin ? 'default' : 'filled'} fullWidth>
                {t('login.ssoButton', { name: sso.name })}
              </Button>
            )}
            {sso && localLogin && <Divider label={t('login.or')} labelPosition="center" />}
            {localLogin && (
              <>
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
              </>
            )}
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
