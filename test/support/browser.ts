/**
 * A headless Chromium for end-to-end tests: the system's browser driven by playwright-core, a
 * fresh profile each time, and a recorder of what a page logs and asks of the API.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { chromium, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';

/** Flags that let Chromium run as root in a container and keep it off the network by itself. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The browser binary: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium';
}

/** A launched browser: its context, a first page, and `close()` that also removes the profile. */
export interface LaunchedBrowser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export interface LaunchBrowserOptions {
  /** The page's preferred languages, as "ru-RU" or "en-US"; Russian when left out. */
  locale?: string;
  /** IANA time zone of the page, as "Europe/Berlin". */
  timezoneId?: string;
}

/** Launches headless Chromium on a fresh temporary profile and opens one page. */
export async function launchBrowser(options: LaunchBrowserOptions = {}): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), '3kl-chromium-'));

  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_FLAGS,
      locale: options.locale ?? 'ru-RU',
      timezoneId: options.timezoneId,
    });
    const page = context.pages()[0] ?? (await context.newPage());

    return {
      context,
      page,
      close: async () => {
        await context.close().catch(() => {});
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** One console message of the page, kept as plain data. */
export interface RecordedConsoleMessage {
  type: string;
  text: string;
}

/** What a page did since recording began. */
export interface PageActivity {
  /** Every console message, in order. */
  console: RecordedConsoleMessage[];
  /** Console errors and warnings and uncaught page errors, less those matching `ignore`. */
  problems(ignore?: readonly RegExp[]): string[];
  /** How many requests went to /graphql. */
  graphqlRequests(): number;
  /** Starts counting /graphql requests from zero again (console messages are kept). */
  resetGraphqlCount(): void;
}

/** Records console messages, page errors and the number of requests to /graphql. */
export function recordPageActivity(page: Page): PageActivity {
  const messages: RecordedConsoleMessage[] = [];
  const pageErrors: string[] = [];
  let graphql = 0;

  page.on('console', (message: ConsoleMessage) => {
    messages.push({ type: message.type(), text: message.text() });
  });
  page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/graphql')) graphql += 1;
  });

  return {
    console: messages,
    problems: (ignore = []) =>
      [
        ...messages
          .filter((m) => m.type === 'error' || m.type === 'warning')
          .map((m) => `${m.type}: ${m.text}`),
        ...pageErrors,
      ].filter((problem) => !ignore.some((pattern) => pattern.test(problem))),
    graphqlRequests: () => graphql,
    resetGraphqlCount: () => {
      graphql = 0;
    },
  };
}
