import { queryOptions, useMutation, useMutationState, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { Delivery } from '@/types/dossier';

/** What a person publishes by hand (workflow PublishByHandTasks.CopyPackView). */
export interface CopyPack {
  contentId: string;
  revision: number;
  platform: string;
  accountName: string;
  title: string;
  body: string;
  /** Exactly the text to publish: title, an empty line, body. */
  text: string;
  media: { sha256: string; fileName: string; mediaType: string; sizeBytes: number }[];
  fingerprint: string;
  idempotencyKey: string;
  checks: { check: string; outcome: string; by?: string; at?: string }[];
  /** The publishing freeze holding the platform: while there is one, the post must not go out. */
  freeze?: PublishingFreeze | null;
}

export interface PublishingFreeze {
  /** null: all platforms */
  platform: string | null;
  reason: string;
  frozenBy: string;
  frozenAt: string;
}

export interface PublicationProof {
  postUrl: string;
  publishedText: string;
  screenshot: File | null;
}

const taskPath = (taskId: string) => `/api/tasks/${encodeURIComponent(taskId)}`;

export const mediaUrl = (taskId: string, sha256: string) => `${taskPath(taskId)}/copy-pack/media/${encodeURIComponent(sha256)}`;

export const copyPackQueryOptions = (taskId: string) =>
  queryOptions({
    queryKey: ['copy-pack', taskId] as const,
    queryFn: ({ signal }) => api.get<CopyPack>(`${taskPath(taskId)}/copy-pack`, { signal }),
    // While frozen, look again now and then: the form comes back once the freeze is lifted.
    refetchInterval: (query) => (query.state.data?.freeze ? 30_000 : false),
  });

export function useCopyPack(taskId: string) {
  return useQuery(copyPackQueryOptions(taskId));
}

export const recordPublicationKey = (taskId: string) => ['record-publication', taskId] as const;

/** The publication recorded on a task in this session, if any: the task itself is gone from the list then. */
export function useRecordedPublication(taskId: string | undefined): Delivery | undefined {
  const recorded = useMutationState({
    filters: { mutationKey: recordPublicationKey(taskId ?? ''), status: 'success' },
    select: (mutation) => mutation.state.data as Delivery,
  });
  return taskId === undefined ? undefined : recorded.at(-1);
}

/** Records the proof (multipart) and completes the task. */
export function useRecordPublication(taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: recordPublicationKey(taskId),
    mutationFn: (proof: PublicationProof) => {
      const form = new FormData();
      form.set('postUrl', proof.postUrl);
      form.set('publishedText', proof.publishedText);
      if (proof.screenshot) {
        form.set('screenshot', proof.screenshot);
      }
      return api.post<Delivery>(`${taskPath(taskId)}/publish-by-hand`, form);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['tasks'] }),
  });
}
