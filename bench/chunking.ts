/**
 * What keeping every frame under 50 ms costs by itself, for any annotator of the 2,000-entry
 * arXiv page: Chromium with no extension, the floor's own content script run in the loaded page
 * in one pass and in batches of a few hundred a frame, and a model fitted to those runs
 * (lib/frame-model.ts) for the fewest frames under 50 ms. Nothing of Paper Shelf's runs here:
 * it measures the target's conflict, "≤ 1.5× the floor" against "no task over 50 ms"
 * (bench/JOURNAL.md, tenth round).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FRAME_BUDGET_MS } from '../entrypoints/listing/frame-insertion';
import { launchBrowser } from '../test/e2e/harness';
import { arxivNewListingHtml } from '../test/fixtures/sites/arxiv/generate-large-listing';
import { FLOOR_EXTENSION_DIR } from './annotation';
import { type ChunkedRun, fewestFramesWithin, fitFrameCost } from './lib/frame-model';
import { allowBenchFunctionsIn } from './lib/in-page';
import { LONG_TASK_MS } from './lib/page-trace';
import type { Figure, Section } from './lib/report';
import { measureWithRetry, median } from './lib/stats';

const URL_2000 = 'https://arxiv.org/list/cs.LG/new?skip=0&show=2000';
/** Cards a frame: the chunked floor's batch first (CHUNKED_FLOOR_FRAME_BATCH), then more. */
const BATCHES = [150, 300, 600] as const;
/**
 * After `load`, Chromium still lays out and captures the page's text (bench/JOURNAL.md, seventh
 * round): the measure starts once that is done.
 */
const QUIET_AFTER_LOAD_MS = 1_000;

interface InsertionRun extends ChunkedRun {
  hosts: number;
  /** Frames of 50 ms or more from the first insertion on (long-animation-frame entries). */
  longFrames: number;
}

/**
 * Runs the floor's content script in the loaded page, `batch` cards a frame (undefined: all at
 * once), and times it to the end of the frame that shows its last host. The floor puts its first
 * batch in at once and the next in the animation frame that follows, so the first frame renders
 * two batches.
 */
async function insertWithFloor(
  page: Page,
  floorScript: string,
  batch: number | undefined,
): Promise<InsertionRun> {
  return page.evaluate(
    async ({ floorScript, batch, longFrameMs }) => {
      const expected = [...document.querySelectorAll('#dlpage dl dt')].filter((dt) =>
        dt.querySelector('a[title="Abstract"]'),
      ).length;
      const hostCount = () => document.querySelectorAll('paper-shelf-floor').length;
      const longFrames: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.duration >= longFrameMs) longFrames.push(entry.duration);
        }
      });
      observer.observe({ type: 'long-animation-frame' });
      (globalThis as { PAPER_SHELF_FLOOR_FRAME_BATCH?: number }).PAPER_SHELF_FLOOR_FRAME_BATCH =
        batch;
      const start = performance.now();
      new Function(floorScript)();
      // A requestAnimationFrame callback queued after the floor's own runs after its insertion
      // in the same frame; a message posted from it runs after that frame's rendering.
      let frames = 0;
      let seen = 0;
      const totalMs = await new Promise<number>((resolve) => {
        const afterNextFrame = () =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              const count = hostCount();
              if (count > seen) frames++;
              seen = count;
              if (count >= expected) resolve(performance.now() - start);
              else afterNextFrame();
            };
            channel.port2.postMessage(null);
          });
        afterNextFrame();
      });
      // Entries of the last frame are delivered after it.
      await new Promise((resolve) => setTimeout(resolve, 50));
      observer.disconnect();
      return { frames, totalMs, hosts: expected, longFrames: longFrames.length };
    },
    { floorScript, batch, longFrameMs: LONG_TASK_MS },
  );
}

