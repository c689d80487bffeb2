import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { SubmitWarning } from '@/types/content';

const percent = (value: number | undefined) => `${Math.round((value ?? 0) * 100)}%`;

/** What the server advised when the item was submitted; the submission went through regardless. */
export function SubmitWarnings({ warnings }: { warnings: readonly SubmitWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) {
    return null;
  }
  return (
    <Alert color="yellow" title={t('submitWarnings.title')} data-testid="submit-warnings" role="status">
      <List size="sm">
        {warnings.map((warning, index) => (
          <List.Item key={`${warning.code}-${warning.details.platform ?? index}`}>
            {warning.code === 'PROMOTIONAL_SHARE'
              ? t('submitWarnings.promotionalShare', {
                  platform: warning.details.platform ? t(`platform.${warning.details.platform}`, warning.details.platform) : '',
                  promotional: warning.details.promotional ?? 0,
                  posts: warning.details.posts ?? 0,
                  share: percent(warning.details.share),
                  threshold: percent(warning.details.threshold),
                })
              : warning.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
