import { http, HttpResponse } from 'msw';

import { problem, signInAs } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, userEvent, waitFor, within } from '@/testing/test-utils';
import type { TaskView } from '@/types/task';

const HOUR = 3600_000;

function task(overrides: Partial<TaskView>): TaskView {
  return {
    id: 't1',
    name: 'Editorial review',
    taskKey: 'user_task_editorial_review',
    contentId: 'c1',
    title: 'Spring tea',
    candidateGroups: ['reviewers'],
    due: new Date(Date.now() + 5 * HOUR).toISOString(),
    priority: 50,
    created: new Date().toISOString(),
    overdue: false,
    platforms: ['weibo'],
    crisis: false,
    ...overrides,
  };
}

/** Answers GET /api/tasks like the server: `mine` gives the caller's, otherwise theirs plus their groups'. */
function serveTasks(all: TaskView[], requests: URL[] = []) {
  server.use(
    http.get('*/api/tasks', ({ request }) => {
      const url = new URL(request.url);
      requests.push(url);
      const mine = url.searchParams.get('mine') === 'true';
      return HttpResponse.json(all.filter((candidate) => !mine || candidate.assignee === 'reviewer1'));
    }),
  );
}

describe('TasksPage', () => {
  beforeEach(() => signInAs('reviewer1'));

  it('lists claimable tasks soonest first with an overdue badge, and mine on the other tab', async () => {
    const requests: URL[] = [];
    serveTasks(
      [
        task({ id: 'late', title: 'Late post', due: new Date(Date.now() - 2 * HOUR).toISOString(), overdue: true }),
        task({ id: 'soon', title: 'Soon post' }),
        task({ id: 'held', title: 'Held post', assignee: 'reviewer1' }),
        task({ id: 'draft', title: 'Own draft', taskKey: 'user_task_create_draft', assignee: 'reviewer1' }),
      ],
      requests,
    );
    const user = userEvent.setup();
    renderApp('/tasks');

    const rows = await screen.findAllByTestId('task-row');
    expect(rows.map((row) => row.dataset.taskId)).toEqual(['late', 'soon']);
    expect(within(rows[0]!).getByTestId('overdue-badge')).toHaveTextContent('Overdue');
    expect(within(rows[0]!).getByText(/by 2 h 0 min/)).toBeInTheDocument();
    expect(within(rows[1]!).queryByTestId('overdue-badge')).not.toBeInTheDocument();
    expect(within(rows[1]!).getByTestId('due-countdown')).toHaveTextContent(/due in 4 h 59 min|due in 5 h 0 min/);
    expect(requests.at(-1)?.searchParams.get('sort')).toBe('due');

    await user.click(screen.getByRole('tab', { name: 'Mine' }));

    await waitFor(() => expect(screen.getAllByTestId('task-row').map((row) => row.dataset.taskId)).toEqual(['held']));
    expect(requests.at(-1)?.searchParams.get('mine')).toBe('true');
  });

  it('passes the filters to the server', async () => {
    const requests: URL[] = [];
    serveTasks([], requests);
    const user = userEvent.setup();
    renderApp('/tasks');
    await screen.findByTestId('tasks-empty');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Platform' }), 'WeChat');
    await user.click(screen.getByRole('checkbox', { name: 'Crisis only' }));
    await user.click(screen.getByRole('checkbox', { name: 'Overdue only' }));

    await waitFor(() => {
      const params = requests.at(-1)!.searchParams;
      expect([params.get('platform'), params.get('crisis'), params.get('overdue')]).toEqual(['wechat', 'true', 'true']);
    });
  });

  it('claims a task and opens it', async () => {
    const tasks = [task({ id: 't1', title: 'Spring tea' })];
    serveTasks(tasks);
    server.use(
      http.post('*/api/tasks/t1/claim', () => {
        tasks[0] = { ...tasks[0]!, assignee: 'reviewer1' };
        return HttpResponse.json(tasks[0]);
      }),
      http.get('*/api/contents/c1', () => problem(404, 'Not found', 'no content c1')),
    );
    const user = userEvent.setup();
    const { router } = renderApp('/tasks');

    await user.click(await screen.findByRole('button', { name: 'Claim “Spring tea”' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/tasks/t1'));
    expect(await screen.findByText('Claimed by reviewer1')).toBeInTheDocument();
    expect(screen.getByTestId('approve')).toBeInTheDocument();
  });

  it("shows the rule when the server refuses a claim", async () => {
    serveTasks([task({ id: 't1', title: 'My own post' })]);
    server.use(
      http.post('*/api/tasks/t1/claim', () =>
        problem(403, 'Forbidden', 'authors cannot review or sign off their own content'),
      ),
    );
    const user = userEvent.setup();
    renderApp('/tasks');

    await user.click(await screen.findByRole('button', { name: 'Claim “My own post”' }));

    const alert = await screen.findByTestId('claim-error');
    expect(alert).toHaveTextContent('Not allowed');
    expect(alert).toHaveTextContent('authors cannot review or sign off their own content');
  });

  it('opens the decision with a keyboard shortcut once the task is claimed', async () => {
    serveTasks([task({ id: 't1', title: 'Spring tea', assignee: 'reviewer1' })]);
    server.use(http.get('*/api/contents/c1', () => problem(404, 'Not found', 'no content c1')));
    const user = userEvent.setup();
    renderApp('/tasks/t1');
    await screen.findByText('Claimed by reviewer1');

    await user.keyboard('x');

    const dialog = await screen.findByRole('dialog', { name: 'Reject' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Comment' }), 'a');
    expect(screen.getByRole('dialog', { name: 'Reject' })).toBeInTheDocument();
  });

  it('offers no shortcuts before the task is claimed', async () => {
    serveTasks([task({ id: 't1', title: 'Spring tea' })]);
    server.use(http.get('*/api/contents/c1', () => problem(404, 'Not found', 'no content c1')));
    const user = userEvent.setup();
    renderApp('/tasks/t1');
    await screen.findByTestId('claim');

    await user.keyboard('a');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByTestId('approve')).not.toBeInTheDocument();
  });
});
