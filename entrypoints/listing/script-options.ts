/**
 * The manifest entry of a site's content script (entrypoints/<site>.content.ts). Kept apart from
 * run-listing-script.ts: WXT reads these options by importing the entrypoint in Node with its
 * `main` removed, so they must not pull in the widget code (stylesheets, browser APIs).
 */
import type { SiteAdapter } from '@/lib/sites/types';

// biome-ignore lint/suspicious/noExplicitAny: each adapter has its own page context type.
export function listingScriptOptions(adapter: SiteAdapter<any>) {
  return { matches: adapter.matches, runAt: 'document_idle' as const };
}
