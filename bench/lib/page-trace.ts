/**
 * A Chromium trace of one page load (CDP Tracing on the page's session), reduced to what the
 * benches need: the top-level tasks of the page's main thread that ran 50 ms or more, what they
 * spent their time on, and when an extension's content script first ran.
 *
 * Why a trace: Chromium's `longtask` PerformanceObserver entries leave out rendering tasks
 * (style, layout, pre-paint), which are most of what an annotator costs on a 2,000-entry page,
 * and Long Animation Frame script attribution does not name extension content scripts. The
 * trace sees every task on the page's main thread, and names the extension's scripts by URL.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    data?: { url?: string; documentLoaderURL?: string };
    beginData?: { url?: string };
    /** Where the task was posted from (`ThreadControllerImpl::RunTask`, category toplevel). */
    src_file?: string;
  };
}

export const LONG_TASK_MS = 50;

export interface Task {
  /** Milliseconds since the page's navigation start (the page's performance.now() clock). */
  start: number;
  duration: number;
  /** Style recalculation and layout inside the task. */
  styleLayout: number;
  /** Pre-paint, paint, layerize and commit inside the task. */
  paint: number;
  /**
   * Chromium's own capture of the page's text (`ChromeRenderFrameObserver::CapturePageText`,
   * for language detection), inside the task. Chromium runs it on a timer after load, with or
   * without extensions, inside whatever lifecycle update comes next: on the 2,000-entry arXiv
   * page, 15-22 ms that can land in an extension's frame. Not the extension's cost.
   */
  pageTextCapture: number;
  /**
   * Chromium's own metrics of the page's links (`AnchorElementMetricsSender::MaybeUpdateMetrics`,
   * for its navigation predictor): a task of its own on a timer, with or without extensions. On
   * the 2,000-entry arXiv page it takes 49-77 ms, ~620-690 ms after DOMContentLoaded, which is
   * right after the extensions' scripts start. Not the extension's cost.
   */
  anchorMetrics: number;
  /** The events directly inside the task, by name, in milliseconds: for BENCH_VERBOSE. */
  inside: Record<string, number>;
}

export type LongTask = Task;

export interface PageTrace {
  /** Every top-level task of the page's main thread since navigation start. */
  tasks: Task[];
  longTasks: LongTask[];
  /** When a chrome-extension:// script first ran in the page, on the same clock; undefined if never. */
  extensionScriptStart: number | undefined;
}

/**
 * When the page first showed what it had at `at` (same clock): the end of the first task, ending
 * then or later, that ran a frame's paint. A change made in a script task shows at the end of the
 * rendering task after it (for the floor's 2,000 insertions, ~100 ms later); one made in a
 * requestAnimationFrame callback, at the end of that same frame. Undefined if no frame painted.
 */
export function paintedAfter(tasks: readonly Task[], at: number): number | undefined {
  const frame = tasks.find((task) => task.start + task.duration >= at && task.paint > 0);
  return frame && frame.start + frame.duration;
}

const STYLE_LAYOUT = new Set(['UpdateLayoutTree', 'Layout']);
const PAINT = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit']);
const PAGE_TEXT_CAPTURE = 'ChromeRenderFrameObserver::CapturePageText';
/** The toplevel event inside every task, naming the code that posted it. */
const POSTED_TASK = 'ThreadControllerImpl::RunTask';
const ANCHOR_METRICS_SOURCE = 'anchor_element_metrics_sender';

/** Starts tracing the page; the returned function stops it and reads the trace for `url`. */
export async function startPageTrace(
  cdp: CDPSession,
): Promise<(url: string) => Promise<PageTrace>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
        // Where PAGE_TEXT_CAPTURE is recorded.
        'renderer',
        // Where POSTED_TASK is recorded: which tasks are Chromium's link metrics.
        'toplevel',
      ],
    },
    transferMode: 'ReportEvents',
  });
  return async (url) => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    return readTrace(events, url);
  };
}

/**
 * The trace's events reduced to the page's tasks (exported for its test: what a task is, and how
 * its style, paint and Chromium's own work (page-text capture, link metrics) are told apart, is
 * what the bench's figures stand on).
 */
export function readTrace(events: TraceEvent[], url: string): PageTrace {
  // The navigation of `url` names the renderer main thread and is time zero of the page's clock.
  const navigation = events.find(
    (event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL === url,
  );
  if (!navigation) {
    const seen = events
      .filter((event) => event.name === 'navigationStart')
      .map((event) => JSON.stringify(event.args));
    throw new Error(
      `The trace has no navigation to ${url} (${events.length} events; navigations: ${seen.join(' ')})`,
    );
  }
  const onMainThread = (event: TraceEvent) =>
    event.pid === navigation.pid && event.tid === navigation.tid && event.ts >= navigation.ts;
  const toPageMs = (ts: number) => (ts - navigation.ts) / 1000;

  // By start; of events starting together, the enclosing one (the task) first.
  const mainThread = events
    .filter(onMainThread)
    .sort(
      (a, b) =>
        a.ts - b.ts ||
        (b.dur ?? 0) - (a.dur ?? 0) ||
        Number(b.name === 'RunTask') - Number(a.name === 'RunTask'),
    );
  const tasks: Task[] = [];
  let previousEnd = 0;
  for (let index = 0; index < mainThread.length; index++) {
    const task = mainThread[index] as TraceEvent;
    if (task.name !== 'RunTask' || task.ph !== 'X') continue;
    // A task run by a nested loop inside another task is part of it, not a second one.
    if (task.ts < previousEnd) continue;
    const end = task.ts + (task.dur ?? 0);
    previousEnd = end;
    let styleLayout = 0;
    let paint = 0;
    let pageTextCapture = 0;
    let anchorMetrics = 0;
    const inside: Record<string, number> = {};
    let childEnd = 0;
    // Sorted by start: the task's events follow it until its end.
    for (let next = index + 1; next < mainThread.length; next++) {
      const inner = mainThread[next] as TraceEvent;
      if (inner.ts >= end) break;
      if (inner.ph !== 'X') continue;
      const ms = (inner.dur ?? 0) / 1000;
      if (inner.name === POSTED_TASK) {
        // It wraps the task's own events: only where the task came from is read of it.
        if (inner.args?.src_file?.includes(ANCHOR_METRICS_SOURCE)) anchorMetrics += ms;
        continue;
      }
      if (STYLE_LAYOUT.has(inner.name)) styleLayout += ms;
      else if (PAINT.has(inner.name)) paint += ms;
      else if (inner.name === PAGE_TEXT_CAPTURE) pageTextCapture += ms;
      if (inner.ts >= childEnd) {
        inside[inner.name] = (inside[inner.name] ?? 0) + ms;
        childEnd = inner.ts + (inner.dur ?? 0);
      }
    }
    tasks.push({
      start: toPageMs(task.ts),
      duration: (task.dur ?? 0) / 1000,
      styleLayout,
      paint,
      pageTextCapture,
      anchorMetrics,
      inside,
    });
  }

  const firstExtensionScript = mainThread.find((event) =>
    event.args?.data?.url?.startsWith('chrome-extension://'),
  );
  return {
    tasks,
    longTasks: tasks.filter((task) => task.duration >= LONG_TASK_MS),
    extensionScriptStart: firstExtensionScript ? toPageMs(firstExtensionScript.ts) : undefined,
  };
}
