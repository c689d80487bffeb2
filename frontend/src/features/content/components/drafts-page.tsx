import { Anchor, Badge, Button, Group, NativeSelect, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { PlatformBadges } from '@/components/platform-badges';
import { QueryState } from '@/components/query-state';
import { StatusBadge } from '@/components/status-badge';
import { useCurrentUser } from '@/features/auth';
import { formatDateTime } from '@/lib/dates';
import { CONTENT_STATUSES, isEditable, PLATFORMS, type ContentStatus, type Platform } from '@/types/content';

import { useContents } from '../api/contents';

/** The editor's own drafts and briefs, newest change first, filtered by status and platform. */
export function DraftsPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const [status, setStatus] = useState<ContentStatus | ''>('');
  const [platform, setPlatform] = useState<Platform | ''>('');
  const contents = useContents({
    author: me.username,
    status: status === '' ? undefined : status,
    platform: platform === '' ? undefined : platform,
    size: 100,
  });
  const rows = [...(contents.data?.content ?? [])].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <div>
          <Title order={1}>{t('nav.drafts')}</Title>
          <Text c="dimmed">{t('pages.drafts')}</Text>
        </div>
        <Button component={Link} to="/drafts/new" data-testid="new-draft">
          {t('drafts.new')}
        </Button>
      </Group>
      <Group gap="sm" wrap="wrap" role="search" aria-label={t('drafts.filters')}>
        <NativeSelect
          label={t('drafts.status')}
          value={status}
          onChange={(event) => setStatus(CONTENT_STATUSES.find((value) => value === event.currentTarget.value) ?? '')}
          data={[
            { value: '', label: t('drafts.all') },
            ...CONTENT_STATUSES.map((value) => ({ value, label: t(`status.${value}`) })),
          ]}
        />
        <NativeSelect
          label={t('drafts.platform')}
          value={platform}
          onChange={(event) => setPlatform(PLATFORMS.find((value) => value === event.currentTarget.value) ?? '')}
          data={[
            { value: '', label: t('drafts.all') },
            ...PLATFORMS.map((value) => ({ value, label: t(`platform.${value}`) })),
          ]}
        />
      </Group>
      <QueryState isPending={contents.isPending} error={contents.error} onRetry={() => void contents.refetch()} />
      {contents.data && rows.length === 0 && (
        <Text c="dimmed" data-testid="drafts-empty">
          {t('drafts.empty')}
        </Text>
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover data-testid="drafts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('drafts.title')}</Table.Th>
                <Table.Th>{t('drafts.status')}</Table.Th>
                <Table.Th>{t('drafts.platforms')}</Table.Th>
                <Table.Th>{t('drafts.scheduled')}</Table.Th>
                <Table.Th>{t('drafts.lastChange')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('drafts.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id} data-testid="draft-row" data-status={row.status}>
                  <Table.Td>
                    <Anchor component={Link} to={`/contents/${row.id}`}>
                      {row.title ?? row.theme ?? t('drafts.untitled')}
                    </Anchor>
                    {row.revision === 0 && (
                      <Badge ml="xs" size="xs" variant="dot">
                        {t('drafts.toWrite')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={row.status} />
                  </Table.Td>
                  <Table.Td>
                    <PlatformBadges platforms={row.platforms} size="xs" />
                  </Table.Td>
                  <Table.Td>{formatDateTime(row.scheduledAt, i18n.language) || '—'}</Table.Td>
                  <Table.Td>{formatDateTime(row.updatedAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    {isEditable(row.status) && (
                      <Anchor component={Link} to={`/drafts/${row.id}/edit`} size="sm">
                        {row.revision === 0 ? t('drafts.write') : t('drafts.edit')}
                      </Anchor>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
