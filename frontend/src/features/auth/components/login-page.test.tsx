import { http, HttpResponse } from 'msw';

import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, userEvent } from '@/testing/test-utils';

async function signIn(username: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText(/username/i), username);
  await user.type(screen.getByLabelText(/password/i), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('login page', () => {
  it('shows the problem detail when the credentials are wrong', async () => {
    renderApp('/login');

    await signIn('editor1', 'wrong');

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong username or password');
    expect(screen.getByLabelText(/username/i)).toBeInTheDocument();
  });

  it('shows the problem detail when there were too many attempts', async () => {
    server.use(
      http.post('*/api/auth/login', () => problem(429, 'Too Many Requests', 'Too many failed sign-ins. Try again later.')),
    );
    renderApp('/login');

    await signIn('editor1', 'demo');

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many failed sign-ins. Try again later.');
  });

  it('asks for both fields before calling the server', async () => {
    renderApp('/login');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    expect(screen.getAllByText('Required')).toHaveLength(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('signs in and opens the first page of the user', async () => {
    const { router } = renderApp('/login');

    await signIn('editor1', 'demo');

    expect(await screen.findByRole('heading', { level: 1, name: 'Drafts' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/drafts');
  });

  it('sends anonymous users to login and back to where they wanted to go', async () => {
    const { router } = renderApp('/calendar');

    expect(await screen.findByRole('heading', { name: 'Sign in to Postgate' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');

    await signIn('reviewer1', 'demo');

    expect(await screen.findByRole('heading', { level: 1, name: 'Calendar' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/calendar');
  });

  it('does not follow a redirect to another site', async () => {
    const { router } = renderApp('/login?redirectTo=//evil.example/x');

    await signIn('editor1', 'demo');

    await screen.findByRole('heading', { level: 1, name: 'Drafts' });
    expect(router.state.location.pathname).toBe('/drafts');
  });

  it('offers only the identity provider when password sign-in is off', async () => {
    server.use(
      http.get('*/api/auth/config', () =>
        HttpResponse.json({ localLogin: false, sso: { name: 'Keycloak', loginUrl: '/oauth2/authorization/postgate' } }),
      ),
    );
    renderApp('/login');

    const button = await screen.findByRole('link', { name: 'Sign in with Keycloak' });
    expect(button).toHaveAttribute('href', '/oauth2/authorization/postgate');
    expect(screen.queryByLabelText(/username/i)).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/password/i)).not.toBeInTheDocument();
  });

  it('offers both the identity provider and the password form when both are on', async () => {
    server.use(
      http.get('*/api/auth/config', () =>
        HttpResponse.json({ localLogin: true, sso: { name: 'Okta', loginUrl: '/oauth2/authorization/postgate' } }),
      ),
    );
    renderApp('/login');

    expect(await screen.findByRole('link', { name: 'Sign in with Okta' })).toBeInTheDocument();
    expect(screen.getByLabelText(/username/i)).toBeInTheDocument();
  });

  it('explains why a single sign-on gave no access', async () => {
    renderApp('/login?error=no_role');

    expect(await screen.findByRole('alert')).toHaveTextContent('Your account has no Postgate role');
  });
});
