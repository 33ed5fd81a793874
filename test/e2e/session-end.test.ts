/**
 * A session that ends while a request is open: the customer's next step is refused as
 * UNAUTHENTICATED, and the page says «Сессия закончилась» with a link back through the login,
 * not the server's English, while the header stops showing the old user.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ServerOnTestDatabase } from '../support/api-server.js';
import type { PageActivity } from '../support/browser.js';
import { ARTIFACTS, openWebApp, type WebAppSession } from '../support/web-app.js';

const SCREENSHOTS = path.join(ARTIFACTS, 'pages');

let app: WebAppSession;
let api: ServerOnTestDatabase;
let page: Page;
let activity: PageActivity;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  app = await openWebApp({ env: { DEMO_DATA: 'on' } });
  ({ api, page, activity } = app);
});

afterAll(async () => {
  await app?.close();
});

describe('a session that ends on a request page', () => {
  it('says so in Russian, links to the login back here, and forgets the user', async () => {
    await page.goto(`${api.url}/login`);
    await page.getByLabel('Электронная почта').fill('customer@example.com');
    await page.getByLabel('Пароль').fill('demo');
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByTestId('logout').waitFor();

    await page.goto(`${api.url}/estimate?serviceCode=2.6`);
    await page.getByLabel('Часы работы').fill('1,5');
    await page.getByTestId('order-submit').click();
    await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
    const requestPath = new URL(page.url()).pathname;
    await page.getByTestId('request-status').waitFor();

    await page.context().clearCookies();
    await page.getByRole('button', { name: 'Отозвать заявку' }).click();
    await page.getByRole('button', { name: 'Да, отозвать' }).click();

    const ended = page.getByTestId('session-ended');
    await ended.waitFor();
    expect(await text(ended)).toBe('Сессия закончилась. Войти снова');
    const link = ended.getByRole('link', { name: 'Войти снова' });
    expect(await link.getAttribute('href')).toBe(`/login?redirect=${requestPath}`);
    expect(await page.getByText('Log in first').count()).toBe(0);
    await page.getByTestId('login-link').waitFor();
    expect(await page.getByTestId('logout').count()).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'request-session-ended.png') });

    await link.click();
    await page.getByLabel('Электронная почта').fill('customer@example.com');
    await page.getByLabel('Пароль').fill('demo');
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.waitForURL((url) => url.pathname === requestPath);
    await page.getByTestId('request-status').waitFor();
    expect(await page.getByTestId('session-ended').count()).toBe(0);
  });

  it('logged no console errors', () => {
    expect(activity.problems()).toEqual([]);
  });
});

async function text(locator: ReturnType<Page['locator']>): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}
