import { http, HttpResponse } from 'msw';

import { signInAs } from '@/testing/mocks/handlers';
import { screeningHandler } from '@/testing/mocks/screening';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, userEvent, waitFor, within } from '@/testing/test-utils';
import type { ContentView, DraftRequest } from '@/types/content';

async function writeDraft(body: string, platforms: string[]) {
  const user = userEvent.setup();
  signInAs('editor1');
  renderApp('/drafts/new');
  await screen.findByRole('heading', { level: 1, name: 'New draft' });
  await user.click(screen.getByRole('textbox', { name: 'Title' }));
  await user.paste('Spring tea');
  await user.click(screen.getByRole('textbox', { name: 'Text' }));
  await user.paste(body);
  for (const platform of platforms) {
    await user.click(screen.getByRole('checkbox', { name: platform }));
  }
  return user;
}

describe('Platform variants and counters', { timeout: 30_000 }, () => {
  beforeEach(() => server.use(screeningHandler));

  it('counts a platform with its own variant against its limits and marks it over the limit', async () => {
    const user = await writeDraft('Fresh green tea @northwind #tea', ['Weibo', 'X']);

    const x = await screen.findByTestId('counters-x');
    await waitFor(() => expect(within(x).getByLabelText('Characters: 31 / 280')).toBeInTheDocument());
    expect(within(x).getByLabelText('Mentions: 1 / 10')).toBeInTheDocument();
    expect(screen.queryByTestId('over-limit-x')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'X: same as the main text' }));
    await user.click(await screen.findByRole('textbox', { name: 'X text' }));
    await user.paste(`${'茶'.repeat(150)} #a #b #c #d`);

    expect(await screen.findByTestId('over-limit-x')).toHaveTextContent('Over the limit');
    expect(within(x).getByLabelText('Characters: 312 / 280')).toHaveAttribute('data-over', 'true');
    expect(within(x).getByLabelText('Hashtags: 4 / 3')).toHaveAttribute('data-over', 'true');
    expect(screen.getByRole('button', { name: 'X: own variant' })).toBeInTheDocument();
    expect(screen.queryByTestId('over-limit-weibo')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('counters-weibo')).getByLabelText('Characters: 31 / 2000')).toBeInTheDocument();
  });

  it('saves the variants of the selected platforms only', async () => {
    const saved: DraftRequest[] = [];
    server.use(
      http.post('*/api/contents', async ({ request }) => {
        const draft = (await request.json()) as DraftRequest;
        saved.push(draft);
        const view: ContentView = {
          id: 'c9',
          status: 'DRAFT',
          revision: 1,
          owner: 'editor1',
          planner: 'editor1',
          platforms: draft.platforms,
          createdAt: '2026-03-01T10:00:00Z',
          updatedAt: '2026-03-01T10:00:00Z',
          revisions: [],
        };
        return HttpResponse.json(view, { status: 201 });
      }),
      http.get('*/api/contents/c9', () => HttpResponse.json({})),
    );
    const user = await writeDraft('Fresh green tea.', ['X']);
    await user.click(screen.getByRole('button', { name: 'X: same as the main text' }));
    await user.click(await screen.findByRole('textbox', { name: 'X text' }));
    await user.paste('Short for X.');
    await user.click(screen.getByTestId('save'));

    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.variants).toEqual({ x: { body: 'Short for X.' } });
  });
});
