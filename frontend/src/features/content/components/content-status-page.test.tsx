import { http, HttpResponse } from 'msw';

import { signInAs } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, userEvent, waitFor, within } from '@/testing/test-utils';
import type { ContentView, Revision } from '@/types/content';

const WAIT = { timeout: 5000 };

function dossier(overrides: Partial<ContentView> = {}): ContentView {
  const revision: Revision = {
    contentId: 'c1',
    number: 1,
    title: 'Spring tea',
    body: 'The best tea ever.',
    variants: {},
    platforms: ['weibo'],
    tags: [],
    sponsored: false,
    crisis: false,
    author: 'editor1',
    createdAt: '2026-03-01T08:00:00Z',
    fingerprint: 'abcdef1234567890',
    attachments: [],
  };
  return {
    id: 'c1',
    status: 'CHANGES_REQUESTED',
    revision: 1,
    owner: 'editor1',
    planner: 'editor1',
    platforms: ['weibo'],
    createdAt: '2026-03-01T08:00:00Z',
    updatedAt: '2026-03-01T09:00:00Z',
    current: revision,
    revisions: [revision],
    latestReport: {
      contentId: 'c1',
      revision: 1,
      blocking: false,
      legalRequired: false,
      reports: [
        {
          platform: 'weibo',
          blocking: false,
          findings: [
            {
              category: 'ABSOLUTE_CLAIM',
              ruleId: 'ad-law-absolute',
              severity: 'WARNING',
              start: 19,
              end: 23,
              excerpt: 'best',
              message: 'Absolute claims are not allowed.',
              suggestions: [],
              legalReference: 'Advertising Law Art. 9',
            },
          ],
        },
      ],
    },
    decisions: [
      {
        revision: 1,
        step: 'EDITORIAL_REVIEW',
        outcome: 'REQUEST_CHANGES',
        actor: 'reviewer1',
        comment: 'Please drop "best".',
        dispositions: [{ ruleId: 'ad-law-absolute', start: 19, disposition: 'ACCEPTED' }],
        fingerprint: 'abcdef1234567890',
        decidedAt: '2026-03-01T09:00:00Z',
      },
    ],
    deliveries: [],
    timeline: [
      { sequence: 7, at: '2026-03-01T08:00:00Z', actor: 'editor1', actorRoles: ['EDITOR'], revision: 1, event: 'ContentSubmitted', details: {} },
      {
        sequence: 8,
        at: '2026-03-01T08:01:00Z',
        actor: 'system',
        actorRoles: [],
        revision: 1,
        event: 'ScreeningCompleted',
        details: { findings: 1, blocking: false },
      },
      {
        sequence: 9,
        at: '2026-03-01T09:00:00Z',
        actor: 'reviewer1',
        actorRoles: ['REVIEWER'],
        revision: 1,
        event: 'ReviewDecided',
        details: { step: 'EDITORIAL_REVIEW', outcome: 'REQUEST_CHANGES', comment: 'Please drop "best".' },
      },
    ],
    ...overrides,
  };
}

function serve(view: ContentView) {
  server.use(http.get('*/api/contents/c1', () => HttpResponse.json(view)));
}

describe('ContentStatusPage', { timeout: 20_000 }, () => {
  it('shows the reviewer comment beside the draft, the timeline, decisions and findings', async () => {
    signInAs('editor1');
    serve(dossier());
    renderApp('/contents/c1');

    const comment = await screen.findByTestId('changes-comment', {}, WAIT);
    expect(comment).toHaveTextContent('Comment from reviewer1');
    expect(comment).toHaveTextContent('Please drop "best".');
    expect(screen.getByRole('link', { name: 'Revise and resubmit' })).toHaveAttribute('href', '/drafts/c1/edit');

    const entries = within(screen.getByTestId('timeline')).getAllByTestId('timeline-entry');
    expect(entries.map((entry) => entry.dataset.event)).toEqual(['ContentSubmitted', 'ScreeningCompleted', 'ReviewDecided']);
    expect(entries[0]).toHaveTextContent('Submitted');
    expect(entries[0]).toHaveTextContent('editor1');
    expect(entries[0]).toHaveTextContent('Editor');
    expect(entries[1]).toHaveTextContent('Postgate (system)');
    expect(entries[1]).toHaveTextContent('1 finding, not blocking');
    expect(entries[2]).toHaveTextContent('Editorial review · Changes requested: “Please drop "best".”');

    const decision = screen.getByTestId('decision');
    expect(decision).toHaveTextContent('Changes requested');
    expect(decision).toHaveTextContent('ad-law-absolute: accepted');

    expect(screen.getByTestId('latest-report')).toHaveTextContent('Absolute claims are not allowed.');
    expect(screen.getByTestId('latest-report')).toHaveTextContent('Advertising Law Art. 9');
    expect(screen.getByText('Not published yet.')).toBeInTheDocument();
    expect(await screen.findByTestId('diagram-unavailable', {}, WAIT)).toBeInTheDocument();
    expect(screen.queryByTestId('evidence-pack')).not.toBeInTheDocument();
  });

  it('lists deliveries and offers compliance the evidence pack and the audit search', async () => {
    signInAs('compliance1');
    serve(
      dossier({
        status: 'PUBLISHED',
        deliveries: [
          {
            contentId: 'c1',
            revision: 1,
            platform: 'weibo',
            idempotencyKey: 'c1-1-weibo',
            state: 'PUBLISHED',
            attempts: 1,
            remoteId: 'r1',
            remoteUrl: 'https://weibo.example/r1',
            publishedAt: '2026-03-02T10:00:00Z',
          },
        ],
      }),
    );
    renderApp('/contents/c1');

    const deliveries = await screen.findByTestId('deliveries', {}, WAIT);
    expect(within(deliveries).getByText('Weibo')).toBeInTheDocument();
    expect(within(deliveries).getByText('Published')).toBeInTheDocument();
    expect(within(deliveries).getByRole('link', { name: 'https://weibo.example/r1' })).toHaveAttribute('href', 'https://weibo.example/r1');
    expect(screen.getByTestId('evidence-pack')).toHaveAttribute('href', '/api/contents/c1/evidence');
    expect(screen.getByTestId('audit-link')).toHaveAttribute('href', '/audit?contentId=c1');
    expect(screen.queryByTestId('changes-comment')).not.toBeInTheDocument();
    expect(screen.queryByTestId('retry-publishing')).not.toBeInTheDocument();
  });

  it('lets an admin retry a failed publication', async () => {
    signInAs('admin');
    serve(dossier({ status: 'PUBLISH_FAILED' }));
    let retried = 0;
    server.use(
      http.post('*/api/admin/contents/c1/retry-publishing', () => {
        retried += 1;
        return HttpResponse.json({ jobsRetried: 1 });
      }),
    );
    const user = userEvent.setup();
    renderApp('/contents/c1');

    await user.click(await screen.findByTestId('retry-publishing', {}, WAIT));

    expect(await screen.findByText('Publishing started again (1 job).', {}, WAIT)).toBeInTheDocument();
    await waitFor(() => expect(retried).toBe(1));
  });
});
