/// <reference types="chrome" />
/**
 * The saved-state lookup a listing page waits for: getSavedStates for 2,000 ids, answered by the
 * real service worker from the real IndexedDB holding 10,000 papers. Sent from an extension
 * page in the wire format of @webext-core/messaging, so the figure is the whole round trip a
 * content script sees: messaging, zod validation of the ids, the Dexie query.
 *
 * Chromium stops an idle extension worker after 30 s, so a listing opened after a pause wakes
 * it: the same lookup, and a page's first suggestTags, are also timed right after the worker is
 * stopped (DevTools Protocol), start-up included.
 */
import type { Page } from 'playwright-core';
import { workerSwitch } from '../test/e2e/harness';
import { arxivNewListingIds } from '../test/fixtures/sites/arxiv/generate-large-listing';
import { plainTitle } from '../test/fixtures/sites/synthetic-papers';
import type { Section } from './lib/report';
import { median, percentile } from './lib/stats';

const LOOKUP_IDS = 2_000;
/** SUGGESTION_BATCH of entrypoints/listing/page-suggestions.ts (not imported: it loads CSS). */
const SUGGESTION_BATCH = 400;

/** One message to the worker from `page`, in the wire format; its reply and round trip in ms. */
async function sendTimed(page: Page, type: string, data: unknown) {
  return page.evaluate(
    async ({ type, data }) => {
      const start = performance.now();
      const reply = (await chrome.runtime.sendMessage({ id: 1, type, data, timestamp: 0 })) as {
        res?: Record<string, unknown>;
        err?: unknown;
      };
      const ms = performance.now() - start;
      if (!reply?.res) throw new Error(`${type} failed: ${JSON.stringify(reply?.err)}`);
      return { ms, res: reply.res };
    },
    { type, data },
  );
}

/** One getSavedStates round trip from `page`, in ms; checks the answer covers every id. */
async function lookupOnce(page: Page, ids: string[]): Promise<{ ms: number; saved: number }> {
  const { ms, res } = await sendTimed(page, 'getSavedStates', { ids });
  const states = Object.values(res) as Array<{ saved: boolean }>;
  if (states.length !== ids.length)
    throw new Error(`${states.length} states for ${ids.length} ids`);
  return { ms, saved: states.filter((state) => state.saved).length };
}

/** What a listing sends in its first suggestTags: a batch of papers it has not asked about. */
function suggestionRequest() {
  const papers = Array.from({ length: SUGGESTION_BATCH }, (_, index) => ({
    id: `arxiv:2607.${String(20_000 + index)}`,
    title: plainTitle(index + 7),
    abstract: `We study ${plainTitle(index * 5).toLowerCase()} on several benchmarks.`,
  }));
  return { papers };
}

/** `page` is an extension page; the shelf must already hold the benches' 10,000 papers. */
export async function benchBackgroundLookup(page: Page, runs: number): Promise<Section> {
  const ids = arxivNewListingIds(LOOKUP_IDS).map((id) => `arxiv:${id}`);
  await lookupOnce(page, ids); // Warm-up: the worker, Dexie's open, the code caches.
  const times: number[] = [];
  let saved = 0;
  for (let run = 0; run < runs * 2; run++) {
    const result = await lookupOnce(page, ids);
    times.push(result.ms);
    saved = result.saved;
  }

  // The suggestions are trained once, as on any shelf that has been used; then the worker is
  // stopped before each cold figure, and given time between them to settle.
  const request = suggestionRequest();
  await sendTimed(page, 'suggestTags', request);
  const worker = await workerSwitch(page.context(), page);
  const coldLookups: number[] = [];
  const coldSuggestions: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (const [times, measure] of [
      [coldLookups, async () => (await lookupOnce(page, ids)).ms],
      [coldSuggestions, async () => (await sendTimed(page, 'suggestTags', request)).ms],
    ] as const) {
      await page.waitForTimeout(1_000);
      await worker.stop();
      times.push(await measure());
    }
  }
  return {
    id: 'background-lookup',
    title: `Background: getSavedStates of ${LOOKUP_IDS.toLocaleString('en')} ids, 10,000 papers stored (${times.length} runs; ${runs} with the worker just woken)`,
    method: `Round trip from an extension page to the real service worker and IndexedDB, ${saved} of the ids saved; median and p95. "Worker just woken": sent right after the worker was stopped (ServiceWorker.stopAllWorkers), as Chromium stops it after 30 s idle; the suggestTags asks about ${SUGGESTION_BATCH} papers, as a listing's first batch.`,
    figures: [
      { label: 'lookup, median', unit: 'ms', value: median(times), samples: times },
      { label: 'lookup, p95', unit: 'ms', value: percentile(times, 95) },
      {
        label: 'lookup, worker just woken, median',
        unit: 'ms',
        value: median(coldLookups),
        samples: coldLookups,
      },
      {
        label: `suggestTags of ${SUGGESTION_BATCH} papers, worker just woken, median`,
        unit: 'ms',
        value: median(coldSuggestions),
        samples: coldSuggestions,
      },
    ],
  };
}
