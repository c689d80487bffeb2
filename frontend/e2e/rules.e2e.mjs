// Journey: a compliance officer opens the Rules page, finds the rule that catches 最佳 by searching the packs, and
// tries a text in the tester, which the real server screens with the rules in effect.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { assertNoPageErrors, launchBrowser, login, newPage, screenshot } from './support.mjs';

describe('rules journey', () => {
  let browser;
  let compliance;

  before(async () => {
    browser = await launchBrowser();
    compliance = await newPage(browser);
    await login(compliance, 'compliance1');
  });

  after(async () => {
    await browser?.close();
  });

  test('the rules in effect are searchable and a text can be tried against them', async () => {
    await compliance.getByRole('link', { name: 'Rules' }).click();
    await compliance.getByRole('heading', { level: 1, name: 'Rules' }).waitFor();
    const hash = await compliance.getByTestId('rule-set-hash').innerText();
    assert.match(hash.trim(), /^[0-9a-f]{64}$/);

    await compliance.getByRole('textbox', { name: 'Search the rules' }).fill('最佳');
    const pack = compliance.getByTestId('pack-absolute-claims-zh');
    await pack.locator('[data-match]', { hasText: /^最佳$/ }).first().waitFor();
    assert.equal(await compliance.getByTestId('pack-health-claims-en').count(), 0);
    await screenshot(compliance, 'rules-1-search');

    const tester = compliance.getByTestId('rule-tester');
    await tester.getByRole('textbox', { name: 'Text' }).fill('Our jasmine tea is the best in the world and cures colds.');
    await tester.getByTestId('tester-banner').filter({ hasText: /would be blocked/i }).waitFor();
    await tester.getByTestId('category-ABSOLUTE_CLAIM').waitFor();
    await tester.getByTestId('category-HEALTH_CLAIM').waitFor();
    await screenshot(compliance, 'rules-2-tester');
    assertNoPageErrors(compliance);
  });
});
