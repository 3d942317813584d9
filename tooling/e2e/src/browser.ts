/**
 * The system Chromium (no browser download: CI installs the distribution's package), driven by
 * playwright-core, and a recorder of what went wrong on a page.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  try {
    return await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  } catch (error) {
    throw new Error(`cannot start Chromium at ${CHROMIUM_PATH} (install it, or set CHROMIUM_PATH): ${(error as Error).message}`);
  }
}

export interface PageProblems {
  /** Uncaught errors, console errors and failed responses since the last `clear()`. */
  list(): string[];
  clear(): void;
}

/** A visitor who is not signed in asks who they are once per page load; the API answers 401. */
function expectedFailure(url: string, status: number): boolean {
  return status === 401 && new URL(url).pathname === '/api/v1/auth/me';
}

export function recordProblems(page: Page): PageProblems {
  let problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    // Failed requests are reported below with their address; the console's copy names none.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !expectedFailure(response.url(), response.status())) {
      problems.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    }
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // A request the page itself dropped (the browser's favicon fetch when the next navigation starts) is not a failure.
    if (reason === 'net::ERR_ABORTED') return;
    problems.push(`failed ${request.method()} ${request.url()}: ${reason}`);
  });
  return {
    list: () => [...problems],
    clear: () => {
      problems = [];
    },
  };
}
