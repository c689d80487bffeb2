import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  CopyButton,
  FileInput,
  Group,
  List,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { QueryState } from '@/components/query-state';
import { formatDateTime } from '@/lib/dates';
import { problemField } from '@/lib/problem-field';
import type { Delivery } from '@/types/dossier';
import type { TaskView } from '@/types/task';

import { mediaUrl, useCopyPack, useRecordPublication, type CopyPack, type PublishingFreeze } from '../api/publish-by-hand';

const FIELDS = ['postUrl', 'publishedText', 'screenshot'] as const;

/**
 * A "Publish by hand" task: the exact copy pack to publish on the platform, then the proof (the post's URL, a
 * screenshot and the text as published, which the server compares with the approved text).
 */
export function PublishByHand({ task, onDone }: { task: TaskView; onDone: () => void }) {
  const pack = useCopyPack(task.id);
  return (
    <Stack gap="md" data-testid="publish-by-hand">
      {!pack.data ? (
        <QueryState isPending={pack.isPending} error={pack.error} onRetry={() => void pack.refetch()} />
      ) : (
        <>
          {pack.data.freeze && <FreezeNotice freeze={pack.data.freeze} />}
          <CopyPackPanel taskId={task.id} pack={pack.data} />
          {!pack.data.freeze && <ProofForm taskId={task.id} onDone={onDone} />}
        </>
      )}
    </Stack>
  );
}

function FreezeNotice({ freeze }: { freeze: PublishingFreeze }) {
  const { t, i18n } = useTranslation();
  return (
    <Alert color="red" title={t('publishByHand.frozenTitle')} data-testid="publishing-frozen">
      {t('publishByHand.frozen', {
        platform: freeze.platform ? t(`platform.${freeze.platform}`, { defaultValue: freeze.platform }) : t('publishByHand.allPlatforms'),
        by: freeze.frozenBy,
        at: formatDateTime(freeze.frozenAt, i18n.language),
        reason: freeze.reason,
      })}
    </Alert>
  );
}

function CopyPackPanel({ taskId, pack }: { taskId: string; pack: CopyPack }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="copy-pack-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="copy-pack-title">
          {t('publishByHand.packTitle', {
            platform: t(`platform.${pack.platform}`, { defaultValue: pack.platform }),
            account: pack.accountName,
          })}
        </Title>
        <Group justify="space-between" align="center">
          <Text fw={500}>{t('publishByHand.text')}</Text>
          <CopyButton value={pack.text}>
            {({ copied, copy }) => (
              <Button size="compact-sm" variant="light" onClick={copy}>
                {t(copied ? 'publishByHand.copied' : 'publishByHand.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Code block data-testid="copy-pack-text" style={{ whiteSpace: 'pre-wrap' }}>
          {pack.text}
        </Code>
        <Text fw={500}>{t('publishByHand.media')}</Text>
        {pack.media.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('publishByHand.noMedia')}
          </Text>
        ) : (
          <List size="sm">
            {pack.media.map((media) => (
              <List.Item key={media.sha256}>
                <Anchor href={mediaUrl(taskId, media.sha256)} download={media.fileName}>
                  {media.fileName}
                </Anchor>{' '}
                <Text span size="xs" c="dimmed">
                  {media.mediaType}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        <Text fw={500}>{t('publishByHand.checks')}</Text>
        <List size="sm" data-testid="copy-pack-checks">
          {pack.checks.map((check) => (
            <List.Item key={`${check.check}-${check.at ?? ''}`}>
              <Badge size="sm" variant="light" mr="xs">
                {t(`publishByHand.checkNames.${check.check}`, { defaultValue: check.check })}
              </Badge>
              {t(`publishByHand.outcomes.${check.outcome}`, { defaultValue: check.outcome })}
              {check.by && ` — ${check.by}`}
              {check.at && `, ${formatDateTime(check.at, i18n.language)}`}
            </List.Item>
          ))}
        </List>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('publishByHand.fingerprint')}: <Code>{pack.fingerprint}</Code>
        </Text>
      </Stack>
    </Paper>
  );
}

/** The confirmation once the proof is recorded, and whether the published text matched the approved one. */
export function PublicationRecorded({ delivery, onDone }: { delivery: Delivery; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" data-testid="publication-recorded">
      <Stack gap="xs">
        <Text fw={500}>{t('publishByHand.recorded')}</Text>
        <Badge color={delivery.textMatches ? 'green' : 'red'} data-testid="text-match">
          {t(delivery.textMatches ? 'deliveries.textMatches' : 'deliveries.textMismatch')}
        </Badge>
        <Group>
          <Button onClick={onDone}>{t('tasks.back')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function ProofForm({ taskId, onDone }: { taskId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const record = useRecordPublication(taskId);
  const [postUrl, setPostUrl] = useState('');
  const [publishedText, setPublishedText] = useState('');
  const [screenshot, setScreenshot] = useState<File | null>(null);
  const invalid = problemField(record.error, FIELDS);
  const errorOf = (field: (typeof FIELDS)[number]) => (invalid?.field === field ? invalid.message : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate({ postUrl: postUrl.trim(), publishedText, screenshot });
  };

  if (record.data) {
    return <PublicationRecorded delivery={record.data} onDone={onDone} />;
  }
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="proof-title">
      <form onSubmit={submit} noValidate data-testid="proof-form">
        <Stack gap="sm">
          <Title order={2} size="h4" id="proof-title">
            {t('publishByHand.proofTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('publishByHand.proofHint')}
          </Text>
          <TextInput
            label={t('publishByHand.postUrl')}
            value={postUrl}
            onChange={(event) => setPostUrl(event.currentTarget.value)}
            error={errorOf('postUrl')}
            type="url"
            required
          />
          <FileInput
            label={t('publishByHand.screenshot')}
            value={screenshot}
            onChange={setScreenshot}
            accept="image/png,image/jpeg,image/webp,image/gif"
            error={errorOf('screenshot')}
            clearable
            required
          />
          <Textarea
            label={t('publishByHand.publishedText')}
            description={t('publishByHand.publishedTextHint')}
            value={publishedText}
            onChange={(event) => setPublishedText(event.currentTarget.value)}
            error={errorOf('publishedText')}
            autosize
            minRows={4}
            required
          />
          {record.error !== null && invalid === undefined && <ProblemAlert error={record.error} testId="proof-problem" />}
          <Group justify="flex-end">
            <Button type="submit" loading={record.isPending} data-testid="record-publication">
              {t('publishByHand.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
