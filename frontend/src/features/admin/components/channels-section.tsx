import {
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Paper,
  PasswordInput,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { QueryState } from '@/components/query-state';
import { problemField } from '@/lib/problem-field';
import { PLATFORMS } from '@/types/content';

import { ADAPTERS, requestOf, useChannels, useSaveChannel, type Adapter, type Channel, type ChannelRequest } from '../api/channels';

const FIELDS = ['platform', 'accountName', 'adapter', 'url', 'secret', 'timeoutMillis', 'publisherGroup', 'publisherUser'] as const;
type Field = (typeof FIELDS)[number];
const GROUPS = ['editors', 'reviewers', 'legal', 'compliance', 'admins'];

/** Where each platform publishes: list, create, edit and disable channels. Secrets are write-only. */
export function ChannelsSection() {
  const { t } = useTranslation();
  const channels = useChannels();
  const save = useSaveChannel();
  const [editing, setEditing] = useState<Channel | 'new' | undefined>();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="channels-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="channels-title">
          {t('admin.channels.title')}
        </Title>
        <Button size="xs" onClick={() => setEditing('new')} data-testid="channel-add">
          {t('admin.channels.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t('admin.channels.hint')}
      </Text>
      {!channels.data ? (
        <QueryState isPending={channels.isPending} error={channels.error} onRetry={() => void channels.refetch()} />
      ) : channels.data.length === 0 ? (
        <Text c="dimmed" data-testid="channels-none">
          {t('admin.channels.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table data-testid="channels">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.channels.platform')}</Table.Th>
                <Table.Th>{t('admin.channels.accountName')}</Table.Th>
                <Table.Th>{t('admin.channels.adapter')}</Table.Th>
                <Table.Th>{t('admin.channels.target')}</Table.Th>
                <Table.Th>{t('admin.channels.state')}</Table.Th>
                <Table.Th>{t('admin.channels.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {channels.data.map((channel) => (
                <Table.Tr key={channel.id} data-testid={`channel-${channel.platform}`}>
                  <Table.Td>{t(`platform.${channel.platform}`, { defaultValue: channel.platform })}</Table.Td>
                  <Table.Td>{channel.accountName}</Table.Td>
                  <Table.Td>{t(`admin.channels.adapters.${channel.adapter}`)}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    {channel.adapter === 'ASSISTED'
                      ? [channel.publisherGroup, channel.publisherUser].filter(Boolean).join(', ')
                      : (channel.url ?? '—')}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={channel.enabled ? 'green' : 'gray'}>
                      {t(channel.enabled ? 'admin.channels.enabled' : 'admin.channels.disabled')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="compact-xs" variant="light" onClick={() => setEditing(channel)}>
                        {t('admin.channels.edit')}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color={channel.enabled ? 'red' : 'green'}
                        loading={save.isPending && save.variables?.id === channel.id}
                        onClick={() => save.mutate({ id: channel.id, request: requestOf(channel, { enabled: !channel.enabled }) })}
                      >
                        {t(channel.enabled ? 'admin.channels.disable' : 'admin.channels.enable')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing === undefined && <ProblemAlert error={save.error} testId="channel-toggle-problem" />}
      {editing !== undefined && (
        <ChannelForm
          key={editing === 'new' ? 'new' : editing.id}
          channel={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Paper>
  );
}

function ChannelForm({ channel, onClose }: { channel?: Channel; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveChannel();
  const [form, setForm] = useState<ChannelRequest>(
    channel
      ? requestOf(channel)
      : { platform: '', accountName: '', adapter: 'OUTBOX', allowHttp: false, allowLoopback: false, timeoutMillis: 10000, enabled: true },
  );
  const [secret, setSecret] = useState('');
  const invalid = problemField(save.error, FIELDS);
  const errorOf = (field: Field) => (invalid?.field === field ? invalid.message : undefined);
  const set = (changes: Partial<ChannelRequest>) => setForm((current) => ({ ...current, ...changes }));
  const callsOut = form.adapter === 'WEBHOOK' || form.adapter === 'MASTODON';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const request: ChannelRequest = callsOut
      ? { ...form, secret: secret === '' ? undefined : secret }
      : { ...form, url: undefined, secret: undefined };
    save.mutate({ id: channel?.id, request }, { onSuccess: onClose });
  };

  return (
    <Modal opened onClose={onClose} title={t(channel ? 'admin.channels.editTitle' : 'admin.channels.addTitle')} size="lg">
      <form onSubmit={submit} noValidate data-testid="channel-form">
        <Stack gap="sm">
          <NativeSelect
            label={t('admin.channels.platform')}
            data={[{ value: '', label: '—' }, ...PLATFORMS.map((platform) => ({ value: platform, label: t(`platform.${platform}`) }))]}
            value={form.platform}
            onChange={(event) => set({ platform: event.currentTarget.value })}
            disabled={channel !== undefined}
            error={errorOf('platform')}
            required
          />
          <TextInput
            label={t('admin.channels.accountName')}
            value={form.accountName}
            onChange={(event) => set({ accountName: event.currentTarget.value })}
            error={errorOf('accountName')}
            required
          />
          <NativeSelect
            label={t('admin.channels.adapter')}
            data={ADAPTERS.map((adapter) => ({ value: adapter, label: t(`admin.channels.adapters.${adapter}`) }))}
            value={form.adapter}
            onChange={(event) => set({ adapter: event.currentTarget.value as Adapter })}
            error={errorOf('adapter')}
            required
          />
          {callsOut && (
            <>
              <TextInput
                label={t(form.adapter === 'MASTODON' ? 'admin.channels.serverUrl' : 'admin.channels.url')}
                value={form.url ?? ''}
                onChange={(event) => set({ url: event.currentTarget.value })}
                error={errorOf('url')}
                required
              />
              <PasswordInput
                label={t(form.adapter === 'MASTODON' ? 'admin.channels.token' : 'admin.channels.secret')}
                description={t(channel?.secretSet ? 'admin.channels.secretKept' : 'admin.channels.secretWriteOnly')}
                value={secret}
                onChange={(event) => setSecret(event.currentTarget.value)}
                error={errorOf('secret')}
                autoComplete="new-password"
              />
              <NumberInput
                label={t('admin.channels.timeoutMillis')}
                value={form.timeoutMillis}
                onChange={(value) => set({ timeoutMillis: typeof value === 'number' ? value : 0 })}
                error={errorOf('timeoutMillis')}
                min={100}
                step={1000}
              />
              <Switch
                label={t('admin.channels.allowHttp')}
                checked={form.allowHttp}
                onChange={(event) => set({ allowHttp: event.currentTarget.checked })}
              />
              <Switch
                label={t('admin.channels.allowLoopback')}
                checked={form.allowLoopback}
                onChange={(event) => set({ allowLoopback: event.currentTarget.checked })}
              />
            </>
          )}
          {form.adapter === 'ASSISTED' && (
            <>
              <NativeSelect
                label={t('admin.channels.publisherGroup')}
                data={[{ value: '', label: '—' }, ...GROUPS]}
                value={form.publisherGroup ?? ''}
                onChange={(event) => set({ publisherGroup: event.currentTarget.value || undefined })}
                error={errorOf('publisherGroup')}
              />
              <TextInput
                label={t('admin.channels.publisherUser')}
                value={form.publisherUser ?? ''}
                onChange={(event) => set({ publisherUser: event.currentTarget.value })}
                error={errorOf('publisherUser')}
              />
            </>
          )}
          <Switch
            label={t('admin.channels.enabledLabel')}
            checked={form.enabled}
            onChange={(event) => set({ enabled: event.currentTarget.checked })}
          />
          {save.error !== null && invalid === undefined && <ProblemAlert error={save.error} testId="channel-problem" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('admin.channels.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="channel-save">
              {t('admin.channels.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
