import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';

import { useVerifyAudit } from '../api/audit';

/** Recomputes the hash chain and checks it against the signed checkpoints, on request. */
export function VerifyPanel() {
  const { t } = useTranslation();
  const verify = useVerifyAudit();
  const report = verify.data;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="verify-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <div>
            <Title order={2} size="h4" id="verify-title">
              {t('audit.verify.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('audit.verify.description')}
            </Text>
          </div>
          <Button onClick={() => verify.mutate()} loading={verify.isPending} data-testid="verify">
            {t('audit.verify.button')}
          </Button>
        </Group>
        <div aria-live="polite">
          {report?.valid === true && (
            <Alert color="green" title={t('audit.verify.valid')} data-testid="verify-result" data-valid="true">
              {t('audit.verify.validDetail', { entries: report.entries, checkpoints: report.checkpoints })}
            </Alert>
          )}
          {report?.valid === false && (
            <Alert color="red" title={t('audit.verify.broken')} data-testid="verify-result" data-valid="false">
              <Stack gap={4}>
                {report.firstBrokenSequence !== undefined && (
                  <Text size="sm" fw={600}>
                    {t('audit.verify.firstBroken', { sequence: report.firstBrokenSequence })}
                  </Text>
                )}
                {report.problem && <Text size="sm">{report.problem}</Text>}
                <Text size="xs">{t('audit.verify.validDetail', { entries: report.entries, checkpoints: report.checkpoints })}</Text>
              </Stack>
            </Alert>
          )}
          <ProblemAlert error={verify.error} testId="verify-error" />
        </div>
      </Stack>
    </Paper>
  );
}
