/** The screening module's JSON (io.postgate.screening): ScreeningRequest, ScreeningReport, Finding. */

export const SEVERITIES = ['BLOCKER', 'WARNING', 'INFO'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FINDING_CATEGORIES = [
  'ABSOLUTE_CLAIM',
  'HEALTH_CLAIM',
  'FINANCIAL_PROMISE',
  'MISSING_DISCLOSURE',
  'PII',
  'PROFANITY',
  'PLATFORM_LIMIT',
  'SENSITIVE_TOPIC',
  'BRAND_TERM',
  'LINK',
  'GRAMMAR',
  'SPELLING',
  'EXTRACTION',
] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

/** `POST /api/screenings` (JSON). */
export interface ScreeningRequest {
  title: string;
  text: string;
  language?: string;
  platform?: string;
  sponsored: boolean;
  crisis: boolean;
}

/** `start`/`end` are UTF-16 offsets (end exclusive) into the screened text: title + "\n" + text. */
export interface Finding {
  category: FindingCategory;
  ruleId: string;
  severity: Severity;
  start: number;
  end: number;
  excerpt: string;
  message: string;
  suggestions: string[];
  legalReference?: string;
}

export interface Routing {
  reviewGroup: string;
  legalRequired: boolean;
  slaHours: number;
}

export interface ScreeningReport {
  platform?: string;
  language?: string;
  rulePack?: { version: string; hash: string; packs: { id: string; version: string }[] };
  languageTool?: string;
  blocking: boolean;
  routing?: Routing;
  findings: Finding[];
  /** What the offsets index: "title+\n+text" for a JSON request. */
  offsets?: string;
  timingsMillis?: Record<string, number>;
}
