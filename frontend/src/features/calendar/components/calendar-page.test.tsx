import { http, HttpResponse } from 'msw';

import { signInAs } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, userEvent, waitFor, within } from '@/testing/test-utils';
import type { BriefRequest, ContentSummary } from '@/types/content';

function item(overrides: Partial<ContentSummary>): ContentSummary {
  return {
    id: 'c1',
    status: 'SCHEDULED',
    revision: 1,
    title: 'Spring tea',
    owner: 'editor1',
    platforms: ['weibo', 'linkedin'],
    updatedAt: '2026-03-01T10:00:00Z',
    ...overrides,
  };
}

const local = (day: number, hour: number) => new Date(new Date().getFullYear(), new Date().getMonth(), day, hour).toISOString();
const dayCell = (day: number) => {
  const now = new Date();
  const key = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return screen.getByTestId(`day-${key}`);
};

describe('CalendarPage', { timeout: 15_000 }, () => {
  it('shows the month grid with each item on its day, with platform and status badges', async () => {
    const ranges: [string | null, string | null][] = [];
    server.use(
      http.get('*/api/calendar', ({ request }) => {
        const url = new URL(request.url);
        ranges.push([url.searchParams.get('from'), url.searchParams.get('to')]);
        return HttpResponse.json([
          item({ id: 'a', title: 'Spring tea', scheduledAt: local(3, 9) }),
          item({ id: 'b', title: 'Tea party', status: 'PUBLISHED', platforms: ['x'], scheduledAt: local(3, 15) }),
          item({ id: 'c', title: undefined, theme: 'Autumn harvest', revision: 0, status: 'DRAFT', scheduledAt: local(20, 10) }),
        ]);
      }),
    );
    signInAs('reviewer1');
    renderApp('/calendar');

    await waitFor(() => expect(within(dayCell(3)).getAllByTestId('calendar-item')).toHaveLength(2), { timeout: 5000 });
    const [first, second] = within(dayCell(3)).getAllByTestId('calendar-item');
    expect(within(first!).getByRole('link')).toHaveAttribute('href', '/contents/a');
    expect(first).toHaveTextContent('Weibo');
    expect(first).toHaveTextContent('LinkedIn');
    expect(first).toHaveTextContent('Scheduled');
    expect(second).toHaveTextContent('Tea party');
    expect(second).toHaveTextContent('Published');
    expect(within(dayCell(20)).getByTestId('calendar-item')).toHaveTextContent('Autumn harvest');
    expect(within(dayCell(20)).getByTestId('calendar-item')).toHaveTextContent('To write');
    // the grid starts on a Monday on or before the 1st
    const from = new Date(ranges[0]![0]!);
    expect(from.getDay()).toBe(1);
    expect(from.getTime()).toBeLessThanOrEqual(new Date(new Date().getFullYear(), new Date().getMonth(), 1).getTime());
    // reviewers plan nothing
    expect(screen.queryByTestId('new-brief')).not.toBeInTheDocument();
  });

  it('lets an editor plan a brief, sending every field', async () => {
    const briefs: BriefRequest[] = [];
    server.use(
      http.post('*/api/briefs', async ({ request }) => {
        const body = (await request.json()) as BriefRequest;
        briefs.push(body);
        return HttpResponse.json(
          { id: 'b1', status: 'DRAFT', revision: 0, owner: body.owner, planner: 'editor1', theme: body.theme, platforms: body.platforms, createdAt: '', updatedAt: '', revisions: [] },
          { status: 201 },
        );
      }),
    );
    signInAs('editor1');
    const user = userEvent.setup();
    renderApp('/calendar');

    await user.click(await screen.findByTestId('new-brief'));
    const dialog = await screen.findByRole('dialog', { name: 'New brief' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Theme' }));
    await user.paste('Autumn harvest');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Content type' }), 'Short video');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Douyin' }));
    await user.click(within(dialog).getByRole('textbox', { name: 'Campaign' }));
    await user.paste('autumn');
    await user.click(within(dialog).getByRole('textbox', { name: 'Notes' }));
    await user.paste('Show the tea fields.');
    await user.click(within(dialog).getByTestId('create-brief'));

    expect(await screen.findByTestId('brief-created')).toHaveTextContent('Brief “Autumn harvest” planned for editor1.');
    expect(briefs).toHaveLength(1);
    expect(briefs[0]).toMatchObject({
      theme: 'Autumn harvest',
      contentType: 'SHORT_VIDEO',
      platforms: ['douyin'],
      owner: 'editor1',
      campaign: 'autumn',
      notes: 'Show the tea fields.',
    });
    expect(new Date(briefs[0]!.targetPublishAt).getHours()).toBe(10);
  });
});
