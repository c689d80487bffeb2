import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { needsComment, type Outcome } from '@/types/task';

import { useCompleteTask } from '../api/tasks';

export interface CompleteDialogProps {
  taskId: string;
  outcome: Outcome | undefined;
  onClose: () => void;
  onCompleted: (outcome: Outcome) => void;
}

const OUTCOME_KEYS = {
  APPROVE: 'review.approve',
  REQUEST_CHANGES: 'review.requestChanges',
  REJECT: 'review.reject',
} as const;

/** Confirms a decision; requesting changes and rejecting need a comment, as the server insists too. */
export function CompleteDialog({ taskId, outcome, onClose, onCompleted }: CompleteDialogProps) {
  const { t } = useTranslation();
  const complete = useCompleteTask();
  const [comment, setComment] = useState('');
  const [showMissing, setShowMissing] = useState(false);
  const commentRequired = outcome !== undefined && needsComment(outcome);
  const missing = commentRequired && comment.trim() === '';

  function close() {
    setComment('');
    setShowMissing(false);
    complete.reset();
    onClose();
  }

  return (
    <Modal
      opened={outcome !== undefined}
      onClose={close}
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
              { id: taskId, request: { outcome, comment: comment.trim() === '' ? undefined : comment.trim() } },
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
              error={showMissing && missing ? t('review.commentRequired') : undefined}
              data-autofocus
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
