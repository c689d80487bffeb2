/**
 * The dossier module's JSON (io.postgate.dossier.ContentDossier): `GET /api/contents/{id}` returns the
 * ContentView plus these fields.
 */
import type { ScreeningReport } from './screening';

export type ReviewStep = 'EDITORIAL_REVIEW' | 'LEGAL_SIGNOFF';
export type ReviewOutcome = 'APPROVE' | 'REQUEST_CHANGES' | 'REJECT';

export interface DecisionDisposition {
  ruleId: string;
  start: number;
  disposition: 'FIXED' | 'ACCEPTED' | 'OVERRIDDEN';
  reason?: string;
}

export interface ReviewDecision {
  revision: number;
  step: ReviewStep;
  outcome: ReviewOutcome;
  actor: string;
  comment?: string;
  dispositions: DecisionDisposition[];
  fingerprint: string;
  decidedAt: string;
}

/** The latest screening of an item: one report per platform. */
export interface StoredReport {
  contentId: string;
  revision: number;
  blocking: boolean;
  legalRequired: boolean;
  reports: ScreeningReport[];
}

export interface Delivery {
  contentId: string;
  revision: number;
  platform: string;
  idempotencyKey: string;
  state: string;
  attempts: number;
  remoteId?: string;
  remoteUrl?: string;
  lastError?: string;
  publishedAt?: string;
  /** Published by hand: whether the text the person recorded matched the approved text. */
  textMatches?: boolean;
  recordedBy?: string;
  /**
   * Published by hand: the screenshot's SHA-256. The screenshot is in the evidence pack and served at
   * /api/contents/{id}/revisions/{revision}/deliveries/{platform}/proof.
   */
  proofSha256?: string;
  proofMediaType?: string;
}

/** Each destination of the approved revision and the post's overall state (publishing PublicationSummary). */
export interface PublicationSummary {
  revision: number;
  state: 'IN_PROGRESS' | 'PUBLISHED' | 'PARTIALLY_PUBLISHED' | 'FAILED';
  destinations: {
    platform: string;
    state: string;
    attempts: number;
    remoteUrl?: string;
    lastError?: string;
    textMatches?: boolean;
  }[];
}

/** One audit entry as the status page shows it; `event` is the domain event's name, e.g. "ReviewDecided". */
export interface TimelineEntry {
  sequence: number;
  at: string;
  actor: string;
  actorRoles: string[];
  revision?: number;
  event: string;
  details?: Record<string, unknown>;
}

export interface DossierFields {
  latestReport?: StoredReport;
  decisions?: ReviewDecision[];
  deliveries?: Delivery[];
  publication?: PublicationSummary;
  timeline?: TimelineEntry[];
}
