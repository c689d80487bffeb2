import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/lib/api-client';

/**
 * The server's problem+json message for a failed request: the detail names the field or the rule
 * (e.g. "authors cannot review or sign off their own content"). Anything else is a network failure.
 */
export function ProblemAlert({ error, testId = 'problem' }: { error: unknown; testId?: string }) {
  const { t } = useTranslation();
  if (!error) {
    return null;
  }
  const title = !isApiError(error)
    ? t('errors.title')
    : error.status === 403
      ? t('errors.forbidden')
      : error.status === 404
        ? t('errors.notFound')
        : error.status === 409
          ? t('errors.conflict')
          : error.title;
  const detail = isApiError(error) ? error.detail : t('errors.loadFailed');
  return (
    <Alert color="red" title={title} role="alert" data-testid={testId}>
      {detail}
    </Alert>
  );
}
