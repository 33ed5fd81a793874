/**
 * The crowdfunding page in a real browser: a visitor sees goals, totals and progress and is asked
 * to log in; the demo customer pledges hours typed with a comma, sees its pledge, the total and
 * its available balance move exactly, gets an over-precise or too large pledge explained beside
 * the field, and withdraws its pledge.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ServerOnTestDatabase } from '../support/api-server.js';
import type { PageActivity } from '../support/browser.js';
import { openWebApp, type WebAppSession } from '../support/web-app.js';

/** A sample project of the content: goal 120, 45 pledged as an example, open. */
const PROJECT = 'certificate-qr-verification';

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

function card(): Locator {
  return page.getByTestId(`project-${PROJECT}`);
}

async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

describe('the crowdfunding page', () => {
  it('shows a visitor goal, total, status and progress, and asks to log in to pledge', async () => {
    await page.goto(`${api.url}/crowdfunding`);
    await card().waitFor();

    expect(await textOf(card().getByTestId('project-status'))).toBe('Идёт сбор');
    expect(await textOf(card().getByTestId('project-pledged'))).toContain('45,00 н·ч');
    expect(await card().getByRole('progressbar').getAttribute('aria-valuenow')).toBe('37');
    expect(await card().getByTestId('my-pledge').count()).toBe(0);
    await page.getByRole('link', { name: 'войдите' }).click();
    await page.getByRole('heading', { level: 1, name: 'Вход' }).waitFor();
  });

  it('lets the customer pledge, explains bad hours beside the field, and withdraw', async () => {
    await page.getByLabel('Электронная почта').fill('customer@example.com');
    await page.getByLabel('Пароль').fill('demo');
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.waitForURL(/\/crowdfunding$/);
    const available = page.getByTestId('crowdfunding-available');
    await expect.poll(() => textOf(available)).toBe('40,00 н·ч');

    const field = card().getByLabel('Пообещать нормо-часов');
    const pledge = card().getByRole('button', { name: 'Пообещать' });
    await field.fill('0,001');
    await pledge.click();
    await expect
      .poll(() => textOf(card().locator('.field__error')))
      .toContain('Не больше двух знаков после запятой');

    await field.fill('2,5');
    await pledge.click();
    await expect.poll(() => textOf(card().getByTestId('my-pledge-hours'))).toBe('2,50 н·ч');
    await expect.poll(() => textOf(available)).toBe('37,50 н·ч');
    expect(await textOf(card().getByTestId('project-pledged'))).toContain('47,50 н·ч');
    expect(await field.inputValue()).toBe('');

    await field.fill('100');
    await pledge.click();
    await expect
      .poll(() => textOf(card().locator('.field__error')))
      .toBe('На балансе не хватает доступных нормо-часов.');
    expect(await textOf(available)).toBe('37,50 н·ч');
    await page.screenshot({ path: app.artifact('e2e-crowdfunding.png'), fullPage: true });

    await card().getByRole('button', { name: 'Отозвать обещание' }).click();
    await expect.poll(() => textOf(available)).toBe('40,00 н·ч');
    expect(await card().getByTestId('my-pledge-hours').count()).toBe(0);
    expect(await textOf(card().getByTestId('project-pledged'))).toContain('45,00 н·ч');

    expect(activity.problems()).toEqual([]);
  });
});
