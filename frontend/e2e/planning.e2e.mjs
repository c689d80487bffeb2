// Journey: an editor writes per-platform variants and sees a counter over the platform's limit, then plans the post
// next week and moves it in the calendar's week view by dragging it to another day and hour.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { assertNoPageErrors, eventually, launchBrowser, login, newPage, screenshot } from './support.mjs';

const RUN = Date.now().toString(36);
const TITLE = `Tea tasting week ${RUN}`;

/** A local date-time next week (Monday = 0) as the composer's datetime-local input takes it, and its slot key. */
function nextWeek(page, dayIndex, hour) {
  return page.evaluate(
    ([day, atHour]) => {
      const now = new Date();
      const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7) + 7);
      const date = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + day, atHour, 15);
      const pad = (value) => String(value).padStart(2, '0');
      const dayKey = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
      return { input: `${dayKey}T${pad(atHour)}:15`, slot: `slot-${dayKey}-${atHour}` };
    },
    [dayIndex, hour],
  );
}

describe('planning journey', () => {
  let browser;
  let editor;

  before(async () => {
    browser = await launchBrowser();
    // tall enough for the whole week grid: a drag that has to scroll the page on the way is unreliable
    editor = await newPage(browser, { viewport: { width: 1280, height: 1800 } });
    await login(editor, 'editor1');
  });

  after(async () => {
    await browser?.close();
  });

  test('variants are counted per platform, and a variant over the limit is marked', async () => {
    await editor.goto('/drafts/new');
    await editor.getByRole('heading', { level: 1, name: 'New draft' }).waitFor();
    await editor.getByRole('textbox', { name: 'Title', exact: true }).fill(TITLE);
    await editor.getByRole('textbox', { name: 'Text', exact: true }).fill('Join our tea masters next week for a guided tasting of fresh green teas.');
    await editor.getByRole('checkbox', { name: 'LinkedIn', exact: true }).check();
    await editor.getByRole('checkbox', { name: 'X', exact: true }).check();
    await editor.getByTestId('counters-x').getByLabel('Characters: 72 / 280').waitFor();

    await editor.getByRole('button', { name: 'X: same as the main text' }).click();
    await editor.getByRole('textbox', { name: 'X text', exact: true }).fill(`${'Green tea, freshly picked. '.repeat(11)}#tea #green #spring #tasting`);
    await editor.getByTestId('over-limit-x').waitFor();
    assert.equal(await editor.getByTestId('counters-x').getAttribute('data-over'), 'true');
    assert.equal(await editor.getByTestId('over-limit-linkedin').count(), 0);
    await editor.getByRole('button', { name: 'X: own variant' }).waitFor();
    const variantScreening = editor.getByTestId('variant-screening-x');
    await variantScreening.getByTestId('category-PLATFORM_LIMIT').waitFor();
    assert.equal(await variantScreening.getByTestId('variant-banner-x').getAttribute('data-blocking'), 'true');
    assert.equal(await editor.getByTestId('screening-banner').getAttribute('data-blocking'), 'false');
    await screenshot(editor, 'planning-1-variant-over-limit');

    await editor.getByRole('textbox', { name: 'X text', exact: true }).fill('Guided green tea tasting next week. #tea');
    await editor.getByTestId('over-limit-x').waitFor({ state: 'detached' });
    await variantScreening.getByTestId('category-PLATFORM_LIMIT').waitFor({ state: 'detached' });
    assert.equal(await variantScreening.getByTestId('variant-banner-x').getAttribute('data-blocking'), 'false');
    const { input } = await nextWeek(editor, 2, 10);
    await editor.getByLabel('Publish at').fill(input);
    await editor.getByTestId('save').click();
    await editor.waitForURL(/\/drafts\/[^/]+\/edit/);
    await editor.getByTestId('save-state').filter({ hasText: 'All changes saved' }).waitFor();
    assertNoPageErrors(editor);
  });

  test('the post is dragged to another day and hour in the week view and stays there', async () => {
    const from = await nextWeek(editor, 2, 10);
    const to = await nextWeek(editor, 4, 13);
    await editor.goto('/calendar');
    await editor.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    await editor.getByText('Week', { exact: true }).click();
    await editor.getByRole('button', { name: 'Next week' }).click();
    const item = editor.getByTestId(from.slot).locator('[data-testid="calendar-item"]', { hasText: TITLE });
    await item.waitFor();
    await editor.getByTestId('promotional-share').waitFor();
    await screenshot(editor, 'planning-2-week-view');

    // grab the item by its time line, not by its title link
    await item.dragTo(editor.getByTestId(to.slot), { sourcePosition: { x: 8, y: 6 } });
    const moved = editor.getByTestId(to.slot).locator('[data-testid="calendar-item"]', { hasText: TITLE });
    const refused = editor.getByTestId('reschedule-error');
    const outcome = await Promise.race([moved.waitFor().then(() => 'moved'), refused.waitFor().then(() => 'refused')]);
    assert.equal(outcome, 'moved', outcome === 'refused' ? await refused.innerText() : undefined);
    await screenshot(editor, 'planning-3-dragged');

    // after the calendar refreshes from the server, the post is still in its new slot
    await editor.reload();
    await editor.getByText('Week', { exact: true }).click();
    await editor.getByRole('button', { name: 'Next week' }).click();
    await eventually(async () => assert.equal(await moved.count(), 1));
    assert.equal(await editor.getByTestId(from.slot).locator('[data-testid="calendar-item"]', { hasText: TITLE }).count(), 0);
    assertNoPageErrors(editor);
  });
});
