import { Badge, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { minutesUntil } from '@/lib/dates';

/** The current time, ticking every `intervalMs`. */
export function useNow(intervalMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

function splitMinutes(total: number): { days: number; hours: number; minutes: number } {
  const abs = Math.abs(total);
  return { days: Math.floor(abs / 1440), hours: Math.floor((abs % 1440) / 60), minutes: abs % 60 };
}

/** "due in 3 h 20 min", or an overdue badge with how long ago the SLA ran out. */
export function DueCountdown({ due, overdue, now }: { due?: string; overdue: boolean; now: number }) {
  const { t } = useTranslation();
  if (!due) {
    return <Text size="sm">—</Text>;
  }
  const minutes = minutesUntil(due, now);
  const parts = splitMinutes(minutes);
  const span =
    parts.days > 0
      ? t('tasks.daysHours', { days: parts.days, hours: parts.hours })
      : t('tasks.hoursMinutes', { hours: parts.hours, minutes: parts.minutes });
  if (overdue || minutes < 0) {
    return (
      <Group gap={6} wrap="nowrap">
        <Badge color="red" data-testid="overdue-badge">
          {t('tasks.overdue')}
        </Badge>
        <Text size="sm" c="red">
          {t('tasks.overdueBy', { span })}
        </Text>
      </Group>
    );
  }
  return (
    <Text size="sm" c={minutes < 120 ? 'orange' : undefined} data-testid="due-countdown">
      {t('tasks.dueIn', { span })}
    </Text>
  );
}
