import { Badge, Group, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { eventDetail, eventLabel } from '@/components/audit/event-summary';
import { browserTimeZone, formatDateTime } from '@/lib/dates';
import type { TimelineEntry } from '@/types/dossier';

/** Who did what, when: the item's audit entries, oldest first, times in the browser's time zone. */
export function ContentTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) {
    return <Text c="dimmed">{t('timeline.empty')}</Text>;
  }
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {t('timeline.timeZone', { zone: browserTimeZone() })}
      </Text>
      <Timeline bulletSize={14} lineWidth={2} active={entries.length - 1} data-testid="timeline">
        {entries.map((entry) => {
          const detail = eventDetail(entry.event, entry.details, t);
          return (
            <Timeline.Item
              key={entry.sequence}
              title={eventLabel(entry.event, t)}
              data-testid="timeline-entry"
              data-event={entry.event}
            >
              <Group gap={6} wrap="wrap">
                <Text size="sm" fw={500}>
                  {entry.actor === 'system' ? t('timeline.system') : entry.actor}
                </Text>
                {entry.actorRoles.map((role) => (
                  <Badge key={role} size="xs" variant="light" color="gray">
                    {t(`role.${role}`, { defaultValue: role })}
                  </Badge>
                ))}
                <Text size="xs" c="dimmed" component="time" dateTime={entry.at}>
                  {formatDateTime(entry.at, i18n.language)}
                </Text>
                {entry.revision !== undefined && entry.revision > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('timeline.revision', { number: entry.revision })}
                  </Text>
                )}
              </Group>
              {detail && (
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {detail}
                </Text>
              )}
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Stack>
  );
}
