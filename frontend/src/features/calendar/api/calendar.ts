import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ContentSummary } from '@/types/content';

export const CALENDAR_KEY = ['calendar'] as const;

/** Items with a publish time in [from, to): drafts with a target time, briefs, scheduled and published posts. */
export function getCalendar(from: string, to: string, signal?: AbortSignal): Promise<ContentSummary[]> {
  const params = new URLSearchParams({ from, to });
  return api.get<ContentSummary[]>(`/api/calendar?${params.toString()}`, { signal });
}

export const calendarQueryOptions = (from: string, to: string) =>
  queryOptions({
    queryKey: [...CALENDAR_KEY, from, to] as const,
    queryFn: ({ signal }) => getCalendar(from, to, signal),
    refetchInterval: 30_000,
  });

export function useCalendar(from: string, to: string) {
  return useQuery({ ...calendarQueryOptions(from, to), placeholderData: keepPreviousData });
}
