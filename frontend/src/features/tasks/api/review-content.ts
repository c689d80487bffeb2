import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ContentView } from '@/types/content';

/** The content a task is about, as the reviewer reads it. */
export function getReviewContent(id: string, signal?: AbortSignal): Promise<ContentView> {
  return api.get<ContentView>(`/api/contents/${encodeURIComponent(id)}`, { signal });
}

export const reviewContentQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['review-content', id] as const,
    queryFn: ({ signal }) => getReviewContent(id, signal),
  });

export function useReviewContent(id: string | undefined) {
  return useQuery({ ...reviewContentQueryOptions(id ?? ''), enabled: id !== undefined });
}
