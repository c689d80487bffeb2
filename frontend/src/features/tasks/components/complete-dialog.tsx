import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import type { Finding } from '@/types/screening';
import { needsComment, type Outcome } from '@/types/task';

import { useCompleteTask } from '../api/tasks';
import { dispositionsOf, FindingDispositions, missingDispositions, type DispositionDraft } from './finding-dispositions';

export interface CompleteDialogProps {
  taskId: string;
  outcome: Outcome | undefined;
  onClose: () => void;
  onCompleted: (outcome: Outcome) => void;
  /** The machine findings the reviewer may accept or override. */
  findings?: readonly Finding[];
}

const OUTCOME_KEYS = {
  APPROVE: 'review.approve',
  REQUEST_CHANGES: 'review.requestChanges',
  REJECT: 'review.reject',
} as const;

/** Confirms a decision; requesting changes and rejecting need a comment, as the server insists too. */
export function CompleteDialog({ taskId, outcome, onClose, onCompleted, findings = [] }: CompleteDialogProps) {
  const { t } = useTranslation();
  const complete = useCompleteTask();
  const [comment, setComment] = useState('');
  const [showMissing, setShowMissing] = useState(false);
  const commentRequired = outcome !== undefined && needsComment(outcome);
  const [dispositions, setDispositions] = useState<Record<string, DispositionDraft>>({});
  const missingComment = commentRequired && comment.trim() === '';
  const undecided = missingDispositions(findings, dispositions, outcome === 'APPROVE');
  const missing = missingComment || undecided.size > 0;

  function close() {
    setComment('');
    setDispositions({});
    setShowMissing(false);
    complete.reset();
    onClose();
  }

  return (
    <Modal
      opened={outcome !== undefined}
      onClose={close}
      size="lg"
      title={outcome ? t(OUTCOME_KEYS[outcome]) : ''}
      data-testid="complete-dialog"
    >
      {outcome && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (missing) {
              setShowMissing(true);
              return;
            }
            complete.mutate(
              {
                id: taskId,
                request: {
                  outcome,
                  comment: comment.trim() === '' ? undefined : comment.trim(),
                  dispositions: dispositionsOf(findings, dispositions),
                },
              },
              { onSuccess: () => onCompleted(outcome) },
            );
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{t(`review.explain.${outcome}`)}</Text>
            <Textarea
              label={t('review.comment')}
              required={commentRequired}
              autosize
              minRows={3}
              maxLength={4000}
              value={comment}
              onChange={(event) => setComment(event.currentTarget.value)}
              error={showMissing && missingComment ? t('review.commentRequired') : undefined}
              data-autofocus
            />
            <FindingDispositions
              findings={findings}
              drafts={dispositions}
              onChange={setDispositions}
              missing={undecided}
              showMissing={showMissing}
            />
            <ProblemAlert error={complete.error} testId="complete-error" />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                color={outcome === 'APPROVE' ? 'green' : outcome === 'REJECT' ? 'red' : 'orange'}
                loading={complete.isPending}
                data-testid="confirm-decision"
              >
                {t(OUTCOME_KEYS[outcome])}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
