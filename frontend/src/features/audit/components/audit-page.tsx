import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { AuditSearch } from './audit-search';
import { VerifyPanel } from './verify-panel';

/** The audit trail for compliance officers and admins: verify it, search it, export it. */
export function AuditPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="audit-page">
      <div>
        <Title order={1}>{t('nav.audit')}</Title>
        <Text c="dimmed">{t('pages.audit')}</Text>
      </div>
      <VerifyPanel />
      <AuditSearch />
    </Stack>
  );
}
