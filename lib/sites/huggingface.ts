/**
 * Hugging Face Papers: the daily, weekly and monthly listings, trending, `?q=` search on any of
 * them, single paper pages (`/papers/<arXiv id>`) and collections (`/collections/<user>/<slug>`).
 * Markup notes: shared/reference/site-markup.md ("Hugging Face Papers"). Its front end is not
 * public and its Tailwind classes churn, so this adapter keys only on `article`, headings, links
 * to `/papers/<id>`, `li[title]`, the `group/paper` class of collection cards and the JSON islands.
 */
import { idsOf } from '../paper/paper-id';
import type { PaperCandidate } from '../paper/schemas';
import { absoluteUrl, arxivIdOfHref, arxivPdfUrl, cleanText, normalizeSpace } from './dom-text';
import { defineSiteAdapter } from './types';

const HF_ORIGIN = new URL('https://huggingface.co');

/**
 * Listing paths by page type. Reserved words (`trending`, `date`, `submit`...) share `/papers/`
 * with paper pages, so each listing is spelled out and anything else is not a listing.
 */
const LISTING_PATHS = {
  daily: /^\/papers$/,
  date: /^\/papers\/date\/\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/,
  week: /^\/papers\/week\/\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])$/,
  month: /^\/papers\/month\/\d{4}-(?:0[1-9]|1[0-2])$/,
  trending: /^\/papers\/trending$/,
} as const;
type ListingView = keyof typeof LISTING_PATHS;

function isHuggingFace(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === HF_ORIGIN.hostname;
}

function listingView(url: URL): ListingView | undefined {
  if (!isHuggingFace(url)) return undefined;
  const path = url.pathname.replace(/\/+$/, '');
  const views = Object.keys(LISTING_PATHS) as ListingView[];
  return views.find((view) => LISTING_PATHS[view].test(path));
}

/** `?q=` turns any listing into search results (an empty `q` shows the plain listing). */
function isSearch(url: URL): boolean {
  return Boolean(url.searchParams.get('q')?.trim());
}

function isListing(view: ListingView) {
  return (url: URL) => listingView(url) === view && !isSearch(url);
}

/** The arXiv id a single paper page shows (`/papers/2607.08111`), or undefined. */
function paperPageId(url: URL): string | undefined {
  if (!isHuggingFace(url) || !/^\/papers\/[^/]+\/?$/.test(url.pathname)) return undefined;
  return arxivIdOfHref(url.pathname, HF_ORIGIN);
}

function isCollection(url: URL): boolean {
  return isHuggingFace(url) && /^\/collections\/[^/]+\/[^/]+\/?$/.test(url.pathname);
}

/*
 * JSON islands: `<div class="SVELTE_HYDRATER" data-target="..." data-props="{json}">`. The
 * DailyPapers island is documented (it holds the whole list); the paper page and collection
 * islands are not, so papers are found by their shape, wherever they sit: an object whose `id`
 * is an arXiv id and that has a title or summary.
 */

/** What an island knows about a paper beyond the card: the DOM shows less, or nothing. */
interface IslandPaper {
  abstract?: string;
  /** The full author list; cards show at most a sample of avatars. */
  authors?: string[];
  published?: string;
}

/** Island papers by arXiv id. */
type IslandPapers = Map<string, IslandPaper>;

// Lenient on purpose: a field of the wrong type loses that field, not the paper or the page.
// (Read by hand, not with zod: the content script carries no zod, lib/paper/fields.ts.)
const textOrUndefined = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** An island object that is a paper: an arXiv `id` and a title or summary. */
interface IslandPaperNode {
  id: string;
  title?: string;
  summary?: string;
  authors?: unknown[];
  publishedAt?: string;
}

function islandPaperNode(node: Record<string, unknown>): IslandPaperNode | undefined {
  if (typeof node.id !== 'string') return undefined;
  return {
    id: node.id,
    title: textOrUndefined(node.title),
    summary: textOrUndefined(node.summary),
    authors: Array.isArray(node.authors) ? node.authors : undefined,
    publishedAt: textOrUndefined(node.publishedAt),
  };
}

/** A month view island holds ~10k objects; past this a hostile island is not read further. */
const MAX_ISLAND_NODES = 200_000;

function readIslandPapers(root: ParentNode): IslandPapers {
  const papers: IslandPapers = new Map();
  for (const island of root.querySelectorAll('div.SVELTE_HYDRATER[data-props]')) {
    collectIslandPapers(parseJson(island.getAttribute('data-props')), papers);
  }
  return papers;
}

