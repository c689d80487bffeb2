import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { ScreeningReport } from '@/types/screening';

/** Whether the text would be blocked before review, and whether legal must sign it off. */
export function ScreeningBanner({ report, testId = 'screening-banner' }: { report: ScreeningReport; testId?: string }) {
  const { t } = useTranslation();
  const blockers = report.findings.filter((finding) => finding.severity === 'BLOCKER').length;
  const legal = report.routing?.legalRequired === true;
  return (
    <Alert
      color={report.blocking ? 'red' : 'green'}
      title={report.blocking ? t('screening.blocked', { count: blockers }) : t('screening.notBlocked')}
      data-testid={testId}
      data-blocking={report.blocking}
      aria-live="polite"
    >
      {legal ? t('screening.legalRequired') : t('screening.legalNotRequired')}
    </Alert>
  );
}
