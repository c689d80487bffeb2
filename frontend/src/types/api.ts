/** Types of the backend's JSON, shared by the app and the features. */

export const ROLES = ['EDITOR', 'REVIEWER', 'LEGAL', 'COMPLIANCE', 'ADMIN'] as const;

export type Role = (typeof ROLES)[number];

export type Locale = 'en' | 'zh-CN';

/** The body of `GET /api/me` and of a successful `POST /api/auth/login`. */
export interface Me {
  username: string;
  displayName: string;
  /** Known roles are {@link Role}s; the server may add others, which the UI ignores. */
  roles: string[];
  locale: Locale;
}

/** An RFC 7807 problem document as the server sends it. */
export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
}