/** Depth-first in document order; the first sighting of a paper wins. */
function collectIslandPapers(props: unknown, papers: IslandPapers): void {
  const stack: unknown[] = [props];
  let budget = MAX_ISLAND_NODES;
  while (stack.length > 0 && budget-- > 0) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    const children = Array.isArray(node) ? node : Object.values(node);
    const paper = Array.isArray(node)
      ? undefined
      : islandPaperNode(node as Record<string, unknown>);
    if (paper) {
      const arxivId = arxivIdOfHref(`/papers/${paper.id}`, HF_ORIGIN);
      if (arxivId && (paper.title || paper.summary)) {
        if (!papers.has(arxivId)) papers.set(arxivId, islandPaperFrom(paper));
        continue; // A paper's own fields (authors, organization) hold no other papers.
      }
    }
    for (let i = children.length - 1; i >= 0; i--) {
      if (children[i] && typeof children[i] === 'object') stack.push(children[i]);
    }
  }
}

function parseJson(text: string | null): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function islandPaperFrom(paper: IslandPaperNode): IslandPaper {
  const authors = paper.authors?.flatMap((author) => {
    const named = author && typeof author === 'object' ? (author as { name?: unknown }).name : '';
    const name = typeof named === 'string' ? normalizeSpace(named) : '';
    return name ? [name] : [];
  });
  return {
    abstract: paper.summary ? normalizeSpace(paper.summary) || undefined : undefined,
    authors,
    published: /^(\d{4}-\d{2}-\d{2})/.exec(paper.publishedAt ?? '')?.[1],
  };
}

/** What the page shows once, read once per scan. */
interface HuggingFacePage {
  islandPapers: IslandPapers;
  /** On a single paper page: the abstract and PDF link printed below the title. */
  paperPage?: { abstract?: string; pdfUrl?: string };
}

function readPage(url: URL, root: ParentNode): HuggingFacePage {
  const islandPapers = readIslandPapers(root);
  return paperPageId(url)
    ? { islandPapers, paperPage: { abstract: paperPageAbstract(root), pdfUrl: viewPdfUrl(root) } }
    : { islandPapers };
}

/** The text after the "Abstract" heading (an "AI-generated summary" may come before it). */
function paperPageAbstract(root: ParentNode): string | undefined {
  for (const heading of root.querySelectorAll('h2')) {
    if (cleanText(heading).toLowerCase() !== 'abstract') continue;
    for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
      const text = cleanText(next);
      if (text) return text;
    }
  }
  return undefined;
}

function viewPdfUrl(root: ParentNode): string | undefined {
  for (const link of root.querySelectorAll('a[href]')) {
    if (cleanText(link) === 'View PDF') return absoluteUrl(link.getAttribute('href'), HF_ORIGIN);
  }
  return undefined;
}

/*
 * Listing cards: an `article` whose `h3` links to the paper. Several links per card point to it.
 */

/** The card's title link and the paper it names. */
function titleLinkOf(card: Element): { link: Element; arxivId: string } | undefined {
  for (const link of card.querySelectorAll('h3 a[href^="/papers/"]')) {
    const arxivId = arxivIdOfHref(link.getAttribute('href'), HF_ORIGIN);
    if (arxivId) return { link, arxivId };
  }
  return undefined;
}

/** Avatars of the authors who have a Hugging Face account: a sample ("· 10 authors"), in order. */
function avatarAuthors(card: Element): string[] {
  return [...card.querySelectorAll('li[title]')].flatMap((avatar) => {
    const name = normalizeSpace(avatar.getAttribute('title') ?? '');
    return name ? [name] : [];
  });
}

/**
 * Search cards show the abstract as a link of its own to the paper. Thumbnails, avatar lists and
 * counters link there too, so the abstract is the one holding only text, and enough of it: a
 * short text link is a label, not an abstract.
 */
const MIN_ABSTRACT_LENGTH = 100;

function abstractLinkText(card: Element, arxivId: string): string | undefined {
  for (const link of card.querySelectorAll('a[href^="/papers/"]')) {
    if (link.closest('h3') || link.querySelector('img, ul, svg')) continue;
    const href = link.getAttribute('href') ?? '';
    if (href.includes('#') || arxivIdOfHref(href, HF_ORIGIN) !== arxivId) continue;
    const text = cleanText(link);
    if (text.length >= MIN_ABSTRACT_LENGTH) return text;
  }
  return undefined;
}

/*
 * Collection cards: `main article` with a class containing `group/paper` (models, datasets and
 * spaces in the same grid have other groups); the whole card is one link to the paper.
 */
const COLLECTION_CARD = 'main article[class*="group/paper"]';

function collectionLinkOf(card: Element): { link: Element; arxivId: string } | undefined {
  for (const link of card.querySelectorAll('a[href^="/papers/"]')) {
    const arxivId = arxivIdOfHref(link.getAttribute('href'), HF_ORIGIN);
    if (arxivId) return { link, arxivId };
  }
  return undefined;
}

