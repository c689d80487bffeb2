import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ContentView } from '@/types/content';

import { CALENDAR_KEY } from './calendar';

export interface Reschedule {
  id: string;
  scheduledAt: string;
}

/** `POST /api/contents/{id}/reschedule`, with the server's checks (owner or admin, before publishing, time window). */
export const reschedule = ({ id, scheduledAt }: Reschedule) =>
  api.post<ContentView>(`/api/contents/${encodeURIComponent(id)}/reschedule`, { scheduledAt });

export function useReschedule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reschedule,
    onSettled: () => queryClient.invalidateQueries({ queryKey: CALENDAR_KEY }),
  });
}
