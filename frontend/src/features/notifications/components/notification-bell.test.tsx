import { http, HttpResponse } from 'msw';

import { problem, signInAs } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, userEvent, waitFor, within } from '@/testing/test-utils';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';

import type { NotificationList } from '../api/notifications';

/** The whole app renders first; on a busy machine that takes longer than the default second. */
const APP_READY = { timeout: 10_000 };

function inbox(): NotificationList {
  return {
    unread: 2,
    items: [
      { id: 'n-3', kind: 'CHANGES_REQUESTED', contentId: 'c-1', title: 'Spring tea tasting', createdAt: '2026-11-25T10:00:00Z', read: false },
      { id: 'n-2', kind: 'TASK_AVAILABLE', contentId: 'c-2', title: 'Autumn menu', createdAt: '2026-11-25T09:00:00Z', read: false },
      { id: 'n-1', kind: 'PUBLISHED', contentId: 'c-3', title: 'Gift boxes', createdAt: '2026-11-24T09:00:00Z', read: true },
    ],
  };
}

describe('notification bell', { timeout: 30_000 }, () => {
  beforeEach(() => window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en'));

  it('shows the unread count and lists the notifications newest first', async () => {
    const state = inbox();
    server.use(http.get('*/api/notifications', () => HttpResponse.json(state)));
    signInAs('editor1');
    renderApp('/drafts');
    const user = userEvent.setup();

    const bell = await screen.findByRole('button', { name: 'Notifications, 2 unread' }, APP_READY);
    await user.click(bell);

    const items = await screen.findAllByTestId('notification-item', {}, APP_READY);
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Changes were requested on your draft: Spring tea tasting (unread)'),
      expect.stringContaining('A task is waiting for your group: Autumn menu (unread)'),
      expect.stringContaining('Your content was published: Gift boxes'),
    ]);
    expect(items[0]).toHaveAttribute('href', '/contents/c-1');
  });

  it('marks a notification read when it is opened', async () => {
    const state = inbox();
    const marked: string[] = [];
    server.use(
      http.get('*/api/notifications', () => HttpResponse.json(state)),
      http.post('*/api/notifications/:id/read', ({ params }) => {
        marked.push(String(params.id));
        state.items = state.items.map((item) => (item.id === params.id ? { ...item, read: true } : item));
        state.unread = state.items.filter((item) => !item.read).length;
        return new HttpResponse(null, { status: 204 });
      }),
      // opening the notification navigates to the item, which this test does not need to show
      http.get('*/api/contents/:id', () => problem(404, 'Not found', 'no content c-1')),
    );
    signInAs('editor1');
    renderApp('/drafts');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }, APP_READY));
    await user.click((await screen.findAllByTestId('notification-item', {}, APP_READY))[0]);

    await waitFor(() => expect(marked).toEqual(['n-3']));
    expect(await screen.findByRole('button', { name: 'Notifications, 1 unread' })).toBeInTheDocument();
  });

  it('marks everything read', async () => {
    const state = inbox();
    server.use(
      http.get('*/api/notifications', () => HttpResponse.json(state)),
      http.post('*/api/notifications/read-all', () => {
        state.items = state.items.map((item) => ({ ...item, read: true }));
        state.unread = 0;
        return HttpResponse.json({ marked: 2 });
      }),
    );
    signInAs('reviewer1');
    renderApp('/tasks');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }, APP_READY));
    const readAll = await within(await screen.findByTestId('notification-list')).findByTestId('notifications-read-all', {}, APP_READY);
    expect(readAll).toHaveTextContent('Mark all as read');
    await user.click(readAll);

    expect(await screen.findByRole('button', { name: 'Notifications, 0 unread' })).toBeInTheDocument();
  });
});
