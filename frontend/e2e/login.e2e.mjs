// Journey: every demo user logs in, sees exactly its navigation, and logs out; a wrong password is refused;
// the language switch shows Chinese navigation.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  assertNoPageErrors,
  chooseLanguage,
  DEMO_PASSWORD,
  DEMO_USERS,
  eventually,
  launchBrowser,
  login,
  loginHeading,
  logout,
  mainNav,
  navLabels,
  newPage,
  screenshot,
  submitLogin,
} from './support.mjs';

describe('login', () => {
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  for (const [username, expectedNav] of Object.entries(DEMO_USERS)) {
    test(`${username} logs in, sees exactly ${expectedNav.join(', ')}, and logs out`, async () => {
      const page = await newPage(browser);
      try {
        await page.goto('/');
        await loginHeading(page).waitFor();
        assert.equal(new URL(page.url()).pathname, '/login', 'anonymous users are sent to /login');

        await chooseLanguage(page, 'en'); // some demo users' own locale is zh-CN
        await page.getByLabel('Username').fill(username);
        await page.getByLabel('Password').fill(DEMO_PASSWORD);
        await screenshot(page, `${username}-login-form`);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await mainNav(page).waitFor();
        assert.deepEqual(await navLabels(page), expectedNav);
        // lands on its first page, which shows that page's title
        await page.getByRole('heading', { level: 1, name: expectedNav[0] }).waitFor();
        await screenshot(page, `${username}-signed-in`);

        await logout(page);
        assert.equal(new URL(page.url()).pathname, '/login');
        await screenshot(page, `${username}-signed-out`);
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });
  }

  test('a wrong password shows the error message and keeps the user on the login page', async () => {
    const page = await newPage(browser);
    try {
      await page.goto('/login');
      await submitLogin(page, 'editor1', 'not-the-password');

      const alert = page.getByTestId('login-error');
      await alert.waitFor();
      const text = (await alert.innerText()).trim();
      assert.match(text, /sign-in failed/i);
      assert.ok(text.replace(/sign-in failed/i, '').trim().length > 0, `the server's detail is shown: "${text}"`);
      assert.equal(new URL(page.url()).pathname, '/login');
      assert.equal(await mainNav(page).count(), 0);
      await screenshot(page, 'wrong-password');
    } finally {
      await page.context().close();
    }
  });

  test('a user can sign in with the keyboard alone', async () => {
    const page = await newPage(browser);
    try {
      await page.goto('/login');
      await loginHeading(page).waitFor();
      // the username field has focus on arrival; no mouse from here on
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'username');
      await page.keyboard.type('reviewer1');
      await page.keyboard.press('Tab');
      await page.keyboard.type(DEMO_PASSWORD);
      await page.keyboard.press('Enter');
      await mainNav(page).waitFor();
      assert.equal((await navLabels(page)).length, DEMO_USERS.reviewer1.length);
    } finally {
      await page.context().close();
    }
  });

  test('a deep link survives the login, and pages outside the navigation are not allowed', async () => {
    const page = await newPage(browser);
    try {
      await page.goto('/calendar');
      await submitLogin(page, 'editor1');
      await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/calendar');

      await page.goto('/admin');
      await page.getByRole('heading', { level: 1, name: 'Not allowed' }).waitFor();
      await screenshot(page, 'editor1-admin-not-allowed');
      assertNoPageErrors(page);
    } finally {
      await page.context().close();
    }
  });

  test('the language switch shows Chinese navigation and is remembered', async () => {
    const page = await newPage(browser);
    try {
      await login(page, 'admin');
      await chooseLanguage(page, 'zh-CN');

      await eventually(async () => assert.deepEqual(await navLabels(page), ['日历', '审计', '规则', '管理']));
      assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
      await screenshot(page, 'admin-zh-CN');

      await page.reload();
      await eventually(async () => assert.deepEqual(await navLabels(page), ['日历', '审计', '规则', '管理']));
      assertNoPageErrors(page);
    } finally {
      await page.context().close();
    }
  });

  test("without a language chosen in this browser, the user's own locale applies", async () => {
    const page = await newPage(browser);
    try {
      await login(page, 'reviewer2', DEMO_PASSWORD, { language: null }); // reviewer2's locale is zh-CN
      await eventually(async () => assert.deepEqual(await navLabels(page), ['任务', '日历']));
      assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
      await screenshot(page, 'reviewer2-own-locale');
    } finally {
      await page.context().close();
    }
  });

  test('at tablet width the navigation stays visible', async () => {
    const page = await newPage(browser, { viewport: { width: 768, height: 1024 } });
    try {
      await login(page, 'lead1');
      assert.deepEqual(await navLabels(page), DEMO_USERS.lead1);
      const box = await mainNav(page).boundingBox();
      assert.ok(box && box.x >= 0 && box.width > 0, `the navigation is on screen: ${JSON.stringify(box)}`);
      await screenshot(page, 'lead1-tablet');
    } finally {
      await page.context().close();
    }
  });

  test('on a phone the navigation opens from the menu button', async () => {
    const page = await newPage(browser, { viewport: { width: 600, height: 900 } });
    try {
      await page.goto('/login');
      await submitLogin(page, 'compliance1');
      await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
      await mainNav(page).waitFor({ state: 'hidden' });

      await page.getByRole('button', { name: 'Toggle navigation' }).click();
      await mainNav(page).getByRole('link', { name: 'Rules' }).click();
      await page.getByRole('heading', { level: 1, name: 'Rules' }).waitFor();
      await mainNav(page).waitFor({ state: 'hidden' });
      await screenshot(page, 'compliance1-phone');
    } finally {
      await page.context().close();
    }
  });
});
