import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

export const ADAPTERS = ['OUTBOX', 'WEBHOOK', 'MASTODON', 'ASSISTED'] as const;
export type Adapter = (typeof ADAPTERS)[number];

/** A channel as the admin API shows it (publishing ChannelView): the secret is only reported as set or not. */
export interface Channel {
  id: string;
  platform: string;
  accountName: string;
  adapter: Adapter;
  url?: string;
  secretSet: boolean;
  allowHttp: boolean;
  allowLoopback: boolean;
  timeoutMillis: number;
  publisherGroup?: string;
  publisherUser?: string;
  enabled: boolean;
}

/** What the admin sends; an absent or empty secret on update keeps the stored one. */
export type ChannelRequest = Omit<Channel, 'id' | 'secretSet'> & { secret?: string };

const channelsKey = ['admin', 'channels'] as const;

export const channelsQueryOptions = () =>
  queryOptions({ queryKey: channelsKey, queryFn: ({ signal }) => api.get<Channel[]>('/api/admin/channels', { signal }) });

export function useChannels() {
  return useQuery(channelsQueryOptions());
}

/** Creates a channel (no id) or replaces one; the list is reloaded afterwards. */
export function useSaveChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: { id?: string; request: ChannelRequest }) =>
      id === undefined
        ? api.post<Channel>('/api/admin/channels', request)
        : api.put<Channel>(`/api/admin/channels/${encodeURIComponent(id)}`, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: channelsKey }),
  });
}

/** The request that changes nothing but what is given: the stored secret is kept (none is sent). */
export function requestOf(channel: Channel, changes: Partial<ChannelRequest> = {}): ChannelRequest {
  return {
    platform: channel.platform,
    accountName: channel.accountName,
    adapter: channel.adapter,
    url: channel.url,
    allowHttp: channel.allowHttp,
    allowLoopback: channel.allowLoopback,
    timeoutMillis: channel.timeoutMillis,
    publisherGroup: channel.publisherGroup,
    publisherUser: channel.publisherUser,
    enabled: channel.enabled,
    ...changes,
  };
}
