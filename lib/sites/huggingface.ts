/**
 * Hugging Face Papers listings: the daily, weekly and monthly views, trending, and `?q=` search on
 * any of them. Markup notes: shared/reference/site-markup.md ("Hugging Face Papers"). Its front
 * end is not public and its Tailwind classes churn, so this adapter keys only on `article`,
 * `h3 a[href^="/papers/"]`, `li[title]` and the DailyPapers JSON island.
 *
 * Single paper pages (`/papers/<arxiv id>`) and collections come in a later issue.
 */
import * as z from 'zod/mini';
import type { PaperCandidate } from '../paper/schemas';
import { arxivIdOfHref, arxivPdfUrl, cleanText, normalizeSpace } from './dom-text';
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

function listingView(url: URL): ListingView | undefined {
  if (url.protocol !== 'https:' || url.hostname !== HF_ORIGIN.hostname) return undefined;
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

/** What the JSON island knows about a paper beyond the card: the DOM shows less, or nothing. */
interface IslandPaper {
  abstract?: string;
  /** The full author list; cards show at most a sample of avatars. */
  authors?: string[];
  published?: string;
}

/** Island papers by arXiv id. */
type IslandPapers = Map<string, IslandPaper>;

// Lenient on purpose: a field of the wrong type loses that field, not the paper or the page.
const islandAuthorSchema = z.object({ name: z.string() });
const lenient = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);
const islandPaperSchema = z.object({
  id: z.string(),
  summary: lenient(z.string()),
  authors: lenient(z.array(z.unknown())),
  publishedAt: lenient(z.string()),
});
/** Daily entries wrap the paper (`{paper, title, thumbnail, ...}`); accept a bare paper too. */
const islandEntrySchema = z.union([
  z.pipe(
    z.object({ paper: islandPaperSchema }),
    z.transform((entry) => entry.paper),
  ),
  islandPaperSchema,
]);
const islandPropsSchema = z.object({
  dailyPapers: lenient(z.array(z.unknown())),
  searchResults: lenient(z.array(z.unknown())),
});

function readIslandPapers(root: ParentNode): IslandPapers {
  const papers: IslandPapers = new Map();
  const islands = root.querySelectorAll('div.SVELTE_HYDRATER[data-target="DailyPapers"]');
  for (const island of islands) {
    const props = islandPropsSchema.safeParse(parseJson(island.getAttribute('data-props')));
    if (!props.success) continue;
    const entries = [...(props.data.dailyPapers ?? []), ...(props.data.searchResults ?? [])];
    for (const entry of entries) {
      const paper = islandEntrySchema.safeParse(entry);
      if (!paper.success) continue;
      const arxivId = arxivIdOfHref(`/papers/${paper.data.id}`, HF_ORIGIN);
      if (arxivId && !papers.has(arxivId)) papers.set(arxivId, islandPaperFrom(paper.data));
    }
  }
  return papers;
}

function parseJson(text: string | null): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function islandPaperFrom(paper: z.infer<typeof islandPaperSchema>): IslandPaper {
  const authors = paper.authors?.flatMap((author) => {
    const named = islandAuthorSchema.safeParse(author);
    const name = named.success ? normalizeSpace(named.data.name) : '';
    return name ? [name] : [];
  });
  return {
    abstract: paper.summary ? normalizeSpace(paper.summary) || undefined : undefined,
    authors,
    published: /^(\d{4}-\d{2}-\d{2})/.exec(paper.publishedAt ?? '')?.[1],
  };
}

/** The card's title link and the paper it names; several links per card point to the paper. */
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

export const huggingfaceAdapter = defineSiteAdapter<IslandPapers>({
  id: 'huggingface',
  name: 'Hugging Face Papers',
  // One pattern covers `/papers`, `/papers?q=` and `/papers/...`: Chrome matches the path
  // pattern against path and query together.
  matches: ['https://huggingface.co/papers*'],
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
  },
  testUrls: {
    search: [
      'https://huggingface.co/papers?q=sparse+attention',
      'https://huggingface.co/papers/trending?q=diffusion',
      'https://huggingface.co/papers/date/2026-07-14?q=agents',
      'https://huggingface.co/papers/week/2026-W28?q=speech%20recognition',
    ],
    daily: [
      'https://huggingface.co/papers',
      'https://huggingface.co/papers/',
      'https://huggingface.co/papers?q=',
    ],
    date: [
      'https://huggingface.co/papers/date/2026-07-14',
      'https://huggingface.co/papers/date/2026-07-10/',
    ],
    week: ['https://huggingface.co/papers/week/2026-W28'],
    month: [
      'https://huggingface.co/papers/month/2026-07',
      'https://huggingface.co/papers/month/2025-12',
    ],
    trending: [
      'https://huggingface.co/papers/trending',
      'https://huggingface.co/papers/trending#top',
    ],
  },

  readPage: (_url, root) => readIslandPapers(root),

  findCards: (root) =>
    [...root.querySelectorAll('article')].filter((card) => titleLinkOf(card) !== undefined),

  parseCard(card, islandPapers): PaperCandidate | undefined {
    const titleLink = titleLinkOf(card);
    if (!titleLink) return undefined;
    const { link, arxivId } = titleLink;
    const title = cleanText(link);
    if (!title) return undefined;
    const fromIsland = islandPapers?.get(arxivId);
    const abstract = fromIsland?.abstract ?? abstractLinkText(card, arxivId);
    const published = fromIsland?.published;
    return {
      id: `arxiv:${arxivId}`,
      title,
      authors: fromIsland?.authors?.length ? fromIsland.authors : avatarAuthors(card),
      url: new URL(`/papers/${arxivId}`, HF_ORIGIN).href,
      site: 'huggingface',
      ...(abstract && { abstract }),
      pdfUrl: arxivPdfUrl(arxivId),
      ...(published && { published }),
    };
  },

  // Right under the title, where the eye already is; the card's other rows are links and chips.
  mountPoint(card) {
    const heading = titleLinkOf(card)?.link.closest('h3');
    const parent = heading?.parentElement;
    return heading && parent ? { parent, before: heading.nextSibling } : undefined;
  },
});
