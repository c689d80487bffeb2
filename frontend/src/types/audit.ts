/** The audit module's JSON (io.postgate.audit): AuditEntry, AuditPage, VerificationReport. */

export interface AuditEntry {
  sequence: number;
  recordedAt: string;
  actor: string;
  actorRef?: string;
  actorRoles: string[];
  contentId?: string;
  revision?: number;
  eventType: string;
  platforms?: string[];
  payload?: Record<string, unknown>;
  storedPayload?: string;
  previousHash?: string;
  entryHash: string;
}

/** `page` counted from 0, entries in sequence order. */
export interface AuditPage {
  entries: AuditEntry[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
}

export interface VerificationReport {
  valid: boolean;
  entries: number;
  checkpoints: number;
  firstBrokenSequence?: number;
  problem?: string;
}

/** The event types the trail records (the domain events' names). */
export const AUDIT_EVENT_TYPES = [
  'DraftCreated',
  'RevisionSaved',
  'AttachmentAdded',
  'ContentSubmitted',
  'ScreeningCompleted',
  'ContentStatusChanged',
  'ReviewDecided',
  'Escalated',
  'ContentApproved',
  'ContentRescheduled',
  'PostPublished',
  'PublishAttemptFailed',
  'ContentWithdrawn',
  'UserChanged',
  'LoginFailed',
] as const;
