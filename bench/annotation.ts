/**
 * Annotation of a listing in Chromium: Paper Shelf side by side with the floor extension
 * (bench/floor-extension: one plain shadow-root button per card), the same floor chunked into
 * frames, and no extension at all, on the same machine in the same run, the four taking turns
 * so they share the noise.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { withTimeout } from '../lib/scheduling';
import {
  type ExtensionBrowser,
  launchBrowser,
  launchExtension,
  type OfflineBrowser,
  PROJECT_DIR,
} from '../test/e2e/harness';
import {
  arxivNewListingHtml,
  arxivNewListingIds,
} from '../test/fixtures/sites/arxiv/generate-large-listing';
import {
  huggingfaceDailyIds,
  huggingfaceDailyListingHtml,
} from '../test/fixtures/sites/huggingface/generate-large-listing';
import { allowBenchFunctionsIn } from './lib/in-page';
import {
  LONG_TASK_MS,
  type LongTask,
  type PageTrace,
  paintedAfter,
  startPageTrace,
} from './lib/page-trace';
import { atMost, type Figure, type Section } from './lib/report';
import { makeShelf, seedShelf } from './lib/shelf-data';
import { measureWithRetry, median, percentile } from './lib/stats';

export const FLOOR_EXTENSION_DIR = `${PROJECT_DIR}bench/floor-extension`;
export const SHELF_SIZE = 10_000;
/**
 * Cards the chunked floor puts in the page a frame: on the 2-core bench machine a frame of 250
 * plain hosts in the 2,000-entry listing costs ~35-40 ms (bench/JOURNAL.md, fourth round), under
 * the 50 ms of a long task with room for the frames' growth as hosts accumulate.
 */
export const CHUNKED_FLOOR_FRAME_BATCH = 150;

/**
 * The floor extension made to insert CHUNKED_FLOOR_FRAME_BATCH cards a frame: the same content
 * script, after one that sets the batch (see bench/floor-extension/content.js). Made at run
 * time so that the two floors cannot drift apart; the caller removes the directory.
 */
function makeChunkedFloor(): string {
  const dir = mkdtempSync(join(tmpdir(), 'paper-shelf-chunked-floor-'));
  const manifest = JSON.parse(readFileSync(join(FLOOR_EXTENSION_DIR, 'manifest.json'), 'utf8'));
  manifest.name = `${manifest.name}, chunked`;
  for (const script of manifest.content_scripts) script.js = ['frame-batch.js', ...script.js];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(
    join(dir, 'frame-batch.js'),
    `globalThis.PAPER_SHELF_FLOOR_FRAME_BATCH = ${CHUNKED_FLOOR_FRAME_BATCH};\n`,
  );
  copyFileSync(join(FLOOR_EXTENSION_DIR, 'content.js'), join(dir, 'content.js'));
  return dir;
}

/** After the last card has its state, how long trailing work (rendering) is still watched. */
const SETTLE_MS = 1_000;

interface ListingPage {
  id: string;
  title: string;
  url: string;
  html: string;
  cards: number;
  /** Loads per variant for each run asked for (`--runs`). */
  loadsPerRun: number;
}

/**
 * The 100-card page is loaded three times as often: its figures are a few tens of ms, and
 * `document_idle`, when both extensions start, moves by as much from load to load. Its ratio
 * swung from 1.29× to 1.69× between runs of 4-5 loads; 15 loads steady it, for ~40 s more.
 */
const SMALL_PAGE_LOADS_PER_RUN = 3;

function listingPages(): ListingPage[] {
  return [
    {
      id: 'arxiv-new-2000',
      title: 'arXiv /new, 2,000 entries',
      url: 'https://arxiv.org/list/cs.LG/new?skip=0&show=2000',
      html: arxivNewListingHtml(2000),
      cards: 2000,
      loadsPerRun: 1,
    },
    {
      id: 'huggingface-daily-100',
      title: 'Hugging Face daily, 100 cards',
      url: 'https://huggingface.co/papers',
      html: huggingfaceDailyListingHtml(100),
      cards: 100,
      loadsPerRun: SMALL_PAGE_LOADS_PER_RUN,
    },
  ];
}

/** The listings' papers that are on the shelf: one in ten, as for a regular reader. */
export function shelfForListings() {
  const listed = [...arxivNewListingIds(2000), ...huggingfaceDailyIds(100)].filter(
    (_, index) => index % 10 === 3,
  );
  return makeShelf(SHELF_SIZE, listed);
}

