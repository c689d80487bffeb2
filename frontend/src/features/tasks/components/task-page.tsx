import { Alert, Anchor, Badge, Button, Grid, Group, Kbd, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';

import { MessagePage } from '@/components/message-page';
import { PlatformBadges } from '@/components/platform-badges';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryState } from '@/components/query-state';
import { ReviewDecisions } from '@/components/review-decisions';
import { FindingsPanel, HighlightedText, ScreeningBanner, useScreening } from '@/components/screening';
import { StatusBadge } from '@/components/status-badge';
import { useCurrentUser } from '@/features/auth';
import { formatDateTime } from '@/lib/dates';
import type { ContentView } from '@/types/content';
import type { ScreeningRequest } from '@/types/screening';
import { PUBLISH_BY_HAND_TASK_KEY, type Outcome, type TaskView } from '@/types/task';

import { useReviewContent } from '../api/review-content';
import { useRecordedPublication } from '../api/publish-by-hand';
import { useClaimTask, useTasks, useUnclaimTask } from '../api/tasks';
import { CompleteDialog } from './complete-dialog';
import { DueCountdown, useNow } from './due-countdown';
import { RevisionDiff } from './revision-diff';
import { PublicationRecorded, PublishByHand } from './publish-by-hand';
import { stepLabelKey } from './tasks-page';

const SHORTCUTS: Record<string, Outcome> = { a: 'APPROVE', r: 'REQUEST_CHANGES', x: 'REJECT' };

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * One task: the draft with a fresh screening, claim/unclaim, and the decision (with keyboard shortcuts); for a
 * "Publish by hand" task, the copy pack and the proof form instead.
 */
export function TaskPage() {
  const { t } = useTranslation();
  const { taskId } = useParams<{ taskId: string }>();
  const navigate = useNavigate();
  const tasks = useTasks({ mine: false });
  const task = tasks.data?.find((candidate) => candidate.id === taskId);
  const recorded = useRecordedPublication(taskId);

  if (!task && recorded) {
    // Recording the publication completed the task, so the list no longer has it: confirm what was recorded.
    return <PublicationRecorded delivery={recorded} onDone={() => navigate('/tasks')} />;
  }
  if (!tasks.data) {
    return <QueryState isPending={tasks.isPending} error={tasks.error} onRetry={() => void tasks.refetch()} />;
  }
  if (!task) {
    return (
      <MessagePage
        title={t('tasks.goneTitle')}
        body={t('tasks.goneBody')}
        testId="task-gone"
        action={
          <Anchor component={Link} to="/tasks">
            {t('tasks.back')}
          </Anchor>
        }
      />
    );
  }
  return <TaskReview task={task} />;
}

