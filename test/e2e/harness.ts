/**
 * Starts Debian Chromium with the built extension loaded unpacked, in a fresh profile, with every
 * web request answered locally: `servePages` maps real site URLs to fixture HTML, and everything
 * else (images, fonts, analytics) is aborted, so tests never touch the network.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const PROJECT_DIR = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIR = join(PROJECT_DIR, '.output/chrome-mv3');
export const FIXTURES_DIR = join(PROJECT_DIR, 'test/fixtures/sites');

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: apt-get install chromium`);
  return path;
}

/**
 * Flags that work on these machines (shared/DESIGN.md, "Testing layers"). Without
 * `extensionDir` the browser runs with no extension at all (the benchmarks' baseline).
 */
export function chromiumArgs(extensionDir: string | undefined, headless = true): string[] {
  return [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(extensionDir
      ? [
          '--disable-features=DisableLoadExtensionCommandLineSwitch',
          `--disable-extensions-except=${extensionDir}`,
          `--load-extension=${extensionDir}`,
        ]
      : []),
  ];
}

export interface LaunchOptions {
  /** An unpacked extension to load; none at all when left out (launchBrowser only). */
  extensionDir?: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
  /**
   * Keeps Chromium's own log (readBrowserLog): what the browser itself reports, such as an
   * extension's "Unchecked runtime.lastError", which reaches no console a test can watch.
   */
  browserLog?: boolean;
}

export interface OfflineBrowser {
  context: BrowserContext;
  /** Serves `html` at `url` (exact URL, query included, or a glob). */
  servePage(url: string, html: string): Promise<void>;
  /** Serves any other resource (a stylesheet, say). */
  serve(url: string | RegExp, body: string, contentType: string): Promise<void>;
  /** Chromium's log so far, a line each; empty unless launched with `browserLog`. */
  readBrowserLog(): string[];
  close(): Promise<void>;
}

export interface ExtensionBrowser extends OfflineBrowser {
  extensionId: string;
  worker: Worker;
  openPopup(): Promise<Page>;
}

/**
 * A fresh, offline Chromium with `extensionDir` loaded, or with no extension. The benchmarks
 * use it for their baseline and for the floor extension, which has no service worker.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<OfflineBrowser> {
  const { extensionDir } = options;
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run npm run build first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'paper-shelf-profile-'));
  const logFile = join(profile, 'chromium.log');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false, // --headless=new is passed in args: the old headless mode has no extensions.
    args: [
      ...chromiumArgs(extensionDir, options.headless ?? true),
      ...(options.browserLog ? ['--enable-logging', `--log-file=${logFile}`, '--v=0'] : []),
    ],
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  // Offline by construction: anything not served by a test is aborted.
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));

  const serve = async (url: string | RegExp, body: string, contentType: string) => {
    await context.route(url, (route) => route.fulfill({ status: 200, contentType, body }));
  };
  return {
    context,
    serve,
    servePage: (url, html) => serve(url, html, 'text/html; charset=utf-8'),
    readBrowserLog: () =>
      existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').filter(Boolean) : [],
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The extension's service worker, stopped on demand as Chromium stops an idle one. */
export interface WorkerSwitch {
  /** Whether Chromium last reported the worker running (or starting). */
  readonly running: boolean;
  /** Stops it and waits until Chromium reports it stopped. */
  stop(): Promise<void>;
  /** Asks Chromium to stop it, without waiting. */
  stopNow(): Promise<void>;
}

/**
 * Controls the service worker through the DevTools Protocol (ServiceWorker.stopAllWorkers) of
 * `page`, an extension page; the next message or event starts the worker again.
 */
export async function workerSwitch(context: BrowserContext, page: Page): Promise<WorkerSwitch> {
  const session = await context.newCDPSession(page);
  let running = true;
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (version.scriptURL.endsWith('/background.js')) {
        running = version.runningStatus === 'running' || version.runningStatus === 'starting';
      }
    }
  });
  await session.send('ServiceWorker.enable');
  const stopNow = async () => {
    await session.send('ServiceWorker.stopAllWorkers');
  };
  return {
    get running() {
      return running;
    },
    stopNow,
    async stop() {
      await stopNow();
      const deadline = Date.now() + 10_000;
      while (running) {
        if (Date.now() > deadline) throw new Error('The service worker did not stop in 10 s');
        await page.waitForTimeout(20);
      }
    },
  };
}

