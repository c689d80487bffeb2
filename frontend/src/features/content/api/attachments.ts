import { useMutation, useQueryClient } from '@tanstack/react-query';

import { upload } from '@/lib/api-client';
import type { ContentView } from '@/types/content';

import { contentQueryOptions } from './contents';

/** The server's defaults (postgate.content.max-attachment-size and attachment-types); it decides by the bytes. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const ACCEPTED_ATTACHMENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/heic',
  'image/heif',
  'video/mp4',
  'video/quicktime',
  'application/pdf',
  'text/plain',
  'text/markdown',
  'text/html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/rtf',
] as const;

export interface AttachmentUpload {
  id: string;
  file: File;
  onProgress: (fraction: number) => void;
}

export function uploadAttachment({ id, file, onProgress }: AttachmentUpload): Promise<ContentView> {
  const form = new FormData();
  form.append('file', file);
  return upload<ContentView>(`/api/contents/${encodeURIComponent(id)}/attachments`, form, onProgress);
}

export function useUploadAttachment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadAttachment,
    onSuccess: (view) => queryClient.setQueryData(contentQueryOptions(view.id).queryKey, view),
  });
}
