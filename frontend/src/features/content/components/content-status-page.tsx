import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';

import { PlatformBadges } from '@/components/platform-badges';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryState } from '@/components/query-state';
import { ReviewDecisions } from '@/components/review-decisions';
import { StatusBadge } from '@/components/status-badge';
import { useCurrentUser } from '@/features/auth';
import { browserTimeZone, formatDateTime, fromLocalInput, toLocalInput } from '@/lib/dates';
import { isBeforePublishing, type ContentView, type SubmitWarning } from '@/types/content';

import { useContent, useRescheduleContent, useRetryPublishing, useWithdrawContent } from '../api/contents';
import { currentActivity } from '../process-steps';
import { ContentTimeline } from './content-timeline';
import { DeliveriesTable } from './deliveries-table';
import { ProcessDiagram } from './process-diagram';
import { ReportFindings } from './report-findings';
import { SubmitWarnings } from './submit-warnings';

/**
 * Where an item stands, for everyone who may read it: status, the process diagram at the current step, facts,
 * the latest text beside the reviewers' comments, the timeline, decisions, screening findings, deliveries and
 * revisions. The owner revises (when changes were requested), reschedules or withdraws it; compliance and admins
 * download the evidence pack; admins retry a failed publication.
 */
export function ContentStatusPage() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const content = useContent(id);
  if (!content.data) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('content.title')}</Title>
        <QueryState isPending={content.isPending} error={content.error} onRetry={() => void content.refetch()} />
      </Stack>
    );
  }
  return <ContentStatus view={content.data} />;
}

