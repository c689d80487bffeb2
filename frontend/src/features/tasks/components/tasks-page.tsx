import { Anchor, Badge, Button, Checkbox, Group, NativeSelect, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';

import { PlatformBadges } from '@/components/platform-badges';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryState } from '@/components/query-state';
import { PLATFORMS, type Platform } from '@/types/content';
import { PUBLISH_BY_HAND_TASK_KEY, type TaskView } from '@/types/task';

import { useClaimTask, useTasks } from '../api/tasks';
import { DueCountdown, useNow } from './due-countdown';

type Tab = 'available' | 'mine';

/** Review and sign-off tasks: those the user can claim and those they hold, soonest SLA first. */
export function TasksPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [tab, setTab] = useState<Tab>('available');
  const [platform, setPlatform] = useState<Platform | ''>('');
  const [crisisOnly, setCrisisOnly] = useState(false);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const filter = {
    mine: tab === 'mine',
    platform: platform === '' ? undefined : platform,
    crisis: crisisOnly ? true : undefined,
    overdue: overdueOnly ? true : undefined,
  };
  const tasks = useTasks(filter);
  const claim = useClaimTask();
  const now = useNow();
  const rows = (tasks.data ?? []).filter((task) => tab === 'mine' || task.assignee === undefined);

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('nav.tasks')}</Title>
        <Text c="dimmed">{t('pages.tasks')}</Text>
      </div>
      <Tabs value={tab} onChange={(value) => setTab(value === 'mine' ? 'mine' : 'available')}>
        <Tabs.List>
          <Tabs.Tab value="available" data-testid="tab-available">
            {t('tasks.available')}
          </Tabs.Tab>
          <Tabs.Tab value="mine" data-testid="tab-mine">
            {t('tasks.mine')}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Group gap="md" align="flex-end" wrap="wrap" role="search" aria-label={t('tasks.filters')}>
        <NativeSelect
          label={t('drafts.platform')}
          value={platform}
          onChange={(event) => setPlatform(PLATFORMS.find((value) => value === event.currentTarget.value) ?? '')}
          data={[
            { value: '', label: t('drafts.all') },
            ...PLATFORMS.map((value) => ({ value, label: t(`platform.${value}`) })),
          ]}
        />
        <Checkbox label={t('tasks.crisisOnly')} checked={crisisOnly} onChange={(e) => setCrisisOnly(e.currentTarget.checked)} />
        <Checkbox
          label={t('tasks.overdueOnly')}
          checked={overdueOnly}
          onChange={(e) => setOverdueOnly(e.currentTarget.checked)}
        />
      </Group>
      <ProblemAlert error={claim.error} testId="claim-error" />
      <QueryState isPending={tasks.isPending} error={tasks.error} onRetry={() => void tasks.refetch()} />
      {tasks.data && rows.length === 0 && (
        <Text c="dimmed" data-testid="tasks-empty">
          {tab === 'mine' ? t('tasks.noneMine') : t('tasks.noneAvailable')}
        </Text>
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover data-testid="tasks-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('drafts.title')}</Table.Th>
                <Table.Th>{t('tasks.step')}</Table.Th>
                <Table.Th>{t('drafts.platforms')}</Table.Th>
                <Table.Th>{t('tasks.due')}</Table.Th>
                <Table.Th>{t('tasks.action')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((task) => (
                <TaskRow
                  key={task.id}
                  task={task}
                  now={now}
                  claiming={claim.isPending && claim.variables === task.id}
                  onClaim={() => claim.mutate(task.id, { onSuccess: () => navigate(`/tasks/${task.id}`) })}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

export function stepLabelKey(task: TaskView) {
  if (task.taskKey === PUBLISH_BY_HAND_TASK_KEY) {
    return 'tasks.publishByHand' as const;
  }
  return task.taskKey === 'user_task_legal_signoff' ? ('tasks.legalSignoff' as const) : ('tasks.editorialReview' as const);
}

function TaskRow({ task, now, claiming, onClaim }: { task: TaskView; now: number; claiming: boolean; onClaim: () => void }) {
  const { t } = useTranslation();
  return (
    <Table.Tr data-testid="task-row" data-task-id={task.id}>
      <Table.Td>
        <Anchor component={Link} to={`/tasks/${task.id}`}>
          {task.title || t('drafts.untitled')}
        </Anchor>
        {task.crisis && (
          <Badge ml="xs" size="xs" color="red" variant="filled">
            {t('composer.crisis')}
          </Badge>
        )}
        {task.campaign && (
          <Text size="xs" c="dimmed">
            {task.campaign}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{t(stepLabelKey(task))}</Table.Td>
      <Table.Td>
        <PlatformBadges platforms={task.platforms} size="xs" />
      </Table.Td>
      <Table.Td>
        <DueCountdown due={task.due} overdue={task.overdue} now={now} />
      </Table.Td>
      <Table.Td>
        {task.assignee === undefined ? (
          <Button size="xs" onClick={onClaim} loading={claiming} aria-label={t('tasks.claimNamed', { title: task.title })}>
            {t('tasks.claim')}
          </Button>
        ) : (
          <Button size="xs" variant="light" component={Link} to={`/tasks/${task.id}`}>
            {t('tasks.open')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
