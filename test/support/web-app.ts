/**
 * The usual fixture of a browser suite: the built server on a test database of its own, serving
 * the built web app, and a fresh Chromium page recording its console and GraphQL requests.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';

import { startServerOnTestDatabase, type ServerOnTestDatabase } from './api-server.js';
import { launchBrowser, recordPageActivity, type PageActivity } from './browser.js';
import type { StartServerOptions } from './server.js';
import { REPO_ROOT } from './server.js';

/** Where browser suites leave their screenshots (git-ignored). */
export const ARTIFACTS = path.join(REPO_ROOT, 'test', '.artifacts');

const WEB_INDEX = path.join(REPO_ROOT, 'web', 'dist', 'index.html');

export interface WebAppSession {
  api: ServerOnTestDatabase;
  page: Page;
  activity: PageActivity;
  /** The path of a screenshot named `name` in the artifacts folder. */
  artifact(name: string): string;
  close(): Promise<void>;
}

/** Starts the server on a fresh database and opens a browser page on nothing yet. */
export async function openWebApp(
  options: Omit<StartServerOptions, 'databaseUrl' | 'dataDir'> = {},
): Promise<WebAppSession> {
  if (!existsSync(WEB_INDEX)) throw new Error(`${WEB_INDEX} is missing: run pnpm build first`);
  mkdirSync(ARTIFACTS, { recursive: true });

  const api = await startServerOnTestDatabase(options);
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await api.stop();
    throw error;
  });

  return {
    api,
    page: browser.page,
    activity: recordPageActivity(browser.page),
    artifact: (name) => path.join(ARTIFACTS, name),
    close: async () => {
      await browser.close();
      await api.stop();
    },
  };
}
