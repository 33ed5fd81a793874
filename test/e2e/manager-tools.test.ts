/**
 * A manager's tools in a real browser. On a request prepared over the API the manager moves it
 * from line 2 to line 3 with 2 business days for the resolution: an empty comment is refused
 * beside the field, the first answer is lost and the retry carries the same key, so the line
 * changes once; the deadlines and the history follow from the answer. A specialist and the
 * customer see no such form, and a specialist gets no calendar page. On the calendar page,
 * reached from the desk, the manager loads 2027 with a date listed twice and sees the refusal
 * on the line typed twice, then loads the 14 public holidays alone and sees the year in the
 * list; other content for it is then refused beside the year. Each step is photographed at
 * 1280 and 390 pixels.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ServerOnTestDatabase } from '../support/api-server.js';
import type { PageActivity } from '../support/browser.js';
import { post } from '../support/graphql.js';
import { openWebApp, type WebAppSession } from '../support/web-app.js';
import {
  loseFirstAnswerTo,
  logInAs,
  PAGES,
  photographPage,
  sessionOf,
} from '../support/web-steps.js';

interface SlaView {
  line: number;
  resolutionDueLatest: string | null;
}

interface RequestView {
  id: string;
  supportLine: number;
  sla: SlaView;
  history: { kind: string; comment: string | null }[];
}

/** Support line 2: a resolution by the line's own rule, not set by staff. */
const LINE_2 = 'dedicated-editor-assistant-or-consultant';
const REQUEST_FIELDS = 'id supportLine sla { line resolutionDueLatest } history { kind comment }';

/** The 14 public holidays of art. 112 in 2027, a line each: the least a year loads with. */
const HOLIDAYS_2027 = [
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((day) => `2027-01-${day} HOLIDAY`),
  '2027-02-23 HOLIDAY День защитника Отечества',
  '2027-03-08 HOLIDAY Международный женский день',
  '2027-05-01 HOLIDAY Праздник Весны и Труда',
  '2027-05-09 HOLIDAY День Победы',
  '2027-06-12 HOLIDAY День России',
  '2027-11-04 HOLIDAY День народного единства',
];
const SOURCE_2027 = 'Праздники — ст. 112 ТК РФ (проверка загрузки)';

let app: WebAppSession;
let api: ServerOnTestDatabase;
let page: Page;
let activity: PageActivity;
let request: RequestView;

beforeAll(async () => {
  app = await openWebApp({ env: { DEMO_DATA: 'on' } });
  ({ api, page, activity } = app);
  mkdirSync(PAGES, { recursive: true });
  request = await newRequest();
});

afterAll(async () => {
  await app?.close();
});

/** A new request of the demo customer on line 2, nobody has answered yet. */
async function newRequest(): Promise<RequestView> {
  const query = `mutation($input: CreateRequestInput!) {
    createRequest(input: $input) { request { ${REQUEST_FIELDS} } errors { code message } }
  }`;
  const input = { categoryId: LINE_2, title: 'Перенести курсы', idempotencyKey: randomUUID() };
  const result = await post<{ createRequest: { request: RequestView; errors: unknown[] } }>(
    api.url,
    query,
    { input },
    await sessionOf(api.url, 'customer@example.com'),
  );
  expect(result.body.data?.createRequest.errors, result.text).toEqual([]);
  return result.body.data!.createRequest.request;
}

async function readRequest(id: string): Promise<RequestView> {
  const result = await post<{ request: RequestView }>(
    api.url,
    `query($id: ID!) { request(id: $id) { ${REQUEST_FIELDS} } }`,
    { id },
    await sessionOf(api.url, 'manager@example.com'),
  );
  return result.body.data!.request;
}

async function logOut(): Promise<void> {
  await page.getByTestId('logout').click();
  await page.getByTestId('login-link').waitFor();
}

