/**
 * Login in a real browser: from a service page to the login form, a wrong password shown
 * readably, the demo customer logged in and back on the page it came from, the email in the
 * header, and logout back to anonymous.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServerOnTestDatabase, type ServerOnTestDatabase } from '../support/api-server.js';
import {
  launchBrowser,
  recordPageActivity,
  type LaunchedBrowser,
  type PageActivity,
} from '../support/browser.js';
import { REPO_ROOT } from '../support/server.js';

const ARTIFACTS = path.join(REPO_ROOT, 'test', '.artifacts');
const WEB_INDEX = path.join(REPO_ROOT, 'web', 'dist', 'index.html');

let api: ServerOnTestDatabase;
let browser: LaunchedBrowser;
let page: Page;
let activity: PageActivity;

beforeAll(async () => {
  if (!existsSync(WEB_INDEX)) throw new Error(`${WEB_INDEX} is missing: run pnpm build first`);
  mkdirSync(ARTIFACTS, { recursive: true });
  api = await startServerOnTestDatabase({ env: { DEMO_DATA: 'on' } });
  browser = await launchBrowser();
  page = browser.page;
  activity = recordPageActivity(page);
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('login in a browser', () => {
  it('goes from a page to the login form and back, logged in, then logs out', async () => {
    await page.goto(`${api.url}/services/2.4`);
    await page.getByRole('heading', { level: 1, name: /прототипа/ }).waitFor();

    await page.getByTestId('login-link').click();
    await page.getByRole('heading', { level: 1, name: 'Вход' }).waitFor();
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/services/2.4');

    await page.getByLabel('Электронная почта').fill('Customer@Example.com');
    await page.getByLabel('Пароль').fill('wrong');
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect
      .poll(() => page.getByTestId('login-error').textContent())
      .toContain('Неверный email или пароль.');
    await page.screenshot({ path: path.join(ARTIFACTS, 'e2e-login-refused.png') });

    await page.getByLabel('Пароль').fill('demo');
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByRole('heading', { level: 1, name: /прототипа/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/services/2.4');
    await expect
      .poll(() => page.getByTestId('account').textContent())
      .toContain('customer@example.com');

    // The session is the browser's cookie: a reload keeps it, and scripts cannot read it.
    await page.reload();
    await expect
      .poll(() => page.getByTestId('account').textContent())
      .toContain('customer@example.com');
    expect(await page.evaluate(() => document.cookie)).not.toContain('session=');

    await page.screenshot({ path: path.join(ARTIFACTS, 'e2e-login-logged-in.png') });

    await page.getByTestId('logout').click();
    await page.getByTestId('login-link').waitFor();
    expect(new URL(page.url()).pathname).toBe('/services/2.4');
    await page.reload();
    await page.getByTestId('login-link').waitFor();

    // The failed login's answer is a payload error, not a console error.
    expect(activity.problems()).toEqual([]);
  });
});
