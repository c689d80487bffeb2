import { Alert, Button, FileButton, Group, List, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/lib/api-client';
import type { AttachmentRef } from '@/types/content';

import { ACCEPTED_ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, useUploadAttachment } from '../api/attachments';

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/**
 * Files attached to the saved draft. Size and (when the browser knows it) type are checked before uploading; the
 * server checks again from the bytes and its problem message is shown beside the button.
 */
export function AttachmentUpload({ contentId, attachments }: { contentId: string | undefined; attachments: AttachmentRef[] }) {
  const { t } = useTranslation();
  const upload = useUploadAttachment();
  const [localError, setLocalError] = useState<string>();
  const [progress, setProgress] = useState(0);

  function choose(file: File | null) {
    setLocalError(undefined);
    upload.reset();
    if (!file || !contentId) {
      return;
    }
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setLocalError(t('attachments.tooLarge', { name: file.name, max: formatSize(MAX_ATTACHMENT_BYTES) }));
      return;
    }
    if (file.type !== '' && !(ACCEPTED_ATTACHMENT_TYPES as readonly string[]).includes(file.type)) {
      setLocalError(t('attachments.wrongType', { name: file.name, type: file.type }));
      return;
    }
    setProgress(0);
    upload.mutate({ id: contentId, file, onProgress: setProgress });
  }

  const serverError = upload.error ? (isApiError(upload.error) ? upload.error.detail : t('errors.loadFailed')) : undefined;
  const error = localError ?? serverError;

  return (
    <Stack gap="xs" data-testid="attachments">
      <Text fw={500} size="sm">
        {t('attachments.title')}
      </Text>
      {attachments.length > 0 && (
        <List size="sm">
          {attachments.map((attachment) => (
            <List.Item key={attachment.sha256}>
              {attachment.fileName} ({attachment.mediaType}, {formatSize(attachment.sizeBytes)})
            </List.Item>
          ))}
        </List>
      )}
      <Group gap="xs">
        <FileButton onChange={choose} accept={ACCEPTED_ATTACHMENT_TYPES.join(',')} disabled={!contentId || upload.isPending}>
          {(props) => (
            <Button {...props} variant="default" size="xs" disabled={!contentId || upload.isPending}>
              {t('attachments.add')}
            </Button>
          )}
        </FileButton>
        {upload.isPending && (
          <Group gap="xs" role="status" style={{ flex: 1 }}>
            <Text size="sm">{t('attachments.uploading')}</Text>
            <Progress
              value={Math.round(progress * 100)}
              style={{ flex: 1, minWidth: 120 }}
              aria-label={t('attachments.progress', { percent: Math.round(progress * 100) })}
              data-testid="upload-progress"
            />
          </Group>
        )}
        {!contentId && (
          <Text size="xs" c="dimmed">
            {t('attachments.saveFirst')}
          </Text>
        )}
      </Group>
      {error && (
        <Alert color="red" role="alert" data-testid="attachment-error" p="xs">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
