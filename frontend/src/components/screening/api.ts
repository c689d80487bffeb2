import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ScreeningReport, ScreeningRequest } from '@/types/screening';

/**
 * Ad-hoc screening (`POST /api/screenings`): nothing is stored, so it is a query keyed by what is screened,
 * and screening the same text twice is answered from the cache.
 */
export function screenText(request: ScreeningRequest, signal?: AbortSignal): Promise<ScreeningReport> {
  return api.post<ScreeningReport>('/api/screenings', request, { signal });
}

export const screeningQueryOptions = (request: ScreeningRequest) =>
  queryOptions({
    queryKey: ['screening', request] as const,
    queryFn: ({ signal }) => screenText(request, signal),
    staleTime: 5 * 60 * 1000,
    retry: false,
  });

/**
 * The report for a request, keeping the previous report on screen while a new one is computed. The report
 * comes with the request it answers, so highlights are always drawn on the text that was screened.
 */
export function useScreening(request: ScreeningRequest | undefined) {
  const fallback: ScreeningRequest = { title: '', text: '', sponsored: false, crisis: false };
  const query = useQuery({
    ...screeningQueryOptions(request ?? fallback),
    enabled: request !== undefined,
    placeholderData: keepPreviousData,
    select: (report) => ({ report, request: request ?? fallback }),
  });
  return query;
}

/** How long the text must rest before it is screened while the editor types. */
export const SCREENING_DEBOUNCE_MS = 400;

/**
 * Screening while the editor types: a request is sent once the text has rested for {@link SCREENING_DEBOUNCE_MS}.
 * `pending` while the report on screen is not yet that of the current text.
 */
export function useLiveScreening(request: ScreeningRequest | undefined) {
  const [debounced] = useDebouncedValue(request, SCREENING_DEBOUNCE_MS);
  const screening = useScreening(debounced);
  const pending = screening.isFetching || JSON.stringify(debounced) !== JSON.stringify(request);
  return { screening, pending };
}
