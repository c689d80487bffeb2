import { http, HttpResponse } from 'msw';

import { dayKey } from '@/lib/dates';
import { problem, signInAs } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { fireEvent, renderApp, screen, userEvent, waitFor, within } from '@/testing/test-utils';
import type { ContentSummary } from '@/types/content';

import { weekDays } from '../week';

const days = weekDays(new Date());
const at = (dayIndex: number, hour: number, minute = 30) => {
  const day = days[dayIndex]!;
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour, minute).toISOString();
};
const slot = (dayIndex: number, hour: number) => screen.getByTestId(`slot-${dayKey(days[dayIndex]!)}-${hour}`);

function post(overrides: Partial<ContentSummary>): ContentSummary {
  return {
    id: 'p1',
    status: 'SCHEDULED',
    revision: 1,
    title: 'Spring tea',
    owner: 'editor1',
    platforms: ['weibo'],
    scheduledAt: at(1, 9),
    updatedAt: '2026-03-01T10:00:00Z',
    ...overrides,
  };
}

/** Serves the items; a reschedule moves the item (as the server would) and is recorded. */
function serveCalendar(items: ContentSummary[]) {
  const moves: { id: string; scheduledAt: string }[] = [];
  server.use(
    http.get('*/api/calendar', () => HttpResponse.json(items)),
    http.post('*/api/contents/:id/reschedule', async ({ params, request }) => {
      const { scheduledAt } = (await request.json()) as { scheduledAt: string };
      moves.push({ id: String(params.id), scheduledAt });
      const index = items.findIndex((item) => item.id === params.id);
      items[index] = { ...items[index]!, scheduledAt };
      return HttpResponse.json({});
    }),
  );
  return moves;
}

async function openWeek(user: ReturnType<typeof userEvent.setup>) {
  renderApp('/calendar');
  await user.click(await screen.findByText('Week'));
  return screen.findByTestId('week-grid');
}

/** A drag as the browser runs it, with one data transfer from dragstart to drop. */
function drag(item: HTMLElement, target: HTMLElement) {
  const data = new Map<string, string>();
  const dataTransfer = {
    types: [] as string[],
    setData: (type: string, value: string) => {
      data.set(type, value);
      dataTransfer.types = [...data.keys()];
    },
    getData: (type: string) => data.get(type) ?? '',
    effectAllowed: 'all',
    dropEffect: 'none',
  };
  fireEvent.dragStart(item, { dataTransfer });
  fireEvent.dragOver(target, { dataTransfer });
  fireEvent.drop(target, { dataTransfer });
  fireEvent.dragEnd(item, { dataTransfer });
}

describe('Calendar week view', { timeout: 20_000 }, () => {
  it('places posts by day and hour, and a drag to another slot reschedules to that day and hour', async () => {
    const moves = serveCalendar([post({})]);
    signInAs('editor1');
    const user = userEvent.setup();
    await openWeek(user);

    const item = await within(slot(1, 9)).findByTestId('calendar-item');
    expect(item).toHaveTextContent('Spring tea');
    drag(item, slot(3, 14));

    await waitFor(() => expect(moves).toEqual([{ id: 'p1', scheduledAt: at(3, 14) }]));
    await waitFor(() => expect(within(slot(3, 14)).getByTestId('calendar-item')).toHaveTextContent('Spring tea'));
    expect(within(slot(1, 9)).queryByTestId('calendar-item')).not.toBeInTheDocument();
  });

  it('puts a refused move back and shows why', async () => {
    serveCalendar([post({})]);
    server.use(
      http.post('*/api/contents/p1/reschedule', () =>
        problem(400, 'Bad Request', 'scheduledAt: must be at least 1 day from now'),
      ),
    );
    signInAs('editor1');
    const user = userEvent.setup();
    await openWeek(user);

    drag(await within(slot(1, 9)).findByTestId('calendar-item'), slot(2, 8));

    expect(await screen.findByTestId('reschedule-error')).toHaveTextContent('must be at least 1 day from now');
    await waitFor(() => expect(within(slot(1, 9)).getByTestId('calendar-item')).toBeInTheDocument());
    expect(within(slot(2, 8)).queryByTestId('calendar-item')).not.toBeInTheDocument();
  });

  it('reschedules from the keyboard with the reschedule button', async () => {
    const moves = serveCalendar([post({})]);
    signInAs('editor1');
    const user = userEvent.setup();
    await openWeek(user);

    await user.click(await screen.findByRole('button', { name: 'Reschedule “Spring tea”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reschedule' });
    const input = within(dialog).getByLabelText(/Publish at/);
    fireEvent.change(input, { target: { value: '2031-05-06T07:45' } });
    await user.click(within(dialog).getByTestId('confirm-reschedule'));

    await waitFor(() => expect(moves).toEqual([{ id: 'p1', scheduledAt: new Date(2031, 4, 6, 7, 45).toISOString() }]));
  });

  it("offers no move for someone else's post or a published one", async () => {
    serveCalendar([post({ owner: 'lead1' }), post({ id: 'p2', title: 'Out already', status: 'PUBLISHED', scheduledAt: at(2, 10) })]);
    signInAs('editor1');
    const user = userEvent.setup();
    await openWeek(user);

    const items = await screen.findAllByTestId('calendar-item');
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item).not.toHaveAttribute('draggable', 'true');
    }
    expect(screen.queryByTestId('reschedule-item')).not.toBeInTheDocument();
  });

  it('shows the promotional share per platform per week, with a warning above the threshold', async () => {
    serveCalendar([]);
    const weekStart = days[0]!.toISOString();
    server.use(
      http.get('*/api/calendar/promotional-share', () =>
        HttpResponse.json({
          threshold: 0.2,
          weeks: [
            { platform: 'weibo', weekStart, weekEnd: '', posts: 4, promotional: 2, share: 0.5, aboveThreshold: true },
            { platform: 'x', weekStart, weekEnd: '', posts: 5, promotional: 1, share: 0.2, aboveThreshold: false },
          ],
        }),
      ),
    );
    signInAs('compliance1');
    const user = userEvent.setup();
    await openWeek(user);

    const panel = await screen.findByTestId('promotional-share');
    const weibo = await within(panel).findByTestId('share-weibo');
    expect(weibo).toHaveTextContent('Weibo 2/4 (50%) · above the guideline');
    expect(weibo).toHaveAttribute('data-above', 'true');
    expect(within(panel).getByTestId('share-x')).toHaveTextContent('X 1/5 (20%)');
    expect(within(panel).getByTestId('share-x')).not.toHaveAttribute('data-above');
    expect(panel).toHaveTextContent('at most 20%');
  });
});
