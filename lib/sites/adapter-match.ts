/**
 * One adapter at work on one page, without the registry: each site's content script carries only
 * its own adapter (entrypoints/<site>.content.ts), so nothing here may import lib/sites/index.ts,
 * which imports them all.
 */
import { storableCandidate } from '../paper/sanitize';
import type { PaperCandidate } from '../paper/schemas';
import type { SiteAdapter } from './types';

export interface AdapterMatch {
  // biome-ignore lint/suspicious/noExplicitAny: each adapter has its own page context type.
  adapter: SiteAdapter<any>;
  pageType: string;
}

/** The page type `adapter` sees at `url`, or undefined when it has nothing to do there. */
// biome-ignore lint/suspicious/noExplicitAny: see AdapterMatch.
export function matchPage(adapter: SiteAdapter<any>, url: URL): AdapterMatch | undefined {
  for (const [pageType, accepts] of Object.entries(adapter.pageTypes)) {
    if (accepts(url)) return { adapter, pageType };
  }
  return undefined;
}

/**
 * parseCard, made storable (lib/paper/sanitize.ts: a 100,000-character abstract still gets a
 * Save button), and a throwing adapter or a card with nothing storable (no id, no title) turned
 * into a skipped card: one malformed card never stops the others.
 */
export function parseCardSafely<Context>(
  adapter: SiteAdapter<Context>,
  card: Element,
  context: Context,
  url: URL,
): PaperCandidate | undefined {
  try {
    const candidate = adapter.parseCard(card, context, url);
    if (!candidate) return undefined;
    return storableCandidate(candidate);
  } catch {
    return undefined;
  }
}
