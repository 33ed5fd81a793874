/**
 * The balance page in a real browser: the demo customer logs in, follows the header's link to
 * «Баланс», sees the balance, the contract rate and the ledger with its running balance, and
 * downloads the CSV, which starts with the byte-order mark (C10).
 */
import { readFileSync } from 'node:fs';

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

describe('the balance page', () => {
  it('shows the demo customer its balance and ledger and downloads the CSV', async () => {
    await page.goto(`${api.url}/login`);
    await page.getByLabel('Электронная почта').fill('customer@example.com');
    await page.getByLabel('Пароль').fill('demo');
    await page.getByRole('button', { name: 'Войти' }).click();

    await page.getByTestId('balance-link').click();
    await page.getByRole('heading', { level: 1, name: 'Баланс' }).waitFor();
    await expect.poll(() => page.getByTestId('balance').textContent()).toContain('40,00');
    expect(await page.getByTestId('available').textContent()).toContain('40,00');
    expect(await page.getByTestId('rate').textContent()).toMatch(/\d,\d\d\s₽/);

    const row = page.getByTestId('ledger').locator('tbody tr').first();
    expect(await row.textContent()).toMatch(/Пополнение.*\+40,00.*40,00/);
    await page.screenshot({ path: app.artifact('e2e-balance.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('ledger-csv').click(),
    ]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain(';Пополнение;40,00;40,00;');

    expect(activity.problems()).toEqual([]);
  });
});
