import { http, HttpResponse } from 'msw';

import { signInAs } from '@/testing/mocks/handlers';
import { screen as screenText, screeningHandler } from '@/testing/mocks/screening';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, userEvent, waitFor, within } from '@/testing/test-utils';
import type { ContentView, DraftRequest } from '@/types/content';
import type { ScreeningRequest } from '@/types/screening';

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
    expect(screen.getByRole('button', { name: /^X: own variant/ })).toBeInTheDocument();
    expect(screen.queryByTestId('over-limit-weibo')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('counters-weibo')).getByLabelText('Characters: 31 / 2000')).toBeInTheDocument();
  });

  it('screens a platform variant with that platform and applies a suggestion to the variant only', async () => {
    const screened: ScreeningRequest[] = [];
    server.use(
      http.post('*/api/screenings', async ({ request }) => {
        const body = (await request.json()) as ScreeningRequest;
        screened.push(body);
        return HttpResponse.json(screenText(body));
      }),
    );
    const user = await writeDraft('Fresh green tea', ['Weibo', 'X']);
    await user.click(screen.getByRole('button', { name: 'X: same as the main text' }));
    expect(screen.queryByTestId('variant-screening-x')).not.toBeInTheDocument();

    await user.click(await screen.findByRole('textbox', { name: 'X text' }));
    await user.paste('Try the best tea in the world today');

    const panel = await screen.findByTestId('variant-screening-x');
    await waitFor(() => expect(within(panel).getByTestId('variant-banner-x')).toHaveAttribute('data-blocking', 'true'));
    expect(within(panel).getByTestId('finding')).toHaveAttribute('data-rule', 'en-superlative');
    expect(screen.getByRole('button', { name: 'X: own variant Would be blocked: 1 finding' })).toBeInTheDocument();
    expect(screened).toContainEqual(
      expect.objectContaining({ title: 'Spring tea', text: 'Try the best tea in the world today', platform: 'x' }),
    );
    expect(screen.getByTestId('screening-banner')).toHaveAttribute('data-blocking', 'false');

    await user.click(within(panel).getByRole('button', { name: 'Replace with “our favourite jasmine tea”' }));

    expect(screen.getByRole('textbox', { name: 'X text' })).toHaveValue('Try our favourite jasmine tea today');
    expect(screen.getByRole('textbox', { name: 'X title' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Text' })).toHaveValue('Fresh green tea');
    await waitFor(() => expect(within(panel).getByTestId('variant-banner-x')).toHaveAttribute('data-blocking', 'false'));
    expect(screen.getByRole('button', { name: 'X: own variant 0 findings' })).toBeInTheDocument();
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
