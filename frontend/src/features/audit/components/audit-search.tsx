import {
  Anchor,
  Badge,
  Button,
  Group,
  Pagination,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';

import { eventDetail, eventLabel } from '@/components/audit/event-summary';
import { QueryState } from '@/components/query-state';
import { browserTimeZone, formatDateTime, fromLocalInput, toLocalInput } from '@/lib/dates';
import { AUDIT_EVENT_TYPES } from '@/types/audit';
import { PLATFORMS } from '@/types/content';

import { type AuditFilter, exportUrl, useAuditSearch } from '../api/audit';

const FILTER_KEYS = ['contentId', 'actor', 'eventType', 'platform', 'from', 'to'] as const;

/** The search lives in the address (e.g. /audit?contentId=…), so a result can be linked and reloaded. */
function filterOf(params: URLSearchParams): AuditFilter {
  const filter: AuditFilter = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) {
      filter[key] = value;
    }
  }
  return filter;
}

/** Search the trail by content, actor, event type, platform and time range; page through it; export it. */
export function AuditSearch() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);
  const result = useAuditSearch(filter, page);

  const [draft, setDraft] = useState({
    contentId: filter.contentId ?? '',
    actor: filter.actor ?? '',
    eventType: filter.eventType ?? null,
    platform: filter.platform ?? null,
    from: toLocalInput(filter.from),
    to: toLocalInput(filter.to),
  });

  const search = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    const values: Record<string, string | undefined> = {
      contentId: draft.contentId.trim(),
      actor: draft.actor.trim(),
      eventType: draft.eventType ?? undefined,
      platform: draft.platform ?? undefined,
      from: fromLocalInput(draft.from),
      to: fromLocalInput(draft.to),
    };
    for (const [key, value] of Object.entries(values)) {
      if (value) {
        next.set(key, value);
      }
    }
    setParams(next);
  };

  const goTo = (oneBased: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(oneBased - 1));
    setParams(next);
  };

  const data = result.data;
  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md" component="form" onSubmit={search} role="search" aria-label={t('audit.search.title')}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          <TextInput
            label={t('audit.search.contentId')}
            value={draft.contentId}
            onChange={(event) => setDraft({ ...draft, contentId: event.currentTarget.value })}
            data-testid="audit-content-id"
          />
          <TextInput
            label={t('audit.search.actor')}
            value={draft.actor}
            onChange={(event) => setDraft({ ...draft, actor: event.currentTarget.value })}
          />
          <Select
            label={t('audit.search.eventType')}
            placeholder={t('audit.search.any')}
            clearable
            data={AUDIT_EVENT_TYPES.map((type) => ({ value: type, label: eventLabel(type, t) }))}
            value={draft.eventType}
            onChange={(value) => setDraft({ ...draft, eventType: value })}
          />
          <Select
            label={t('audit.search.platform')}
            placeholder={t('audit.search.any')}
            clearable
            data={PLATFORMS.map((platform) => ({ value: platform, label: t(`platform.${platform}`) }))}
            value={draft.platform}
            onChange={(value) => setDraft({ ...draft, platform: value })}
          />
          <TextInput
            type="datetime-local"
            label={t('audit.search.from')}
            description={t('composer.timeZone', { zone: browserTimeZone() })}
            value={draft.from}
            onChange={(event) => setDraft({ ...draft, from: event.currentTarget.value })}
          />
          <TextInput
            type="datetime-local"
            label={t('audit.search.to')}
            description={t('composer.timeZone', { zone: browserTimeZone() })}
            value={draft.to}
            onChange={(event) => setDraft({ ...draft, to: event.currentTarget.value })}
          />
        </SimpleGrid>
        <Group mt="sm" justify="space-between" wrap="wrap">
          <Button type="submit" data-testid="audit-search">
            {t('audit.search.button')}
          </Button>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('audit.export.label')}
            </Text>
            <Button component="a" href={exportUrl(filter, 'csv')} download variant="light" size="xs" data-testid="export-csv">
              CSV
            </Button>
            <Button component="a" href={exportUrl(filter, 'json')} download variant="light" size="xs" data-testid="export-json">
              JSON
            </Button>
          </Group>
        </Group>
      </Paper>

      {!data ? (
        <QueryState isPending={result.isPending} error={result.error} onRetry={() => void result.refetch()} />
      ) : (
        <Stack gap="sm" aria-busy={result.isFetching}>
          <QueryState isPending={false} error={result.error} onRetry={() => void result.refetch()} />
          <Text size="sm" c="dimmed" role="status" data-testid="audit-total">
            {t('audit.results.total', { count: data.totalElements })} · {t('timeline.timeZone', { zone: browserTimeZone() })}
          </Text>
          {data.entries.length > 0 && (
            <Table.ScrollContainer minWidth={760}>
              <Table striped data-testid="audit-results">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>#</Table.Th>
                    <Table.Th>{t('audit.results.time')}</Table.Th>
                    <Table.Th>{t('audit.results.actor')}</Table.Th>
                    <Table.Th>{t('audit.results.event')}</Table.Th>
                    <Table.Th>{t('audit.results.content')}</Table.Th>
                    <Table.Th>{t('audit.results.platforms')}</Table.Th>
                    <Table.Th>{t('audit.results.hash')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.entries.map((entry) => {
                    const detail = eventDetail(entry.eventType, entry.payload, t);
                    return (
                      <Table.Tr key={entry.sequence} data-testid="audit-entry" data-event={entry.eventType}>
                        <Table.Td>{entry.sequence}</Table.Td>
                        <Table.Td>
                          <time dateTime={entry.recordedAt}>{formatDateTime(entry.recordedAt, i18n.language)}</time>
                        </Table.Td>
                        <Table.Td>
                          {entry.actor === 'system' ? t('timeline.system') : entry.actor}
                          {entry.actorRoles.map((role) => (
                            <Badge key={role} size="xs" variant="light" color="gray" ml={4}>
                              {t(`role.${role}`, { defaultValue: role })}
                            </Badge>
                          ))}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {eventLabel(entry.eventType, t)}
                          </Text>
                          {detail && (
                            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                              {detail}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {entry.contentId ? (
                            <Anchor component={Link} to={`/contents/${entry.contentId}`} size="sm" ff="monospace">
                              {entry.contentId.slice(0, 8)}
                            </Anchor>
                          ) : (
                            '—'
                          )}
                          {entry.revision !== undefined && entry.revision > 0 && (
                            <Text span size="xs" c="dimmed">
                              {' '}
                              {t('timeline.revision', { number: entry.revision })}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {(entry.platforms ?? [])
                            .map((platform) => t(`platform.${platform.toLowerCase()}`, { defaultValue: platform }))
                            .join(', ')}
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs" ff="monospace" title={entry.entryHash}>
                            {entry.entryHash.slice(0, 12)}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {data.totalPages > 1 && (
            <Pagination
              total={data.totalPages}
              value={data.page + 1}
              onChange={goTo}
              getControlProps={(control) => ({ 'aria-label': t(`audit.results.${control}`) })}
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}
