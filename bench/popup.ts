/**
 * The popup with 10,000 papers on the shelf: how long until the reading list first shows papers,
 * and how long a keystroke in its search box takes to show on screen. Search is measured only
 * when the popup has a search box; until then the section says the feature is missing.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../test/e2e/harness';
import { LONG_TASK_MS, startPageTrace } from './lib/page-trace';
import { atMost, type Section, unavailable } from './lib/report';
import { measureWithRetry, median, percentile } from './lib/stats';

/**
 * The popup's floor: a page of the same extension whose one-line module script shows one row.
 * What it takes to open an extension page and paint a row is the machine's (and Chromium's)
 * share of the first-render figure, and it moves with the machine's speed: ~90-105 ms on a slow
 * hour of the 2-core bench machine, where the popup took ~200 ms (bench/JOURNAL.md, thirteenth
 * round). Never in the shipped extension: the bench adds it to a copy of the build.
 */
export const BLANK_PAGE = 'bench-blank.html';

/** A copy of the build at `extensionDir` with BLANK_PAGE added; the caller removes it. */
export function extensionWithBlankPage(extensionDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'paper-shelf-popup-bench-'));
  cpSync(extensionDir, dir, { recursive: true });
  writeFileSync(
    join(dir, BLANK_PAGE),
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="UTF-8"><title>Blank</title>' +
      '<script type="module" src="/bench-blank.js"></script></head>' +
      '<body><div id="app"></div></body></html>\n',
  );
  writeFileSync(
    join(dir, 'bench-blank.js'),
    "document.getElementById('app').innerHTML = '<ul><li data-paper-id=\"blank\">A paper</li></ul>';\n",
  );
  return dir;
}

/**
 * The popup's own size (components/shelf.css sets its body to 600×600; Chromium sizes a popup to
 * its content up to 800×600). Until the twenty-sixth round this was 420 wide, narrower than the
 * page, which then scrolled sideways; the rows were laid out at 600 all the same.
 */
const POPUP_VIEWPORT = { width: 600, height: 600 };
const SEARCH_BOX = 'input[type="search"], [role="searchbox"], input[aria-label*="search" i]';
/** Long enough for any debounce a search box might have; a keystroke is done when this is quiet. */
const QUIET_MS = 400;

declare global {
  interface Window {
    __paperShelfPopupBench?: {
      firstRowAt?: number;
      firstRowPaintedAt?: number;
      lastMutationAt: number;
      lastFrameAfterMutationAt: number;
      keyDownAt?: number;
      frameAfterKeyAt?: number;
    };
  }
}

/**
 * In the popup before its scripts run: when the first paper row appears and the frame that
 * shows it, and for keystrokes, the last DOM change they cause and the frame that shows it.
 * requestAnimationFrame callbacks run right before the frame is painted.
 */
