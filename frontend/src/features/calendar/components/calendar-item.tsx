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
  /** Given when the viewer may move the item (its reschedule button). */
  onReschedule?: (item: ContentSummary) => void;
  /** Whether it can be dragged to a drop target that reads {@link DRAG_TYPE}. */
  draggable?: boolean;
}

/** The drag data type of a calendar item; its value is the content id. */
export const DRAG_TYPE = 'application/x-postgate-content';

export function CalendarItem({ item, language, onReschedule, draggable = false }: CalendarItemProps) {
  const { t } = useTranslation();
  const title = item.title ?? item.theme ?? t('drafts.untitled');
  const movable = onReschedule !== undefined;

  // no state change here: Chrome ends a drag at once when the page changes during dragstart
  function startDrag(event: DragEvent<HTMLDivElement>) {
    event.dataTransfer.setData(DRAG_TYPE, item.id);
    event.dataTransfer.effectAllowed = 'move';
  }

  return (
    <div
      className={classes.item}
      data-testid="calendar-item"
      data-status={item.status}
      data-content-id={item.id}
      data-movable={movable || undefined}
      draggable={movable && draggable}
      onDragStart={movable && draggable ? startDrag : undefined}
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
