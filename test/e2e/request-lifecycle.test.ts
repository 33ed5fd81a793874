/**
 * A request's life in two browsers: the demo customer orders from the estimator and lands on the
 * new request; the specialist, in a second browser, logs study time and sends an estimate of two
 * stages; the customer approves; the specialist starts stage 1, logs 50 minutes and delivers;
 * the customer accepts it and sees it charged as minutes x K / 60 rounded once, at the rate the
 * API gives (C3), then finds the charge in the ledger's CSV. A stage that the balance does not
 * cover suspends its request, and the specialist sees both why and the new status. Both see the
 * request's deadlines with Moscow time: the specialist, in Vladivostok, in their own time beside.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ServerOnTestDatabase } from '../support/api-server.js';
import {
  launchBrowser,
  recordPageActivity,
  type LaunchedBrowser,
  type PageActivity,
} from '../support/browser.js';
import { ARTIFACTS, openWebApp, type WebAppSession } from '../support/web-app.js';
import { multiply } from '../api/exact-decimal.js';

const SCREENSHOTS = path.join(ARTIFACTS, 'pages');

let app: WebAppSession;
let api: ServerOnTestDatabase;
let customer: Page;
let customerActivity: PageActivity;
let staffBrowser: LaunchedBrowser;
let specialist: Page;
let specialistActivity: PageActivity;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  app = await openWebApp({ env: { DEMO_DATA: 'on' } });
  ({ api, page: customer, activity: customerActivity } = app);
  staffBrowser = await launchBrowser({ timezoneId: 'Asia/Vladivostok' });
  specialist = staffBrowser.page;
  specialistActivity = recordPageActivity(specialist);
});

afterAll(async () => {
  await staffBrowser?.close();
  await app?.close();
});

describe('a request from the estimator to a charged stage', () => {
  let requestUrl = '';

  it('orders from the estimator, after logging in from it', async () => {
    await customer.goto(`${api.url}/estimate?serviceCode=2.6`);
    await customer.getByLabel('Часы работы').fill('1,5');
    await customer.getByTestId('estimate-total').waitFor();

    await customer.getByTestId('order-login').click();
    await logIn(customer, 'customer@example.com');
    await customer.getByTestId('requests-link').click();
    await customer.getByTestId('requests-empty').waitFor();
    await snap(customer, 'requests-empty');

    await customer.goBack();
    await customer.getByLabel('Часы работы').fill('1,5');
    await expect
      .poll(() => customer.getByTestId('order-category').inputValue())
      .toBe('dedicated-editor-assistant-or-consultant');
    await snap(customer, 'estimator-order');
    await customer.getByTestId('order-submit').click();

    await customer.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
    requestUrl = customer.url();
    await expectStatus(customer, 'Новая');
    expect(await text(customer.getByTestId('request-title'))).toBe(
      'Пошаговое интерактивное консультирование',
    );
    expect(await text(customer.locator('.request__description'))).toContain('часы работы: 1,5 ч');
    expect(await text(customer.getByTestId('request-coefficient'))).toBe('0,6');
    const deadlines = customer.getByTestId('request-deadlines');
    expect(await text(deadlines)).toMatch(/Первый ответ.*\d\d:\d\d по Москве/);
    expect(await text(deadlines.locator('[data-sla-state]'))).toBe('В срок');
    await snap(customer, 'request-new-customer');

    await customer.getByRole('button', { name: 'Изменить название и описание' }).click();
    await customer.getByLabel('Название').fill('Консультация по курсам');
    await customer.getByRole('button', { name: 'Сохранить' }).click();
    await expect
      .poll(() => text(customer.getByTestId('request-title')))
      .toBe('Консультация по курсам');
  });

  it('lets the specialist log study time and send an estimate of two stages', async () => {
    await logIn(specialist, 'specialist@example.com', `${api.url}/login`);
    await specialist.goto(requestUrl);
    await expectStatus(specialist, 'Новая');
    // Vladivostok is 7 hours ahead of Moscow: both times are shown.
    expect(await text(specialist.getByTestId('request-deadlines'))).toMatch(
      /\(GMT\+10\).*по Москве/,
    );

    await specialist.getByLabel('Время на изучение заявки').fill('0:30');
    await specialist.getByRole('button', { name: 'Записать время' }).click();
    await expectStatus(specialist, 'Оценивается');

    const rate = (await requestFacts(specialist, requestUrl)).rate.amount;
    await specialist.getByLabel('Этап 1: название').fill('Консультация');
    await specialist.getByLabel('Этап 1: часы').fill('1,5');
    await expect
      .poll(() => text(specialist.getByTestId('estimate-row-price').first()))
      .toBe(shown('0.90', multiply(2, '0.90', rate)));
    await specialist.getByRole('button', { name: 'Добавить этап' }).click();
    await specialist.getByLabel('Этап 2: название').fill('Проверка материалов');
    await specialist.getByLabel('Этап 2: часы').fill('0,5');
    await expect
      .poll(() => text(specialist.getByTestId('estimate-form-total')))
      .toBe(`Итого: ${shown('1.20', multiply(2, '1.20', rate))}`);
    await snap(specialist, 'request-estimating-specialist');

    await specialist.getByRole('button', { name: 'Отправить смету' }).click();
    await expectStatus(specialist, 'Ждёт согласования');
  });

  it('queues the request when the customer approves the estimate', async () => {
    await customer.reload();
    await expectStatus(customer, 'Ждёт согласования');
    await snap(customer, 'request-awaiting-approval-customer');

    // The first press gets no answer; pressed again, it sends the same key, so it counts once.
    const keys: string[] = [];
    await customer.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (!body.includes('approveEstimate(')) return route.continue();
      keys.push((JSON.parse(body) as MutationBody).variables.input.idempotencyKey);
      return keys.length === 1 ? route.abort('failed') : route.continue();
    });
    const approve = customer.getByRole('button', { name: 'Одобрить смету' });
    await approve.click();
    await expect
      .poll(() => text(customer.getByTestId('step-problem')))
      .toContain('Сервер не ответил');
    await approve.click();
    await expectStatus(customer, 'В очереди');
    await customer.unroute('**/graphql');
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(await text(customer.getByTestId('queue-position'))).toBe('1');
    await customer.getByTestId('expected-start').waitFor();
    await snap(customer, 'request-queued-customer');
  });

  it('lets the specialist start stage 1, log 50 minutes and deliver it', async () => {
    await specialist.reload();
    await specialist.getByRole('button', { name: 'Начать этап 1' }).click();
    await expectStatus(specialist, 'В работе');

    await specialist.getByLabel('Время работы над этапом 1').fill('50');
    await specialist.getByRole('button', { name: 'Записать время' }).click();
    await expect.poll(() => text(stageCell(specialist, 1, 'stage-actual'))).toBe('0:50');

    await specialist.getByRole('button', { name: 'Сдать этап 1' }).click();
    await specialist.getByRole('button', { name: 'Сдать', exact: true }).click();
    await expectStatus(specialist, 'Ждёт приёмки');
    await snap(specialist, 'request-delivered-specialist');
  });

  it('charges the accepted stage 50 min x K / 60 rounded once, at the API rate (C3)', async () => {
    await customer.reload();
    await expectStatus(customer, 'Ждёт приёмки');
    const facts = await requestFacts(customer, requestUrl);
    const normHours = minutesTimesK(50, facts.coefficient);
    const expected = shown(normHours, multiply(2, normHours, facts.rate.amount));
    expect(normHours).toBe('0.50');
    expect(await text(customer.getByTestId('charge-preview'))).toBe(expected);
    await snap(customer, 'request-awaiting-acceptance-customer');

    await customer.getByRole('button', { name: 'Принять этап 1' }).click();
    await expect.poll(() => text(stageCell(customer, 1, 'stage-charged'))).toBe(expected);
    await expectStatus(customer, 'В работе');
    const stage = (await requestFacts(customer, requestUrl)).stages[0]!;
    expect(stage.chargedHours).toBe(normHours);
    await snap(customer, 'request-stage-accepted-customer');
  });

  it('lists the request and finds its charge in the ledger CSV', async () => {
    await customer.getByTestId('requests-link').click();
    await customer.getByTestId('request-row').first().waitFor();
    expect(await text(customer.getByTestId('row-charged').first())).toContain('0,80');
    await snap(customer, 'requests-list');

    await customer.getByTestId('balance-link').click();
    await expect.poll(() => text(customer.getByTestId('balance'))).toContain('39,20');
    // A hold and its release move the reserve, not the balance: tagged, and said above.
    expect(await customer.getByTestId('reserve-tag').count()).toBeGreaterThan(0);
    expect(await text(customer.getByTestId('reserve-legend'))).toContain(
      'Резерв не меняет баланс, он уменьшает доступные часы.',
    );
    await snap(customer, 'balance');
    const [download] = await Promise.all([
      customer.waitForEvent('download'),
      customer.getByTestId('ledger-csv').click(),
    ]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toMatch(/;Списание;-0,50;39,20;Заявка № \d+, этап 1: /);
  });

  it('asks the customer to approve an overrun, with time and cost, before acceptance', async () => {
    await specialist.reload();
    await specialist.getByLabel('Время работы над этапом 2').fill('0:40');
    await specialist.getByRole('button', { name: 'Записать время' }).click();
    await expect.poll(() => text(stageCell(specialist, 2, 'stage-actual'))).toBe('0:40');
    await specialist.getByRole('button', { name: 'Сдать этап 2' }).click();
    await specialist.getByRole('button', { name: 'Сдать', exact: true }).click();
    await expectStatus(specialist, 'Ждёт приёмки');

    await customer.goto(requestUrl);
    const { rate } = await requestFacts(customer, requestUrl);
    const extra = shown('0.10', multiply(2, '0.10', rate.amount));
    expect(await text(customer.getByTestId('overrun-cost'))).toBe(`+${extra}`);
    expect(await customer.getByRole('button', { name: 'Принять этап 2' }).count()).toBe(0);
    await snap(customer, 'request-overrun-customer');

    await customer.getByRole('button', { name: 'Подтвердить перерасход' }).click();
    await customer.getByRole('button', { name: 'Принять этап 2' }).click();
    await expectStatus(customer, 'Выполнена');
    await snap(customer, 'request-completed-customer');
  });

  it('suspends a request whose stage the balance does not cover, and says so', async () => {
    const created = await graphql<{ createRequest: { request: { id: string } } }>(
      customer,
      `
        mutation ($input: CreateRequestInput!) {
          createRequest(input: $input) {
            request {
              id
            }
          }
        }
      `,
      {
        input: {
          categoryId: 'dedicated-developer-or-sysadmin',
          title: 'Большая доработка',
          idempotencyKey: crypto.randomUUID(),
        },
      },
    );
    const url = `${api.url}/requests/${created.createRequest.request.id}`;

    await specialist.goto(url);
    await specialist.getByLabel('Этап 1: часы').fill('100');
    await specialist.getByRole('button', { name: 'Отправить смету' }).click();
    await expectStatus(specialist, 'Ждёт согласования');
    await customer.goto(url);
    await customer.getByRole('button', { name: 'Одобрить смету' }).click();
    await expectStatus(customer, 'В очереди');
    await customer.getByTestId('requests-link').click();
    await customer.getByTestId('row-queue').waitFor();
    await snap(customer, 'requests-list-queued');

    await specialist.reload();
    await specialist.getByRole('button', { name: 'Начать этап 1' }).click();
    await expectStatus(specialist, 'Приостановлена');
    const notice = specialist.getByTestId('step-notice');
    expect(await text(notice)).toContain('Доступных нормо-часов на балансе не хватает.');
    expect(await text(notice)).toContain('Приостановлена');
    await snap(specialist, 'request-suspended-specialist');

    await customer.reload();
    await customer.getByTestId('request-row').first().waitFor();
    await snap(customer, 'requests-list-suspended');
  });

  it('logged no console errors and no cache warnings in either browser', () => {
    // Only the request the test itself cut off failed to load.
    expect(customerActivity.problems([/ERR_FAILED/])).toEqual([]);
    expect(specialistActivity.problems()).toEqual([]);
  });
});

