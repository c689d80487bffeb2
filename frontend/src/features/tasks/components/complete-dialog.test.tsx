import { http, HttpResponse } from 'msw';
import { useState } from 'react';

import { AppProvider, createQueryClient } from '@/app/provider';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { render, screen, userEvent, waitFor, within } from '@/testing/test-utils';
import type { Finding } from '@/types/screening';
import type { CompleteRequest, Outcome } from '@/types/task';

import { CompleteDialog } from './complete-dialog';

const FINDINGS: Finding[] = [
  { category: 'ABSOLUTE_CLAIM', ruleId: 'absolute-best', severity: 'BLOCKER', start: 4, end: 8, excerpt: 'best', message: 'm', suggestions: [] },
  { category: 'BRAND_TERM', ruleId: 'brand-lumen', severity: 'WARNING', start: 20, end: 25, excerpt: 'lumen', message: 'm', suggestions: [] },
];

function Harness({
  outcome,
  onCompleted,
  findings,
}: {
  outcome: Outcome;
  onCompleted: (outcome: Outcome) => void;
  findings?: Finding[];
}) {
  const [open, setOpen] = useState<Outcome | undefined>(outcome);
  return (
    <AppProvider queryClient={createQueryClient()}>
      <CompleteDialog taskId="t1" outcome={open} onClose={() => setOpen(undefined)} onCompleted={onCompleted} findings={findings} />
    </AppProvider>
  );
}

function recordCompletions() {
  const bodies: CompleteRequest[] = [];
  server.use(
    http.post('*/api/tasks/t1/complete', async ({ request }) => {
      bodies.push((await request.json()) as CompleteRequest);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return bodies;
}

describe('CompleteDialog', () => {
  it.each<[Outcome, string]>([
    ['REQUEST_CHANGES', 'Request changes'],
    ['REJECT', 'Reject'],
  ])('does not send %s without a comment', async (outcome, label) => {
    const bodies = recordCompletions();
    const onCompleted = vi.fn();
    const user = userEvent.setup();
    render(<Harness outcome={outcome} onCompleted={onCompleted} />);

    await user.click(await screen.findByRole('button', { name: label }));

    expect(screen.getByText('A comment is required for this decision.')).toBeInTheDocument();
    expect(bodies).toEqual([]);

    await user.type(screen.getByRole('textbox', { name: 'Comment' }), '  Please cite the source.  ');
    await user.click(screen.getByRole('button', { name: label }));

    await waitFor(() => expect(onCompleted).toHaveBeenCalledWith(outcome));
    expect(bodies).toEqual([{ outcome, comment: 'Please cite the source.', dispositions: [] }]);
  });

  it('approves without a comment', async () => {
    const bodies = recordCompletions();
    const onCompleted = vi.fn();
    const user = userEvent.setup();
    render(<Harness outcome="APPROVE" onCompleted={onCompleted} />);

    await user.click(await screen.findByRole('button', { name: 'Approve' }));

    await waitFor(() => expect(onCompleted).toHaveBeenCalledWith('APPROVE'));
    expect(bodies).toEqual([{ outcome: 'APPROVE', dispositions: [] }]);
  });

  it("shows the server's refusal", async () => {
    server.use(
      http.post('*/api/tasks/t1/complete', () =>
        problem(403, 'Forbidden', 'the editorial reviewer of a revision cannot also give its legal sign-off'),
      ),
    );
    const user = userEvent.setup();
    render(<Harness outcome="APPROVE" onCompleted={vi.fn()} />);

    await user.click(await screen.findByRole('button', { name: 'Approve' }));

    expect(await screen.findByTestId('complete-error')).toHaveTextContent(
      'the editorial reviewer of a revision cannot also give its legal sign-off',
    );
  });

  it('needs a decision on each blocking finding to approve, and a reason for an override', async () => {
    const bodies = recordCompletions();
    const onCompleted = vi.fn();
    const user = userEvent.setup();
    render(<Harness outcome="APPROVE" onCompleted={onCompleted} findings={FINDINGS} />);

    await user.click(await screen.findByRole('button', { name: 'Approve' }));
    expect(screen.getByText('A blocking finding must be accepted or overridden to approve.')).toBeInTheDocument();

    const blocking = screen.getByTestId('disposition-absolute-best@4');
    await user.click(within(blocking).getByText('Override'));
    await user.click(screen.getByRole('button', { name: 'Approve' }));
    expect(screen.getByText('An override needs a reason.')).toBeInTheDocument();
    expect(bodies).toEqual([]);

    await user.type(within(blocking).getByRole('textbox', { name: /Reason for the override/ }), 'A quoted award, substantiated.');
    await user.click(within(screen.getByTestId('disposition-brand-lumen@20')).getByText('Accept'));
    await user.click(screen.getByRole('button', { name: 'Approve' }));

    await waitFor(() => expect(onCompleted).toHaveBeenCalledWith('APPROVE'));
    expect(bodies).toEqual([
      {
        outcome: 'APPROVE',
        dispositions: [
          { ruleId: 'absolute-best', start: 4, disposition: 'OVERRIDDEN', reason: 'A quoted award, substantiated.' },
          { ruleId: 'brand-lumen', start: 20, disposition: 'ACCEPTED' },
        ],
      },
    ]);
  });

  it('requests changes without deciding the findings', async () => {
    const bodies = recordCompletions();
    const onCompleted = vi.fn();
    const user = userEvent.setup();
    render(<Harness outcome="REQUEST_CHANGES" onCompleted={onCompleted} findings={FINDINGS} />);

    await user.type(await screen.findByRole('textbox', { name: 'Comment' }), 'Drop the superlative.');
    await user.click(screen.getByRole('button', { name: 'Request changes' }));

    await waitFor(() => expect(onCompleted).toHaveBeenCalledWith('REQUEST_CHANGES'));
    expect(bodies[0]?.dispositions).toEqual([]);
  });
});
