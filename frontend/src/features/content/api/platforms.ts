import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { PlatformLimits } from '../platform-limits';

export const getPlatformLimits = (signal?: AbortSignal) => api.get<PlatformLimits[]>('/api/platforms', { signal });

/** The rule pack's limits change only with a new pack: loaded once per session. */
export const platformLimitsQueryOptions = () =>
  queryOptions({
    queryKey: ['platforms'] as const,
    queryFn: ({ signal }) => getPlatformLimits(signal),
    staleTime: Infinity,
  });

export function usePlatformLimits() {
  return useQuery(platformLimitsQueryOptions());
}
