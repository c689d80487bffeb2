import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { browserTimeZone, fromLocalInput, toLocalInput } from '@/lib/dates';
import type { ContentSummary } from '@/types/content';

export interface RescheduleDialogProps {
  item: ContentSummary | undefined;
  onClose: () => void;
  onConfirm: (item: ContentSummary, scheduledAt: string) => void;
}

/** The keyboard way to move a post: pick the new publish time. */
export function RescheduleDialog({ item, onClose, onConfirm }: RescheduleDialogProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  useEffect(() => setValue(toLocalInput(item?.scheduledAt)), [item]);
  const scheduledAt = fromLocalInput(value);

  return (
    <Modal opened={item !== undefined} onClose={onClose} title={t('calendar.reschedule')} data-testid="reschedule-dialog">
      {item && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (scheduledAt) {
              onConfirm(item, scheduledAt);
            }
          }}
        >
          <Stack gap="sm">
            <TextInput
              type="datetime-local"
              label={t('composer.schedule')}
              description={t('composer.timeZone', { zone: browserTimeZone() })}
              required
              value={value}
              onChange={(event) => setValue(event.currentTarget.value)}
              error={scheduledAt ? undefined : t('composer.required')}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" disabled={!scheduledAt} data-testid="confirm-reschedule">
                {t('calendar.reschedule')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
