import { Button, Checkbox, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { useCurrentUser } from '@/features/auth';
import { browserTimeZone, fromLocalInput, toLocalInput } from '@/lib/dates';
import { CONTENT_TYPES, PLATFORMS, type ContentType, type ContentView, type Platform } from '@/types/content';

import { useCreateBrief } from '../api/briefs';

export interface BriefFormProps {
  /** The day the brief is planned for; the dialog is open while set. */
  day: Date | undefined;
  onClose: () => void;
  onCreated: (view: ContentView) => void;
}

function defaultTime(day: Date): string {
  return toLocalInput(new Date(day.getFullYear(), day.getMonth(), day.getDate(), 10, 0).toISOString());
}

/** Plans a brief: theme, content type, platforms, owner, target time, campaign and notes. */
export function BriefForm({ day, onClose, onCreated }: BriefFormProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const create = useCreateBrief();
  const [theme, setTheme] = useState('');
  const [contentType, setContentType] = useState<ContentType>('ARTICLE');
  const [platforms, setPlatforms] = useState<Platform[]>([]);
  const [owner, setOwner] = useState(me.username);
  const [target, setTarget] = useState('');
  const [campaign, setCampaign] = useState('');
  const [notes, setNotes] = useState('');
  const [showMissing, setShowMissing] = useState(false);

  useEffect(() => {
    if (day) {
      setTarget(defaultTime(day));
    }
  }, [day]);

  const targetPublishAt = fromLocalInput(target);
  const missing = {
    theme: theme.trim() === '',
    platforms: platforms.length === 0,
    owner: owner.trim() === '',
    target: targetPublishAt === undefined,
  };

  function close() {
    setTheme('');
    setPlatforms([]);
    setCampaign('');
    setNotes('');
    setShowMissing(false);
    create.reset();
    onClose();
  }

  return (
    <Modal opened={day !== undefined} onClose={close} title={t('calendar.newBrief')} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (Object.values(missing).some(Boolean) || !targetPublishAt) {
            setShowMissing(true);
            return;
          }
          create.mutate(
            {
              theme: theme.trim(),
              contentType,
              platforms,
              owner: owner.trim(),
              targetPublishAt,
              campaign: campaign.trim() === '' ? undefined : campaign.trim(),
              notes: notes.trim() === '' ? undefined : notes.trim(),
            },
            {
              onSuccess: (view) => {
                close();
                onCreated(view);
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('calendar.theme')}
            required
            maxLength={200}
            value={theme}
            onChange={(event) => setTheme(event.currentTarget.value)}
            error={showMissing && missing.theme ? t('composer.required') : undefined}
            data-autofocus
          />
          <NativeSelect
            label={t('composer.contentType')}
            value={contentType}
            onChange={(event) => setContentType(CONTENT_TYPES.find((type) => type === event.currentTarget.value) ?? 'ARTICLE')}
            data={CONTENT_TYPES.map((type) => ({ value: type, label: t(`contentType.${type}`) }))}
          />
          <Checkbox.Group
            label={t('composer.platforms')}
            required
            value={platforms}
            onChange={(values) => setPlatforms(PLATFORMS.filter((platform) => values.includes(platform)))}
            error={showMissing && missing.platforms ? t('composer.platformsRequired') : undefined}
          >
            <Group gap="sm" mt={4}>
              {PLATFORMS.map((platform) => (
                <Checkbox key={platform} value={platform} label={t(`platform.${platform}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('calendar.owner')}
              description={t('calendar.ownerHint')}
              required
              maxLength={64}
              value={owner}
              onChange={(event) => setOwner(event.currentTarget.value)}
              error={showMissing && missing.owner ? t('composer.required') : undefined}
            />
            <TextInput
              type="datetime-local"
              label={t('calendar.target')}
              description={t('composer.timeZone', { zone: browserTimeZone() })}
              required
              value={target}
              onChange={(event) => setTarget(event.currentTarget.value)}
              error={showMissing && missing.target ? t('composer.required') : undefined}
            />
          </Group>
          <TextInput
            label={t('composer.campaign')}
            maxLength={100}
            value={campaign}
            onChange={(event) => setCampaign(event.currentTarget.value)}
          />
          <Textarea
            label={t('calendar.notes')}
            maxLength={2000}
            autosize
            minRows={2}
            value={notes}
            onChange={(event) => setNotes(event.currentTarget.value)}
          />
          <ProblemAlert error={create.error} testId="brief-error" />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="create-brief">
              {t('calendar.createBrief')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
