/**
 * Login in a real browser: from a service page to the login form, a wrong password shown
 * readably, the demo customer logged in and back on the page it came from, the email in the
 * header, and logout back to anonymous.
 */

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ServerOnTestDatabase } from '../support/api-server.js';
import type { PageActivity } from '../support/browser.js';
import { openWebApp, type WebAppSession } from '../support/web-app.js';

let app: WebAppSession;
let api: ServerOnTestDatabase;
let page: Page;
let activity: PageActivity;

beforeAll(async () => {
  app = await openWebApp({ env: { DEMO_DATA: 'on' } });
  ({ api, page, activity } = app);
});

afterAll(async () => {
  await app?.close();
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
    await page.screenshot({ path: app.artifact('e2e-login-refused.png') });

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

    await page.screenshot({ path: app.artifact('e2e-login-logged-in.png') });

    await page.getByTestId('logout').click();
    await page.getByTestId('login-link').waitFor();
    expect(new URL(page.url()).pathname).toBe('/services/2.4');
    await page.reload();
    await page.getByTestId('login-link').waitFor();

    // The failed login's answer is a payload error, not a console error.
    expect(activity.problems()).toEqual([]);
  });
});
