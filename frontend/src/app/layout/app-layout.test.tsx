import { signInAs } from '@/testing/mocks/handlers';
import { renderApp, screen, userEvent, waitFor, within } from '@/testing/test-utils';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';

async function navLabels(): Promise<string[]> {
  const nav = await screen.findByRole('navigation', { name: /main navigation|主导航/i });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

describe('app shell', () => {
  it.each([
    ['editor1', ['Drafts', 'Calendar']],
    ['reviewer1', ['Tasks', 'Calendar']],
    ['reviewer2', ['Tasks', 'Calendar']],
    ['legal1', ['Tasks', 'Calendar']],
    ['compliance1', ['Calendar', 'Audit', 'Rules']],
    ['admin', ['Calendar', 'Audit', 'Rules', 'Admin']],
    ['lead1', ['Drafts', 'Tasks', 'Calendar']],
  ])('shows %s exactly its navigation', async (username, expected) => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en'); // reviewer2's own locale is zh-CN
    signInAs(username);
    renderApp('/calendar');

    expect(await navLabels()).toEqual(expected);
  });

  it('shows the user name and the page title, and marks the page in the navigation', async () => {
    signInAs('compliance1');
    renderApp('/rules');

    expect(await screen.findByRole('heading', { level: 1, name: 'Rules' })).toBeInTheDocument();
    expect(screen.getByTestId('user-name')).toHaveTextContent('Cai Compliance');
    expect(screen.getByRole('link', { name: 'Rules' })).toHaveAttribute('aria-current', 'page');
  });

  it('does not render a page outside the user navigation', async () => {
    signInAs('editor1');
    renderApp('/admin');

    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Admin' })).not.toBeInTheDocument();
  });

  it('shows not found for an unknown address', async () => {
    signInAs('editor1');
    renderApp('/nowhere');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('switches the language to Simplified Chinese and remembers it', async () => {
    signInAs('admin');
    renderApp('/calendar');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Calendar' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '简体中文');

    expect(await navLabels()).toEqual(['日历', '审计', '规则', '管理']);
    expect(screen.getByRole('heading', { level: 1, name: '日历' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '退出登录' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-CN');
  });

  it('follows the user locale until a language is chosen on this browser', async () => {
    signInAs('reviewer2');
    renderApp('/tasks');

    expect(await screen.findByRole('heading', { level: 1, name: '任务' })).toBeInTheDocument();
  });

  it('logs out and returns to the login page', async () => {
    signInAs('lead1');
    const { router } = renderApp('/drafts');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Drafts' });

    await user.click(screen.getByRole('button', { name: 'Log out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in to Postgate' })).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
  });

  it('sends a user whose session ended to login', async () => {
    signInAs('editor1');
    const { queryClient } = renderApp('/drafts');
    await screen.findByRole('heading', { level: 1, name: 'Drafts' });

    signInAs(null);
    await queryClient.invalidateQueries({ queryKey: ['me'] });

    expect(await screen.findByRole('heading', { name: 'Sign in to Postgate' })).toBeInTheDocument();
  });
});
