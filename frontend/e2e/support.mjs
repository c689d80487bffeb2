// Shared helpers for the browser journeys: launch the system Chromium, log in, take screenshots.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:8181').replace(/\/$/, '');
export const SCREENSHOT_DIR = path.resolve(process.env.SCREENSHOT_DIR ?? 'target/e2e-screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const DEMO_PASSWORD = 'demo';

/** Each demo user and the navigation it must see, in order (English labels). */
export const DEMO_USERS = {
  editor1: ['Drafts', 'Calendar'],
  reviewer1: ['Tasks', 'Calendar'],
  reviewer2: ['Tasks', 'Calendar'],
  legal1: ['Tasks', 'Calendar'],
  compliance1: ['Calendar', 'Audit', 'Rules'],
  admin: ['Calendar', 'Audit', 'Rules', 'Admin'],
  lead1: ['Drafts', 'Tasks', 'Calendar'],
};

export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A fresh page in its own context (own cookies and localStorage), in English unless asked otherwise.
 * Browser console errors and failed page loads are collected in `page.problems`.
 */
export async function newPage(browser, { locale = 'en-US', viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ baseURL: BASE_URL, locale, viewport });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  return page;
}

let shotCounter = 0;

/** Saves a full-page screenshot as SCREENSHOT_DIR/<nn>-<name>.png. */
export async function screenshot(page, name) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  shotCounter += 1;
  const file = path.join(SCREENSHOT_DIR, `${String(shotCounter).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export function loginHeading(page) {
  return page.getByRole('heading', { level: 1, name: /sign in to postgate|登录 Postgate/i });
}

export function mainNav(page) {
  return page.getByRole('navigation', { name: /main navigation|主导航/i });
}

export function languageSwitch(page) {
  return page.getByRole('combobox', { name: /language|语言/i });
}

/**
 * Picks the UI language on the current page; the choice is remembered in the browser and then wins over the
 * user's own locale (some demo users have zh-CN).
 */
export async function chooseLanguage(page, language) {
  await languageSwitch(page).selectOption(language);
  await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
}

/**
 * Fills the login form on the current page and submits it. Chooses English first unless told otherwise
 * (`language: null` keeps whatever applies, e.g. to see the user's own locale take effect).
 */
export async function submitLogin(page, username, password = DEMO_PASSWORD, { language = 'en' } = {}) {
  await loginHeading(page).waitFor();
  if (language) {
    await chooseLanguage(page, language);
  }
  await page.getByLabel(/username|用户名/i).fill(username);
  await page.getByLabel(/password|密码/i).fill(password);
  await page.getByRole('button', { name: /sign in|登录/i }).click();
}

/** Opens the app, logs in and waits for the navigation. */
export async function login(page, username, password = DEMO_PASSWORD, options = {}) {
  await page.goto('/login');
  await submitLogin(page, username, password, options);
  await mainNav(page).waitFor();
}

export async function logout(page) {
  await page.getByTestId('logout').click();
  await loginHeading(page).waitFor();
}

/** The visible navigation labels, in order. */
export async function navLabels(page) {
  await mainNav(page).waitFor();
  const texts = await mainNav(page).getByRole('link').allInnerTexts();
  return texts.map((text) => text.trim());
}

/** Retries an assertion until it passes or the time is up (for state that settles asynchronously). */
export async function eventually(assertion, { timeout = 10_000, interval = 100 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }
}

/**
 * Opens the form of a platform's publishing channel on the admin page: the existing channel's (from an earlier run
 * against the same database), or a new one with the platform chosen.
 */
export async function openChannelForm(admin, platformId, platformLabel) {
  await admin.goto('/admin');
  await admin.getByRole('heading', { level: 2, name: 'Publishing channels' }).waitFor();
  // the heading shows before the channels have loaded: wait for the list (or its empty state) before looking in it
  await admin.getByTestId('channels').or(admin.getByTestId('channels-none')).waitFor();
  const existing = admin.getByTestId(`channel-${platformId}`);
  const form = admin.getByTestId('channel-form');
  if (await existing.count()) {
    await existing.getByRole('button', { name: 'Edit' }).click();
    await form.waitFor();
  } else {
    await admin.getByTestId('channel-add').click();
    await form.waitFor();
    await form.getByRole('combobox', { name: 'Platform' }).selectOption({ label: platformLabel });
  }
  return form;
}

export function assertNoPageErrors(page) {
  assert.deepEqual(page.problems, [], 'the page raised errors');
}
