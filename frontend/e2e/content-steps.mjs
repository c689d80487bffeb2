// Steps the content journeys share: writing and submitting a draft, waiting for a status, claiming and deciding tasks.
import assert from 'node:assert/strict';

export const STATUS_TIMEOUT = 60_000;

export function statusBadge(page, status) {
  return page.locator(`[data-testid="status-badge"][data-status="${status}"]`).first();
}

/** Waits until the status page shows the status; the page refreshes itself while the process moves. */
export async function waitForStatus(page, status) {
  await statusBadge(page, status).waitFor({ timeout: STATUS_TIMEOUT });
}

/**
 * Clicks Submit and waits for the status page. A submit that meets the workflow's own update of the draft (the
 * deadline escalation of a post due soon) is refused with 409 "submit it again", as a user would, it is retried once.
 */
export async function submitDraft(page) {
  const error = page.getByTestId('save-error');
  for (let attempt = 1; ; attempt += 1) {
    await page.getByTestId('submit').click();
    const outcome = await Promise.race([
      page.waitForURL(/\/contents\//).then(() => 'submitted'),
      error.waitFor().then(() => 'refused'),
    ]);
    if (outcome === 'submitted') {
      return;
    }
    const message = await error.innerText();
    if (attempt > 1 || !/submit it again/.test(message)) {
      assert.fail(`submitting failed: ${message}`);
    }
  }
}

export function contentIdOf(page) {
  const match = /\/contents\/([^/?#]+)/.exec(page.url());
  assert.ok(match, `on a status page: ${page.url()}`);
  return match[1];
}

/** Opens the composer, writes title and body, and picks the platforms. */
export async function writeDraft(page, { title, body, platforms = ['Weibo'] }) {
  await page.goto('/drafts');
  await page.getByRole('heading', { level: 1, name: 'Drafts' }).waitFor();
  await page.getByTestId('new-draft').click();
  await page.getByRole('heading', { level: 1, name: 'New draft' }).waitFor();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await page.getByRole('textbox', { name: 'Text', exact: true }).fill(body);
  for (const platform of platforms) {
    await page.getByRole('checkbox', { name: platform, exact: true }).check();
  }
}

/** Claims the task of a title from the "available" tab, which opens the task. */
export async function claimTask(page, title) {
  await page.goto('/tasks');
  await page.getByRole('heading', { level: 1, name: 'Tasks' }).waitFor();
  // the list refreshes itself; the new task appears without a reload
  await page.getByRole('button', { name: `Claim “${title}”` }).click({ timeout: STATUS_TIMEOUT });
  await page.getByTestId('task-review').waitFor();
  await page.getByTestId('unclaim').waitFor();
}

export async function decide(page, button, comment) {
  await page.getByTestId(button).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (comment) {
    await dialog.getByLabel('Comment').fill(comment);
  }
  await dialog.getByTestId('confirm-decision').click();
  await page.getByRole('heading', { level: 1, name: 'Tasks' }).waitFor();
}
