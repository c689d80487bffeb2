import { http, HttpResponse } from 'msw';

import { problem, signInAs } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, userEvent, waitFor, within } from '@/testing/test-utils';
import type { AuditEntry, VerificationReport } from '@/types/audit';

function entry(sequence: number, eventType: string, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    sequence,
    recordedAt: '2026-03-02T09:30:00Z',
    actor: 'reviewer1',
    actorRoles: ['REVIEWER'],
    contentId: 'c0ffee00-1111-2222-3333-444455556666',
    revision: 1,
    eventType,
    platforms: ['WEIBO'],
    payload: {},
    entryHash: `hash${sequence}`.padEnd(64, '0'),
    ...overrides,
  };
}

/** Answers GET /api/audit with 120 entries for the content id asked for, 50 a page, and records the requests. */
function serveTrail(requests: URL[]) {
  server.use(
    http.get('*/api/audit', ({ request }) => {
      const url = new URL(request.url);
      requests.push(url);
      const page = Number(url.searchParams.get('page'));
      const all = url.searchParams.get('contentId')
        ? [
            entry(1, 'ContentSubmitted', { actor: 'editor1', actorRoles: ['EDITOR'] }),
            entry(2, 'ScreeningCompleted', { actor: 'system', actorRoles: [], payload: { findings: 2, blocking: false } }),
            entry(3, 'ReviewDecided', { payload: { step: 'EDITORIAL_REVIEW', outcome: 'REQUEST_CHANGES', comment: 'Drop the claim' } }),
            ...Array.from({ length: 117 }, (_, index) => entry(4 + index, 'ContentStatusChanged', { payload: { from: 'SCREENING', to: 'IN_REVIEW' } })),
          ]
        : [];
      return HttpResponse.json({
        entries: all.slice(page * 50, page * 50 + 50),
        page,
        size: 50,
        totalElements: all.length,
        totalPages: Math.ceil(all.length / 50),
      });
    }),
  );
}

const WAIT = { timeout: 5000 };

describe('AuditPage', { timeout: 20_000 }, () => {
  beforeEach(() => signInAs('compliance1'));

  it('searches by content id, shows readable events and pages through the results', async () => {
    const requests: URL[] = [];
    serveTrail(requests);
    const user = userEvent.setup();
    renderApp('/audit');

    expect(await screen.findByTestId('audit-total', {}, WAIT)).toHaveTextContent('0 entries');
    await user.type(screen.getByLabelText('Content id'), 'c0ffee00-1111-2222-3333-444455556666');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    expect(await screen.findByText('120 entries', { exact: false }, WAIT)).toBeInTheDocument();
    expect(requests.at(-1)?.searchParams.get('contentId')).toBe('c0ffee00-1111-2222-3333-444455556666');
    const rows = screen.getAllByTestId('audit-entry');
    expect(rows).toHaveLength(50);
    expect(within(rows[0]!).getByText('Submitted')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Postgate (system)')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('2 findings, not blocking')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Editorial review · Changes requested: “Drop the claim”')).toBeInTheDocument();
    expect(within(rows[3]!).getByText('Screening → In review')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Weibo')).toBeInTheDocument();

    expect(screen.getByTestId('export-csv')).toHaveAttribute(
      'href',
      '/api/audit/export?contentId=c0ffee00-1111-2222-3333-444455556666&format=csv',
    );

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(requests.at(-1)?.searchParams.get('page')).toBe('1'));
    await waitFor(() => expect(screen.getAllByTestId('audit-entry')[0]).toHaveTextContent('51'));
  });

  it('sends the event type, platform and time range it was given', async () => {
    const requests: URL[] = [];
    serveTrail(requests);
    const user = userEvent.setup();
    renderApp('/audit');
    await screen.findByTestId('audit-total', {}, WAIT);

    await user.type(screen.getByLabelText('Actor'), ' legal1 ');
    await user.click(screen.getByRole('textbox', { name: 'Event type' }));
    await user.click(await screen.findByRole('option', { name: 'Review decision', hidden: true }));
    await user.click(screen.getByRole('textbox', { name: 'Platform' }));
    await user.click(await screen.findByRole('option', { name: 'Weibo', hidden: true }));
    await user.type(screen.getByLabelText('From'), '2026-03-01T08:00');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    await waitFor(() => expect(requests.at(-1)?.searchParams.get('eventType')).toBe('ReviewDecided'));
    const sent = requests.at(-1)!.searchParams;
    expect(sent.get('actor')).toBe('legal1');
    expect(sent.get('platform')).toBe('weibo');
    expect(sent.get('from')).toBe(new Date('2026-03-01T08:00').toISOString());
    expect(sent.has('to')).toBe(false);
  });

  it('verifies the chain on request and says it is intact', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/audit/verify', () => {
        calls += 1;
        return HttpResponse.json({ valid: true, entries: 42, checkpoints: 3 } satisfies VerificationReport);
      }),
    );
    const user = userEvent.setup();
    renderApp('/audit');

    await user.click(await screen.findByRole('button', { name: 'Verify now' }, WAIT));

    const result = await screen.findByTestId('verify-result');
    expect(result).toHaveAttribute('data-valid', 'true');
    expect(result).toHaveTextContent('The audit trail is intact');
    expect(result).toHaveTextContent('42 entries, 3 signed checkpoints checked.');
    expect(calls).toBe(1);
  });

  it('names the first broken entry of an altered chain', async () => {
    server.use(
      http.get('*/api/audit/verify', () =>
        HttpResponse.json({
          valid: false,
          entries: 42,
          checkpoints: 3,
          firstBrokenSequence: 17,
          problem: 'entry 17: hash does not match its content',
        } satisfies VerificationReport),
      ),
    );
    const user = userEvent.setup();
    renderApp('/audit');

    await user.click(await screen.findByRole('button', { name: 'Verify now' }, WAIT));

    const result = await screen.findByTestId('verify-result');
    expect(result).toHaveAttribute('data-valid', 'false');
    expect(result).toHaveTextContent('First broken entry: #17');
    expect(result).toHaveTextContent('entry 17: hash does not match its content');
  });

  it('shows the server problem when verification is refused', async () => {
    server.use(http.get('*/api/audit/verify', () => problem(403, 'Forbidden', 'Access Denied')));
    const user = userEvent.setup();
    renderApp('/audit');

    await user.click(await screen.findByRole('button', { name: 'Verify now' }, WAIT));

    expect(await screen.findByTestId('verify-error')).toHaveTextContent('Access Denied');
  });
});