type VariantId = 'ours' | 'floor' | 'chunked' | 'none';

interface Variant {
  id: VariantId;
  browser: OfflineBrowser;
  /** The element each annotated card gets, and whether it must also carry its saved state. */
  host?: { tag: string; needsSavedState: boolean };
}

interface LoadMeasure {
  /**
   * DOMContentLoaded → the end of the frame that painted the last card annotated (with its saved
   * state, for Paper Shelf): when the reader has it on screen.
   */
  shownMs: number | undefined;
  /** DOMContentLoaded → the last card's host in the DOM, before the frame that shows it. */
  inDomMs: number | undefined;
  /** DOMContentLoaded → the frame that painted the last of the cards in the viewport annotated. */
  inViewShownMs: number | undefined;
  /** Tasks ≥ 50 ms from the moment the extension's script first ran (from DCL with none). */
  longTasks: LongTask[];
  /** What Chromium's longtask PerformanceObserver reported in the same window. */
  longTaskApiCount: number;
  /** Used JS heap of the page's V8 isolate (page and content scripts) after a full GC. */
  heapBytes: number;
  /** Each frame's cost while the annotated page is scrolled (scrollAnnotatedPage). */
  scrollFrameMs: number[];
}

declare global {
  interface Window {
    __paperShelfBench?: {
      annotated: number;
      annotatedAt?: number;
      /** When each host was counted, to tell when the cards in view were. */
      hostTimes: Array<[Element, number]>;
      longTaskApi: Array<{ start: number; duration: number }>;
    };
    /** Exposed by the bench: the page calls it once every card is annotated. */
    __paperShelfBenchAnnotated?: () => void;
  }
}

/**
 * Runs in the page's main world before any of its scripts. It sees the content scripts' DOM
 * changes (the DOM is shared across worlds), never their JS. Observation starts at
 * DOMContentLoaded, so the page's own parsing is not slowed by it; content scripts run later.
 */
function watchAnnotations(config: {
  tag: string | null;
  needsSavedState: boolean;
  expected: number;
}): void {
  const bench: NonNullable<Window['__paperShelfBench']> = {
    annotated: 0,
    hostTimes: [],
    longTaskApi: [],
  };
  window.__paperShelfBench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.longTaskApi.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  const { tag, needsSavedState, expected } = config;
  if (!tag) return;
  const nodeName = tag.toUpperCase();
  const counted = new WeakSet<Node>();
  const consider = (node: Node) => {
    if (node.nodeName !== nodeName || counted.has(node)) return;
    if (needsSavedState && !(node as Element).hasAttribute('data-saved')) return;
    counted.add(node);
    bench.annotated += 1;
    bench.hostTimes.push([node as Element, performance.now()]);
    if (bench.annotated === expected) {
      bench.annotatedAt = performance.now();
      // A call out rather than polling from the bench, which would add work to the page.
      window.__paperShelfBenchAnnotated?.();
    }
  };
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      for (const element of document.querySelectorAll(tag)) consider(element);
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'attributes') consider(record.target);
          else for (const node of record.addedNodes) consider(node);
        }
      }).observe(document.documentElement, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-saved'],
      });
    },
    { once: true },
  );
}

/** Frames scrolled once the page is annotated, SCROLL_STEP_PX each: the reader going down it. */
const SCROLL_FRAMES = 40;
const SCROLL_STEP_PX = 120;

/**
 * Runs in the page: scrolls it by SCROLL_STEP_PX in each of SCROLL_FRAMES animation frames and
 * returns what each frame cost, from its requestAnimationFrame callback to a message posted from
 * it (which runs after the frame's style, layout and paint), as the listing's frame pacer
 * measures its own frames. Widgets must not make the page dearer to scroll once they are in.
 */
async function scrollAnnotatedPage(config: { frames: number; stepPx: number }): Promise<number[]> {
  const costs: number[] = [];
  for (let frame = 0; frame < config.frames; frame++) {
    costs.push(
      await new Promise<number>((resolve) =>
        requestAnimationFrame(() => {
          const start = performance.now();
          window.scrollBy(0, config.stepPx);
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - start);
          channel.port2.postMessage(null);
        }),
      ),
    );
  }
  return costs;
}