export async function benchChunking(runs: number): Promise<Section> {
  const floorScript = readFileSync(join(FLOOR_EXTENSION_DIR, 'content.js'), 'utf8');
  const browser = await launchBrowser();
  const variants: Array<number | undefined> = [undefined, ...BATCHES];
  const measured = new Map<number | undefined, InsertionRun[]>(variants.map((v) => [v, []]));
  try {
    await allowBenchFunctionsIn(browser.context);
    await browser.servePage(URL_2000, arxivNewListingHtml(2000));
    for (let run = 0; run < runs; run++) {
      // Taking turns, a different one first each run: the machine's speed drifts.
      const order = variants.map((_, i) => variants[(i + run) % variants.length]);
      for (const batch of order) {
        const result = await measureWithRetry(`chunking, ${batch ?? 'one pass'}`, async () => {
          const page = await browser.context.newPage();
          try {
            await page.goto(URL_2000, { waitUntil: 'load' });
            await page.waitForTimeout(QUIET_AFTER_LOAD_MS);
            return await insertWithFloor(page, floorScript, batch);
          } finally {
            await page.close();
          }
        });
        measured.get(batch)?.push(result);
      }
    }
  } finally {
    await browser.close();
  }

  const onePass = measured.get(undefined) ?? [];
  const hosts = onePass[0]?.hosts ?? 0;
  const onePassMs = median(onePass.map((run) => run.totalMs));
  const figures: Figure[] = [];
  const medianRun = (batch: number | undefined): ChunkedRun => {
    const results = measured.get(batch) ?? [];
    return {
      frames: median(results.map((run) => run.frames)),
      totalMs: median(results.map((run) => run.totalMs)),
    };
  };
  for (const batch of variants) {
    const results = measured.get(batch) ?? [];
    const name = batch === undefined ? 'one pass (the floor)' : `${batch} a frame`;
    figures.push(
      {
        label: `${name}: every host on screen`,
        unit: 'ms',
        value: medianRun(batch).totalMs,
        samples: results.map((run) => run.totalMs),
      },
      {
        label: `${name}: frames of 50 ms or more`,
        unit: 'count',
        value: median(results.map((run) => run.longFrames)),
        samples: results.map((run) => run.longFrames),
      },
    );
  }
  const model = fitFrameCost(variants.map(medianRun), hosts);
  const best = fewestFramesWithin(model, LONG_TASK_MS);
  const paced = fewestFramesWithin(model, FRAME_BUDGET_MS);
  figures.push(
    { label: 'model: fixed part of every frame', unit: 'ms', value: model.fixedPerFrameMs },
    { label: 'model: part of each host', unit: 'ms', value: model.perHostMs },
    {
      label: 'model: fewest frames under 50 ms, against one pass',
      unit: 'ratio',
      value: best ? best.totalMs / onePassMs : Number.NaN,
    },
    {
      label: `model: frames of ${FRAME_BUDGET_MS} ms (Paper Shelf's budget), against one pass`,
      unit: 'ratio',
      value: paced ? paced.totalMs / onePassMs : Number.NaN,
    },
  );
  const plan = (what: string, p: typeof best) =>
    p
      ? `${what}: ${p.frames} frames of ${p.hostsPerFrame} hosts, ${p.totalMs.toFixed(0)} ms`
      : `${what}: not even one host fits`;
  return {
    id: 'chunking',
    valueColumn: "the floor's hosts",
    title: 'What chunking costs any annotator (arXiv /new, 2,000 entries, no extension)',
    method: [
      `The floor's content script run in the loaded page (no extension, after ${QUIET_AFTER_LOAD_MS} ms of quiet): ${hosts} hosts in one pass, or ${BATCHES.join(', ')} a frame; timed from its start to the end of the frame showing the last host, ${runs} loads each, medians. The floor puts its first batch in at once and the next in the frame that follows, so its first frame lays out two. Frames of 50 ms or more: long-animation-frame entries.`,
      `Model, fitted to the medians: total = fixed part × frames + part of each host × hosts. ${plan('Fewest frames under 50 ms', best)}; ${plan(`frames of ${FRAME_BUDGET_MS} ms`, paced)}; one pass ${onePassMs.toFixed(0)} ms. That is for the insertions alone, with every frame exactly at its budget; any annotator also reads the cards, and waits on its data.`,
    ].join('\n'),
    figures,
  };
}
