import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ContentStatus, ContentSummary, ContentView, DraftRequest, Page, Platform, SubmittedContent } from '@/types/content';

const CONTENTS_KEY = ['contents'] as const;

// ---- one item -------------------------------------------------------------------------------------------

export function getContent(id: string, signal?: AbortSignal): Promise<ContentView> {
  return api.get<ContentView>(`/api/contents/${encodeURIComponent(id)}`, { signal });
}

/** States the process moves out of by itself: the page keeps looking while the item is in one. */
const MOVING: readonly ContentStatus[] = ['SCREENING', 'IN_REVIEW', 'LEGAL_REVIEW', 'SCHEDULED', 'PUBLISHING'];

export const contentQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...CONTENTS_KEY, 'item', id] as const,
    queryFn: ({ signal }) => getContent(id, signal),
    refetchInterval: (query) => (query.state.data && MOVING.includes(query.state.data.status) ? 3000 : false),
  });

export function useContent(id: string | undefined) {
  return useQuery({ ...contentQueryOptions(id ?? ''), enabled: id !== undefined });
}

// ---- the list -------------------------------------------------------------------------------------------

export interface ContentFilter {
  status?: ContentStatus;
  platform?: Platform;
  author?: string;
  page?: number;
  size?: number;
}

export function listContents(filter: ContentFilter, signal?: AbortSignal): Promise<Page<ContentSummary>> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== '') {
      params.set(key, String(value));
    }
  }
  return api.get<Page<ContentSummary>>(`/api/contents?${params.toString()}`, { signal });
}

export const contentsQueryOptions = (filter: ContentFilter) =>
  queryOptions({
    queryKey: [...CONTENTS_KEY, 'list', filter] as const,
    queryFn: ({ signal }) => listContents(filter, signal),
  });

export function useContents(filter: ContentFilter) {
  return useQuery(contentsQueryOptions(filter));
}

// ---- commands -------------------------------------------------------------------------------------------

export const createDraft = (request: DraftRequest) => api.post<ContentView>('/api/contents', request);

export const reviseDraft = ({ id, request }: { id: string; request: DraftRequest }) =>
  api.put<ContentView>(`/api/contents/${encodeURIComponent(id)}`, request);

export const submitContent = (id: string) => api.post<SubmittedContent>(`/api/contents/${encodeURIComponent(id)}/submit`);

export const withdrawContent = ({ id, reason }: { id: string; reason?: string }) =>
  api.post<ContentView>(`/api/contents/${encodeURIComponent(id)}/withdraw`, { reason });

export const rescheduleContent = ({ id, scheduledAt }: { id: string; scheduledAt: string }) =>
  api.post<ContentView>(`/api/contents/${encodeURIComponent(id)}/reschedule`, { scheduledAt });

/** A mutation whose answer is the new state of the item: cache it and refresh the lists. */
function useContentCommand<V, R extends ContentView = ContentView>(command: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: command,
    onSuccess: (view) => {
      queryClient.setQueryData(contentQueryOptions(view.id).queryKey, view);
      void queryClient.invalidateQueries({ queryKey: [...CONTENTS_KEY, 'list'] });
    },
  });
}

export const useCreateDraft = () => useContentCommand(createDraft);
export const useReviseDraft = () => useContentCommand(reviseDraft);
export const useSubmitContent = () => useContentCommand(submitContent);
export const useWithdrawContent = () => useContentCommand(withdrawContent);
export const useRescheduleContent = () => useContentCommand(rescheduleContent);

/** `POST /api/admin/contents/{id}/retry-publishing` (admins): how many failed publish jobs were started again. */
export const retryPublishing = (id: string) =>
  api.post<{ jobsRetried: number }>(`/api/admin/contents/${encodeURIComponent(id)}/retry-publishing`);

export function useRetryPublishing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryPublishing,
    onSuccess: (_result, id) => void queryClient.invalidateQueries({ queryKey: contentQueryOptions(id).queryKey }),
  });
}
