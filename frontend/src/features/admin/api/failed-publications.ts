import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ContentSummary, Page } from '@/types/content';

/** Items whose publishing failed: the admin retries them from their status page. */
export const getFailedPublications = (signal?: AbortSignal) =>
  api.get<Page<ContentSummary>>('/api/contents?status=PUBLISH_FAILED&size=50', { signal });

export const failedPublicationsQueryOptions = () =>
  queryOptions({ queryKey: ['admin', 'publish-failed'] as const, queryFn: ({ signal }) => getFailedPublications(signal) });

export function useFailedPublications() {
  return useQuery(failedPublicationsQueryOptions());
}
