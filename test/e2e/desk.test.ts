/**
 * The staff desk in a real browser: an anonymous visitor is asked to log in and a customer is
 * told the desk is for staff; the manager tops the demo customer up by "2,5" (a typing slip is
 * refused beside the field, a lost answer is retried with the same key and moves hours once),
 * sees an adjustment refused beside its fields, starts queued requests from the queue (one the
 * balance does not cover is suspended and leaves the queue), finds it with the status chips,
 * and a top-up resumes it. Deadlines: a queued request filed long ago is counted and marked red
 * while the queue keeps its order; the list of every request shows open ones by deadline, the
 * breached red and the one at risk amber, and newest first at a switch. Requests are prepared
 * over the API, their filing time rewritten in the database: their pages are another suite's.
 * Each tab is photographed at 1280 and 390 pixels.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ServerOnTestDatabase } from '../support/api-server.js';
import type { PageActivity } from '../support/browser.js';
import { queryRows } from '../support/database.js';
import { post } from '../support/graphql.js';
import { ARTIFACTS, openWebApp, type WebAppSession } from '../support/web-app.js';

type Cookie = Record<string, string>;

interface RequestRef {
  id: string;
  number: number;
  status: string;
}

/** A paid category at K 1, so norm-hours equal the hours estimated; support line 3. */
const CATEGORY_K1 = 'dedicated-developer-or-sysadmin';
/** Support line 2: a first response by the end of the next business day. */
const LINE_2 = 'dedicated-editor-assistant-or-consultant';
/** Support line 1: 24 clock hours. */
const LINE_1 = 'organisational-question';
const PAGES = path.join(ARTIFACTS, 'pages');

let app: WebAppSession;
let api: ServerOnTestDatabase;
let page: Page;
let activity: PageActivity;

beforeAll(async () => {
  app = await openWebApp({ env: { DEMO_DATA: 'on' } });
  ({ api, page, activity } = app);
  mkdirSync(PAGES, { recursive: true });
});

afterAll(async () => {
  await app?.close();
});

async function apiLogin(email: string): Promise<Cookie> {
  const result = await post(
    api.url,
    'mutation($email: String!) { login(email: $email, password: "demo") { errors { code } } }',
    { email },
  );
  const line = result.headers.getSetCookie().find((l) => l.startsWith('session='));
  expect(line, result.text).toBeDefined();
  return { cookie: line!.split(';')[0]! };
}

/** One step of a request's life over HTTP; it must succeed. */
async function step(
  who: Cookie,
  mutation: string,
  inputType: string,
  input: Record<string, unknown>,
): Promise<RequestRef> {
  const query = `mutation($input: ${inputType}!) {
    ${mutation}(input: $input) { request { id number status } errors { code message } }
  }`;
  const result = await post<Record<string, { request: RequestRef; errors: unknown[] }>>(
    api.url,
    query,
    { input: { ...input, idempotencyKey: randomUUID() } },
    who,
  );
  const payload = result.body.data?.[mutation];
  expect(payload?.errors, result.text).toEqual([]);
  return payload!.request;
}

/** The demo customer's balance as the API tells the manager. */
async function demoBalance(): Promise<string | undefined> {
  const result = await post<{ customers: { name: string; balance: string }[] }>(
    api.url,
    '{ customers { name balance } }',
    {},
    await apiLogin('manager@example.com'),
  );
  return result.body.data?.customers.find((c) => c.name === 'Демо-университет')?.balance;
}

/** A request of the demo customer, estimated at `hours` in one stage and approved: QUEUED. */
async function queuedRequest(title: string, hours: string): Promise<RequestRef> {
  const [customer, specialist] = await Promise.all([
    apiLogin('customer@example.com'),
    apiLogin('specialist@example.com'),
  ]);
  const created = await step(customer, 'createRequest', 'CreateRequestInput', {
    categoryId: CATEGORY_K1,
    title,
  });
  const requestId = created.id;
  await step(specialist, 'sendEstimate', 'SendEstimateInput', {
    requestId,
    stages: [{ title: 'Работа', hours }],
  });
  const queued = await step(customer, 'approveEstimate', 'RequestStepInput', { requestId });
  expect(queued.status).toBe('QUEUED');
  return queued;
}

