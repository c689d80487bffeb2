import { ActionIcon, Alert, Anchor, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { PlatformBadges } from '@/components/platform-badges';
import { QueryState } from '@/components/query-state';
import { StatusBadge } from '@/components/status-badge';
import { useCurrentUser } from '@/features/auth';
import { dayKey, formatTime } from '@/lib/dates';
import type { ContentSummary, ContentView } from '@/types/content';

import { useCalendar } from '../api/calendar';
import { addMonths, monthGrid } from '../month';
import classes from './calendar.module.css';
import { BriefForm } from './brief-form';

/** A month of planned, scheduled and published posts by day; editors plan briefs from here. */
export function CalendarPage({ initialMonth }: { initialMonth?: Date }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const [month, setMonth] = useState(() => {
    const base = initialMonth ?? new Date();
    return new Date(base.getFullYear(), base.getMonth(), 1);
  });
  const [briefDay, setBriefDay] = useState<Date>();
  const [created, setCreated] = useState<ContentView>();
  const weeks = monthGrid(month);
  const from = weeks[0]![0]!;
  const lastDay = weeks[weeks.length - 1]![6]!;
  const to = new Date(lastDay.getFullYear(), lastDay.getMonth(), lastDay.getDate() + 1);
  const calendar = useCalendar(from.toISOString(), to.toISOString());
  const planner = me.roles.includes('EDITOR');

  const byDay = new Map<string, ContentSummary[]>();
  for (const item of calendar.data ?? []) {
    if (item.scheduledAt) {
      const key = dayKey(new Date(item.scheduledAt));
      byDay.set(key, [...(byDay.get(key) ?? []), item]);
    }
  }
  for (const items of byDay.values()) {
    items.sort((a, b) => (a.scheduledAt ?? '').localeCompare(b.scheduledAt ?? ''));
  }

  const monthLabel = new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: 'long' }).format(month);
  const weekdays = weeks[0]!.map((day) => new Intl.DateTimeFormat(i18n.language, { weekday: 'short' }).format(day));
  const today = dayKey(new Date());

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <div>
          <Title order={1}>{t('nav.calendar')}</Title>
          <Text c="dimmed">{t('pages.calendar')}</Text>
        </div>
        {planner && (
          <Button onClick={() => setBriefDay(new Date())} data-testid="new-brief">
            {t('calendar.newBrief')}
          </Button>
        )}
      </Group>
      {created && (
        <Alert color="green" withCloseButton onClose={() => setCreated(undefined)} data-testid="brief-created">
          {t('calendar.briefCreated', { theme: created.theme ?? '', owner: created.owner })}{' '}
          <Anchor component={Link} to={`/contents/${created.id}`}>
            {t('calendar.open')}
          </Anchor>
        </Alert>
      )}
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={() => setMonth(addMonths(month, -1))}>
          {t('calendar.previous')}
        </Button>
        <Button variant="default" size="xs" onClick={() => setMonth(addMonths(new Date(), 0))}>
          {t('calendar.today')}
        </Button>
        <Button variant="default" size="xs" onClick={() => setMonth(addMonths(month, 1))}>
          {t('calendar.next')}
        </Button>
        <Text fw={600} aria-live="polite" data-testid="calendar-month">
          {monthLabel}
        </Text>
      </Group>
      <QueryState isPending={calendar.isPending} error={calendar.error} onRetry={() => void calendar.refetch()} />
      <Table.ScrollContainer minWidth={720}>
        <Table withTableBorder withColumnBorders className={classes.grid} data-testid="calendar-grid" layout="fixed">
          <caption className={classes.caption}>{monthLabel}</caption>
          <Table.Thead>
            <Table.Tr>
              {weekdays.map((weekday) => (
                <Table.Th key={weekday} scope="col">
                  {weekday}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {weeks.map((week) => (
              <Table.Tr key={dayKey(week[0]!)}>
                {week.map((day) => {
                  const key = dayKey(day);
                  const items = byDay.get(key) ?? [];
                  const outside = day.getMonth() !== month.getMonth();
                  return (
                    <Table.Td
                      key={key}
                      className={classes.day}
                      data-outside={outside || undefined}
                      data-today={key === today || undefined}
                      data-testid={`day-${key}`}
                    >
                      <Group justify="space-between" gap={2} wrap="nowrap">
                        <Text size="xs" fw={key === today ? 700 : 400} c={outside ? 'dimmed' : undefined}>
                          {day.getDate()}
                        </Text>
                        {planner && (
                          <ActionIcon
                            size="xs"
                            variant="subtle"
                            onClick={() => setBriefDay(day)}
                            aria-label={t('calendar.briefOn', {
                              day: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(day),
                            })}
                          >
                            +
                          </ActionIcon>
                        )}
                      </Group>
                      <Stack gap={4} mt={4}>
                        {items.map((item) => (
                          <CalendarItem key={item.id} item={item} language={i18n.language} />
                        ))}
                      </Stack>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <BriefForm
        day={briefDay}
        onClose={() => setBriefDay(undefined)}
        onCreated={(view) => {
          setBriefDay(undefined);
          setCreated(view);
        }}
      />
    </Stack>
  );
}

function CalendarItem({ item, language }: { item: ContentSummary; language: string }) {
  const { t } = useTranslation();
  const title = item.title ?? item.theme ?? t('drafts.untitled');
  return (
    <div className={classes.item} data-testid="calendar-item" data-status={item.status} data-content-id={item.id}>
      <Text size="xs" c="dimmed">
        {item.scheduledAt ? formatTime(item.scheduledAt, language) : ''}
        {item.revision === 0 && ` · ${t('drafts.toWrite')}`}
      </Text>
      <Anchor component={Link} to={`/contents/${item.id}`} size="xs" fw={600} className={classes.title}>
        {title}
        <VisuallyHidden>, {t(`status.${item.status}`)}</VisuallyHidden>
      </Anchor>
      <Group gap={4} mt={2}>
        <StatusBadge status={item.status} />
      </Group>
      <PlatformBadges platforms={item.platforms} size="xs" />
    </div>
  );
}