/** Chromium with Paper Shelf's build (or `extensionDir`) loaded, once its worker is up. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const browser = await launchBrowser({
    ...options,
    extensionDir: options.extensionDir ?? EXTENSION_DIR,
  });
  const { context } = browser;
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  return {
    ...browser,
    extensionId,
    worker,
    async openPopup() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
  };
}

export function readFixture(site: string, name: string): string {
  return readFileSync(join(FIXTURES_DIR, site, name), 'utf8');
}

/** What a page fixture's expected.json says about it (a subset of PaperCandidate is enough). */
export interface ExpectedPage {
  url: string;
  candidates: Array<{ id: string; title: string; aliases?: string[] }>;
}

/** A page fixture: where it is served, its HTML, and what the adapter must find on it. */
export function sitePage(
  site: string,
  page: string,
): { url: string; html: string; expected: ExpectedPage } {
  const expected = JSON.parse(readFixture(site, `${page}.expected.json`)) as ExpectedPage;
  return { url: expected.url, html: readFixture(site, `${page}.html`), expected };
}

/** Waits until every card host on the page knows its saved state; returns how many there are. */
export async function waitForAnnotations(page: Page, expected?: number): Promise<number> {
  await page.waitForFunction(
    (count) => {
      const hosts = document.querySelectorAll('paper-shelf-card');
      if (hosts.length === 0 || (count !== undefined && hosts.length < count)) return false;
      for (const host of hosts) if (!(host as HTMLElement).dataset.saved) return false;
      return true;
    },
    expected,
    { timeout: 60_000 },
  );
  return page.locator('paper-shelf-card').count();
}

/** The host of the card whose paper has this canonical id. */
export function cardHost(page: Page, paperId: string) {
  return page.locator(`paper-shelf-card[data-paper-id="${paperId}"]`);
}

/** The paper id of every card host on the page, in page order. */
export function paperIds(page: Page): Promise<Array<string | undefined>> {
  return page
    .locator('paper-shelf-card')
    .evaluateAll((hosts) => hosts.map((host) => (host as HTMLElement).dataset.paperId));
}

/** Waits for every card of a fixture page and checks they are its expected papers, in order. */
export async function expectAnnotated(page: Page, expected: ExpectedPage): Promise<void> {
  const count = expected.candidates.length;
  expect(await waitForAnnotations(page, count)).toBe(count);
  expect(await paperIds(page)).toEqual(expected.candidates.map((c) => c.id));
}

/** Clicks the card's Save button and waits until the card knows it is saved. */
export async function saveCard(page: Page, paperId: string): Promise<void> {
  const host = cardHost(page, paperId);
  await host.getByRole('button', { name: /^Save\b/ }).click();
  await expect.poll(() => host.getAttribute('data-saved')).toBe('true');
}

/**
 * One extension browser for a test file: launched before its tests with `pages` served at their
 * URLs, closed after them. Pages opened with `open` report uncaught errors, and a test fails if
 * any page threw while it ran (Paper Shelf must never throw into the host page).
 */
export function useExtensionBrowser(pages: Array<{ url: string; html: string }> = []) {
  const pageErrors: string[] = [];
  let launched: ExtensionBrowser | undefined;
  const session = {
    get browser(): ExtensionBrowser {
      if (!launched) throw new Error('the extension browser is not running yet');
      return launched;
    },
    async open(url: string): Promise<Page> {
      const page = await session.browser.context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${url}: ${error.message}`));
      await page.goto(url);
      return page;
    },
  };
  beforeAll(async () => {
    launched = await launchExtension();
    for (const { url, html } of pages) await launched.servePage(url, html);
  });
  afterAll(async () => {
    await launched?.close();
  });
  afterEach(() => {
    expect(pageErrors).toEqual([]);
    pageErrors.length = 0;
  });
  return session;
}
