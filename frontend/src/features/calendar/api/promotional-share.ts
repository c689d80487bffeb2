import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import { CALENDAR_KEY } from './calendar';

/** One platform's week: sponsored posts among its scheduled and published posts. */
export interface WeekShare {
  platform: string;
  weekStart: string;
  weekEnd: string;
  posts: number;
  promotional: number;
  share: number;
  aboveThreshold: boolean;
}

export interface PromotionalShare {
  threshold: number;
  weeks: WeekShare[];
}

/** `GET /api/calendar/promotional-share`: 7-day weeks from `from`, only platforms with posts. */
export function getPromotionalShare(from: string, to: string, signal?: AbortSignal): Promise<PromotionalShare> {
  const params = new URLSearchParams({ from, to });
  return api.get<PromotionalShare>(`/api/calendar/promotional-share?${params.toString()}`, { signal });
}

export const promotionalShareQueryOptions = (from: string, to: string) =>
  queryOptions({
    queryKey: [...CALENDAR_KEY, 'promotional-share', from, to] as const,
    queryFn: ({ signal }) => getPromotionalShare(from, to, signal),
  });

export function usePromotionalShare(from: string, to: string) {
  return useQuery({ ...promotionalShareQueryOptions(from, to), placeholderData: keepPreviousData });
}