async function measureLoad(
  variant: Variant,
  listing: ListingPage,
  pageErrors: string[],
): Promise<LoadMeasure> {
  const tab: Page = await variant.browser.context.newPage();
  try {
    tab.on('pageerror', (error) =>
      pageErrors.push(`${variant.id} ${listing.id}: ${error.message}`),
    );
    await tab.addInitScript(watchAnnotations, {
      tag: variant.host?.tag ?? null,
      needsSavedState: variant.host?.needsSavedState ?? false,
      expected: listing.cards,
    });
    let annotated: () => void = () => {};
    const allAnnotated = new Promise<void>((resolve) => {
      annotated = resolve;
    });
    await tab.exposeBinding('__paperShelfBenchAnnotated', () => annotated());
    const cdp = await variant.browser.context.newCDPSession(tab);
    const stopTrace = await startPageTrace(cdp);
    await tab.goto(listing.url, { waitUntil: 'load' });
    if (variant.host)
      await withTimeout(
        allAnnotated,
        60_000,
        () => new Error(`${variant.id}: cards not annotated after 60000 ms`),
      );
    await tab.waitForTimeout(SETTLE_MS);
    const seen = await tab.evaluate(() => ({
      dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
        .domContentLoadedEventStart,
      load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
        .loadEventStart,
      annotatedAt: window.__paperShelfBench?.annotatedAt,
      // The page is never scrolled: the cards in view are those in view now.
      inViewAt: Math.max(
        ...(window.__paperShelfBench?.hostTimes ?? [])
          .filter(([host]) => {
            // The card: arXiv's entry line, Hugging Face's article (its widget may be below the
            // fold while the card's top is in view).
            const box = (host.closest('article, dt') ?? host).getBoundingClientRect();
            return box.bottom > 0 && box.top < window.innerHeight;
          })
          .map(([, time]) => time),
      ),
      annotated: window.__paperShelfBench?.annotated ?? 0,
      longTaskApi: window.__paperShelfBench?.longTaskApi ?? [],
    }));
    const trace = await stopTrace(listing.url);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    // Untraced, after the load's figures are read: the trace would make every frame dearer.
    const scrollFrameMs = await tab.evaluate(scrollAnnotatedPage, {
      frames: SCROLL_FRAMES,
      stepPx: SCROLL_STEP_PX,
    });

    if (process.env.BENCH_VERBOSE) printLoad(`${variant.id} ${listing.id}`, seen, trace);
    if (variant.host && seen.annotated !== listing.cards) {
      throw new Error(`${variant.id} annotated ${seen.annotated} of ${listing.cards} cards`);
    }
    // What an extension is answerable for starts when its script first runs; with no extension,
    // everything after DOMContentLoaded is the page's own.
    const from = variant.host ? (trace.extensionScriptStart ?? seen.dcl) : seen.dcl;
    const sinceDcl = (at: number | undefined) => (at === undefined ? undefined : at - seen.dcl);
    const shownAfter = (at: number | undefined) =>
      at === undefined || !Number.isFinite(at) ? undefined : paintedAfter(trace.tasks, at);
    return {
      shownMs: sinceDcl(shownAfter(seen.annotatedAt)),
      inDomMs: sinceDcl(seen.annotatedAt),
      inViewShownMs: sinceDcl(shownAfter(seen.inViewAt)),
      longTasks: trace.longTasks.filter((task) => task.start >= from),
      longTaskApiCount: seen.longTaskApi.filter((task) => task.start >= from).length,
      heapBytes: heap.usedSize,
      scrollFrameMs,
    };
  } finally {
    await tab.close();
  }
}

