// Journey: a reviewer's bell counts up live (server-sent events, no reload) when a draft starts waiting for their
// group; they open the bell and follow the notification to the item, which marks it read.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { assertNoPageErrors, BASE_URL, DEMO_PASSWORD, eventually, launchBrowser, login, newPage, screenshot } from './support.mjs';

const RUN = Date.now().toString(36);
const TITLE = `Autumn tea notes ${RUN}`;
/** Screening runs LanguageTool on the job executor before the review task exists. */
const TASK_TIMEOUT = 90_000;

/** The API as a client uses it (HTTP Basic, no CSRF token needed), for what happens outside the reviewer's browser. */
async function apiAs(username, method, path, body) {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: {
      Authorization: `Basic ${Buffer.from(`${username}:${DEMO_PASSWORD}`).toString('base64')}`,
      'Content-Type': 'application/json',
      Accept: 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.ok(response.ok, `${method} ${path} as ${username}: ${response.status} ${await response.clone().text()}`);
  return response.status === 204 ? undefined : response.json();
}

function bell(page) {
  return page.getByTestId('notification-bell');
}

async function unreadCount(page) {
  const label = await bell(page).getAttribute('aria-label');
  const match = /(\d+)/.exec(label ?? '');
  assert.ok(match, `the bell names its unread count: "${label}"`);
  return Number(match[1]);
}

describe('notification bell', () => {
  let browser;
  let contentId;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    if (contentId) {
      await apiAs('editor1', 'POST', `/api/contents/${contentId}/withdraw`, { reason: 'bell journey done' });
    }
    await browser?.close();
  });

  test('the count goes up live, and the notification leads to the item', async () => {
    const reviewer = await newPage(browser);
    try {
      await apiAs('reviewer1', 'POST', '/api/notifications/read-all');
      await login(reviewer, 'reviewer1');
      // Other drafts (the demo content) may still be reaching the reviewers: count from wherever the bell stands now.
      await reviewer.getByTestId('notification-count').waitFor();
      const before = await unreadCount(reviewer);

      // Something happens for reviewer1 elsewhere: editor1 submits a draft, which waits for the reviewers' group.
      const draft = await apiAs('editor1', 'POST', '/api/contents', {
        title: TITLE,
        body: 'Our team shares a few practical notes on brewing autumn tea. We hope they help you enjoy the season.',
        platforms: ['linkedin'],
        sponsored: false,
        crisis: false,
      });
      contentId = draft.id;
      await apiAs('editor1', 'POST', `/api/contents/${contentId}/submit`);

      // No reload, no focus change: only the event stream can refresh the bell.
      await eventually(async () => assert.ok((await unreadCount(reviewer)) > before), { timeout: TASK_TIMEOUT, interval: 250 });
      await screenshot(reviewer, 'bell-1-count-went-up');

      await bell(reviewer).click();
      const item = reviewer.getByTestId('notification-item').filter({ hasText: TITLE });
      await item.waitFor({ timeout: TASK_TIMEOUT });
      assert.match(await item.innerText(), /A task is waiting for your group/);
      assert.equal(await item.getAttribute('data-read'), null, 'the new notification is unread');
      await screenshot(reviewer, 'bell-2-opened');

      await item.click();
      await reviewer.waitForURL(`**/contents/${contentId}`);
      await reviewer.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await bell(reviewer).click();
      await eventually(async () => assert.equal(await item.getAttribute('data-read'), 'true', 'following it marked it read'));
      await screenshot(reviewer, 'bell-3-followed-to-item');
      assertNoPageErrors(reviewer);
    } finally {
      await reviewer.context().close();
    }
  });
});
