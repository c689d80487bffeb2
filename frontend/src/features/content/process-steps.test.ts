import { CONTENT_STATUSES } from '@/types/content';
import type { ReviewDecision } from '@/types/dossier';

import { currentActivity } from './process-steps';

const rejection = (step: ReviewDecision['step']): ReviewDecision => ({
  revision: 1,
  step,
  outcome: 'REJECT',
  actor: 'legal1',
  comment: 'no',
  dispositions: [],
  fingerprint: 'f',
  decidedAt: '2026-03-01T10:00:00Z',
});

describe('currentActivity', () => {
  it('maps every status to a step of the approval model', () => {
    const steps = CONTENT_STATUSES.map((status) => currentActivity(status));
    expect(steps).toEqual([
      'user_task_create_draft',
      'service_task_screen',
      'user_task_revise_draft',
      'user_task_editorial_review',
      'user_task_legal_signoff',
      'timer_wait_for_publish_time',
      'service_task_publish',
      'end_published',
      'service_task_publish',
      'end_rejected_in_review',
      'end_withdrawn',
    ]);
  });

  it('shows a rejection at the end event of the step that rejected', () => {
    expect(currentActivity('REJECTED', [rejection('EDITORIAL_REVIEW')])).toBe('end_rejected_in_review');
    expect(currentActivity('REJECTED', [rejection('LEGAL_SIGNOFF')])).toBe('end_rejected_by_legal');
  });
});
