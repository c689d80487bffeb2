// Journey: an admin makes Bilibili an assisted channel (published by hand by the editors). An approved post then
// waits for a person: lead1 claims the "Publish by hand" task, copies the exact text from the copy pack, publishes it
// (here: pretends to), records the post's address, a screenshot and the text as published, and the post is
// PUBLISHED with a matching text and the screenshot on its page. Afterwards Bilibili goes back to the outbox, as the
// rest of the run expects.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { claimTask, contentIdOf, decide, STATUS_TIMEOUT, submitDraft, waitForStatus, writeDraft } from './content-steps.mjs';
import { assertNoPageErrors, eventually, launchBrowser, login, newPage, openChannelForm, screenshot } from './support.mjs';

const RUN = Date.now().toString(36);
const POST = { title: `Tasting notes ${RUN}`, body: 'Join our tea masters next week for a guided tasting of fresh green teas.' };
const POST_URL = `https://www.bilibili.com/video/BV1pg${RUN}`;
/** A 1 × 1 PNG: the server checks the screenshot's type from its bytes. */
const SCREENSHOT = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

describe('publish by hand journey', () => {
  let browser;
  let admin;
  let editor;
  let reviewer;
  let publisher;

  before(async () => {
    browser = await launchBrowser();
    [admin, editor, reviewer, publisher] = await Promise.all([newPage(browser), newPage(browser), newPage(browser), newPage(browser)]);
    await login(admin, 'admin');
    await login(editor, 'editor1');
    await login(reviewer, 'reviewer1');
    await login(publisher, 'lead1');
  });

  after(async () => {
    try {
      if (admin) {
        const form = await openChannelForm(admin, 'bilibili', 'Bilibili');
        await form.getByRole('combobox', { name: 'Adapter' }).selectOption({ label: 'Outbox' });
        await form.getByTestId('channel-save').click();
        await form.waitFor({ state: 'detached' });
      }
    } finally {
      // closed even when the reset fails, or the browser keeps the test run alive until it times out
      await browser?.close();
    }
  });

  test('an approved post to an assisted channel is published by hand with proof, and the text is checked', async () => {
    const form = await openChannelForm(admin, 'bilibili', 'Bilibili');
    await form.getByRole('textbox', { name: 'Account name' }).fill(`Postgate Bilibili ${RUN}`);
    await form.getByRole('combobox', { name: 'Adapter' }).selectOption({ label: 'Assisted (published by hand)' });
    await form.getByRole('combobox', { name: 'Publisher group' }).selectOption('editors');
    await form.getByTestId('channel-save').click();
    await form.waitFor({ state: 'detached' });
    await admin.getByTestId('channel-bilibili').getByText('Assisted (published by hand)').waitFor();

    await writeDraft(editor, { ...POST, platforms: ['Bilibili'] });
    await editor.getByTestId('screening-banner').filter({ hasText: /would pass to human review/i }).waitFor();
    await submitDraft(editor);
    const contentId = contentIdOf(editor);
    await waitForStatus(editor, 'IN_REVIEW');

    await claimTask(reviewer, POST.title);
    await decide(reviewer, 'approve');
    await waitForStatus(editor, 'PUBLISHING');

    await publisher.goto('/tasks');
    await publisher.getByRole('heading', { level: 1, name: 'Tasks' }).waitFor();
    await publisher.getByRole('button', { name: `Claim “${POST.title}”` }).click({ timeout: STATUS_TIMEOUT });
    const task = publisher.getByTestId('publish-by-hand');
    await task.waitFor();
    const text = await task.getByTestId('copy-pack-text').innerText();
    assert.equal(text.trim(), `${POST.title}\n\n${POST.body}`);
    await task.getByTestId('copy-pack-checks').getByText('Machine screening').waitFor();
    await screenshot(publisher, 'publish-by-hand-1-copy-pack');

    const proof = task.getByTestId('proof-form');
    await proof.getByLabel('Address (URL) of the published post').fill(POST_URL);
    await proof.locator('input[type="file"]').setInputFiles({ name: 'proof.png', mimeType: 'image/png', buffer: SCREENSHOT });
    await proof.getByLabel('Text as published').fill(text);
    await proof.getByTestId('record-publication').click();
    const recorded = publisher.getByTestId('publication-recorded');
    await recorded.waitFor();
    assert.match(await recorded.getByTestId('text-match').innerText(), /published text matches the approved text/i);
    await screenshot(publisher, 'publish-by-hand-2-recorded');

    await editor.goto(`/contents/${contentId}`);
    await waitForStatus(editor, 'PUBLISHED');
    await editor.getByText(POST_URL).first().waitFor();
    const proofImage = editor.getByTestId('proof-link').getByRole('img', { name: /screenshot of the post published on bilibili/i });
    await eventually(async () => assert.ok(await proofImage.evaluate((image) => image.complete && image.naturalWidth === 1)));
    await screenshot(editor, 'publish-by-hand-3-proof-on-the-content-page');
    assertNoPageErrors(admin);
    assertNoPageErrors(editor);
    assertNoPageErrors(reviewer);
    assertNoPageErrors(publisher);
  });
});
