/// <reference types="chrome" />
/**
 * The saved-state lookup a listing page waits for: getSavedStates for 2,000 ids, answered by the
 * real service worker from the real IndexedDB holding 10,000 papers. Sent from an extension
 * page in the wire format of @webext-core/messaging, so the figure is the whole round trip a
 * content script sees: messaging, zod validation of the ids, the Dexie query.
 */
import type { Page } from 'playwright-core';
import { arxivNewListingIds } from '../test/fixtures/sites/arxiv/generate-large-listing';
import type { Section } from './lib/report';
import { median, percentile } from './lib/stats';

const LOOKUP_IDS = 2_000;

/** One getSavedStates round trip from `page`, in ms; checks the answer covers every id. */
async function lookupOnce(page: Page, ids: string[]): Promise<{ ms: number; saved: number }> {
  return page.evaluate(async (ids) => {
    const message = { id: 1, type: 'getSavedStates', data: { ids }, timestamp: Date.now() };
    const start = performance.now();
    const reply = (await chrome.runtime.sendMessage(message)) as {
      res?: Record<string, { saved: boolean }>;
      err?: unknown;
    };
    const ms = performance.now() - start;
    if (!reply?.res) throw new Error(`getSavedStates failed: ${JSON.stringify(reply?.err)}`);
    const states = Object.values(reply.res);
    if (states.length !== ids.length)
      throw new Error(`${states.length} states for ${ids.length} ids`);
    return { ms, saved: states.filter((state) => state.saved).length };
  }, ids);
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
  return {
    id: 'background-lookup',
    title: `Background: getSavedStates of ${LOOKUP_IDS.toLocaleString('en')} ids, 10,000 papers stored (${times.length} runs)`,
    method: `Round trip from an extension page to the real service worker and IndexedDB, ${saved} of the ids saved; median and p95.`,
    figures: [
      { label: 'lookup, median', unit: 'ms', value: median(times), samples: times },
      { label: 'lookup, p95', unit: 'ms', value: percentile(times, 95) },
    ],
  };
}
