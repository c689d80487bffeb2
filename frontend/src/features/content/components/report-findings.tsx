import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { StoredReport } from '@/types/dossier';

const SEVERITY_COLOR = { BLOCKER: 'red', WARNING: 'yellow', INFO: 'blue' } as const;

/** The latest screening of the item: verdict and findings per platform. */
export function ReportFindings({ report }: { report: StoredReport | undefined }) {
  const { t } = useTranslation();
  if (!report) {
    return <Text c="dimmed">{t('report.none')}</Text>;
  }
  return (
    <Stack gap="sm" data-testid="latest-report">
      <Group gap="xs">
        <Text size="sm">{t('timeline.revision', { number: report.revision })}</Text>
        <Badge color={report.blocking ? 'red' : 'green'}>{report.blocking ? t('report.blocking') : t('report.clear')}</Badge>
        {report.legalRequired && <Badge color="grape">{t('report.legalRequired')}</Badge>}
      </Group>
      {report.reports.map((platformReport, index) => (
        <div key={platformReport.platform ?? index}>
          <Text size="sm" fw={600}>
            {platformReport.platform
              ? t(`platform.${platformReport.platform.toLowerCase()}`, { defaultValue: platformReport.platform })
              : t('report.allPlatforms')}
            {platformReport.rulePack && (
              <Text span size="xs" c="dimmed" ml="xs">
                {t('report.rulePack', { version: platformReport.rulePack.version })}
              </Text>
            )}
          </Text>
          {platformReport.findings.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('report.noFindings')}
            </Text>
          ) : (
            <List size="sm" spacing={4}>
              {platformReport.findings.map((finding) => (
                <List.Item key={`${finding.ruleId}-${finding.start}-${finding.end}`}>
                  <Badge size="xs" color={SEVERITY_COLOR[finding.severity]} mr={6}>
                    {t(`severity.${finding.severity}`)}
                  </Badge>
                  <Text span size="sm" fw={500}>
                    “{finding.excerpt}”
                  </Text>{' '}
                  <Text span size="sm">
                    {finding.message}
                  </Text>
                  {finding.legalReference && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({finding.legalReference})
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          )}
        </div>
      ))}
    </Stack>
  );
}
