import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '@/lib/dates';
import type { Platform, Revision } from '@/types/content';

import { hasChanges, revisionChanges, type DiffPart } from '../revision-diff';
import classes from './revision-diff.module.css';

function Parts({ parts }: { parts: DiffPart[] }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" className={classes.text}>
      {parts.map((part, index) =>
        part.kind === 'added' ? (
          <ins key={index} className={classes.added} title={t('diff.added')}>
            {part.text}
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={index} className={classes.removed} title={t('diff.removed')}>
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </Text>
  );
}

/** The changes of the current revision against the one before it, word by word, for the reviewer. */
export function RevisionDiff({ previous, current }: { previous: Revision | undefined; current: Revision }) {
  const { t, i18n } = useTranslation();
  if (!previous) {
    return (
      <Text size="sm" c="dimmed" data-testid="revision-diff">
        {t('diff.firstRevision')}
      </Text>
    );
  }
  const changes = revisionChanges(previous, current);
  const fieldLabel = (field: string) => {
    const [first, second] = field.split('.') as [Platform | 'title' | 'body', 'title' | 'body' | undefined];
    if (second === undefined) {
      return first === 'title' ? t('diff.title') : t('diff.body');
    }
    const platform = t(`platform.${first as Platform}`);
    return second === 'title' ? t('diff.variantTitle', { platform }) : t('diff.variantBody', { platform });
  };
  return (
    <Paper withBorder p="sm" radius="md" data-testid="revision-diff" aria-labelledby="revision-diff-title">
      <Stack gap="xs">
        <Title order={2} size="h5" id="revision-diff-title">
          {t('diff.heading', { from: previous.number, to: current.number })}
        </Title>
        {!hasChanges(changes) && <Alert color="gray">{t('diff.none')}</Alert>}
        {changes.texts.map((change) => (
          <div key={change.field} data-testid={`diff-${change.field}`}>
            <Text size="xs" fw={600} c="dimmed">
              {fieldLabel(change.field)}
            </Text>
            <Parts parts={change.parts} />
          </div>
        ))}
        {(changes.platformsAdded.length > 0 || changes.platformsRemoved.length > 0) && (
          <Group gap={4} data-testid="diff-platforms">
            <Text size="xs" fw={600} c="dimmed">
              {t('diff.platforms')}
            </Text>
            {changes.platformsAdded.map((platform) => (
              <Badge key={platform} color="green" variant="light">
                + {t(`platform.${platform}`)}
              </Badge>
            ))}
            {changes.platformsRemoved.map((platform) => (
              <Badge key={platform} color="red" variant="light">
                − {t(`platform.${platform}`)}
              </Badge>
            ))}
          </Group>
        )}
        {changes.schedule && (
          <Text size="sm" data-testid="diff-schedule">
            {t('diff.schedule', {
              from: changes.schedule.from ? formatDateTime(changes.schedule.from, i18n.language) : t('diff.noSchedule'),
              to: changes.schedule.to ? formatDateTime(changes.schedule.to, i18n.language) : t('diff.noSchedule'),
            })}
          </Text>
        )}
        {changes.flags.map((flag) => (
          <Text size="sm" key={flag.name} data-testid={`diff-${flag.name}`}>
            {t(flag.to ? 'diff.flagOn' : 'diff.flagOff', { flag: t(`composer.${flag.name}`) })}
          </Text>
        ))}
        {(changes.tagsAdded.length > 0 || changes.tagsRemoved.length > 0) && (
          <Text size="sm" data-testid="diff-tags">
            {t('diff.tags', { added: changes.tagsAdded.join(', ') || '—', removed: changes.tagsRemoved.join(', ') || '—' })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