describe("a manager's tools", () => {
  it('moves a request to line 3 with 2 days, once, and shows the new deadlines', async () => {
    expect(request.sla.line).toBe(2);
    await logInAs(page, api.url, 'manager@example.com', `/requests/${request.id}`);
    const deadlines = page.getByTestId('request-deadlines');
    await expect.poll(() => deadlines.textContent()).toContain('Линия 2');

    const change = page.getByTestId('support-line-change');
    await change.getByRole('button', { name: 'Сменить линию поддержки' }).click();
    await change.getByLabel('Новая линия').selectOption('3');
    await change.getByLabel('Срок решения, полных рабочих дней').fill('2');
    await change.getByRole('button', { name: 'Сменить линию' }).click();
    await expect.poll(() => change.textContent()).toContain('Напишите, почему заявка меняет');
    await photographPage(page, '_requests_line_change');
    await change.getByLabel('Почему').fill('Нужен разработчик: правка в коде плагина');

    // The first answer is lost on the way back: the retry carries the same key.
    await loseFirstAnswerTo(page, 'RequestPageChangeSupportLine');
    await change.getByRole('button', { name: 'Сменить линию' }).click();
    await expect.poll(() => change.textContent()).toContain('Сервер не ответил');
    await change.getByRole('button', { name: 'Сменить линию' }).click();
    await expect.poll(() => deadlines.textContent()).toContain('Линия 3');
    await page.unrouteAll();

    const moved = await readRequest(request.id);
    expect(moved.supportLine).toBe(3);
    expect(moved.history.filter((event) => event.kind === 'LINE_CHANGED')).toEqual([
      {
        kind: 'LINE_CHANGED',
        comment: 'Линия 2 → 3, решение за 2 раб. дн.: Нужен разработчик: правка в коде плагина',
      },
    ]);
    const due = moved.sla.resolutionDueLatest;
    expect(due).not.toBeNull();
    // The first response falls on the resolution too now: the same instant shows twice.
    await deadlines.locator(`time[datetime="${due}"]`).first().waitFor();
    expect(await deadlines.textContent()).not.toContain('Срок назначат');
    expect(await page.getByTestId('step-notice').textContent()).toContain('сроки пересчитаны');

    const history = page.getByTestId('history').locator('[data-kind="LINE_CHANGED"]');
    await expect.poll(() => history.count()).toBe(1);
    expect(await history.textContent()).toMatch(
      /Линия поддержки изменена.*manager@example\.com, менеджер.*Линия 2 → 3, решение за 2/,
    );
    await photographPage(page, '_requests_line_changed');
    expect(activity.problems([/ERR_CONNECTION_RESET/])).toEqual([]);
  });

  it('shows the form to no specialist and no customer, nor the calendar page', async () => {
    for (const email of ['specialist@example.com', 'customer@example.com']) {
      await logOut();
      await logInAs(page, api.url, email, `/requests/${request.id}`);
      await expect
        .poll(() => page.getByTestId('request-deadlines').textContent())
        .toContain('Линия 3');
      expect(await page.getByTestId('support-line-change').count()).toBe(0);
    }

    await logOut();
    await logInAs(page, api.url, 'specialist@example.com', '/desk');
    await page.getByTestId('desk-tab-queue').waitFor();
    expect(await page.getByTestId('calendar-link').count()).toBe(0);
    await page.goto(`${api.url}/calendar`);
    await page.getByTestId('calendar-manager-only').waitFor();
    expect(await page.getByTestId('calendar-load').count()).toBe(0);
    await logOut();
  });

  it('loads 2027: a date twice is refused on its line, then the holidays alone', async () => {
    await logInAs(page, api.url, 'manager@example.com', '/desk');
    await page.getByTestId('calendar-link').click();
    await page.getByRole('heading', { level: 1, name: 'Производственный календарь' }).waitFor();
    const years = page.getByTestId('calendar-years');
    await expect.poll(() => years.locator('tbody tr').count()).toBe(2);
    expect(await years.textContent()).toMatch(/2025.*файл поставки.*2026/);

    const form = page.getByTestId('calendar-load');
    await form.getByLabel('Год', { exact: true }).fill('2027');
    await form.getByLabel('Источник').fill(SOURCE_2027);
    // Line 1 a comment, lines 2-15 the holidays, line 16 blank, line 17 Victory Day again.
    const twice = ['# 2027', ...HOLIDAYS_2027, '', '2027-05-09 HOLIDAY ещё раз'];
    await form.getByLabel('Дни, по одному на строке').fill(twice.join('\n'));
    await form.getByRole('button', { name: 'Загрузить год' }).click();

    const problem = form.getByTestId('calendar-problem');
    await expect.poll(() => problem.count()).toBe(1);
    expect(await problem.getAttribute('data-code')).toBe('DUPLICATE_DATE');
    expect(await problem.getAttribute('data-line')).toBe('17');
    expect(await problem.textContent()).toMatch(/Строка 17.*2027-05-09 HOLIDAY ещё раз.*уже есть/);
    expect(await years.locator('tbody tr').count()).toBe(2);
    await photographPage(page, '_calendar_refused');

    await form.getByLabel('Дни, по одному на строке').fill(HOLIDAYS_2027.join('\n'));
    await form.getByRole('button', { name: 'Загрузить год' }).click();
    await expect
      .poll(() => page.getByTestId('calendar-done').textContent())
      .toContain('Год 2027 загружен: 14 особых дней');
    await expect.poll(() => years.locator('tbody tr').count()).toBe(3);
    const row = years.locator('tr[data-row="2027"]');
    expect(await row.locator('[data-column="days"]').textContent()).toContain('14');
    expect(await row.locator('[data-column="origin"]').textContent()).toContain(
      'загружен менеджером',
    );
    expect(await row.locator('[data-column="source"]').textContent()).toContain(SOURCE_2027);
    expect(await form.getByTestId('calendar-problem').count()).toBe(0);
    await photographPage(page, '_calendar');

    // Other content for a year loaded is refused beside the year, unless it is to be replaced.
    await form.getByLabel('Источник').fill('Другое постановление');
    await form.getByLabel('Дни, по одному на строке').fill(HOLIDAYS_2027.join('\n'));
    await form.getByRole('button', { name: 'Загрузить год' }).click();
    await expect.poll(() => form.locator('.field__error').textContent()).toContain('уже загружен');
    expect(await row.locator('[data-column="source"]').textContent()).toContain(SOURCE_2027);

    expect(activity.problems([/ERR_CONNECTION_RESET/])).toEqual([]);
  });
});
