import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from './static-server.js';

/**
 * Every story of the static Storybook, rendered in the system Chromium, in standard and care mode:
 * the story must render, its play function (interaction test) must pass, and axe must find no
 * WCAG 2.2 AA violation. This is the CI gate for the design system's accessibility.
 */
const STATIC_DIR = process.env.STORYBOOK_STATIC_DIR ?? fileURLToPath(new URL('../../storybook-static', import.meta.url));
/** While working on some components, STORY_FILTER (a regular expression on story ids) narrows the run. */
const STORY_FILTER = process.env.STORY_FILTER ? new RegExp(process.env.STORY_FILTER) : null;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MODES = [
  { name: 'standard', globals: 'fwMode:standard' },
  { name: 'care', globals: 'fwMode:care' },
] as const;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
}

if (!existsSync(`${STATIC_DIR}/index.json`)) {
  throw new Error('storybook-static/ is missing: run `pnpm --filter @fawang/ui build-storybook` first (turbo does it before test)');
}
const entries = Object.values(
  (JSON.parse(readFileSync(`${STATIC_DIR}/index.json`, 'utf8')) as { entries: Record<string, IndexEntry> }).entries,
).filter((e) => !STORY_FILTER || STORY_FILTER.test(e.id));
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs');

/** Pages rendering in parallel (one per core is right for a headless Chromium). */
const WORKERS = Math.max(1, Number(process.env.A11Y_WORKERS ?? 2));

let browser: Browser;
let pages: Page[] = [];
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  server = await serveStatic(STATIC_DIR);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(RECORD_EVENTS);
  pages = await Promise.all(Array.from({ length: WORKERS }, () => context.newPage()));
});

/** Runs `check` for every item, spreading the items over the pages; returns the failures in item order. */
async function onAllPages<T>(items: T[], check: (page: Page, item: T) => Promise<string[]>): Promise<string[]> {
  const results: string[][] = new Array(items.length);
  let next = 0;
  await Promise.all(
    pages.map(async (page) => {
      while (next < items.length) {
        const i = next++;
        results[i] = await check(page, items[i]!);
      }
    }),
  );
  return results.flat();
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Storybook preview events that end a story's render; collected by an init script in the page. */
const RECORD_EVENTS = `
  window.__fwEvents = [];
  (function hook() {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) return setTimeout(hook, 2);
    for (const name of ['storyFinished', 'docsRendered', 'playFunctionThrewException', 'storyThrewException', 'storyErrored', 'unhandledErrorsWhilePlaying']) {
      channel.on(name, (payload) => window.__fwEvents.push({ name, payload: JSON.parse(JSON.stringify(payload ?? null)) }));
    }
  })();
`;

interface PreviewEvent {
  name: string;
  payload: { status?: string; storyId?: string; message?: string; stack?: string } | null;
}

/**
 * Waits until Storybook has rendered the entry (and run a story's play function); returns an error text
 * if anything failed.
 */
async function renderEntry(page: Page, id: string, globals: string, viewMode: 'story' | 'docs' = 'story'): Promise<string | null> {
  await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=${viewMode}&globals=${globals}`);
  const handle = await page.waitForFunction(
    () => {
      const events = (window as unknown as { __fwEvents?: PreviewEvent[] }).__fwEvents ?? [];
      return events.length > 0 ? events : false;
    },
    undefined,
    { timeout: 30_000, polling: 50 },
  );
  const events = (await handle.jsonValue()) as PreviewEvent[];
  const failed = events.filter((e) => !['storyFinished', 'docsRendered'].includes(e.name) || e.payload?.status === 'error');
  if (failed.length === 0) return null;
  const shown = await page.evaluate(() => document.querySelector('#error-message')?.textContent ?? '');
  return [shown, ...failed.map((e) => `${e.name}: ${JSON.stringify(e.payload).slice(0, 400)}`)].join('\n').trim();
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    // The docs container of the preview is hidden in story mode; the whole document is checked so that
    // teleported popups (dialogs, toasts) are included.
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, AXE_TAGS);
  return violations;
}

describe('every story in Chromium with axe (WCAG 2.2 AA)', () => {
  it.runIf(!STORY_FILTER)('has at least 40 stories', () => {
    expect(stories.length).toBeGreaterThanOrEqual(40);
  });

  it('renders every documentation page', async () => {
    const failures = await onAllPages(docs, async (page, entry) => {
      const error = await renderEntry(page, entry.id, MODES[0].globals, 'docs');
      return error ? [`${entry.id}: ${error}`] : [];
    });
    expect(docs.length).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });

  for (const mode of MODES) {
    it(`renders, plays and passes axe in ${mode.name} mode`, async () => {
      const failures = await onAllPages(stories, async (page, story) => {
        const error = await renderEntry(page, story.id, mode.globals);
        if (error) return [`${story.id} [${mode.name}] did not render or its play function failed: ${error}`];
        const found: string[] = [];
        if (mode.name === 'care') {
          const px = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.fw-root') ?? document.body).fontSize));
          if (px < 18) found.push(`${story.id} [care] base text is ${px}px, expected ≥ 18px`);
        }
        for (const v of await axeViolations(page)) found.push(`${story.id} [${mode.name}] ${v}`);
        return found;
      });
      console.log(`${mode.name}: ${stories.length} stories checked, ${failures.length} failures`);
      expect(failures).toEqual([]);
    });
  }
});
