/** The workflow module's task JSON (io.postgate.workflow.TaskView, TaskController.CompleteRequest). */

export const REVIEW_TASK_KEYS = ['user_task_editorial_review', 'user_task_legal_signoff'] as const;
/** An assisted channel's destination, published by a person of the channel's group (the copy pack and the proof). */
export const PUBLISH_BY_HAND_TASK_KEY = 'user_task_publish_by_hand';

export interface TaskView {
  id: string;
  name: string;
  taskKey: string;
  contentId: string;
  title: string;
  assignee?: string;
  candidateGroups: string[];
  due?: string;
  priority: number;
  created: string;
  overdue: boolean;
  platforms: string[];
  crisis: boolean;
  campaign?: string;
}

export const OUTCOMES = ['APPROVE', 'REQUEST_CHANGES', 'REJECT'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** A comment is required to request changes or to reject (review.Outcome.needsComment()). */
export function needsComment(outcome: Outcome): boolean {
  return outcome !== 'APPROVE';
}

export interface Disposition {
  ruleId: string;
  start: number;
  disposition: 'FIXED' | 'ACCEPTED' | 'OVERRIDDEN';
  reason?: string;
}

export interface CompleteRequest {
  outcome: Outcome;
  comment?: string;
  dispositions?: Disposition[];
}
