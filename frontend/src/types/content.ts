/**
 * The content module's JSON (io.postgate.content): ContentView, ContentSummary, Revision, DraftRequest,
 * BriefRequest. The server leaves out null fields, so every nullable field is optional here.
 */

import type { DossierFields } from './dossier';

export const PLATFORMS = [
  'weibo',
  'wechat',
  'douyin',
  'xiaohongshu',
  'bilibili',
  'linkedin',
  'x',
  'instagram',
  'facebook',
] as const;

/** A platform id as the API takes it and as ContentView/ContentSummary list it (lower case). */
export type Platform = (typeof PLATFORMS)[number];

export const CONTENT_TYPES = ['ARTICLE', 'IMAGE_POST', 'SHORT_VIDEO', 'AUDIO', 'LIVE_STREAM'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

export const CONTENT_STATUSES = [
  'DRAFT',
  'SCREENING',
  'CHANGES_REQUESTED',
  'IN_REVIEW',
  'LEGAL_REVIEW',
  'SCHEDULED',
  'PUBLISHING',
  'PUBLISHED',
  'PUBLISH_FAILED',
  'REJECTED',
  'WITHDRAWN',
] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

/** The owner may change the text only in these states (ContentStatus.editable()). */
export function isEditable(status: ContentStatus): boolean {
  return status === 'DRAFT' || status === 'CHANGES_REQUESTED';
}

/** Withdraw and reschedule are possible until publishing starts (ContentStatus.beforePublishing()). */
export function isBeforePublishing(status: ContentStatus): boolean {
  return !['PUBLISHED', 'REJECTED', 'WITHDRAWN', 'PUBLISHING', 'PUBLISH_FAILED'].includes(status);
}

/** A platform's own title or body; absent fields fall back to the revision's. */
export interface Variant {
  title?: string;
  body?: string;
}

export interface AttachmentRef {
  sha256: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

/** One immutable revision. Its `platforms` and `variants` keys are platform ids ("weibo"), as everywhere else. */
export interface Revision {
  contentId: string;
  number: number;
  title: string;
  body: string;
  variants: Partial<Record<Platform, Variant>>;
  platforms: Platform[];
  tags: string[];
  sponsored: boolean;
  crisis: boolean;
  scheduledAt?: string;
  author: string;
  createdAt: string;
  fingerprint: string;
  attachments: AttachmentRef[];
}

/** `GET /api/contents/{id}` (with the dossier fields) and the answer of every content command. */
export interface ContentView extends DossierFields {
  id: string;
  status: ContentStatus;
  /** 0 for a brief nobody has written yet. */
  revision: number;
  owner: string;
  planner: string;
  theme?: string;
  contentType?: ContentType;
  campaign?: string;
  notes?: string;
  platforms: Platform[];
  scheduledAt?: string;
  createdAt: string;
  updatedAt: string;
  approvedRevision?: number;
  approvedFingerprint?: string;
  current?: Revision;
  /** Oldest first. */
  revisions: Revision[];
}

/** One row of `GET /api/contents` and of `GET /api/calendar`. */
export interface ContentSummary {
  id: string;
  status: ContentStatus;
  revision: number;
  title?: string;
  owner: string;
  theme?: string;
  contentType?: ContentType;
  campaign?: string;
  platforms: Platform[];
  scheduledAt?: string;
  updatedAt: string;
}

/** Spring Data's page as the server serialises it (VIA_DTO). */
export interface Page<T> {
  content: T[];
  page: { size: number; number: number; totalElements: number; totalPages: number };
}

/** `POST /api/contents` and `PUT /api/contents/{id}`. */
export interface DraftRequest {
  title: string;
  body: string;
  platforms: Platform[];
  sponsored: boolean;
  crisis: boolean;
  campaign?: string;
  contentType?: ContentType;
  tags?: string[];
  variants?: Record<string, Variant>;
  scheduledAt?: string;
}

/** Advice given with a successful submit; it never blocks. `PROMOTIONAL_SHARE` carries the numbers of the worst window. */
export interface SubmitWarning {
  code: 'PROMOTIONAL_SHARE' | string;
  message: string;
  details: { platform?: string; posts?: number; promotional?: number; share?: number; threshold?: number };
}

/** The answer of `POST /api/contents/{id}/submit`. */
export interface SubmittedContent extends ContentView {
  warnings: SubmitWarning[];
}

/** `POST /api/briefs`. */
export interface BriefRequest {
  theme: string;
  contentType: ContentType;
  platforms: Platform[];
  targetPublishAt: string;
  owner: string;
  campaign?: string;
  notes?: string;
}
