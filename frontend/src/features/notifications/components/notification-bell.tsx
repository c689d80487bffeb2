import { ActionIcon, Button, Group, Indicator, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import {
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useNotifications,
  useNotificationStream,
  type NotificationView,
} from '../api/notifications';

/** The bell in the header: unread count kept live by the server's event stream, newest notifications in a menu. */
export function NotificationBell() {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAllRead = useMarkAllNotificationsRead();
  useNotificationStream();

  const unread = notifications.data?.unread ?? 0;
  const items = notifications.data?.items ?? [];

  return (
    <Menu position="bottom-end" width={340} withinPortal={false}>
      <Menu.Target>
        <Indicator label={unread} size={16} disabled={unread === 0} data-testid="notification-count">
          <ActionIcon variant="default" aria-label={t('notifications.bell', { count: unread })} data-testid="notification-bell">
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Menu.Target>
      <Menu.Dropdown data-testid="notification-list">
        <Group justify="space-between" px="sm" py={4}>
          <Text size="sm" fw={600}>
            {t('notifications.title')}
          </Text>
          <Button
            variant="subtle"
            size="compact-xs"
            disabled={unread === 0}
            onClick={() => markAllRead.mutate()}
            data-testid="notifications-read-all"
          >
            {t('notifications.markAllRead')}
          </Button>
        </Group>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed" px="sm" py="xs">
            {t('notifications.empty')}
          </Text>
        ) : (
          items.map((item) => <NotificationItem key={item.id} item={item} onOpen={() => markRead.mutate(item.id)} />)
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

/** Drawn rather than an emoji: machines without an emoji font show an emoji as an empty box. */
function BellIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.73 21a2 2 0 0 1-3.46 0" />
    </svg>
  );
}

function NotificationItem({ item, onOpen }: { item: NotificationView; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  const text = t(`notifications.kind.${item.kind}`, { title: item.title });
  const when = new Date(item.createdAt).toLocaleString(i18n.language);
  const target = item.contentId ? `/contents/${encodeURIComponent(item.contentId)}` : '/';
  return (
    <Menu.Item
      component={Link}
      to={target}
      onClick={item.read ? undefined : onOpen}
      fw={item.read ? 400 : 700}
      data-testid="notification-item"
      data-read={item.read || undefined}
    >
      <Text size="sm" inherit>
        {item.read ? text : `${text} (${t('notifications.unread')})`}
      </Text>
      <Text size="xs" c="dimmed">
        {when}
      </Text>
    </Menu.Item>
  );
}
