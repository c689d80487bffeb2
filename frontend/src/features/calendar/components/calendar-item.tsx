import { ActionIcon, Anchor, Group, Text, VisuallyHidden } from '@mantine/core';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { PlatformBadges } from '@/components/platform-badges';
import { StatusBadge } from '@/components/status-badge';
import { formatTime } from '@/lib/dates';
import type { ContentSummary } from '@/types/content';

import classes from './calendar.module.css';

export interface CalendarItemProps {
  item: ContentSummary;
  language: string;
  /** Given when the viewer may move the item: dragging it and its reschedule button use this. */
  onReschedule?: (item: ContentSummary) => void;
  onDragStart?: (item: ContentSummary) => void;
  onDragEnd?: () => void;
}

export function CalendarItem({ item, language, onReschedule, onDragStart, onDragEnd }: CalendarItemProps) {
  const { t } = useTranslation();
  const title = item.title ?? item.theme ?? t('drafts.untitled');
  const movable = onReschedule !== undefined;

  function startDrag(event: DragEvent<HTMLDivElement>) {
    event.dataTransfer.setData('text/plain', item.id);
    event.dataTransfer.effectAllowed = 'move';
    onDragStart?.(item);
  }

  return (
    <div
      className={classes.item}
      data-testid="calendar-item"
      data-status={item.status}
      data-content-id={item.id}
      data-movable={movable || undefined}
      draggable={movable && onDragStart !== undefined}
      onDragStart={movable && onDragStart ? startDrag : undefined}
      onDragEnd={onDragEnd}
    >
      <Group justify="space-between" gap={2} wrap="nowrap">
        <Text size="xs" c="dimmed">
          {item.scheduledAt ? formatTime(item.scheduledAt, language) : ''}
          {item.revision === 0 && ` · ${t('drafts.toWrite')}`}
        </Text>
        {movable && (
          <ActionIcon
            size="xs"
            variant="subtle"
            onClick={() => onReschedule(item)}
            aria-label={t('calendar.rescheduleItem', { title })}
            data-testid="reschedule-item"
          >
            ⇄
          </ActionIcon>
        )}
      </Group>
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