function ContentStatus({ view }: { view: ContentView }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const owner = view.owner === me.username;
  const isEditor = me.roles.includes('EDITOR');
  const current = view.current;
  const title = current?.title ?? view.theme ?? t('drafts.untitled');
  const decisions = view.decisions ?? [];
  const changesAsked = view.status === 'CHANGES_REQUESTED' ? decisions.filter((decision) => decision.outcome === 'REQUEST_CHANGES').at(-1) : undefined;
  const isAdmin = me.roles.includes('ADMIN');
  const mayReadEvidence = isAdmin || me.roles.includes('COMPLIANCE');
  const location = useLocation() as { state?: { submitWarnings?: SubmitWarning[] } | null };

  return (
    <Stack gap="md" data-testid="content-status">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Text size="sm" c="dimmed">
            {t('content.title')}
          </Text>
          <Title order={1}>{title}</Title>
        </div>
        <Group gap="xs">
          <Text size="sm">{t('content.status')}:</Text>
          <StatusBadge status={view.status} />
        </Group>
      </Group>

      <SubmitWarnings warnings={location.state?.submitWarnings ?? []} />
      {view.status === 'CHANGES_REQUESTED' && (
        <Alert color="orange" title={t('content.changesRequestedTitle')} data-testid="changes-requested">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('content.changesRequestedBody')}</Text>
            {changesAsked && (
              <Paper withBorder p="xs" radius="sm" w="100%" data-testid="changes-comment">
                <Text size="xs" c="dimmed">
                  {t('content.commentBy', { actor: changesAsked.actor, when: formatDateTime(changesAsked.decidedAt, i18n.language) })}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {changesAsked.comment ?? t('content.noComment')}
                </Text>
              </Paper>
            )}
            {owner && isEditor && (
              <Button component={Link} to={`/drafts/${view.id}/edit`} size="xs" data-testid="revise">
                {t('content.revise')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {view.status === 'DRAFT' && owner && isEditor && (
        <Group>
          <Button component={Link} to={`/drafts/${view.id}/edit`} variant="light" data-testid="edit">
            {view.revision === 0 ? t('drafts.write') : t('drafts.edit')}
          </Button>
        </Group>
      )}

      {view.status === 'PUBLISH_FAILED' && isAdmin && <RetryPublishing id={view.id} />}

      <Section title={t('diagram.title')}>
        <ProcessDiagram activityId={currentActivity(view.status, decisions)} />
      </Section>

      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Paper withBorder p="md" radius="md">
              <Title order={2} size="h4" mb="xs">
                {current ? t('content.latestRevision', { number: current.number }) : t('content.noRevision')}
              </Title>
              {current ? (
                <Stack gap="xs">
                  <Text fw={700}>{current.title}</Text>
                  <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="latest-body">
                    {current.body}
                  </Text>
                  {current.attachments.length > 0 && (
                    <Text size="sm" c="dimmed">
                      {t('attachments.title')}: {current.attachments.map((attachment) => attachment.fileName).join(', ')}
                    </Text>
                  )}
                </Stack>
              ) : (
                <Text c="dimmed">{view.notes ?? t('content.briefOnly')}</Text>
              )}
            </Paper>
            <Paper withBorder p="md" radius="md">
              <Title order={2} size="h4" mb="xs">
                {t('content.revisions')}
              </Title>
              {view.revisions.length === 0 ? (
                <Text c="dimmed">{t('content.noRevision')}</Text>
              ) : (
                <Table.ScrollContainer minWidth={480}>
                  <Table data-testid="revisions">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>#</Table.Th>
                        <Table.Th>{t('content.author')}</Table.Th>
                        <Table.Th>{t('content.savedAt')}</Table.Th>
                        <Table.Th>{t('content.fingerprint')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {[...view.revisions].reverse().map((revision) => (
                        <Table.Tr key={revision.number}>
                          <Table.Td>
                            {revision.number}
                            {view.approvedRevision === revision.number && (
                              <Badge ml="xs" size="xs" color="green">
                                {t('content.approved')}
                              </Badge>
                            )}
                          </Table.Td>
                          <Table.Td>{revision.author}</Table.Td>
                          <Table.Td>{formatDateTime(revision.createdAt, i18n.language)}</Table.Td>
                          <Table.Td>
                            <Text size="xs" ff="monospace" title={revision.fingerprint}>
                              {revision.fingerprint.slice(0, 12)}
                            </Text>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Paper>
            <Section title={t('deliveries.title')}>
              <DeliveriesTable deliveries={view.deliveries ?? []} publication={view.publication} />
            </Section>
            <Section title={t('decisions.title')}>
              <ReviewDecisions decisions={decisions} />
            </Section>
            <Section title={t('timeline.title')}>
              <ContentTimeline entries={view.timeline ?? []} />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Paper withBorder p="md" radius="md">
              <Stack gap={6}>
                <Fact label={t('content.owner')} value={view.owner} />
                {view.planner !== view.owner && <Fact label={t('content.planner')} value={view.planner} />}
                {view.contentType && <Fact label={t('composer.contentType')} value={t(`contentType.${view.contentType}`)} />}
                {view.campaign && <Fact label={t('composer.campaign')} value={view.campaign} />}
                <div>
                  <Text size="xs" c="dimmed">
                    {t('drafts.platforms')}
                  </Text>
                  <PlatformBadges platforms={view.platforms} />
                </div>
                <Fact
                  label={t('drafts.scheduled')}
                  value={view.scheduledAt ? formatDateTime(view.scheduledAt, i18n.language) : t('content.notScheduled')}
                  testId="scheduled-at"
                />
                {current?.sponsored && <Badge color="grape">{t('composer.sponsored')}</Badge>}
                {current?.crisis && <Badge color="red">{t('composer.crisis')}</Badge>}
                <Fact label={t('drafts.lastChange')} value={formatDateTime(view.updatedAt, i18n.language)} />
              </Stack>
            </Paper>
            {(owner || isAdmin) && isBeforePublishing(view.status) && <OwnerActions view={view} />}
            <Section title={t('report.title')}>
              <ReportFindings report={view.latestReport} />
            </Section>
            {mayReadEvidence && (
              <Button
                component="a"
                href={`/api/contents/${encodeURIComponent(view.id)}/evidence`}
                download
                variant="light"
                data-testid="evidence-pack"
              >
                {t('content.evidencePack')}
              </Button>
            )}
            {mayReadEvidence && (
              <Anchor component={Link} to={`/audit?contentId=${encodeURIComponent(view.id)}`} size="sm" data-testid="audit-link">
                {t('content.searchAudit')}
              </Anchor>
            )}
            <Anchor component={Link} to="/calendar" size="sm">
              {t('content.toCalendar')}
            </Anchor>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** Admins start publishing again after a failure (POST /api/admin/contents/{id}/retry-publishing). */
function RetryPublishing({ id }: { id: string }) {
  const { t } = useTranslation();
  const retry = useRetryPublishing();
  return (
    <Alert color="red" title={t('content.publishFailedTitle')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('content.publishFailedBody')}</Text>
        <Button size="xs" color="red" onClick={() => retry.mutate(id)} loading={retry.isPending} data-testid="retry-publishing">
          {t('content.retryPublishing')}
        </Button>
        {retry.isSuccess && (
          <Text size="sm" role="status">
            {t('content.retryStarted', { count: retry.data.jobsRetried })}
          </Text>
        )}
        <ProblemAlert error={retry.error} testId="retry-error" />
      </Stack>
    </Alert>
  );
}

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

/** Reschedule and withdraw, until publishing starts. */
function OwnerActions({ view }: { view: ContentView }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawContent();
  const reschedule = useRescheduleContent();
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const [when, setWhen] = useState(toLocalInput(view.scheduledAt));
  const scheduledAt = fromLocalInput(when);

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h5">
          {t('content.ownerActions')}
        </Title>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (scheduledAt) {
              reschedule.mutate({ id: view.id, scheduledAt });
            }
          }}
        >
          <Stack gap="xs">
            <TextInput
              type="datetime-local"
              label={t('content.reschedule')}
              description={t('composer.timeZone', { zone: browserTimeZone() })}
              value={when}
              onChange={(event) => setWhen(event.currentTarget.value)}
            />
            <Button type="submit" size="xs" variant="light" disabled={!scheduledAt} loading={reschedule.isPending}>
              {t('content.rescheduleButton')}
            </Button>
            <ProblemAlert error={reschedule.error} testId="reschedule-error" />
          </Stack>
        </form>
        <Button color="red" variant="outline" size="xs" onClick={() => setWithdrawing(true)} data-testid="withdraw">
          {t('content.withdraw')}
        </Button>
        <ProblemAlert error={withdraw.error} testId="withdraw-error" />
      </Stack>
      <Modal opened={withdrawing} onClose={() => setWithdrawing(false)} title={t('content.withdrawTitle')}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            withdraw.mutate(
              { id: view.id, reason: reason.trim() === '' ? undefined : reason.trim() },
              { onSuccess: () => setWithdrawing(false) },
            );
          }}
        >
          <Stack gap="sm">
            <Textarea
              label={t('content.withdrawReason')}
              value={reason}
              maxLength={2000}
              onChange={(event) => setReason(event.currentTarget.value)}
              data-autofocus
            />
            <ProblemAlert error={withdraw.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setWithdrawing(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red" loading={withdraw.isPending}>
                {t('content.withdrawConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Paper>
  );
}
