import type { ContentStatus } from '@/types/content';
import type { ReviewDecision } from '@/types/dossier';

/**
 * The step of the content-approval model (bpmn/content-approval.bpmn) an item in this status is at. The
 * process follows the content status one to one, so the status is enough; a rejection is shown at the end
 * event of the step that rejected it.
 */
export function currentActivity(status: ContentStatus, decisions: readonly ReviewDecision[] = []): string {
  switch (status) {
    case 'DRAFT':
      return 'user_task_create_draft';
    case 'SCREENING':
      return 'service_task_screen';
    case 'CHANGES_REQUESTED':
      return 'user_task_revise_draft';
    case 'IN_REVIEW':
      return 'user_task_editorial_review';
    case 'LEGAL_REVIEW':
      return 'user_task_legal_signoff';
    case 'SCHEDULED':
      return 'timer_wait_for_publish_time';
    case 'PUBLISHING':
    case 'PUBLISH_FAILED':
      return 'service_task_publish';
    case 'PUBLISHED':
      return 'end_published';
    case 'REJECTED':
      return decisions.at(-1)?.step === 'LEGAL_SIGNOFF' ? 'end_rejected_by_legal' : 'end_rejected_in_review';
    case 'WITHDRAWN':
      return 'end_withdrawn';
  }
}