/** BENCH_VERBOSE=1: what one load spent its time on; BENCH_VERBOSE=2 adds every task ≥ 5 ms. */
function printLoad(
  what: string,
  seen: { dcl: number; load: number; annotatedAt: number | undefined },
  trace: PageTrace,
): void {
  const at = (ms: number | undefined) => (ms === undefined ? '-' : (ms - seen.dcl).toFixed(0));
  console.log(
    `\n${what}: load +${at(seen.load)}, script +${at(trace.extensionScriptStart)}, annotated +${at(seen.annotatedAt)}, on screen +${at(seen.annotatedAt === undefined ? undefined : paintedAfter(trace.tasks, seen.annotatedAt))} (ms after DCL)`,
  );
  const from = trace.extensionScriptStart ?? seen.dcl;
  const to = seen.annotatedAt ?? from;
  const busy: Record<string, number> = {};
  let taskTime = 0;
  for (const task of trace.tasks.filter((t) => t.start >= from && t.start < to)) {
    taskTime += task.duration;
    for (const [name, ms] of Object.entries(task.inside)) busy[name] = (busy[name] ?? 0) + ms;
    if (process.env.BENCH_VERBOSE === '2' && task.duration >= 5) {
      console.log(
        `    +${at(task.start)} ${task.duration.toFixed(1)}: ${Object.entries(task.inside)
          .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
          .join(', ')}`,
      );
    }
  }
  busy['(all tasks)'] = taskTime;
  console.log(
    `  busy until annotated: ${Object.entries(busy)
      .filter(([, ms]) => ms >= 5)
      .sort((a, b) => b[1] - a[1])
      .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
      .join(', ')}`,
  );
  for (const task of trace.longTasks) {
    console.log(
      `  task +${at(task.start)} ${task.duration.toFixed(0)} ms: ${Object.entries(task.inside)
        .filter(([, ms]) => ms >= 2)
        .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
        .join(', ')}`,
    );
  }
}

/**
 * What of a task the page's extension (or, with none, the page) caused: all of it but Chromium's
 * own page-text capture, which runs inside the next lifecycle update whoever asked for it, and its
 * own metrics of the page's links, a timer task of their own (bench/JOURNAL.md, nineteenth round).
 */
const causedByThePage = (task: LongTask) =>
  task.duration - task.pageTextCapture - task.anchorMetrics;

/** The most a load's long tasks spent on `part`; 0 with no long task. */
const longestBy = (measure: LoadMeasure, part: (task: LongTask) => number) =>
  Math.max(0, ...measure.longTasks.map(part));

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

function summarize(measures: LoadMeasure[]) {
  return {
    shownMs: measures.map((m) => m.shownMs ?? Number.NaN),
    inDomMs: measures.map((m) => m.inDomMs ?? Number.NaN),
    inViewShownMs: measures.map((m) => m.inViewShownMs ?? Number.NaN),
    count: measures.map((m) => m.longTasks.length),
    longest: measures.map((m) => longestBy(m, (t) => t.duration)),
    longestCaused: measures.map((m) => longestBy(m, causedByThePage)),
    longestScript: measures.map((m) => longestBy(m, (t) => t.duration - t.styleLayout - t.paint)),
    total: measures.map((m) => sum(m.longTasks.map((t) => t.duration))),
    rendering: measures.map((m) => sum(m.longTasks.map((t) => t.styleLayout + t.paint))),
    api: measures.map((m) => m.longTaskApiCount),
    heapMb: measures.map((m) => m.heapBytes / 2 ** 20),
    scrollP50: measures.map((m) => percentile(m.scrollFrameMs, 50)),
    scrollP95: measures.map((m) => percentile(m.scrollFrameMs, 95)),
    scrollLong: measures.map((m) => m.scrollFrameMs.filter((ms) => ms >= LONG_TASK_MS).length),
  };
}

function sideBySide(
  label: string,
  unit: Figure['unit'],
  ours: number[],
  floor: number[],
  none?: number[],
  chunked?: number[],
): Figure {
  return {
    label,
    unit,
    value: median(ours),
    floor: median(floor),
    ...(none && { none: median(none) }),
    ...(chunked && { chunkedFloor: median(chunked) }),
    samples: ours,
    floorSamples: floor,
    ...(none && { noneSamples: none }),
    ...(chunked && { chunkedFloorSamples: chunked }),
  };
}

/** Run i of Paper Shelf against run i of the other, which ran next to it; the median of those. */
function pairedRatio(ours: number[] | undefined, other: number[] | undefined): number {
  return median((ours ?? []).map((ms, run) => ms / (other?.[run] ?? Number.NaN)));
}

/** A timing row with both floors: the ratios to each, paired run by run. */
function timingAgainstFloors(
  label: string,
  ours: number[],
  floor: number[],
  chunked: number[],
): Figure {
  const figure = sideBySide(label, 'ms', ours, floor, undefined, chunked);
  figure.ratio = pairedRatio(ours, floor);
  figure.chunkedFloorRatio = pairedRatio(ours, chunked);
  return figure;
}

