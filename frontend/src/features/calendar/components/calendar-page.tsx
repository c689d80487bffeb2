import { ActionIcon, Alert, Anchor, Button, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { ProblemAlert } from '@/components/problem-alert';
import { QueryState } from '@/components/query-state';
import { useCurrentUser } from '@/features/auth';
import { dayKey } from '@/lib/dates';
import { isBeforePublishing, type ContentSummary, type ContentView } from '@/types/content';

import { useCalendar } from '../api/calendar';
import { useReschedule } from '../api/reschedule';
import { addMonths, monthGrid } from '../month';
import { addDays, movedTo, weekDays } from '../week';
import classes from './calendar.module.css';
import { BriefForm } from './brief-form';
import { CalendarItem } from './calendar-item';
import { PromotionalShareSummary } from './promotional-share';
import { RescheduleDialog } from './reschedule-dialog';
import { WeekView } from './week-view';

type View = 'month' | 'week';

/**
 * A month or a week of planned, scheduled and published posts; editors plan briefs from here, and owners (or admins)
 * move a post by dragging it in the week view or with its reschedule button. A refused move snaps back.
 */
export function CalendarPage({ initialMonth }: { initialMonth?: Date }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const [view, setView] = useState<View>('month');
  const [anchor, setAnchor] = useState(() => initialMonth ?? new Date());
  const month = new Date(anchor.getFullYear(), anchor.getMonth(), 1);
  const [briefDay, setBriefDay] = useState<Date>();
  const [created, setCreated] = useState<ContentView>();
  const [moved, setMoved] = useState<Record<string, string>>({});
  const [rescheduling, setRescheduling] = useState<ContentSummary>();
  const reschedule = useReschedule();
  const weeks = monthGrid(month);
  const days = weekDays(anchor);
  const from = view === 'month' ? weeks[0]![0]! : days[0]!;
  const to = view === 'month' ? addDays(weeks[weeks.length - 1]![6]!, 1) : addDays(days[6]!, 1);
  const calendar = useCalendar(from.toISOString(), to.toISOString());
  const planner = me.roles.includes('EDITOR');
  const items = (calendar.data ?? []).map((item) => (moved[item.id] ? { ...item, scheduledAt: moved[item.id] } : item));

  const canMove = (item: ContentSummary) =>
    item.scheduledAt !== undefined && isBeforePublishing(item.status) && (item.owner === me.username || me.roles.includes('ADMIN'));

  /** Shows the post at its new time at once; the server's refusal puts it back and says why. */
  function move(item: ContentSummary, scheduledAt: string) {
    setRescheduling(undefined);
    if (scheduledAt === item.scheduledAt) {
      return;
    }
    setMoved((previous) => ({ ...previous, [item.id]: scheduledAt }));
    reschedule.mutate(
      { id: item.id, scheduledAt },
      {
        onSettled: () =>
          setMoved((previous) => {
            const { [item.id]: _, ...rest } = previous;
            return rest;
          }),
      },
    );
  }

  function step(direction: -1 | 0 | 1) {
    if (direction === 0) {
      setAnchor(new Date());
    } else {
      setAnchor(view === 'month' ? addMonths(month, direction) : addDays(anchor, 7 * direction));
    }
  }

  const byDay = new Map<string, ContentSummary[]>();
  for (const item of items) {
    if (item.scheduledAt) {
      const key = dayKey(new Date(item.scheduledAt));
      byDay.set(key, [...(byDay.get(key) ?? []), item]);
    }
  }
  for (const items of byDay.values()) {
    items.sort((a, b) => (a.scheduledAt ?? '').localeCompare(b.scheduledAt ?? ''));
  }

  const monthLabel = new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: 'long' }).format(month);
  const rangeLabel =
    view === 'month'
      ? monthLabel
      : new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).formatRange(days[0]!, days[6]!);
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
      <Group gap="xs" wrap="wrap">
        <SegmentedControl
          size="xs"
          value={view}
          onChange={(value) => setView(value === 'week' ? 'week' : 'month')}
          aria-label={t('calendar.view')}
          data={[
            { value: 'month', label: t('calendar.month') },
            { value: 'week', label: t('calendar.week') },
          ]}
          data-testid="calendar-view"
        />
        <Button variant="default" size="xs" onClick={() => step(-1)}>
          {view === 'month' ? t('calendar.previous') : t('calendar.previousWeek')}
        </Button>
        <Button variant="default" size="xs" onClick={() => step(0)}>
          {view === 'month' ? t('calendar.today') : t('calendar.thisWeek')}
        </Button>
        <Button variant="default" size="xs" onClick={() => step(1)}>
          {view === 'month' ? t('calendar.next') : t('calendar.nextWeek')}
        </Button>
        <Text fw={600} aria-live="polite" data-testid="calendar-month">
          {rangeLabel}
        </Text>
      </Group>
      <QueryState isPending={calendar.isPending} error={calendar.error} onRetry={() => void calendar.refetch()} />
      <ProblemAlert error={reschedule.error} testId="reschedule-error" />
      {view === 'week' ? (
        <WeekView
          days={days}
          items={items}
          language={i18n.language}
          canMove={canMove}
          onMove={(item, day, hour) => item.scheduledAt && move(item, movedTo(item.scheduledAt, day, hour))}
          onReschedule={setRescheduling}
        />
      ) : (
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
                    const dayItems = byDay.get(key) ?? [];
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
                          {dayItems.map((item) => (
                            <CalendarItem
                              key={item.id}
                              item={item}
                              language={i18n.language}
                              onReschedule={canMove(item) ? setRescheduling : undefined}
                            />
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
      )}
      <PromotionalShareSummary from={from.toISOString()} to={to.toISOString()} language={i18n.language} />
      <RescheduleDialog item={rescheduling} onClose={() => setRescheduling(undefined)} onConfirm={move} />
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
