import { Table, Text } from '@mantine/core';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { dayKey } from '@/lib/dates';
import type { ContentSummary } from '@/types/content';

import classes from './calendar.module.css';
import { CalendarItem, DRAG_TYPE } from './calendar-item';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export interface WeekViewProps {
  days: Date[];
  items: ContentSummary[];
  language: string;
  canMove: (item: ContentSummary) => boolean;
  onMove: (item: ContentSummary, day: Date, hour: number) => void;
  onReschedule: (item: ContentSummary) => void;
}

/**
 * A week by day and hour. A movable post is dragged to another hour slot to reschedule it; its reschedule button
 * does the same from the keyboard.
 */
export function WeekView({ days, items, language, canMove, onMove, onReschedule }: WeekViewProps) {
  const { t } = useTranslation();
  const bySlot = new Map<string, ContentSummary[]>();
  for (const item of items) {
    if (item.scheduledAt) {
      const at = new Date(item.scheduledAt);
      const key = `${dayKey(at)}-${at.getHours()}`;
      bySlot.set(key, [...(bySlot.get(key) ?? []), item]);
    }
  }
  const today = dayKey(new Date());
  const hourLabel = (hour: number) =>
    new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(new Date(2000, 0, 1, hour));

  function allowDrop(event: DragEvent<HTMLTableCellElement>) {
    if (event.dataTransfer.types.includes(DRAG_TYPE)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
    }
  }

  function drop(event: DragEvent<HTMLTableCellElement>, day: Date, hour: number) {
    const dragged = items.find((item) => item.id === event.dataTransfer.getData(DRAG_TYPE));
    if (dragged) {
      event.preventDefault();
      onMove(dragged, day, hour);
    }
  }

  return (
    <Table.ScrollContainer minWidth={820}>
      <Table withTableBorder withColumnBorders className={classes.grid} data-testid="week-grid" layout="fixed">
        <caption className={classes.caption}>{t('calendar.weekCaption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" className={classes.hourColumn}>
              <Text size="xs" c="dimmed">
                {t('calendar.time')}
              </Text>
            </Table.Th>
            {days.map((day) => (
              <Table.Th key={dayKey(day)} scope="col" data-today={dayKey(day) === today || undefined}>
                {new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'numeric' }).format(day)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {HOURS.map((hour) => (
            <Table.Tr key={hour}>
              <Table.Th scope="row" className={classes.hourColumn}>
                <Text size="xs" c="dimmed">
                  {hourLabel(hour)}
                </Text>
              </Table.Th>
              {days.map((day) => {
                const key = `${dayKey(day)}-${hour}`;
                return (
                  <Table.Td
                    key={key}
                    className={classes.slot}
                    data-testid={`slot-${key}`}
                    onDragOver={allowDrop}
                    onDrop={(event) => drop(event, day, hour)}
                  >
                    {(bySlot.get(key) ?? []).map((item) => (
                      <CalendarItem
                        key={item.id}
                        item={item}
                        language={language}
                        onReschedule={canMove(item) ? onReschedule : undefined}
                        draggable
                      />
                    ))}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