function TaskReview({ task }: { task: TaskView }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const now = useNow();
  const content = useReviewContent(task.taskKey === PUBLISH_BY_HAND_TASK_KEY ? undefined : task.contentId);
  const claim = useClaimTask();
  const unclaim = useUnclaimTask();
  const [outcome, setOutcome] = useState<Outcome>();
  const mine = task.assignee === me.username;
  const screening = useScreening(content.data ? screeningRequestOf(content.data) : undefined);
  const byHand = task.taskKey === PUBLISH_BY_HAND_TASK_KEY;

  useEffect(() => {
    if (!mine || byHand) {
      return undefined;
    }
    function onKey(event: KeyboardEvent) {
      const shortcut = SHORTCUTS[event.key.toLowerCase()];
      if (!shortcut || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target) || outcome) {
        return;
      }
      event.preventDefault();
      setOutcome(shortcut);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mine, byHand, outcome]);

  return (
    <Stack gap="md" data-testid="task-review">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Anchor component={Link} to="/tasks" size="sm">
            {t('tasks.back')}
          </Anchor>
          <Title order={1}>{task.title || t('drafts.untitled')}</Title>
          <Group gap="xs" mt={4}>
            <Badge variant="light">{t(stepLabelKey(task))}</Badge>
            {task.crisis && <Badge color="red">{t('composer.crisis')}</Badge>}
            <PlatformBadges platforms={task.platforms} />
            <DueCountdown due={task.due} overdue={task.overdue} now={now} />
          </Group>
        </div>
        <Stack gap={4} align="flex-end">
          <Text size="sm" data-testid="assignee">
            {task.assignee ? t('tasks.claimedBy', { name: task.assignee }) : t('tasks.unclaimed')}
          </Text>
          {task.assignee === undefined && (
            <Button onClick={() => claim.mutate(task.id)} loading={claim.isPending} data-testid="claim">
              {t('tasks.claim')}
            </Button>
          )}
          {mine && (
            <Button variant="default" onClick={() => unclaim.mutate(task.id)} loading={unclaim.isPending} data-testid="unclaim">
              {t('tasks.unclaim')}
            </Button>
          )}
        </Stack>
      </Group>
      <ProblemAlert error={claim.error ?? unclaim.error} testId="task-error" />
      {mine && !byHand && (
        <Paper withBorder p="sm" radius="md">
          <Group gap="sm" wrap="wrap">
            <Button color="green" onClick={() => setOutcome('APPROVE')} data-testid="approve">
              {t('review.approve')}
            </Button>
            <Button color="orange" variant="light" onClick={() => setOutcome('REQUEST_CHANGES')} data-testid="request-changes">
              {t('review.requestChanges')}
            </Button>
            <Button color="red" variant="light" onClick={() => setOutcome('REJECT')} data-testid="reject">
              {t('review.reject')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('review.shortcuts')} <Kbd>a</Kbd> <Kbd>r</Kbd> <Kbd>x</Kbd>
            </Text>
          </Group>
        </Paper>
      )}
      {byHand ? (
        <PublishByHand task={task} onDone={() => navigate('/tasks')} />
      ) : !content.data ? (
        <QueryState isPending={content.isPending} error={content.error} onRetry={() => void content.refetch()} />
      ) : (
        <ReviewedContent content={content.data} language={i18n.language} screening={screening} />
      )}
      <CompleteDialog
        taskId={task.id}
        outcome={outcome}
        findings={screening.data?.report.findings}
        onClose={() => setOutcome(undefined)}
        onCompleted={() => {
          setOutcome(undefined);
          navigate('/tasks');
        }}
      />
    </Stack>
  );
}

/** The current revision screened afresh, as the reviewer reads it (the first platform's rules). */
function screeningRequestOf(content: ContentView): ScreeningRequest | undefined {
  const revision = content.current;
  return revision
    ? { title: revision.title, text: revision.body, platform: content.platforms[0], sponsored: revision.sponsored, crisis: revision.crisis }
    : undefined;
}

function ReviewedContent({
  content,
  language,
  screening,
}: {
  content: ContentView;
  language: string;
  screening: ReturnType<typeof useScreening>;
}) {
  const { t } = useTranslation();
  const revision = content.current;
  if (!revision) {
    return <Alert color="gray">{t('content.noRevision')}</Alert>;
  }
  return (
    <Grid gutter="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="sm">
          <Group gap="xs" wrap="wrap">
            <StatusBadge status={content.status} />
            <Text size="sm">{t('content.latestRevision', { number: revision.number })}</Text>
            <Text size="sm" c="dimmed">
              {t('review.byAt', { author: revision.author, at: formatDateTime(revision.createdAt, language) })}
            </Text>
            {revision.sponsored && <Badge color="grape">{t('composer.sponsored')}</Badge>}
            <Anchor component={Link} to={`/contents/${content.id}`} size="sm">
              {t('composer.statusPage')}
            </Anchor>
          </Group>
          {screening.data ? (
            <HighlightedText title={revision.title} body={revision.body} findings={screening.data.report.findings} />
          ) : (
            <HighlightedText title={revision.title} body={revision.body} findings={[]} />
          )}
          {content.scheduledAt && (
            <Text size="sm">
              {t('drafts.scheduled')}: {formatDateTime(content.scheduledAt, language)}
            </Text>
          )}
          <RevisionDiff previous={content.revisions.find((candidate) => candidate.number === revision.number - 1)} current={revision} />
          <Title order={2} size="h5">
            {t('review.earlierComments')}
          </Title>
          <ReviewDecisions decisions={content.decisions ?? []} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Paper withBorder p="md" radius="md" component="aside" aria-label={t('screening.panelLabel')}>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('screening.panelTitle')}
            </Title>
            <QueryState isPending={screening.isPending} error={screening.error} onRetry={() => void screening.refetch()} />
            {screening.data && <ScreeningBanner report={screening.data.report} />}
            {screening.data && <FindingsPanel findings={screening.data.report.findings} />}
          </Stack>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