function watchPopup(): void {
  const bench: NonNullable<Window['__paperShelfPopupBench']> = {
    lastMutationAt: 0,
    lastFrameAfterMutationAt: 0,
  };
  window.__paperShelfPopupBench = bench;
  addEventListener(
    'keydown',
    (event) => {
      bench.keyDownAt = event.timeStamp;
      bench.frameAfterKeyAt = undefined;
      requestAnimationFrame(() => {
        bench.frameAfterKeyAt = performance.now();
      });
    },
    true,
  );
  new MutationObserver(() => {
    bench.lastMutationAt = performance.now();
    requestAnimationFrame(() => {
      bench.lastFrameAfterMutationAt = performance.now();
    });
    if (bench.firstRowAt === undefined && document.querySelector('[data-paper-id]')) {
      bench.firstRowAt = performance.now();
      requestAnimationFrame(() => {
        bench.firstRowPaintedAt = performance.now();
      });
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

interface PopupLoad {
  firstRowMs: number;
  rows: number;
  longestTaskMs: number;
  longTasks: number;
  hasSearch: boolean;
}

async function openPopup(
  browser: ExtensionBrowser,
  path = 'popup.html',
): Promise<{ page: Page; load: PopupLoad }> {
  const page = await browser.context.newPage();
  try {
    return { page, load: await loadPopup(browser, page, path) };
  } catch (error) {
    await page.close();
    throw error;
  }
}

async function loadPopup(browser: ExtensionBrowser, page: Page, path: string): Promise<PopupLoad> {
  await page.setViewportSize(POPUP_VIEWPORT);
  await page.addInitScript(watchPopup);
  // The extension's renderer process first, then the trace: a trace started while the tab was
  // still about:blank now and then missed the popup's navigation, made in a process it did not
  // follow yet.
  await page.goto(`chrome-extension://${browser.extensionId}/icon/16.png`);
  const cdp = await browser.context.newCDPSession(page);
  const stopTrace = await startPageTrace(cdp);
  const url = `chrome-extension://${browser.extensionId}/${path}`;
  await page.goto(url);
  await page.waitForFunction(
    () => window.__paperShelfPopupBench?.firstRowPaintedAt !== undefined,
    null,
    {
      timeout: 60_000,
      polling: 50,
    },
  );
  // Whatever the popup does after its first paint (more rows, counts) is part of opening it.
  await page.waitForFunction(
    (quiet) => performance.now() - (window.__paperShelfPopupBench?.lastMutationAt ?? 0) > quiet,
    QUIET_MS,
    { timeout: 60_000, polling: 50 },
  );
  const seen = await page.evaluate(
    (selector) => ({
      firstRowMs: window.__paperShelfPopupBench?.firstRowPaintedAt ?? Number.NaN,
      rows: document.querySelectorAll('[data-paper-id]').length,
      hasSearch: document.querySelector(selector) !== null,
    }),
    SEARCH_BOX,
  );
  const trace = await stopTrace(url);
  await cdp.detach();
  return {
    ...seen,
    longTasks: trace.longTasks.length,
    longestTaskMs: Math.max(0, ...trace.longTasks.map((task) => task.duration)),
  };
}

/** Types `text` then deletes it, one key at a time; the latency of each keystroke in ms. */
async function keystrokeLatencies(page: Page, text: string): Promise<number[]> {
  const box = page.locator(SEARCH_BOX).first();
  await box.click();
  const keys = [...text, ...Array.from(text, () => 'Backspace')];
  const latencies: number[] = [];
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForFunction(
      (quiet) => {
        const bench = window.__paperShelfPopupBench;
        if (!bench?.keyDownAt || bench.frameAfterKeyAt === undefined) return false;
        const since = Math.max(bench.keyDownAt, bench.lastMutationAt);
        return performance.now() - since > quiet;
      },
      QUIET_MS,
      { polling: 50 },
    );
    const latency = await page.evaluate(() => {
      const bench = window.__paperShelfPopupBench;
      if (!bench?.keyDownAt || bench.frameAfterKeyAt === undefined) return Number.NaN;
      // The frame that showed the keystroke's last DOM change, or at least the typed character.
      const changed = bench.lastMutationAt >= bench.keyDownAt;
      const shown = Math.max(bench.frameAfterKeyAt, changed ? bench.lastFrameAfterMutationAt : 0);
      return shown - bench.keyDownAt;
    });
    if (process.env.BENCH_VERBOSE) process.stderr.write(`  ${key}: ${latency.toFixed(1)} ms\n`);
    latencies.push(latency);
  }
  return latencies;
}

/**
 * `browser` runs a build made by extensionWithBlankPage: each run opens the blank page right
 * before the popup, so the two share the machine's mood.
 */
export async function benchPopup(browser: ExtensionBrowser, runs: number): Promise<Section[]> {
  const loads: PopupLoad[] = [];
  const floorLoads: PopupLoad[] = [];
  let lastPopup: Page | undefined;
  for (let run = 0; run <= runs; run++) {
    const blank = await measureWithRetry('blank page', () => openPopup(browser, BLANK_PAGE));
    if (run > 0) floorLoads.push(blank.load);
    await blank.page.close();
    const { page, load } = await measureWithRetry('popup', () => openPopup(browser));
    if (run > 0) loads.push(load);
    if (run < runs) await page.close();
    else lastPopup = page;
  }
  const firstRender = loads.map((load) => load.firstRowMs);
  const floorFirstRender = floorLoads.map((load) => load.firstRowMs);
  const first: Section = {
    id: 'popup-first-render',
    title: `Popup: first render with 10,000 papers (${runs} runs)`,
    method: `Navigation start of popup.html (${POPUP_VIEWPORT.width}×${POPUP_VIEWPORT.height}) to the frame that first shows a [data-paper-id] row; long tasks from a trace of the popup's main thread until it is quiet for ${QUIET_MS} ms. Floor = ${BLANK_PAGE}, a page added to a copy of the build whose one-line script shows one row, opened right before the popup in every run: what opening an extension page takes on this machine, this hour.`,
    figures: [
      {
        label: 'first row painted',
        unit: 'ms',
        value: median(firstRender),
        samples: firstRender,
        floor: median(floorFirstRender),
        ratio: median(firstRender) / median(floorFirstRender),
        floorSamples: floorFirstRender,
        target: atMost(median(firstRender), 150, '≤ 150 ms'),
      },
      { label: 'rows in the DOM', unit: 'count', value: median(loads.map((l) => l.rows)) },
      {
        label: 'longest task',
        unit: 'ms',
        value: median(loads.map((l) => l.longestTaskMs)),
        target: atMost(
          median(loads.map((l) => l.longestTaskMs)),
          LONG_TASK_MS,
          `≤ ${LONG_TASK_MS} ms`,
        ),
      },
      {
        label: 'long tasks (≥ 50 ms)',
        unit: 'count',
        value: median(loads.map((l) => l.longTasks)),
      },
    ],
  };

  const page = lastPopup as Page;
  try {
    if (!loads.every((load) => load.hasSearch)) {
      return [
        first,
        unavailable(
          'popup-search',
          'Popup: search keystroke latency with 10,000 papers',
          'not available yet (feature missing): popup.html has no search box',
        ),
      ];
    }
    const latencies: number[] = [];
    for (let round = 0; round < Math.max(2, Math.ceil(runs / 2)); round++) {
      latencies.push(...(await keystrokeLatencies(page, 'diffusion')));
    }
    const p95 = percentile(latencies, 95);
    return [
      first,
      {
        id: 'popup-search',
        title: `Popup: search keystroke latency with 10,000 papers (${latencies.length} keystrokes)`,
        method: `Typing "diffusion" and deleting it, key by key: keydown (event.timeStamp) to the frame that shows the last DOM change the key caused (quiet for ${QUIET_MS} ms after it), debounce included.`,
        figures: [
          {
            label: 'keystroke, p50',
            unit: 'ms',
            value: percentile(latencies, 50),
            samples: latencies,
          },
          { label: 'keystroke, p95', unit: 'ms', value: p95, target: atMost(p95, 16, '≤ 16 ms') },
        ],
      },
    ];
  } finally {
    await page.close();
  }
}