async function logIn(page: Page, email: string, from?: string): Promise<void> {
  if (from) await page.goto(from);
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Пароль').fill('demo');
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByTestId('logout').waitFor();
}

async function text(locator: ReturnType<Page['locator']>): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

async function expectStatus(page: Page, status: string): Promise<void> {
  await expect.poll(() => text(page.getByTestId('request-status'))).toBe(status);
}

function stageCell(page: Page, index: number, cell: string) {
  return page.locator(`[data-testid="stage-row"][data-stage="${index}"]`).getByTestId(cell);
}

/** How the page writes norm-hours with their money, spaces evened: "0,50 н·ч · 1 250,00 ₽". */
function shown(normHours: string, amount: string): string {
  const ru = (value: string) => {
    const [whole = '', fraction = ''] = value.split('.');
    return `${whole.replace(/\B(?=(\d{3})+$)/g, ' ')},${fraction}`;
  };
  return `${ru(normHours)} н·ч · ${ru(amount)} ₽`;
}

/** minutes x K / 60, rounded half-up once to 0.01, on integers (C3). */
function minutesTimesK(minutes: number, coefficient: string): string {
  const [whole = '0', fraction = ''] = coefficient.split('.');
  const numerator = BigInt(minutes) * BigInt(whole + fraction) * 100n;
  const denominator = 60n * 10n ** BigInt(fraction.length);
  const hundredths = (numerator * 2n + denominator) / (denominator * 2n);
  const digits = hundredths.toString().padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

interface MutationBody {
  variables: { input: { idempotencyKey: string } };
}

interface RequestFacts {
  coefficient: string;
  rate: { amount: string };
  stages: { chargedHours: string | null }[];
}

/** The request as the API gives it to the page's own session. */
async function requestFacts(page: Page, url: string): Promise<RequestFacts> {
  const id = url.split('/').at(-1)!;
  const data = await graphql<{ request: RequestFacts }>(
    page,
    'query ($id: ID!) { request(id: $id) { coefficient rate { amount } stages { chargedHours } } }',
    { id },
  );
  return data.request;
}

async function graphql<T>(page: Page, query: string, variables: object): Promise<T> {
  const body = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: unknown };
    },
    { query, variables },
  );
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body)}`);
  return body.data as T;
}

/** The page as it looks on a laptop and on a phone. */
async function snap(page: Page, name: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}
