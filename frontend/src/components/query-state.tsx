import { Button, Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from './problem-alert';

/** The loading or error state of a query, with a retry; renders nothing once the data is there. */
export function QueryState({
  isPending,
  error,
  onRetry,
}: {
  isPending: boolean;
  error: unknown;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  if (error) {
    return (
      <Stack gap="xs" align="flex-start">
        <ProblemAlert error={error} />
        <Button variant="light" onClick={onRetry}>
          {t('errors.retry')}
        </Button>
      </Stack>
    );
  }
  if (isPending) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  return null;
}
