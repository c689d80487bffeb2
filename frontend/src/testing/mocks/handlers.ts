import { http, HttpResponse } from 'msw';

import type { Me } from '@/types/api';

import { PLATFORM_LIMITS } from './platforms';

/**
 * An in-memory stand-in for the backend's auth endpoints, close to what Spring Security does: a session cookie
 * after login, a CSRF cookie that rotates on login, and problem+json errors.
 */

export const DEMO_USERS: Record<string, Me> = {
  editor1: { username: 'editor1', displayName: 'Emma Editor', roles: ['EDITOR'], locale: 'en' },
  reviewer1: { username: 'reviewer1', displayName: 'Rui Reviewer', roles: ['REVIEWER'], locale: 'en' },
  reviewer2: { username: 'reviewer2', displayName: 'Rita Reviewer', roles: ['REVIEWER'], locale: 'zh-CN' },
  legal1: { username: 'legal1', displayName: 'Li Legal', roles: ['LEGAL'], locale: 'en' },
  compliance1: { username: 'compliance1', displayName: 'Cai Compliance', roles: ['COMPLIANCE'], locale: 'en' },
  admin: { username: 'admin', displayName: 'Ada Admin', roles: ['ADMIN'], locale: 'en' },
  lead1: { username: 'lead1', displayName: 'Lee Lead', roles: ['EDITOR', 'REVIEWER'], locale: 'en' },
};

export const DEMO_PASSWORD = 'demo';

let currentUser: Me | null = null;
let csrfCounter = 0;

/** Who the mock server thinks is signed in; tests may set it directly. */
export function signInAs(username: string | null): void {
  currentUser = username === null ? null : (DEMO_USERS[username] ?? null);
}

export function resetMockServer(): void {
  currentUser = null;
  csrfCounter = 0;
}

function issueCsrfCookie(): string {
  csrfCounter += 1;
  const token = `csrf-token-${csrfCounter}`;
  document.cookie = `XSRF-TOKEN=${token}; path=/`;
  return token;
}

export function problem(status: number, title: string, detail: string) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, detail },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

function csrfProblem(request: Request) {
  const cookie = document.cookie.match(/XSRF-TOKEN=([^;]+)/)?.[1];
  const header = request.headers.get('X-XSRF-TOKEN');
  return cookie === undefined || header !== cookie
    ? problem(403, 'Forbidden', 'Invalid CSRF token')
    : undefined;
}

export const handlers = [
  http.get('*/api/me', () => {
    if (document.cookie.indexOf('XSRF-TOKEN=') === -1) {
      issueCsrfCookie();
    }
    return currentUser ? HttpResponse.json(currentUser) : problem(401, 'Unauthorized', 'Please sign in.');
  }),

  http.get('*/api/auth/config', () => HttpResponse.json({ localLogin: true })),

  http.post('*/api/auth/login', async ({ request }) => {
    const forbidden = csrfProblem(request);
    if (forbidden) {
      return forbidden;
    }
    const { username, password } = (await request.json()) as { username: string; password: string };
    const user = DEMO_USERS[username];
    if (!user || password !== DEMO_PASSWORD) {
      return problem(401, 'Unauthorized', 'Wrong username or password');
    }
    currentUser = user;
    issueCsrfCookie();
    return HttpResponse.json(user);
  }),

  http.post('*/api/auth/logout', ({ request }) => {
    const forbidden = csrfProblem(request);
    if (forbidden) {
      return forbidden;
    }
    currentUser = null;
    issueCsrfCookie();
    return new HttpResponse(null, { status: 204 });
  }),

  // The pages' lists are empty unless a test says otherwise with server.use(...).
  http.get('*/api/contents', () =>
    HttpResponse.json({ content: [], page: { size: 50, number: 0, totalElements: 0, totalPages: 0 } }),
  ),
  http.get('*/api/tasks', () => HttpResponse.json([])),
  http.get('*/api/calendar', () => HttpResponse.json([])),
  http.get('*/api/calendar/promotional-share', () => HttpResponse.json({ threshold: 0.2, weeks: [] })),
  http.get('*/api/platforms', () => HttpResponse.json(PLATFORM_LIMITS)),
  http.get('*/api/notifications', () => HttpResponse.json({ unread: 0, items: [] })),
  http.get('*/api/audit', () => HttpResponse.json({ entries: [], page: 0, size: 50, totalElements: 0, totalPages: 0 })),
  http.get('*/api/admin/process-definitions', () => HttpResponse.json([])),
  // the diagram needs SVG layout that jsdom lacks; the status page then says the diagram is unavailable
  http.get('*/api/process-model', () => problem(404, 'Not Found', 'No process model in tests.')),
];
