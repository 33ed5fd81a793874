/**
 * Steps browser suites take again and again: a session over the API to prepare data, logging in
 * through the form, a page photographed wide and narrow, and an answer lost on its way back.
 */
import path from 'node:path';

import type { Page } from 'playwright-core';
import { expect } from 'vitest';

import { post } from './graphql.js';
import { ARTIFACTS } from './web-app.js';

/** Where the pictures of whole pages go, for a person to look at. */
export const PAGES = path.join(ARTIFACTS, 'pages');

/** The session cookie of a demo user (password "demo"), as a header. */
export async function sessionOf(url: string, email: string): Promise<Record<string, string>> {
  const result = await post(
    url,
    'mutation($email: String!) { login(email: $email, password: "demo") { errors { code } } }',
    { email },
  );
  const line = result.headers.getSetCookie().find((l) => l.startsWith('session='));
  expect(line, result.text).toBeDefined();
  return { cookie: line!.split(';')[0]! };
}

/** Logs a demo user in through the login page, which then goes on to `redirect`. */
export async function logInAs(page: Page, url: string, email: string, redirect: string) {
  await page.goto(`${url}/login?redirect=${encodeURIComponent(redirect)}`);
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Пароль').fill('demo');
  await page.getByRole('button', { name: 'Войти' }).click();
}

/** Full-page pictures at 1280 and 390 pixels: `1280-<name>.png` and `390-<name>.png`. */
export async function photographPage(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await page.screenshot({ path: path.join(PAGES, `${width}-${name}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The server answers the next `operation`, but the answer never reaches the page. */
export async function loseFirstAnswerTo(page: Page, operation: string): Promise<void> {
  let lost = false;
  await page.route('**/graphql', async (route) => {
    const body = route.request().postData() ?? '';
    if (lost || !body.includes(`"operationName":"${operation}"`)) return route.fallback();
    lost = true;
    await route.fetch();
    await route.abort('connectionreset');
  });
}
