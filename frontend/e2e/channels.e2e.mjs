// Journey: an admin adds a publishing channel on the admin page. The server refuses a plain-http webhook and the
// form shows why under the URL field; the channel is saved as an outbox, disabled and enabled again (so the rest of
// the run still publishes to this platform), and the section reads in Simplified Chinese.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { assertNoPageErrors, chooseLanguage, launchBrowser, login, newPage, openChannelForm, screenshot } from './support.mjs';

const RUN = Date.now().toString(36);
const ACCOUNT = `Postgate LinkedIn ${RUN}`;

describe('channels journey', () => {
  let browser;
  let admin;

  before(async () => {
    browser = await launchBrowser();
    admin = await newPage(browser);
    await login(admin, 'admin');
  });

  after(async () => {
    await browser?.close();
  });

  test('admin creates a channel, sees the server’s validation inline, disables and enables it', async () => {
    const form = await openChannelForm(admin, 'linkedin', 'LinkedIn');
    await form.getByRole('textbox', { name: 'Account name' }).fill(ACCOUNT);
    await form.getByRole('combobox', { name: 'Adapter' }).selectOption({ label: 'Signed webhook' });
    await form.getByRole('textbox', { name: 'Webhook URL' }).fill('http://hooks.example.com/linkedin');
    await form.getByLabel('Signing secret').fill('a-signing-secret-for-the-journey');
    await form.getByTestId('channel-save').click();
    await form.getByText('only https URLs are allowed').waitFor();
    assert.equal(await form.getByRole('textbox', { name: 'Webhook URL' }).getAttribute('aria-invalid'), 'true');
    await screenshot(admin, 'channels-1-invalid-url');

    await form.getByRole('combobox', { name: 'Adapter' }).selectOption({ label: 'Outbox' });
    await form.getByTestId('channel-save').click();
    await form.waitFor({ state: 'detached' });
    const row = admin.getByTestId('channel-linkedin');
    await row.getByText(ACCOUNT).waitFor();
    await row.getByText('Enabled').waitFor();
    assert.doesNotMatch(await admin.getByTestId('channels').innerText(), /a-signing-secret-for-the-journey/);

    await row.getByRole('button', { name: 'Disable' }).click();
    await row.getByText('Disabled').waitFor();
    await screenshot(admin, 'channels-2-disabled');
    await row.getByRole('button', { name: 'Enable' }).click();
    await row.getByText('Enabled').waitFor();

    await chooseLanguage(admin, 'zh-CN');
    await admin.getByRole('heading', { level: 2, name: '发布渠道' }).waitFor();
    await row.getByText('发件箱').waitFor();
    await screenshot(admin, 'channels-3-zh');
    await chooseLanguage(admin, 'en');
    assertNoPageErrors(admin);
  });
});