function pageFigures(listing: ListingPage, byVariant: Record<VariantId, LoadMeasure[]>): Figure[] {
  const ours = summarize(byVariant.ours);
  const floor = summarize(byVariant.floor);
  const chunked = summarize(byVariant.chunked);
  const none = summarize(byVariant.none);
  const annotation = timingAgainstFloors(
    `${listing.title}: DCL → every card annotated, on screen`,
    ours.shownMs,
    floor.shownMs,
    chunked.shownMs,
  );
  annotation.target = atMost(annotation.ratio ?? Number.NaN, 1.5, '≤ 1.5× floor');
  const inDom = timingAgainstFloors(
    '  DCL → every card annotated, in the DOM',
    ours.inDomMs,
    floor.inDomMs,
    chunked.inDomMs,
  );
  const inView = timingAgainstFloors(
    '  DCL → the cards in view annotated, on screen',
    ours.inViewShownMs,
    floor.inViewShownMs,
    chunked.inViewShownMs,
  );
  /** A row of one summarized figure in all four Chromiums. */
  const inEveryChromium = (label: string, unit: Figure['unit'], key: keyof typeof ours) =>
    sideBySide(label, unit, ours[key], floor[key], none[key], chunked[key]);
  /** A longest-task row, with its median over the floor's. */
  const longestTaskRow = (label: string, key: 'longest' | 'longestCaused') => {
    const figure = inEveryChromium(label, 'ms', key);
    figure.ratio = figure.value / (figure.floor ?? Number.NaN);
    return figure;
  };
  const longest = longestTaskRow('  longest task', 'longest');
  const longestCaused = longestTaskRow(
    "  longest task, minus Chromium's page-text capture and link metrics",
    'longestCaused',
  );
  // "Caused by Paper Shelf": the capture and the link metrics are Chromium's, paid with no
  // extension too.
  longestCaused.target = atMost(longestCaused.value, LONG_TASK_MS, `≤ ${LONG_TASK_MS} ms`);
  const noneHeap = median(none.heapMb);
  return [
    annotation,
    inDom,
    inView,
    inEveryChromium('  long tasks (≥ 50 ms)', 'count', 'count'),
    longest,
    longestCaused,
    sideBySide(
      '  longest task, minus its style/layout/paint',
      'ms',
      ours.longestScript,
      floor.longestScript,
      none.longestScript,
    ),
    inEveryChromium('  long-task time', 'ms', 'total'),
    sideBySide(
      '  of which style/layout/paint',
      'ms',
      ours.rendering,
      floor.rendering,
      none.rendering,
    ),
    sideBySide('  longtask API entries', 'count', ours.api, floor.api, none.api),
    {
      ...sideBySide(
        '  JS heap after GC, over no extension',
        'MB',
        ours.heapMb.map((mb) => mb - noneHeap),
        floor.heapMb.map((mb) => mb - noneHeap),
      ),
      none: noneHeap,
      noneSamples: none.heapMb,
    },
    inEveryChromium('scrolling the annotated page: frame, p50', 'ms', 'scrollP50'),
    inEveryChromium('  frame, p95', 'ms', 'scrollP95'),
    inEveryChromium(
      `  frames of ${LONG_TASK_MS} ms or more (of ${SCROLL_FRAMES})`,
      'count',
      'scrollLong',
    ),
  ];
}