/** A new request of the demo customer that nobody has answered yet. */
async function newRequest(categoryId: string, title: string): Promise<RequestRef> {
  const customer = await apiLogin('customer@example.com');
  return step(customer, 'createRequest', 'CreateRequestInput', { categoryId, title });
}

/**
 * Moves the request's filing back to `at`: the deadlines are computed from the submission and
 * the history on every read, and the server stamps both with the real clock.
 */
async function fileAt(request: RequestRef, at: Date): Promise<void> {
  const url = api.database.url;
  await queryRows(url, 'update request set submitted_at = $2 where id = $1', [request.id, at]);
  await queryRows(
    url,
    `update request_event set at = $2 where request_id = $1 and kind = 'CREATED'`,
    [request.id, at],
  );
}

/** An instant written as Moscow wall-clock time (UTC+3 all year). */
const msk = (local: string) => new Date(`${local}+03:00`);

async function logIn(email: string, redirect: string): Promise<void> {
  await page.goto(`${api.url}/login?redirect=${encodeURIComponent(redirect)}`);
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Пароль').fill('demo');
  await page.getByRole('button', { name: 'Войти' }).click();
}

/** Full-page pictures of what is on screen, wide and narrow, for a person to look at. */
async function photograph(name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await page.screenshot({ path: path.join(PAGES, `${width}-_desk_${name}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The server answers the next `operation`, but the answer never reaches the page. */
async function loseFirstAnswerTo(operation: string): Promise<void> {
  let lost = false;
  await page.route('**/graphql', async (route) => {
    const body = route.request().postData() ?? '';
    if (lost || !body.includes(`"operationName":"${operation}"`)) return route.fallback();
    lost = true;
    await route.fetch();
    await route.abort('connectionreset');
  });
}

function queueRow(request: RequestRef) {
  return page.getByTestId('queue').locator(`tr[data-row="${request.id}"]`);
}

async function queueCell(request: RequestRef, column: string): Promise<string | undefined> {
  const text = await queueRow(request).locator(`[data-column="${column}"]`).textContent();
  return text?.trim();
}

describe('the staff desk', () => {
  it('asks a visitor to log in and tells a customer it is for staff only', async () => {
    await page.goto(`${api.url}/desk`);
    await page.getByTestId('desk-login').waitFor();
    expect(await page.getByTestId('desk-link').count()).toBe(0);

    await logIn('customer@example.com', '/desk');
    await expect
      .poll(() => page.getByTestId('desk-staff-only').textContent())
      .toContain('только для сотрудников');
    await page.getByTestId('balance-link').waitFor();
    expect(await page.getByTestId('desk-link').count()).toBe(0);
    await photograph('customer');

    await page.getByTestId('logout').click();
    await page.getByTestId('desk-login').waitFor();
  });

  it('lets the manager top the demo customer up by "2,5", once, whatever is retried', async () => {
    await logIn('manager@example.com', '/');
    await page.getByTestId('desk-link').click();
    await page.getByRole('heading', { level: 1, name: 'Пульт' }).waitFor();
    await page.getByTestId('desk-tab-customers').click();

    const demo = page.getByTestId('customers').locator('tbody tr', { hasText: 'Демо-университет' });
    await expect.poll(() => demo.textContent()).toMatch(/40,00\sн·ч.*40,00\sн·ч/);

    const form = page.getByTestId('move-topUp');
    await form.getByLabel('Нормо-часы').fill('2,555');
    await form.getByRole('button', { name: 'Пополнить' }).click();
    await expect.poll(() => form.textContent()).toContain('Не больше двух знаков');

    // The first answer is lost on the way back: the retry carries the same key, so the hours
    // move once.
    await loseFirstAnswerTo('DeskTopUp');
    await form.getByLabel('Нормо-часы').fill('2,5');
    await form.getByLabel('Основание').fill('Счёт № 17');
    await form.getByRole('button', { name: 'Пополнить' }).click();
    await expect.poll(() => form.textContent()).toContain('Сервер не ответил');
    expect(await demoBalance()).toBe('42.50');
    await form.getByRole('button', { name: 'Пополнить' }).click();
    const done = page.getByTestId('move-topUp-done');
    await expect.poll(() => done.textContent()).toMatch(/на \+2,50\sн·ч: теперь 42,50\sн·ч/);
    await expect.poll(() => demo.textContent()).toMatch(/42,50\sн·ч.*42,50\sн·ч/);
    await page.unrouteAll();
    expect(await demoBalance()).toBe('42.50');
    await photograph('customers');
  });

  it('shows why an adjustment is refused beside its fields', async () => {
    const form = page.getByTestId('move-adjust');
    await form.getByLabel('Нормо-часы со знаком').fill('-1000');
    await form.getByRole('button', { name: 'Скорректировать' }).click();
    await expect.poll(() => form.textContent()).toContain('Укажите основание');

    await form.getByLabel('Основание').fill('Ошибка в счёте');
    await form.getByRole('button', { name: 'Скорректировать' }).click();
    await expect.poll(() => form.textContent()).toContain('нормо-часов клиента на это не хватает');
    const demo = page.getByTestId('customers').locator('tbody tr', { hasText: 'Демо-университет' });
    expect(await demo.textContent()).toMatch(/42,50\sн·ч.*42,50\sн·ч/);
  });

  it('starts requests from the queue; one the balance cannot cover is suspended', async () => {
    // 42.50 available: 1.50 is held for the first, and 100 for the second is not there.
    const covered = await queuedRequest('Настроить резервное копирование', '1.50');
    const uncovered = await queuedRequest('Перенести курсы на новый сервер', '100');
    // Filed long ago and answered only now: its first response came late.
    await fileAt(uncovered, msk('2025-10-01T10:00'));

    await page.getByTestId('desk-tab-queue').click();
    await queueRow(uncovered).waitFor();
    expect(await queueCell(covered, 'position')).toBe('1');
    expect(await queueCell(uncovered, 'position')).toBe('2');
    expect(await page.getByTestId('queue-warning').textContent()).toContain('1 просрочена');
    expect(await queueRow(uncovered).getAttribute('data-tone')).toBe('danger');
    expect(await queueCell(uncovered, 'deadline')).toContain('Срок нарушен');
    expect(await queueRow(covered).getAttribute('data-tone')).toBeNull();
    expect(await queueCell(covered, 'approvedAt')).toMatch(/\d\d\.\d\d\.\d{4}, \d\d:\d\d:\d\d/);
    expect(await queueCell(covered, 'estimate')).toMatch(/1,50\sн·ч.*₽/);
    await photograph('queue');

    // Shown by deadline the breached one comes first; the order of service stays as it was.
    const rowIds = () =>
      page
        .getByTestId('queue')
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row')));
    const order = page.getByTestId('queue-order');
    await order.getByRole('button', { name: 'По сроку' }).click();
    await expect.poll(rowIds).toEqual([uncovered.id, covered.id]);
    expect(await queueCell(uncovered, 'position')).toBe('2');
    await order.getByRole('button', { name: 'В порядке очереди' }).click();
    await expect.poll(rowIds).toEqual([covered.id, uncovered.id]);

    await queueRow(covered).getByRole('button', { name: 'Начать работу' }).click();
    const outcome = page.getByTestId('queue-outcome');
    await expect.poll(() => outcome.textContent()).toContain(`№ ${covered.number} взята в работу`);
    await expect.poll(() => queueRow(covered).count()).toBe(0);

    await queueRow(uncovered).getByRole('button', { name: 'Начать работу' }).click();
    await expect.poll(() => outcome.getAttribute('data-tone')).toBe('warning');
    expect(await outcome.textContent()).toContain(`№ ${uncovered.number} приостановлена`);
    await page.getByTestId('queue-empty').waitFor();
    await page.screenshot({ path: path.join(PAGES, '1280-_desk_queue_suspended.png') });

    await page.getByTestId('desk-tab-requests').click();
    await page.getByTestId('status-chip-all').click();
    await page.getByRole('button', { name: 'Приостановлена' }).click();
    const rows = page.getByTestId('requests').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-row')).toBe(uncovered.id);
    expect(await rows.first().locator('[data-status]').textContent()).toContain('Приостановлена');
    // Suspended, it waits on the customer: its service-level clock stands.
    expect(await rows.first().locator('[data-column="deadline"]').textContent()).toContain(
      'часы стоят',
    );
    await page.getByTestId('status-chip-all').click();
    await expect.poll(() => rows.count()).toBe(2);
    await photograph('requests');
  });

  it('resumes the suspended request when a top-up covers it', async () => {
    await page.getByTestId('desk-tab-customers').click();
    const form = page.getByTestId('move-topUp');
    await form.getByLabel('Нормо-часы').fill('60');
    await form.getByRole('button', { name: 'Пополнить' }).click();
    await expect
      .poll(() => page.getByTestId('move-topUp-done').textContent())
      .toContain('возобновляются');

    await page.getByTestId('desk-tab-requests').click();
    const statuses = page.getByTestId('requests').locator('[data-status]');
    await expect.poll(() => statuses.allTextContents()).toEqual(['В работе', 'В работе']);
  });

  it('lists open requests by deadline, breached red, newest first at a switch', async () => {
    // Filed out of the order of their deadlines, so that neither order follows the other.
    const later = await newRequest(LINE_2, 'Не открываются тесты');
    const late = await newRequest(LINE_2, 'Не приходят письма');
    const fresh = await newRequest(LINE_2, 'Обновить тему оформления');
    const atRisk = await newRequest(LINE_1, 'Вопрос по договору');
    await fileAt(late, msk('2025-09-15T10:00'));
    await fileAt(later, msk('2025-09-22T10:00'));
    // 21 of line 1's 24 hours are gone: in the last fifth of the span.
    await fileAt(atRisk, new Date(Date.now() - 21 * 60 * 60 * 1000));
    const [covered, uncovered] = await startedRequests();

    await page.getByTestId('desk-tab-queue').click();
    await page.getByTestId('desk-tab-requests').click();
    const table = page.getByTestId('requests');
    const order = () =>
      table
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row')));
    const tone = (request: RequestRef) =>
      table.locator(`tr[data-row="${request.id}"]`).getAttribute('data-tone');

    // Due Tue 16.09.2025 and Tue 23.09.2025; then the one refiled in 2025 above, whose first
    // response was late and which has nothing due now: it sorts by the deadline it missed. Then
    // in 3 hours, the next business day, and none.
    const byDeadline = [late, later, uncovered, atRisk, fresh, covered].map((r) => r.id);
    await expect.poll(order).toEqual(byDeadline);
    expect(await table.getAttribute('data-order')).toBe('DEADLINE');
    expect(await page.getByTestId('status-chip-open').getAttribute('aria-pressed')).toBe('true');
    expect([await tone(late), await tone(later), await tone(atRisk)]).toEqual([
      'danger',
      'danger',
      'warning',
    ]);
    expect(await tone(fresh)).toBeNull();
    const lateDeadline = table.locator(`tr[data-row="${late.id}"] [data-column="deadline"]`);
    expect(await lateDeadline.locator('[data-sla-state]').textContent()).toContain('Срок нарушен');
    expect(await lateDeadline.textContent()).toMatch(/16\.09\.2025.*просрочено на/);
    await photograph('requests_by_deadline');

    await page.getByTestId('requests-order').getByRole('button', { name: 'Сначала новые' }).click();
    const newest = [late, later, fresh, atRisk, covered, uncovered]
      .sort((a, b) => b.number - a.number)
      .map((r) => r.id);
    await expect.poll(order).toEqual(newest);

    // Only the answer dropped on purpose shows in the console.
    expect(activity.problems([/ERR_CONNECTION_RESET/])).toEqual([]);
  });
});

/** The requests started from the queue above, oldest first, as the API lists them. */
async function startedRequests(): Promise<[RequestRef, RequestRef]> {
  const result = await post<{ allRequests: { edges: { node: RequestRef }[] } }>(
    api.url,
    '{ allRequests(statuses: [IN_PROGRESS]) { edges { node { id number status } } } }',
    {},
    await apiLogin('manager@example.com'),
  );
  const nodes = result.body.data?.allRequests.edges.map((edge) => edge.node) ?? [];
  expect(nodes, result.text).toHaveLength(2);
  const [first, second] = nodes.sort((a, b) => a.number - b.number);
  return [first!, second!];
}
