/**
 * The explicit registry of site adapters. Adding a site = one file in lib/sites/ plus one line
 * here; the conventions test checks that every adapter file is registered and has fixtures.
 */
import type { PaperCandidate, SiteId } from '../paper/schemas';
import { aclAdapter } from './acl';
import { type AdapterMatch, matchPage, parseCardSafely } from './adapter-match';
import { arxivAdapter } from './arxiv';
import { dblpAdapter } from './dblp';
import { huggingfaceAdapter } from './huggingface';
import { openreviewAdapter } from './openreview';
import { scholarAdapter } from './scholar';
import { semanticscholarAdapter } from './semanticscholar';
import type { SiteAdapter } from './types';

export { type AdapterMatch, matchPage, parseCardSafely } from './adapter-match';
export type { SiteAdapter } from './types';

// biome-ignore lint/suspicious/noExplicitAny: each adapter has its own page context type.
export const SITE_ADAPTERS: readonly SiteAdapter<any>[] = [
  huggingfaceAdapter,
  arxivAdapter,
  openreviewAdapter,
  scholarAdapter,
  semanticscholarAdapter,
  aclAdapter,
  dblpAdapter,
];

/** Union of every adapter's match patterns: the content script's matches and host permissions. */
export const CONTENT_MATCHES: string[] = [...new Set(SITE_ADAPTERS.flatMap((a) => a.matches))];

/** Union of every adapter's paper-link patterns: where the link context menu shows. */
export const PAPER_LINK_MATCHES: string[] = [
  ...new Set(SITE_ADAPTERS.flatMap((adapter) => adapter.paperLinks ?? [])),
];

/**
 * A match pattern as Chrome applies it to a link (contextMenus' targetUrlPatterns): the path part
 * covers the query too, so `https://openreview.net/forum?id=*` works.
 */
function matchPatternRegex(pattern: string): RegExp {
  const [, scheme = '', host = '', path = ''] =
    /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  const escapeRegex = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const hostRegex = host.startsWith('*.')
    ? `(?:[^/]+\\.)?${escapeRegex(host.slice(2))}`
    : escapeRegex(host);
  const pathRegex = path.split('*').map(escapeRegex).join('.*');
  return new RegExp(`^${scheme === '*' ? 'https?' : scheme}://${hostRegex}${pathRegex}$`);
}

const PAPER_LINK_SITES = SITE_ADAPTERS.flatMap((adapter) =>
  (adapter.paperLinks ?? []).map((pattern) => ({
    site: adapter.id,
    regex: matchPatternRegex(pattern),
  })),
);

/** The site whose paper-link patterns accept `url`, or undefined. */
export function findPaperLinkSite(url: string): SiteId | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const href = `${parsed.protocol}//${parsed.host}${parsed.pathname}${parsed.search}`;
  return PAPER_LINK_SITES.find(({ regex }) => regex.test(href))?.site;
}

/** The adapter and page type for a URL, or undefined when Paper Shelf has nothing to do there. */
export function findAdapter(url: URL): AdapterMatch | undefined {
  for (const adapter of SITE_ADAPTERS) {
    const match = matchPage(adapter, url);
    if (match) return match;
  }
  return undefined;
}

/** Every paper card the page shows, in document order; [] when no adapter matches. */
export function parsePage(url: URL, root: ParentNode): PaperCandidate[] {
  const match = findAdapter(url);
  if (!match) return [];
  const { adapter } = match;
  const context = adapter.readPage?.(url, root);
  const candidates: PaperCandidate[] = [];
  for (const card of adapter.findCards(root, url)) {
    const candidate = parseCardSafely(adapter, card, context, url);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}
