// Journey: an admin adds a user on the admin page; the new user signs in with the initial password and sees the
// navigation of their roles. The admin then disables them: the user's open session ends at their next step and
// signing in again is refused.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { assertNoPageErrors, launchBrowser, login, loginHeading, mainNav, navLabels, newPage, screenshot, submitLogin } from './support.mjs';

const USERNAME = `journey-${Date.now().toString(36)}`;
const PASSWORD = 'a-journey-password-42';

describe('users journey', () => {
  let browser;
  let admin;
  let newcomer;

  before(async () => {
    browser = await launchBrowser();
    [admin, newcomer] = await Promise.all([newPage(browser), newPage(browser)]);
    await login(admin, 'admin');
  });

  after(async () => {
    await browser?.close();
  });

  test('an admin adds a user who signs in, then disables them and their session ends', async () => {
    await admin.goto('/admin');
    await admin.getByRole('heading', { level: 2, name: 'Users' }).waitFor();
    await admin.getByTestId('user-add').click();
    const form = admin.getByTestId('user-form');
    await form.getByRole('textbox', { name: 'Username' }).fill(USERNAME);
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Jo Journey');
    await form.getByRole('checkbox', { name: 'Reviewer' }).check();
    await form.getByLabel('Initial password').fill(PASSWORD);
    await form.getByTestId('user-save').click();
    await form.waitFor({ state: 'detached' });
    const row = admin.getByTestId(`user-${USERNAME}`);
    await row.getByText('Jo Journey').waitFor();
    await screenshot(admin, 'users-1-added');

    await login(newcomer, USERNAME, PASSWORD);
    assert.deepEqual(await navLabels(newcomer), ['Tasks', 'Calendar']);

    await row.getByRole('button', { name: 'Disable' }).click();
    await row.getByText('Disabled').waitFor();

    await mainNav(newcomer).getByRole('link', { name: 'Calendar' }).click();
    await loginHeading(newcomer).waitFor();
    await submitLogin(newcomer, USERNAME, PASSWORD);
    await newcomer.getByText('Wrong username or password.').waitFor();
    await screenshot(newcomer, 'users-2-disabled-user-refused');
    assertNoPageErrors(admin);
  });
});
