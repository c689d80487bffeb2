import { http, HttpResponse } from 'msw';
import { useState } from 'react';

import { AppProvider, createQueryClient } from '@/app/provider';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { render, screen, userEvent, waitFor } from '@/testing/test-utils';
import type { CompleteRequest, Outcome } from '@/types/task';

import { CompleteDialog } from './complete-dialog';

function Harness({ outcome, onCompleted }: { outcome: Outcome; onCompleted: (outcome: Outcome) => void }) {
  const [open, setOpen] = useState<Outcome | undefined>(outcome);
  return (
    <AppProvider queryClient={createQueryClient()}>
      <CompleteDialog taskId="t1" outcome={open} onClose={() => setOpen(undefined)} onCompleted={onCompleted} />
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
    expect(bodies).toEqual([{ outcome, comment: 'Please cite the source.' }]);
  });

  it('approves without a comment', async () => {
    const bodies = recordCompletions();
    const onCompleted = vi.fn();
    const user = userEvent.setup();
    render(<Harness outcome="APPROVE" onCompleted={onCompleted} />);

    await user.click(await screen.findByRole('button', { name: 'Approve' }));

    await waitFor(() => expect(onCompleted).toHaveBeenCalledWith('APPROVE'));
    expect(bodies).toEqual([{ outcome: 'APPROVE' }]);
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
});
