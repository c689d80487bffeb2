import { http, HttpResponse } from 'msw';

import { problem, signInAs } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, userEvent, waitFor, within } from '@/testing/test-utils';

import type { AdminUser, NewUser, UserUpdate } from '../api/users';

const ADMIN: AdminUser = {
  username: 'admin',
  displayName: 'Ada Admin',
  locale: 'en',
  roles: ['ADMIN'],
  enabled: true,
  external: false,
  createdAt: '2026-01-01T00:00:00Z',
};
const EDITOR: AdminUser = { ...ADMIN, username: 'editor1', displayName: 'Emma Editor', roles: ['EDITOR'] };
const SSO: AdminUser = { ...ADMIN, username: 'sam', displayName: 'Sam Single', roles: ['REVIEWER'], external: true };

/** A users API that keeps what it is sent; a short password gets the server's 400. */
function usersApi(initial: AdminUser[]) {
  const users = [...initial];
  const sent: { method: string; username?: string; body: unknown }[] = [];
  server.use(
    http.get('*/api/admin/channels', () => HttpResponse.json([])),
    http.get('*/api/admin/users', () => HttpResponse.json(users)),
    http.post('*/api/admin/users', async ({ request }) => {
      const body = (await request.json()) as NewUser;
      sent.push({ method: 'POST', body });
      if (body.password.length < 12) {
        return problem(400, 'Bad Request', 'password: at least 12 characters');
      }
      const { password: _password, ...rest } = body;
      const created: AdminUser = { ...rest, enabled: true, external: false, createdAt: '2026-11-26T00:00:00Z' };
      users.push(created);
      return HttpResponse.json(created, { status: 201 });
    }),
    http.put('*/api/admin/users/:username', async ({ request, params }) => {
      const body = (await request.json()) as UserUpdate;
      sent.push({ method: 'PUT', username: String(params.username), body });
      const index = users.findIndex((user) => user.username === params.username);
      users[index] = { ...users[index], ...body };
      return HttpResponse.json(users[index]);
    }),
    http.post('*/api/admin/users/:username/password', async ({ request, params }) => {
      sent.push({ method: 'PASSWORD', username: String(params.username), body: await request.json() });
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return sent;
}

async function openAdmin() {
  signInAs('admin');
  renderApp('/admin');
  return screen.findByTestId('users');
}

describe('UsersSection', () => {
  it('lists the users with their roles, sign-in and state; the admin cannot disable themselves', async () => {
    usersApi([ADMIN, EDITOR, SSO]);
    await openAdmin();

    expect(screen.getByTestId('user-editor1')).toHaveTextContent(/Emma Editor.*Editor.*Password.*Enabled/);
    expect(screen.getByTestId('user-sam')).toHaveTextContent(/Single sign-on/);
    expect(within(screen.getByTestId('user-sam')).queryByRole('button', { name: 'New password' })).not.toBeInTheDocument();
    expect(within(screen.getByTestId('user-admin')).queryByRole('button', { name: 'Disable' })).not.toBeInTheDocument();
  });

  it('creates a user, showing the server’s validation under the password field first', async () => {
    const sent = usersApi([ADMIN]);
    await openAdmin();
    const user = userEvent.setup();

    await user.click(screen.getByTestId('user-add'));
    const form = await screen.findByTestId('user-form');
    await user.type(within(form).getByRole('textbox', { name: /username/i }), 'mia');
    await user.type(within(form).getByRole('textbox', { name: /^name/i }), 'Mia Tester');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Language' }), '简体中文');
    await user.click(within(form).getByRole('checkbox', { name: 'Legal' }));
    await user.type(within(form).getByLabelText(/initial password/i), 'short');
    await user.click(within(form).getByTestId('user-save'));

    expect(await within(form).findByText('at least 12 characters')).toBeInTheDocument();

    await user.clear(within(form).getByLabelText(/initial password/i));
    await user.type(within(form).getByLabelText(/initial password/i), 'a-long-enough-secret');
    await user.click(within(form).getByTestId('user-save'));

    await waitFor(() => expect(screen.queryByTestId('user-form')).not.toBeInTheDocument());
    expect(await screen.findByTestId('user-mia')).toHaveTextContent(/Mia Tester.*Legal/);
    expect(sent.at(-1)).toEqual({
      method: 'POST',
      body: { username: 'mia', displayName: 'Mia Tester', locale: 'zh-CN', roles: ['LEGAL'], password: 'a-long-enough-secret' },
    });
  });

  it('changes a user’s roles, disables them, and gives them a new password', async () => {
    const sent = usersApi([ADMIN, EDITOR]);
    await openAdmin();
    const user = userEvent.setup();
    const row = screen.getByTestId('user-editor1');

    await user.click(within(row).getByRole('button', { name: 'Edit' }));
    const form = await screen.findByTestId('user-form');
    expect(within(form).getByRole('textbox', { name: /username/i })).toBeDisabled();
    await user.click(within(form).getByRole('checkbox', { name: 'Reviewer' }));
    await user.click(within(form).getByTestId('user-save'));
    await waitFor(() => expect(screen.getByTestId('user-editor1')).toHaveTextContent(/Editor.*Reviewer/));
    expect(sent.at(-1)).toEqual({
      method: 'PUT',
      username: 'editor1',
      body: { displayName: 'Emma Editor', locale: 'en', roles: ['EDITOR', 'REVIEWER'], enabled: true },
    });

    await user.click(within(screen.getByTestId('user-editor1')).getByRole('button', { name: 'Disable' }));
    await waitFor(() => expect(screen.getByTestId('user-editor1')).toHaveTextContent('Disabled'));

    await user.click(within(screen.getByTestId('user-editor1')).getByRole('button', { name: 'New password' }));
    const passwordForm = await screen.findByTestId('password-form');
    await user.type(within(passwordForm).getByLabelText(/new password/i), 'brand-new-secret-1');
    await user.click(within(passwordForm).getByTestId('password-save'));
    expect(await screen.findByTestId('password-replaced')).toHaveTextContent('editor1 has a new password');
    expect(sent.at(-1)).toEqual({ method: 'PASSWORD', username: 'editor1', body: { password: 'brand-new-secret-1' } });
  });

  it('leaves the name and roles of a single-sign-on user to the identity provider', async () => {
    usersApi([ADMIN, SSO]);
    await openAdmin();
    const user = userEvent.setup();

    await user.click(within(screen.getByTestId('user-sam')).getByRole('button', { name: 'Edit' }));
    const form = await screen.findByTestId('user-form');

    expect(within(form).getByTestId('user-external-note')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /^name/i })).toBeDisabled();
    expect(within(form).getByRole('checkbox', { name: 'Reviewer' })).toBeDisabled();
    expect(within(form).getByRole('switch', { name: 'May sign in' })).toBeEnabled();
  });
});
