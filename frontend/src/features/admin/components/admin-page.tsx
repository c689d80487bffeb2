import { Anchor, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { PlatformBadges } from '@/components/platform-badges';
import { QueryState } from '@/components/query-state';
import { formatDateTime } from '@/lib/dates';

import { useFailedPublications } from '../api/failed-publications';
import { useProcessDefinitions } from '../api/process-definitions';

import { ChannelsSection } from './channels-section';
import { UsersSection } from './users-section';

/** Administration: the publications that failed, the users and their roles, the publishing channels and the deployed models. */
export function AdminPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="admin-page">
      <div>
        <Title order={1}>{t('nav.admin')}</Title>
        <Text c="dimmed">{t('admin.intro')}</Text>
      </div>
      <FailedPublications />
      <UsersSection />
      <ChannelsSection />
      <ProcessDefinitions />
    </Stack>
  );
}

function ProcessDefinitions() {
  const { t } = useTranslation();
  const definitions = useProcessDefinitions();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="definitions-title">
      <Title order={2} size="h4" mb="xs" id="definitions-title">
        {t('admin.definitions.title')}
      </Title>
      {!definitions.data ? (
        <QueryState isPending={definitions.isPending} error={definitions.error} onRetry={() => void definitions.refetch()} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table data-testid="process-definitions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.definitions.type')}</Table.Th>
                <Table.Th>{t('admin.definitions.key')}</Table.Th>
                <Table.Th>{t('admin.definitions.name')}</Table.Th>
                <Table.Th>{t('admin.definitions.version')}</Table.Th>
                <Table.Th>{t('admin.definitions.resource')}</Table.Th>
                <Table.Th>{t('admin.definitions.historyTtl')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {definitions.data.map((definition) => (
                <Table.Tr key={`${definition.type}-${definition.key}-${definition.version}`}>
                  <Table.Td>
                    <Badge variant="light">{definition.type}</Badge>
                  </Table.Td>
                  <Table.Td ff="monospace">{definition.key}</Table.Td>
                  <Table.Td>
                    {definition.name ?? '—'}
                    {definition.suspended && (
                      <Badge ml="xs" color="orange" size="xs">
                        {t('admin.definitions.suspended')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{definition.version}</Table.Td>
                  <Table.Td ff="monospace">{definition.resource}</Table.Td>
                  <Table.Td>
                    {definition.historyTimeToLiveDays === undefined
                      ? '—'
                      : t('admin.definitions.days', { count: definition.historyTimeToLiveDays })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function FailedPublications() {
  const { t, i18n } = useTranslation();
  const failed = useFailedPublications();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="failed-title">
      <Title order={2} size="h4" mb="xs" id="failed-title">
        {t('admin.failed.title')}
      </Title>
      {!failed.data ? (
        <QueryState isPending={failed.isPending} error={failed.error} onRetry={() => void failed.refetch()} />
      ) : failed.data.content.length === 0 ? (
        <Text c="dimmed">{t('admin.failed.none')}</Text>
      ) : (
        <Stack gap="xs" data-testid="failed-publications">
          <Text size="sm">{t('admin.failed.hint')}</Text>
          {failed.data.content.map((item) => (
            <div key={item.id}>
              <Anchor component={Link} to={`/contents/${item.id}`}>
                {item.title ?? item.theme ?? item.id}
              </Anchor>{' '}
              <Text span size="xs" c="dimmed">
                {formatDateTime(item.updatedAt, i18n.language)}
              </Text>
              <PlatformBadges platforms={item.platforms} />
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
