import { http, HttpResponse } from 'msw';

import { AppProvider, createQueryClient } from '@/app/provider';
import { problem, signInAs } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { render, renderApp, screen, userEvent, waitFor, within } from '@/testing/test-utils';
import type { TaskView } from '@/types/task';

import type { CopyPack } from '../api/publish-by-hand';

import { PublishByHand } from './publish-by-hand';

const TASK: TaskView = {
  id: 't9',
  name: 'Publish by hand',
  taskKey: 'user_task_publish_by_hand',
  contentId: 'c1',
  title: 'Spring tea tasting',
  candidateGroups: ['editors'],
  priority: 60,
  created: '2026-03-01T08:00:00Z',
  overdue: false,
  platforms: ['xiaohongshu'],
  crisis: false,
};

const PACK: CopyPack = {
  contentId: 'c1',
  revision: 2,
  platform: 'xiaohongshu',
  accountName: 'Postgate official',
  title: 'Spring tea tasting',
  body: 'Join our tea masters.',
  text: 'Spring tea tasting\n\nJoin our tea masters.',
  media: [{ sha256: 'abc123', fileName: 'tea.png', mediaType: 'image/png', sizeBytes: 2048 }],
  fingerprint: 'f00dfeed',
  idempotencyKey: 'c1:2:xiaohongshu',
  checks: [
    { check: 'SCREENING', outcome: 'NO_BLOCKING_FINDINGS' },
    { check: 'EDITORIAL_REVIEW', outcome: 'APPROVE', by: 'reviewer1', at: '2026-03-01T09:00:00Z' },
  ],
};

/** The server's side: the copy pack, and a proof endpoint that wants a URL and reports whether the text matched. */
function byHandApi() {
  const proofs: FormData[] = [];
  server.use(
    http.get('*/api/tasks/t9/copy-pack', () => HttpResponse.json(PACK)),
    http.post('*/api/tasks/t9/publish-by-hand', async ({ request }) => {
      const form = await request.formData();
      proofs.push(form);
      if (!String(form.get('postUrl')).startsWith('https://')) {
        return problem(400, 'Bad Request', 'postUrl: the http(s) address of the published post, at most 1000 characters');
      }
      return HttpResponse.json({
        contentId: 'c1',
        revision: 2,
        platform: 'xiaohongshu',
        idempotencyKey: PACK.idempotencyKey,
        state: 'PUBLISHED',
        attempts: 1,
        remoteUrl: form.get('postUrl'),
        textMatches: form.get('publishedText') === PACK.text,
        recordedBy: 'lead1',
      });
    }),
  );
  return proofs;
}

/** Fills in the proof form (with a PNG screenshot) and records the publication. */
async function recordProof(user: ReturnType<typeof userEvent.setup>, form: HTMLElement, postUrl: string, publishedText: string) {
  await user.click(within(form).getByRole('textbox', { name: /Address \(URL\)/ }));
  await user.paste(postUrl);
  const file = new File([new Uint8Array([137, 80, 78, 71])], 'proof.png', { type: 'image/png' });
  await user.upload(form.querySelector('input[type="file"]') as HTMLInputElement, file);
  await user.click(within(form).getByRole('textbox', { name: /Text as published/ }));
  await user.paste(publishedText);
  await user.click(within(form).getByRole('button', { name: 'Record publication' }));
}

function renderTask(onDone = vi.fn()) {
  render(
    <AppProvider queryClient={createQueryClient()}>
      <PublishByHand task={TASK} onDone={onDone} />
    </AppProvider>,
  );
  return onDone;
}

describe('PublishByHand', { timeout: 20_000 }, () => {
  it('shows the exact copy pack: text, media links, checks passed and the fingerprint', async () => {
    byHandApi();
    renderTask();

    expect(await screen.findByTestId('copy-pack-text')).toHaveTextContent('Spring tea tasting Join our tea masters.');
    expect(screen.getByRole('link', { name: 'tea.png' })).toHaveAttribute('href', '/api/tasks/t9/copy-pack/media/abc123');
    const checks = screen.getByTestId('copy-pack-checks');
    expect(within(checks).getByText('Machine screening')).toBeInTheDocument();
    expect(within(checks).getByText(/No blocking findings/)).toBeInTheDocument();
    expect(within(checks).getByText(/Approved — reviewer1/)).toBeInTheDocument();
    expect(screen.getByText('f00dfeed')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Copy pack for Xiaohongshu (Postgate official)' })).toBeInTheDocument();
  });

  it('sends the proof as multipart, shows a refused field inline and reports a text that differs', async () => {
    const proofs = byHandApi();
    const user = userEvent.setup();
    renderTask();
    const form = await screen.findByTestId('proof-form');

    await recordProof(user, form, 'www.xiaohongshu.com/explore/1', 'Spring tea tasting. Join us!');

    expect(await within(form).findByText('the http(s) address of the published post, at most 1000 characters')).toBeInTheDocument();

    const url = within(form).getByRole('textbox', { name: /Address \(URL\)/ });
    await user.clear(url);
    await user.click(url);
    await user.paste('https://www.xiaohongshu.com/explore/1');
    await user.click(within(form).getByRole('button', { name: 'Record publication' }));

    expect(await screen.findByTestId('text-match')).toHaveTextContent('Published text differs from the approved text');
    await waitFor(() => expect(proofs).toHaveLength(2));
    expect(proofs[1].get('postUrl')).toBe('https://www.xiaohongshu.com/explore/1');
    expect(proofs[1].get('publishedText')).toBe('Spring tea tasting. Join us!');
    expect(proofs[1].get('screenshot')).not.toBeNull();
  });

  it('while a freeze holds the platform, says who froze it and why and offers no proof form', async () => {
    server.use(
      http.get('*/api/tasks/t9/copy-pack', () =>
        HttpResponse.json({
          ...PACK,
          freeze: { platform: 'xiaohongshu', reason: 'product recall', frozenBy: 'compliance1', frozenAt: '2026-03-01T10:00:00Z' },
        }),
      ),
    );
    renderTask();

    const notice = await screen.findByTestId('publishing-frozen');
    expect(notice).toHaveTextContent('Publishing to Xiaohongshu was frozen by compliance1');
    expect(notice).toHaveTextContent('product recall');
    expect(screen.getByTestId('copy-pack-text')).toBeInTheDocument();
    expect(screen.queryByTestId('proof-form')).not.toBeInTheDocument();
  });

  it('on the task page, keeps confirming the publication after recording it took the task off the list', async () => {
    const proofs = byHandApi();
    server.use(http.get('*/api/tasks', () => HttpResponse.json(proofs.length === 0 ? [TASK] : [])));
    signInAs('lead1');
    const user = userEvent.setup();
    renderApp('/tasks/t9');
    const form = await screen.findByTestId('proof-form');

    await recordProof(user, form, 'https://www.xiaohongshu.com/explore/1', 'Spring tea tasting');

    expect(await screen.findByTestId('text-match')).toHaveTextContent('Published text differs from the approved text');
    await waitFor(() => expect(proofs).toHaveLength(1));
    // the list was fetched again without the task: still the confirmation, not "task gone"
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.getByTestId('publication-recorded')).toBeInTheDocument();
    expect(screen.queryByTestId('task-gone')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back to tasks' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tasks' })).toBeInTheDocument();
  });
});
