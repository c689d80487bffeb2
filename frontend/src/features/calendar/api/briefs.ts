import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { BriefRequest, ContentView } from '@/types/content';

import { CALENDAR_KEY } from './calendar';

/** A brief: what should be written, by whom, for when. The owner finds it among their drafts. */
export function createBrief(request: BriefRequest): Promise<ContentView> {
  return api.post<ContentView>('/api/briefs', request);
}

export function useCreateBrief() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBrief,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CALENDAR_KEY }),
  });
}