/*
 * The single paper page: one "card", the block around the `h1` title.
 */
function paperPageTitle(root: ParentNode): Element | undefined {
  return root.querySelector('main h1') ?? root.querySelector('h1') ?? undefined;
}

/** A candidate for `arxivId` from what the card shows and what the island and page add. */
function candidateFor(
  arxivId: string,
  title: string,
  page: HuggingFacePage | undefined,
  fromCard: { authors?: string[]; abstract?: string; pdfUrl?: string } = {},
): PaperCandidate | undefined {
  if (!title) return undefined;
  const fromIsland = page?.islandPapers.get(arxivId);
  const abstract = fromIsland?.abstract ?? fromCard.abstract;
  const published = fromIsland?.published;
  return {
    id: `arxiv:${arxivId}`,
    title,
    authors: fromIsland?.authors?.length ? fromIsland.authors : (fromCard.authors ?? []),
    url: new URL(`/papers/${arxivId}`, HF_ORIGIN).href,
    site: 'huggingface',
    ...(abstract && { abstract }),
    pdfUrl: fromCard.pdfUrl ?? arxivPdfUrl(arxivId),
    ...(published && { published }),
  };
}

export const huggingfaceAdapter = defineSiteAdapter<HuggingFacePage>({
  id: 'huggingface',
  name: 'Hugging Face Papers',
  // `/papers*` covers `/papers`, `/papers?q=`, the listings and paper pages (Chrome matches the
  // path pattern against path and query together).
  matches: ['https://huggingface.co/papers*', 'https://huggingface.co/collections/*'],
  // Paper pages are /papers/<arXiv id>, and arXiv ids start with a digit: /papers/date/...,
  // /papers/week/... and the other listings do not.
  paperLinks: [...'0123456789'].map((digit) => `https://huggingface.co/papers/${digit}*`),
  pageTypes: {
    search: (url) => listingView(url) !== undefined && isSearch(url),
    daily: isListing('daily'),
    date: isListing('date'),
    week: isListing('week'),
    month: isListing('month'),
    trending: isListing('trending'),
    paper: (url) => paperPageId(url) !== undefined,
    collection: isCollection,
  },

  readPage,

  findCards(root, url) {
    if (paperPageId(url)) {
      const card = paperPageTitle(root)?.parentElement;
      return card ? [card] : [];
    }
    if (isCollection(url)) {
      return [...root.querySelectorAll(COLLECTION_CARD)].filter(
        (card) => collectionLinkOf(card) !== undefined,
      );
    }
    return [...root.querySelectorAll('article')].filter((card) => titleLinkOf(card) !== undefined);
  },

  parseCard(card, page, url): PaperCandidate | undefined {
    const pageId = paperPageId(url);
    if (pageId) {
      const title = cleanText(card.querySelector(':scope > h1'));
      return candidateFor(pageId, title, page, page?.paperPage);
    }
    if (isCollection(url)) {
      const found = collectionLinkOf(card);
      if (!found) return undefined;
      const heading = card.querySelector('h2, h3, h4');
      return candidateFor(found.arxivId, cleanText(heading), page);
    }
    const titleLink = titleLinkOf(card);
    if (!titleLink) return undefined;
    const { link, arxivId } = titleLink;
    return candidateFor(arxivId, cleanText(link), page, {
      authors: avatarAuthors(card),
      abstract: abstractLinkText(card, arxivId),
    });
  },

  // A listing card's id is its title link's arXiv id (candidateFor); the paper page and
  // collections are parsed first.
  cardIds(card, url) {
    if (paperPageId(url) || isCollection(url)) return undefined;
    const arxivId = titleLinkOf(card)?.arxivId;
    return arxivId ? idsOf(`arxiv:${arxivId}`) : undefined;
  },

  mountPoint(card) {
    // The paper page: right under the title.
    const pageTitle = card.querySelector(':scope > h1');
    if (pageTitle) return { parent: card, before: pageTitle.nextSibling };
    // A collection card is one big link: the widget goes after it, never inside it, or every
    // click on Save would also open the paper.
    const collectionLink = card.matches('article[class*="group/paper"]')
      ? collectionLinkOf(card)?.link
      : undefined;
    if (collectionLink?.parentElement) {
      return { parent: collectionLink.parentElement, before: collectionLink.nextSibling };
    }
    // Listing cards: right under the title, where the eye already is.
    const heading = titleLinkOf(card)?.link.closest('h3');
    const parent = heading?.parentElement;
    return heading && parent ? { parent, before: heading.nextSibling } : undefined;
  },
});