export const ANNOTATION_METHOD = [
  `Each run loads each listing in four Chromiums taking turns (Paper Shelf with ${SHELF_SIZE.toLocaleString('en')} papers stored, the floor extension, the chunked floor, no extension); the first run is a discarded warm-up, figures are medians, the ratios are medians of per-run ratios. The Hugging Face page gets ${SMALL_PAGE_LOADS_PER_RUN} times the runs: its figures are tens of ms, and document_idle, when both extensions start, moves by as much from one load to the next.`,
  `The chunked floor is the floor putting ${CHUNKED_FLOOR_FRAME_BATCH} cards in at once, then ${CHUNKED_FLOOR_FRAME_BATCH} in each next animation frame: the least an annotator must do with no long task.`,
  'Annotated = the last card has its host element (with data-saved for Paper Shelf), seen by a MutationObserver in the page from DOMContentLoaded ("in the DOM"); "on screen" = the end of the first frame that paints after that moment, from the trace (the floor inserts in one script task, and its frame renders after it). "The cards in view" = those (arXiv entries, Hugging Face articles) in the 1280×900 viewport of the unscrolled page: what the reader sees first.',
  `Long tasks = top-level tasks ≥ ${LONG_TASK_MS} ms on the page's main thread in a Chromium trace, from the moment the extension's content script first ran (trace event with its chrome-extension:// URL) until ${SETTLE_MS} ms after the last card was annotated; "no extension" counts from DOMContentLoaded to ${SETTLE_MS} ms after load. The fixtures have no page scripts, so in that window every task is the extension's work or the rendering it causes. The target is judged without two things Chromium does on timers after load, with or without an extension: its capture of the page's text (ChromeRenderFrameObserver::CapturePageText, 15-22 ms on the arXiv page), inside whatever frame comes next, and its metrics of the page's links (AnchorElementMetricsSender::MaybeUpdateMetrics, a task of 49-77 ms on the arXiv page, right after the extensions start). The longtask API row shows what PerformanceObserver('longtask') saw in the same window: it leaves out rendering tasks.`,
  'JS heap = Runtime.getHeapUsage after HeapProfiler.collectGarbage (the isolate holds the page and its content scripts), minus the median with no extension; the "no extension" column shows that baseline itself.',
  `Scrolling = then, untraced, the page scrolled by ${SCROLL_STEP_PX} px in each of ${SCROLL_FRAMES} animation frames; each frame timed from its requestAnimationFrame callback to a message posted from it, which runs after the frame's rendering; p50 and p95 of each load's frames, then the median over loads.`,
].join('\n');

export interface AnnotationOptions {
  runs: number;
  /** Another build of Paper Shelf to measure (a before/after comparison); the fresh build by default. */
  extensionDir?: string;
  /** Only the listings whose id contains this. */
  pages?: string;
}

export async function benchAnnotation(options: AnnotationOptions): Promise<Section[]> {
  const { runs } = options;
  const pages = listingPages().filter((listing) => listing.id.includes(options.pages ?? ''));
  let ours: ExtensionBrowser | undefined;
  let floor: OfflineBrowser | undefined;
  let chunked: OfflineBrowser | undefined;
  let none: OfflineBrowser | undefined;
  const chunkedFloorDir = makeChunkedFloor();
  try {
    ours = await launchExtension({ extensionDir: options.extensionDir });
    floor = await launchBrowser({ extensionDir: FLOOR_EXTENSION_DIR });
    chunked = await launchBrowser({ extensionDir: chunkedFloorDir });
    none = await launchBrowser();
    const popup = await ours.openPopup();
    await seedShelf(popup, shelfForListings());
    await popup.close();
    for (const browser of [ours, floor, chunked, none]) {
      await allowBenchFunctionsIn(browser.context);
      for (const listing of pages) await browser.servePage(listing.url, listing.html);
    }
    const variants: Variant[] = [
      { id: 'ours', browser: ours, host: { tag: 'paper-shelf-card', needsSavedState: true } },
      { id: 'floor', browser: floor, host: { tag: 'paper-shelf-floor', needsSavedState: false } },
      {
        id: 'chunked',
        browser: chunked,
        host: { tag: 'paper-shelf-floor', needsSavedState: false },
      },
      { id: 'none', browser: none },
    ];

    const pageErrors: string[] = [];
    const sections: Section[] = [];
    for (const listing of pages) {
      const byVariant: Record<VariantId, LoadMeasure[]> = {
        ours: [],
        floor: [],
        chunked: [],
        none: [],
      };
      const loads = runs * listing.loadsPerRun;
      for (let run = 0; run <= loads; run++) {
        // Rotate who goes first, so no variant always follows the same neighbour.
        const order = variants.map((_, i) => variants[(i + run) % variants.length] as Variant);
        for (const variant of order) {
          const measure = await measureWithRetry(`${variant.id} ${listing.id}`, () =>
            measureLoad(variant, listing, pageErrors),
          );
          if (run > 0) byVariant[variant.id].push(measure);
        }
        process.stdout.write('.');
      }
      if (pageErrors.length) throw new Error(`Errors in the page:\n${pageErrors.join('\n')}`);
      sections.push({
        id: `annotation-${listing.id}`,
        title: `Annotation: ${listing.title} (Chromium, ${loads} runs)`,
        method: listing === pages[pages.length - 1] ? ANNOTATION_METHOD : '',
        figures: pageFigures(listing, byVariant),
      });
    }
    return sections;
  } finally {
    await Promise.all([ours?.close(), floor?.close(), chunked?.close(), none?.close()]);
    rmSync(chunkedFloorDir, { recursive: true, force: true });
  }
}
