import type { ProblemDetail } from '@/types/api';

/**
 * The one place that talks to the server.
 *
 * - JSON in and out, session cookie sent with `credentials: 'same-origin'`.
 * - State-changing requests carry Spring Security's CSRF token: the value of the `XSRF-TOKEN` cookie in the
 *   `X-XSRF-TOKEN` header. The cookie is read afresh for every request because the server rotates it (e.g. on
 *   login). When there is none yet, a `GET /api/me` obtains one first.
 * - Error responses (RFC 7807 problem+json, or anything else) become an {@link ApiError}.
 */

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
const CSRF_BOOTSTRAP_PATH = '/api/me';

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  /** The human-readable message to show; falls back to the title. */
  readonly detail: string;
  readonly type: string | undefined;

  constructor(status: number, problem: ProblemDetail) {
    const title = problem.title ?? `HTTP ${status}`;
    const detail = problem.detail ?? title;
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.type = problem.type;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  for (const part of document.cookie.split(';')) {
    const cookie = part.trim();
    if (cookie.startsWith(prefix)) {
      return decodeURIComponent(cookie.slice(prefix.length));
    }
  }
  return undefined;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  /** Sent as JSON unless it is a `FormData` (multipart). */
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Answer the body as text instead of parsing it as JSON (e.g. the BPMN model's XML). */
  asText?: boolean;
}

let currentLanguage: () => string | undefined = () => undefined;

/** Lets the i18n module tell the client which language to ask the server for (`Accept-Language`). */
export function setLanguageSource(source: () => string | undefined): void {
  currentLanguage = source;
}

function toUrl(path: string): string {
  // Absolute against the page's origin: same result in the browser, and works under Node's fetch in tests.
  return new URL(path, window.location.origin).toString();
}

async function csrfToken(): Promise<string | undefined> {
  const existing = readCookie(CSRF_COOKIE);
  if (existing) {
    return existing;
  }
  // Any response issues the cookie; anonymous callers get 401 here, which is fine.
  await fetch(toUrl(CSRF_BOOTSTRAP_PATH), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  return readCookie(CSRF_COOKIE) || undefined;
}

async function problemOf(response: Response): Promise<ProblemDetail> {
  const contentType = response.headers.get('Content-Type') ?? '';
  if (contentType.includes('json')) {
    try {
      const body: unknown = await response.json();
      if (body !== null && typeof body === 'object') {
        return body as ProblemDetail;
      }
    } catch {
      // an unreadable body falls through to the status text
    }
  }
  return { title: response.statusText || `HTTP ${response.status}`, status: response.status };
}

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
  const language = currentLanguage();
  if (language) {
    headers['Accept-Language'] = language;
  }

  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }

  if (method !== 'GET') {
    const token = await csrfToken();
    if (token !== undefined) {
      headers[CSRF_HEADER] = token;
    }
  }

  const response = await fetch(toUrl(path), {
    method,
    headers,
    body,
    credentials: 'same-origin',
    signal: options.signal,
  });

  if (!response.ok) {
    throw new ApiError(response.status, await problemOf(response));
  }
  if (response.status === 204 || response.headers.get('Content-Length') === '0') {
    return undefined as T;
  }
  const text = await response.text();
  if (options.asText) {
    return text as T;
  }
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

function problemOfXhr(xhr: XMLHttpRequest): ProblemDetail {
  if ((xhr.getResponseHeader('Content-Type') ?? '').includes('json')) {
    try {
      const body: unknown = JSON.parse(xhr.responseText);
      if (body !== null && typeof body === 'object') {
        return body as ProblemDetail;
      }
    } catch {
      // an unreadable body falls through to the status text
    }
  }
  return { title: xhr.statusText || `HTTP ${xhr.status}`, status: xhr.status };
}

/**
 * POSTs a multipart form with upload progress (fetch cannot report it): `onProgress` gets the fraction sent, 0 to 1.
 * Same CSRF token, language and problem+json handling as {@link request}.
 */
export async function upload<T>(path: string, form: FormData, onProgress: (fraction: number) => void): Promise<T> {
  const token = await csrfToken();
  const language = currentLanguage();
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', toUrl(path));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    if (language) {
      xhr.setRequestHeader('Accept-Language', language);
    }
    if (token !== undefined) {
      xhr.setRequestHeader(CSRF_HEADER, token);
    }
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        onProgress(event.loaded / event.total);
      }
    };
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(new ApiError(xhr.status, problemOfXhr(xhr)));
        return;
      }
      onProgress(1);
      resolve((xhr.responseText === '' ? undefined : JSON.parse(xhr.responseText)) as T);
    };
    xhr.onerror = () => reject(new TypeError('Network error'));
    xhr.send(form);
  });
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  getText: (path: string, options?: Omit<RequestOptions, 'body' | 'asText'>) =>
    request<string>('GET', path, { ...options, asText: true }),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
