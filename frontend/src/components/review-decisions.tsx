import { Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '@/lib/dates';
import type { ReviewDecision } from '@/types/dossier';

const OUTCOME_COLOR = { APPROVE: 'green', REQUEST_CHANGES: 'orange', REJECT: 'red' } as const;

/** The review and legal decisions, newest first, with their comments and the findings' dispositions. */
export function ReviewDecisions({ decisions }: { decisions: readonly ReviewDecision[] }) {
  const { t, i18n } = useTranslation();
  if (decisions.length === 0) {
    return <Text c="dimmed">{t('decisions.empty')}</Text>;
  }
  return (
    <Stack gap="sm" data-testid="decisions">
      {[...decisions].reverse().map((decision) => (
        <Paper key={`${decision.decidedAt}-${decision.actor}`} withBorder p="sm" radius="sm" data-testid="decision">
          <Group gap="xs" wrap="wrap">
            <Badge color={OUTCOME_COLOR[decision.outcome]}>{t(`outcome.${decision.outcome}`)}</Badge>
            <Text size="sm">{t(`reviewStep.${decision.step}`)}</Text>
            <Text size="sm" fw={500}>
              {decision.actor}
            </Text>
            <Text size="xs" c="dimmed" component="time" dateTime={decision.decidedAt}>
              {formatDateTime(decision.decidedAt, i18n.language)}
            </Text>
            <Text size="xs" c="dimmed">
              {t('timeline.revision', { number: decision.revision })}
            </Text>
          </Group>
          {decision.comment && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="decision-comment">
              {decision.comment}
            </Text>
          )}
          {decision.dispositions.length > 0 && (
            <List size="xs" mt={4} aria-label={t('decisions.dispositions')}>
              {decision.dispositions.map((disposition) => (
                <List.Item key={`${disposition.ruleId}-${disposition.start}`}>
                  {disposition.ruleId}: {t(`disposition.${disposition.disposition}`)}
                  {disposition.reason ? ` — ${disposition.reason}` : ''}
                </List.Item>
              ))}
            </List>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
