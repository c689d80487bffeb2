import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { api } from '@/lib/api-client';

export type NotificationKind =
  | 'TASK_AVAILABLE'
  | 'TASK_ASSIGNED'
  | 'CHANGES_REQUESTED'
  | 'APPROVED'
  | 'REJECTED'
  | 'PUBLISHED'
  | 'SLA_MISSED'
  | 'PUBLISH_FAILED'
  | 'FREEZE_STARTED'
  | 'FREEZE_ENDED';

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  contentId?: string;
  title: string;
  createdAt: string;
  read: boolean;
}

export interface NotificationList {
  unread: number;
  items: NotificationView[];
}

const NOTIFICATIONS_KEY = ['notifications'] as const;
export const NOTIFICATION_STREAM_PATH = '/api/notifications/stream';

export const listNotifications = (signal?: AbortSignal) =>
  api.get<NotificationList>('/api/notifications?limit=20', { signal });

export const notificationsQueryOptions = () =>
  queryOptions({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: ({ signal }) => listNotifications(signal),
  });

export function useNotifications() {
  return useQuery(notificationsQueryOptions());
}

/** Refetches the bell whenever the server pushes a new notification. */
export function useNotificationStream() {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined') {
      return undefined;
    }
    const source = new EventSource(NOTIFICATION_STREAM_PATH, { withCredentials: true });
    const refresh = () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    source.addEventListener('notification', refresh);
    return () => {
      source.removeEventListener('notification', refresh);
      source.close();
    };
  }, [queryClient]);
}

export const markNotificationRead = (id: string) => api.post<void>(`/api/notifications/${encodeURIComponent(id)}/read`);
export const markAllNotificationsRead = () => api.post<{ marked: number }>('/api/notifications/read-all');

function useNotificationCommand<V, R>(command: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: command,
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export const useMarkNotificationRead = () => useNotificationCommand(markNotificationRead);
export const useMarkAllNotificationsRead = () => useNotificationCommand(markAllNotificationsRead);
