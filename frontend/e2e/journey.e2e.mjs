// Journey: a draft with an absolute claim is fixed in the composer, reviewed with changes requested, revised and
// approved; a sponsored post goes through legal sign-off, shows on the calendar and is published; a compliance
// officer finds its full trail and verifies the chain; the key screens in Simplified Chinese. Each step waits for what the UI shows (screening and publishing run asynchronously).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { claimTask, contentIdOf, decide, statusBadge, submitDraft, waitForStatus, writeDraft } from './content-steps.mjs';
import { assertNoPageErrors, chooseLanguage, launchBrowser, login, newPage, screenshot } from './support.mjs';

const RUN = Date.now().toString(36);
const CLAIM_POST = { title: `Spring jasmine tea ${RUN}`, body: 'Try the best tea in the world this spring.' };
const SPONSORED_POST = {
  title: `Tea partnership ${RUN}`,
  body: '#ad Paid partnership with Jasmine House. Our spring jasmine tea is here.',
};
async function banner(page) {
  return (await page.getByTestId('screening-banner').innerText()).trim();
}

describe('content journey', () => {
  let failed = false;
  /** The steps build on each other: after a failure the rest are skipped instead of timing out one by one. */
  const step = (name, fn) =>
    test(name, async (t) => {
      if (failed) {
        t.skip('an earlier step failed');
        return;
      }
      try {
        await fn();
      } catch (error) {
        failed = true;
        throw error;
      }
    });
  let browser;
  let editor;
  let reviewer;
  let claimPostId;
  let sponsoredPostId;

  before(async () => {
    browser = await launchBrowser();
    editor = await newPage(browser);
    reviewer = await newPage(browser);
    await login(editor, 'editor1');
    await login(reviewer, 'reviewer1');
  });

  after(async () => {
    await browser?.close();
  });

  step('(1) editor1 writes a draft with an absolute claim, applies the suggestion and submits', async () => {
    await writeDraft(editor, CLAIM_POST);
    const highlight = editor.locator('[data-testid="highlight"][data-severity="BLOCKER"]', {
      hasText: 'the best tea in the world',
    });
    await highlight.waitFor();
    assert.match(await banner(editor), /would be blocked/i);
    await editor.getByTestId('category-ABSOLUTE_CLAIM').waitFor();
    await screenshot(editor, 'journey-1-claim-highlighted');

    await editor.getByRole('button', { name: 'Replace with “our favourite jasmine tea”' }).click();
    assert.equal(await editor.getByRole('textbox', { name: 'Text', exact: true }).inputValue(), 'Try our favourite jasmine tea this spring.');
    await highlight.waitFor({ state: 'detached' });
    await editor.getByTestId('screening-banner').filter({ hasText: /would pass to human review/i }).waitFor();
    assert.match(await banner(editor), /no legal sign-off needed/i);
    await screenshot(editor, 'journey-1-suggestion-applied');

    await submitDraft(editor);
    claimPostId = contentIdOf(editor);
    await waitForStatus(editor, 'IN_REVIEW');
    await screenshot(editor, 'journey-1-submitted-in-review');
    assertNoPageErrors(editor);
  });

  step('(2) reviewer1 claims the task and requests changes with a comment', async () => {
    await claimTask(reviewer, CLAIM_POST.title);
    await reviewer.getByTestId('screening-banner').waitFor();
    await screenshot(reviewer, 'journey-2-task-claimed');

    await reviewer.getByTestId('request-changes').click();
    const dialog = reviewer.getByRole('dialog');
    await dialog.getByTestId('confirm-decision').click();
    await dialog.getByText('A comment is required for this decision.').waitFor();
    await screenshot(reviewer, 'journey-2-comment-required');
    await dialog.getByLabel('Comment').fill('Please say where the jasmine comes from.');
    await dialog.getByTestId('confirm-decision').click();
    await reviewer.getByRole('heading', { level: 1, name: 'Tasks' }).waitFor();
    assertNoPageErrors(reviewer);
  });

  step('(3) editor1 sees CHANGES_REQUESTED, revises and resubmits', async () => {
    await editor.goto(`/contents/${claimPostId}`);
    await waitForStatus(editor, 'CHANGES_REQUESTED');
    await editor.getByTestId('changes-requested').waitFor();
    // the reviewer's comment beside the draft, and the decision in the timeline
    assert.match(await editor.getByTestId('changes-comment').innerText(), /Please say where the jasmine comes from\./);
    await editor
      .locator('[data-testid="timeline-entry"][data-event="ReviewDecided"]', { hasText: 'Changes requested' })
      .first()
      .waitFor();
    await screenshot(editor, 'journey-3-changes-requested');

    await editor.getByTestId('revise').click();
    await editor.getByRole('heading', { level: 1, name: 'Edit draft' }).waitFor();
    const text = editor.getByRole('textbox', { name: 'Text', exact: true });
    await text.fill(`${await text.inputValue()} The jasmine comes from Fujian.`);
    await editor.getByTestId('screening-banner').filter({ hasText: /would pass to human review/i }).waitFor();
    await submitDraft(editor);
    assert.equal(contentIdOf(editor), claimPostId);
    await waitForStatus(editor, 'IN_REVIEW');
    assert.equal(await editor.getByTestId('revisions').locator('tbody tr').count(), 2);
    await screenshot(editor, 'journey-3-resubmitted');
    assertNoPageErrors(editor);
  });

  step('(4) reviewer1 sees what changed and the earlier comment, and approves with the keyboard shortcut', async () => {
    await claimTask(reviewer, CLAIM_POST.title);
    await reviewer.getByTestId('screening-banner').waitFor();
    const diff = reviewer.getByTestId('revision-diff');
    await diff.getByRole('heading', { name: 'Changes from revision 1 to 2' }).waitFor();
    assert.match(await reviewer.getByTestId('diff-body').locator('ins').allInnerTexts().then((parts) => parts.join('')), /The jasmine comes from Fujian\./);
    assert.match(await reviewer.getByTestId('decision-comment').first().innerText(), /Please say where the jasmine comes from\./);
    await diff.scrollIntoViewIfNeeded();
    await screenshot(reviewer, 'journey-4-diff-and-earlier-comment');
    await reviewer.keyboard.press('a');
    const dialog = reviewer.getByRole('dialog', { name: 'Approve' });
    await dialog.waitFor();
    await screenshot(reviewer, 'journey-4-approve-dialog');
    await dialog.getByTestId('confirm-decision').click();
    await reviewer.getByRole('heading', { level: 1, name: 'Tasks' }).waitFor();

    await reviewer.goto(`/contents/${claimPostId}`);
    await waitForStatus(reviewer, 'PUBLISHED');
    assertNoPageErrors(reviewer);
  });

  step('(5) a sponsored post with a disclosure goes to legal, and legal1 signs off', async () => {
    await writeDraft(editor, { ...SPONSORED_POST, platforms: ['Weibo', 'LinkedIn'] });
    await editor.getByRole('switch', { name: 'Sponsored' }).check();
    // publish at the current minute: due as soon as it is approved
    const now = await editor.evaluate(() => {
      const date = new Date();
      const pad = (value) => String(value).padStart(2, '0');
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
    });
    await editor.getByLabel('Publish at').fill(now);
    await editor.getByText(/time zone:/i).first().waitFor();
    await editor.getByTestId('screening-banner').filter({ hasText: /legal sign-off will be needed/i }).waitFor();
    assert.match(await banner(editor), /would pass to human review/i);
    await screenshot(editor, 'journey-5-sponsored-composer');
    await submitDraft(editor);
    sponsoredPostId = contentIdOf(editor);
    await waitForStatus(editor, 'IN_REVIEW');

    await claimTask(reviewer, SPONSORED_POST.title);
    await decide(reviewer, 'approve');
    await reviewer.goto(`/contents/${sponsoredPostId}`);
    await waitForStatus(reviewer, 'LEGAL_REVIEW');

    const legal = await newPage(browser);
    try {
      await login(legal, 'legal1');
      await claimTask(legal, SPONSORED_POST.title);
      await legal.getByTestId('screening-banner').filter({ hasText: /legal sign-off will be needed/i }).waitFor();
      await screenshot(legal, 'journey-5-legal-task');
      await decide(legal, 'approve');
      assertNoPageErrors(legal);
    } finally {
      await legal.context().close();
    }
  });

  step('(6) the post shows on the calendar and becomes PUBLISHED', async () => {
    await editor.goto('/calendar');
    await editor.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    const item = editor.locator(`[data-testid="calendar-item"][data-content-id="${sponsoredPostId}"]`);
    await item.waitFor();
    assert.match(await item.innerText(), /weibo/i);
    await screenshot(editor, 'journey-6-calendar');

    await item.getByRole('link').click();
    await editor.waitForURL(new RegExp(`/contents/${sponsoredPostId}`));
    await waitForStatus(editor, 'PUBLISHED');
    await screenshot(editor, 'journey-6-published');
    assertNoPageErrors(editor);
  });

  step('(7) compliance1 finds the published post\'s full trail and verifies the chain', async () => {
    const compliance = await newPage(browser);
    const cspViolations = [];
    compliance.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) {
        cspViolations.push(message.text());
      }
    });
    try {
      await login(compliance, 'compliance1');
      await compliance.goto('/audit');
      await compliance.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();

      await compliance.getByTestId('verify').click();
      const verdict = compliance.getByTestId('verify-result');
      await verdict.waitFor();
      assert.equal(await verdict.getAttribute('data-valid'), 'true', await verdict.innerText());

      await compliance.getByLabel('Content id').fill(sponsoredPostId);
      await compliance.getByTestId('audit-search').click();
      await compliance.waitForURL(new RegExp(`contentId=${sponsoredPostId}`));
      const entry = (event) => compliance.locator(`[data-testid="audit-entry"][data-event="${event}"]`);
      for (const event of ['ContentSubmitted', 'ScreeningCompleted', 'ReviewDecided', 'ContentApproved', 'PostPublished']) {
        await entry(event).first().waitFor();
      }
      // editorial approval and legal sign-off, by whom
      assert.equal(await entry('ReviewDecided').count(), 2);
      assert.match(await entry('ReviewDecided').nth(0).innerText(), /reviewer1[\s\S]*Editorial review · Approved/);
      assert.match(await entry('ReviewDecided').nth(1).innerText(), /legal1[\s\S]*Legal sign-off · Approved/);
      assert.equal(await entry('PostPublished').count(), 2, 'published to Weibo and LinkedIn');
      await screenshot(compliance, 'journey-7-audit-trail');

      await entry('PostPublished').first().getByRole('link').click();
      await compliance.waitForURL(new RegExp(`/contents/${sponsoredPostId}`));
      await statusBadge(compliance, 'PUBLISHED').waitFor();
      const timeline = compliance.getByTestId('timeline-entry');
      for (const event of ['ContentSubmitted', 'ScreeningCompleted', 'ReviewDecided', 'PostPublished']) {
        await compliance.locator(`[data-testid="timeline-entry"][data-event="${event}"]`).first().waitFor();
      }
      assert.ok((await timeline.count()) >= 6);
      assert.equal(await compliance.getByTestId('decision').count(), 2);
      assert.equal(await compliance.getByTestId('deliveries').locator('tbody tr').count(), 2);
      await compliance.getByTestId('evidence-pack').waitFor();
      // the BPMN diagram renders under the Content Security Policy, the end event highlighted
      const diagram = compliance.locator('[data-testid="process-diagram"][data-ready="true"]');
      await diagram.waitFor();
      assert.equal(await diagram.getAttribute('data-current'), 'end_published');
      assert.equal(await diagram.locator('[data-element-id="end_published"][class*="current"]').count(), 1);
      await screenshot(compliance, 'journey-7-status-timeline');

      await compliance.goto(`/audit?contentId=${sponsoredPostId}`);
      await chooseLanguage(compliance, 'zh-CN');
      await compliance.getByRole('heading', { level: 1, name: '审计' }).waitFor();
      await compliance.locator('[data-testid="audit-entry"][data-event="PostPublished"]', { hasText: '已发布' }).first().waitFor();
      await screenshot(compliance, 'journey-7-zh-audit');
      assert.deepEqual(cspViolations, []);
      assertNoPageErrors(compliance);
    } finally {
      await compliance.context().close();
    }
  });

  step('(8) the key screens in Simplified Chinese', async () => {
    await editor.goto('/drafts');
    await chooseLanguage(editor, 'zh-CN');
    await editor.getByRole('heading', { level: 1, name: '草稿' }).waitFor();
    await editor.getByRole('columnheader', { name: '状态' }).waitFor();
    await screenshot(editor, 'journey-8-zh-drafts');

    await editor.getByTestId('new-draft').click();
    await editor.getByRole('heading', { level: 1, name: '新建草稿' }).waitFor();
    await editor.getByRole('textbox', { name: '标题', exact: true }).fill('春季新茶');
    await editor.getByRole('textbox', { name: '正文', exact: true }).fill('这是全网最好的茉莉花茶，欢迎品尝。');
    await editor.getByRole('checkbox', { name: '微博', exact: true }).check();
    await editor.locator('[data-testid="highlight"][data-severity="BLOCKER"]').first().waitFor();
    await editor.getByTestId('screening-banner').filter({ hasText: '将被拦截' }).waitFor();
    await screenshot(editor, 'journey-8-zh-composer');

    await editor.goto(`/contents/${sponsoredPostId}`);
    await editor.getByText('已发布').first().waitFor();
    await screenshot(editor, 'journey-8-zh-status');

    await editor.goto('/calendar');
    await editor.getByRole('heading', { level: 1, name: '日历' }).waitFor();
    await screenshot(editor, 'journey-8-zh-calendar');

    await reviewer.goto('/tasks');
    await chooseLanguage(reviewer, 'zh-CN');
    await reviewer.getByRole('heading', { level: 1, name: '任务' }).waitFor();
    await reviewer.getByRole('tab', { name: '可认领' }).waitFor();
    await screenshot(reviewer, 'journey-8-zh-tasks');
    assertNoPageErrors(editor);
    assertNoPageErrors(reviewer);
  });
});
