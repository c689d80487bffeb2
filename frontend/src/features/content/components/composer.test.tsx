import { http, HttpResponse } from 'msw';

import { problem, signInAs } from '@/testing/mocks/handlers';
import { screeningHandler } from '@/testing/mocks/screening';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, userEvent, waitFor, within } from '@/testing/test-utils';
import type { ContentView, DraftRequest } from '@/types/content';
import type { ScreeningRequest } from '@/types/screening';

const SCREENING_WAIT = { timeout: 3000 };

function text() {
  return screen.getByRole('textbox', { name: 'Text' });
}

async function writeClaim() {
  const user = userEvent.setup();
  signInAs('editor1');
  renderApp('/drafts/new');
  await screen.findByRole('heading', { level: 1, name: 'New draft' });
  await user.click(screen.getByRole('textbox', { name: 'Title' }));
  await user.paste('Spring tea');
  await user.click(text());
  await user.paste('Try the best tea in the world with jasmin.');
  await user.click(screen.getByRole('checkbox', { name: 'Weibo' }));
  return user;
}

describe('Composer', { timeout: 15_000 }, () => {
  beforeEach(() => server.use(screeningHandler));

  it('marks findings in the checked text by severity, and the banner says the draft would be blocked', async () => {
    const screened: ScreeningRequest[] = [];
    server.use(
      http.post('*/api/screenings', async ({ request }) => {
        screened.push((await request.clone().json()) as ScreeningRequest);
        return undefined; // falls through to the stand-in
      }),
    );
    await writeClaim();

    const banner = await screen.findByTestId('screening-banner', {}, SCREENING_WAIT);
    await waitFor(() => expect(banner).toHaveTextContent('Would be blocked: 1 blocking finding'), SCREENING_WAIT);
    expect(banner).toHaveTextContent('No legal sign-off needed.');
    const marks = screen.getAllByTestId('highlight');
    expect(marks.map((mark) => [mark.textContent?.replace(/ \(.*\)$/, ''), mark.dataset.severity])).toEqual([
      ['the best tea in the world', 'BLOCKER'],
      ['jasmin', 'INFO'],
    ]);
    const panel = screen.getByTestId('category-ABSOLUTE_CLAIM');
    expect(within(panel).getByText(/cannot be substantiated/)).toBeInTheDocument();
    expect(within(panel).getByText(/FTC Act §5/)).toBeInTheDocument();
    // debounced: not one request per change, and the last one with the first platform
    await waitFor(
      () => expect(screened.at(-1)).toMatchObject({ title: 'Spring tea', platform: 'weibo', sponsored: false, crisis: false }),
      SCREENING_WAIT,
    );
    expect(screened.length).toBeLessThanOrEqual(2);
  });

  it('applies a suggestion to the span it belongs to, and the new check passes', async () => {
    const user = await writeClaim();
    await screen.findByRole('button', { name: 'Replace with “our favourite jasmine tea”' }, SCREENING_WAIT);

    await user.click(screen.getByRole('button', { name: 'Replace with “our favourite jasmine tea”' }));

    expect(text()).toHaveValue('Try our favourite jasmine tea with jasmin.');
    await waitFor(() => expect(screen.getByTestId('screening-banner')).toHaveTextContent('Would pass to human review'), SCREENING_WAIT);
    await user.click(await screen.findByRole('button', { name: 'Replace with “jasmine”' }, SCREENING_WAIT));
    expect(text()).toHaveValue('Try our favourite jasmine tea with jasmine.');
    await waitFor(() => expect(screen.queryAllByTestId('highlight')).toHaveLength(0), SCREENING_WAIT);
  });

  it('says when legal sign-off will be needed', async () => {
    const user = await writeClaim();
    await user.click(screen.getByRole('switch', { name: 'Sponsored' }));

    await waitFor(
      () => expect(screen.getByTestId('screening-banner')).toHaveTextContent('Legal sign-off will be needed.'),
      SCREENING_WAIT,
    );
  });

  it('saves with POST, then submits and opens the status page with the warnings submit gave', async () => {
    const saved: DraftRequest[] = [];
    let view: ContentView | undefined;
    server.use(
      http.post('*/api/contents', async ({ request }) => {
        const body = (await request.json()) as DraftRequest;
        saved.push(body);
        view = {
          id: 'c1',
          status: 'DRAFT',
          revision: 1,
          owner: 'editor1',
          planner: 'editor1',
          platforms: body.platforms,
          createdAt: '2026-03-01T10:00:00Z',
          updatedAt: '2026-03-01T10:00:00Z',
          revisions: [],
        };
        return HttpResponse.json(view, { status: 201 });
      }),
      http.post('*/api/contents/c1/submit', () =>
        HttpResponse.json({
          ...view,
          status: 'SCREENING',
          warnings: [
            {
              code: 'PROMOTIONAL_SHARE',
              message: 'sponsored posts would be 2 of 4 posts on weibo within 7 days',
              details: { platform: 'weibo', posts: 4, promotional: 2, share: 0.5, threshold: 0.2 },
            },
          ],
        }),
      ),
      http.get('*/api/contents/c1', () => HttpResponse.json({ ...view, status: 'IN_REVIEW' })),
    );
    const user = await writeClaim();

    await user.click(screen.getByTestId('submit'));

    expect(await screen.findByTestId('content-status')).toBeInTheDocument();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ title: 'Spring tea', platforms: ['weibo'], contentType: 'ARTICLE' });
    expect(screen.getByTestId('submit-warnings')).toHaveTextContent(
      'Sponsored posts would be 2 of 4 posts on Weibo within 7 days (50%, above the 20% guideline).',
    );
  });

  it('after a refused submit, submitting again does not create the draft twice', async () => {
    let creations = 0;
    let submissions = 0;
    const view: ContentView = {
      id: 'c2',
      status: 'DRAFT',
      revision: 1,
      owner: 'editor1',
      planner: 'editor1',
      platforms: ['weibo'],
      createdAt: '2026-03-01T10:00:00Z',
      updatedAt: '2026-03-01T10:00:00Z',
      revisions: [],
    };
    server.use(
      http.post('*/api/contents', () => {
        creations += 1;
        return HttpResponse.json(view, { status: 201 });
      }),
      http.post('*/api/contents/c2/submit', () => {
        submissions += 1;
        return submissions === 1
          ? problem(409, 'Conflict', 'the draft was updated by the workflow at the same moment; submit it again')
          : HttpResponse.json({ ...view, status: 'SCREENING' });
      }),
      http.get('*/api/contents/c2', () => HttpResponse.json({ ...view, status: 'SCREENING' })),
    );
    const user = await writeClaim();

    await user.click(screen.getByTestId('submit'));
    expect(await screen.findByTestId('save-error')).toHaveTextContent('submit it again');
    await user.click(screen.getByTestId('submit'));

    expect(await screen.findByTestId('content-status')).toBeInTheDocument();
    expect([creations, submissions]).toEqual([1, 2]);
  });

  it('asks for the required fields before saving', async () => {
    const user = userEvent.setup();
    signInAs('editor1');
    renderApp('/drafts/new');
    await screen.findByRole('heading', { level: 1, name: 'New draft' });

    await user.click(screen.getByTestId('save'));

    expect(screen.getAllByText('Required')).toHaveLength(2);
    expect(screen.getByText('Choose at least one platform')).toBeInTheDocument();
  });
});
