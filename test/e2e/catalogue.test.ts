/**
 * The catalogue in a real browser against the built server and web app: a course plan over
 * the prototype's limits, a price typed with a comma, a typing slip refused, and the Apollo
 * cache surviving list → service page → back without refetching or warning (case C9).
 */

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ServerOnTestDatabase } from '../support/api-server.js';
import type { PageActivity } from '../support/browser.js';
import { queryData } from '../support/graphql.js';
import { openWebApp, type WebAppSession } from '../support/web-app.js';

let app: WebAppSession;
let api: ServerOnTestDatabase;
let page: Page;
let activity: PageActivity;
/** The list rate in kopecks, as the API states it: prices below are derived from it. */
let rateKopecks: bigint;

beforeAll(async () => {
  app = await openWebApp();
  ({ api, page, activity } = app);
  const { listRate } = await queryData<{ listRate: { amount: string } }>(
    api.url,
    '{ listRate { amount } }',
  );
  rateKopecks = kopecks(listRate.amount);
});

afterAll(async () => {
  await app?.close();
});

describe('the catalogue in a browser', () => {
  it('shows each violation of a plan over the prototype limits, with the price', async () => {
    await page.goto(`${api.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Каталог платных сервисов' }).waitFor();

    await page.locator('a[href="/services/2.4"]').first().click();
    await page.getByRole('heading', { level: 1, name: /прототипа/ }).waitFor();
    await page.getByLabel('Тематические секции').fill('12');
    await page.getByLabel('Вопросы во всех тестах').fill('35');

    const sections = page.locator('[data-violation="sections"]');
    const questions = page.locator('[data-violation="quizQuestions"]');
    await questions.waitFor();
    expect(await cells(sections)).toEqual(['Тематические секции', '10', '12', '+2']);
    expect(await cells(questions)).toEqual(['Вопросы во всех тестах', '30', '35', '+5']);

    // A plan over the limits is still priced as the service asked for: its fixed 10 hours.
    await expectTotal(rubles(10n * rateKopecks));
    await page.locator('#estimator').screenshot({ path: artifact('prototype-violations.png') });
    expect(activity.problems()).toEqual([]);
  });

  it('prices hours typed with a comma and refuses a typing slip without sending it', async () => {
    const sentHours = recordSentHours(page);
    await page.goto(`${api.url}/works`);
    const work = page.locator('#content [data-work]').first();
    await work.getByRole('link').click();
    await page.locator('[data-testid="estimate-total"]').waitFor();

    const hours = page.getByLabel('Часы работы');
    await hours.fill('');
    await hours.pressSequentially('1,5', { delay: 40 });

    // 1.5 h × K 0.6 = 0.9 norm-hours, priced at the list rate: 2 250,00 ₽ at 2 500 ₽.
    await expectTotal(rubles(roundedKopecks(90n * rateKopecks)));
    await expect
      .poll(() => page.getByTestId('estimate-line').innerText())
      .toMatch(/1,5\sч × K\s0,6/);
    expect(sentHours).toContain('1.5');
    await page.screenshot({ path: artifact('typical-work-comma.png') });

    await hours.fill('12abc');
    await expect.poll(() => hours.getAttribute('aria-invalid')).toBe('true');
    const error = page.locator(
      `#${(await hours.getAttribute('aria-describedby'))!.split(' ').pop()}`,
    );
    expect(await error.innerText()).toMatch(/число/);
    await expect.poll(() => page.getByTestId('estimate-total').count()).toBe(0);
    await page.waitForTimeout(500);
    expect(sentHours.filter((value) => /abc/.test(value))).toEqual([]);
    await page.screenshot({ path: artifact('typical-work-typing-slip.png') });
    expect(activity.problems()).toEqual([]);
  });

  it('goes list → service → back → service without refetching or cache warnings (C9)', async () => {
    await page.goto(`${api.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Каталог платных сервисов' }).waitFor();
    await page.waitForLoadState('networkidle');
    activity.resetGraphqlCount();

    await openPrototype();
    const toService = activity.graphqlRequests();

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Каталог платных сервисов' }).waitFor();
    await page.waitForTimeout(1_000);
    const onReturn = activity.graphqlRequests() - toService;

    // The list's fields of the limits (min among them) survived the service page's answer.
    const card = page.locator('[data-service="2.4"]');
    await card.locator('summary').click();
    expect(await card.locator('li', { hasText: 'Тесты:' }).innerText()).toMatch(/1–4/);

    await openPrototype();
    await page.waitForTimeout(1_000);
    await page.screenshot({ path: artifact('c9-service-again.png'), fullPage: true });

    // The service page asks for the service and its price once; nothing is asked again.
    expect(toService).toBeGreaterThan(0);
    expect(toService).toBeLessThanOrEqual(3);
    expect(onReturn).toBe(0);
    expect(activity.graphqlRequests()).toBe(toService);

    const lost = activity.console.filter((m) => m.text.includes('Cache data may be lost'));
    expect(lost).toEqual([]);
    expect(activity.problems()).toEqual([]);
  });
});

async function openPrototype(): Promise<void> {
  await page.locator('a[href="/services/2.4"]').first().click();
  await page.getByRole('heading', { level: 1, name: /прототипа/ }).waitFor();
  await page.getByTestId('estimate-total').waitFor();
}

async function expectTotal(text: string): Promise<void> {
  await expect.poll(() => page.getByTestId('estimate-total').innerText()).toBe(text);
}

async function cells(row: ReturnType<Page['locator']>): Promise<string[]> {
  return (await row.locator('th, td').allInnerTexts()).map((text) => text.trim());
}

/** Hours of every estimate the page sends, as sent. */
function recordSentHours(target: Page): string[] {
  const sent: string[] = [];
  target.on('request', (request) => {
    if (!new URL(request.url()).pathname.endsWith('/graphql')) return;
    const body = JSON.parse(request.postData() ?? '{}') as {
      variables?: { input?: { hours?: string } };
    };
    const hours = body.variables?.input?.hours;
    if (hours !== undefined) sent.push(hours);
  });
  return sent;
}

function artifact(name: string): string {
  return app.artifact(`e2e-catalogue-${name}`);
}

/** "2500.00" as 250000n: exact, no float. */
function kopecks(amount: string): bigint {
  const [whole = '0', fraction = ''] = amount.split('.');
  return BigInt(whole + fraction.padEnd(2, '0').slice(0, 2));
}

/** A product of kopecks and hundredths, rounded half-up back to kopecks. */
function roundedKopecks(hundredths: bigint): bigint {
  return (hundredths + 50n) / 100n;
}

/** Kopecks as the page shows money: "2 250,00 ₽" with no-break spaces. */
function rubles(amount: bigint): string {
  const text = amount.toString().padStart(3, '0');
  const whole = text.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${whole},${text.slice(-2)}\u00a0₽`;
}
