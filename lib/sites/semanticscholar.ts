/**
 * Semantic Scholar: search results (`/search?q=`) and paper pages (`/paper/<slug>/<40-hex id>`).
 * Markup notes: shared/reference/site-markup.md ("Semantic Scholar"). A React app: results and
 * paging re-render without a reload, so everything here is read from the DOM as it is when a scan
 * runs, and the page session rescans on mutations and URL changes.
 *
 * Identity: a card names its paper by the Semantic Scholar id of its title link. When the card
 * also links the arXiv version, the arXiv id becomes the card's `id` and `s2:<hex>` an alias, so
 * that the same paper saved on Hugging Face or arXiv shows as saved here: `id` is always the
 * strongest id the card shows, in the order the database keys records by (arXiv, DOI, S2).
 *
 * The TLDR (`.tldr-abstract-replacement`) is not stored as the abstract: it is a one-sentence
 * summary written by Semantic Scholar's model, not the authors' abstract, and the database keeps
 * the first abstract it is given, so a TLDR saved here would keep the real abstract (from arXiv,
 * Hugging Face or this site's paper page) out of the record and out of every export.
 */
import { arxivIdOf, candidateIds, canonicalIds, identityOf } from '../paper/paper-id';
import type { PaperCandidate } from '../paper/schemas';
import {
  absoluteUrl,
  arxivIdOfHref,
  arxivPdfUrl,
  type CitationMeta,
  cleanText,
  metaContents,
  publishedIn,
  readCitationMeta,
  venueFields,
} from './dom-text';
import { defineSiteAdapter } from './types';

const S2_ORIGIN = new URL('https://www.semanticscholar.org');
/** `/paper/<slug>/<id>`, or `/paper/<id>` as links from elsewhere write it. */
const PAPER_PATH = /^\/paper\/(?:[^/]+\/)?[0-9a-f]{40}\/?$/i;

function onSemanticScholar(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === S2_ORIGIN.hostname;
}

/** The paper rows of search results and of a paper page's citations and references. */
const ROW = 'div.cl-paper-row';
const TITLE_LINK = 'a[data-test-id="title-link"]';
const ARXIV_LINK = 'a[data-heap-link-type="arxiv"]';
/** The paper page's own title; the header around it is the card of the page's paper. */
const PAGE_TITLE = 'h1[data-test-id="paper-detail-title"]';
/** The venue in the paper page header's meta line, as `.cl-paper-venue` is in a row. */
const PAGE_VENUE = '[data-heap-id="paper-meta-journal"]';

/** A paper page's `citation_*` meta tags, with the venue they name, typed by the tag's name. */
interface PaperPageMeta extends CitationMeta {
  venue?: Pick<PaperCandidate, 'venue' | 'venueType'>;
}

function readPaperPageMeta(url: URL, root: ParentNode): PaperPageMeta {
  const [conference] = metaContents(root, 'citation_conference_title');
  const [journal] = metaContents(root, 'citation_journal_title');
  return {
    ...readCitationMeta(root, url),
    venue: conference ? venueFields(conference, 'conference') : venueFields(journal, 'journal'),
  };
}

/** The row's title link and the Semantic Scholar id it points to. */
function titleLinkOf(row: Element): { link: Element; s2Id: string; url: string } | undefined {
  const link = row.querySelector(TITLE_LINK);
  const url = absoluteUrl(link?.getAttribute('href'), S2_ORIGIN);
  if (!link || !url) return undefined;
  const [s2Id] = canonicalIds([url]);
  return s2Id?.startsWith('s2:') ? { link, s2Id, url } : undefined;
}

function s2IdOfPage(url: URL): string | undefined {
  const [id] = canonicalIds([new URL(url.pathname, S2_ORIGIN).href]);
  return id?.startsWith('s2:') ? id : undefined;
}

/** A row's ids (its arXiv id, when it links one, before its Semantic Scholar id), and its title link. */
function rowIdentity(row: Element) {
  const titleLink = titleLinkOf(row);
  if (!titleLink) return undefined;
  const arxivId = arxivIdOfHref(row.querySelector(ARXIV_LINK)?.getAttribute('href'), S2_ORIGIN);
  const ids = identityOf(canonicalIds([arxivId && `arxiv:${arxivId}`, titleLink.s2Id]));
  return ids ? { ids, arxivId, titleLink } : undefined;
}

function parseRow(row: Element): PaperCandidate | undefined {
  const identity = rowIdentity(row);
  if (!identity) return undefined;
  const { ids, arxivId } = identity;
  const { link, url } = identity.titleLink;
  const title = cleanText(link.querySelector('h2.cl-paper-title') ?? link);
  if (!title) return undefined;
  // Rows show the first few authors and "+N authors"; the record keeps the longest list seen.
  const authors = [...row.querySelectorAll('a.cl-paper-authors__author-link')]
    .map(cleanText)
    .filter(Boolean);
  // "13 July 2026", "June 2017" or "2017", as precise as the row is.
  const published = publishedIn(cleanText(row.querySelector('.cl-paper-pubdates')));
  return {
    ...ids,
    title,
    authors,
    url,
    site: 'semanticscholar',
    ...(arxivId && { pdfUrl: arxivPdfUrl(arxivId) }),
    ...(published && { published }),
    // The journal or conference as Semantic Scholar names it; it does not say which.
    ...venueFields(cleanText(row.querySelector('.cl-paper-venue'))),
  };
}

/**
 * The paper page's own card, from its `citation_*` meta tags. A client-side move from one paper
 * to another renders the new title before the head is updated: meta tags that name another title
 * are stale, and then only what the page shows (title, the id in the URL, the venue) is used.
 */
function parsePaperHeader(
  header: Element,
  meta: PaperPageMeta,
  url: URL,
): PaperCandidate | undefined {
  const title = cleanText(header.querySelector(PAGE_TITLE));
  const s2Id = s2IdOfPage(url);
  if (!title || !s2Id) return undefined;
  const page: PaperPageMeta =
    meta.title?.toLowerCase() === title.toLowerCase() ? meta : { authors: [] };
  // The venue the header shows, untyped as a row's; else the one the meta tags type.
  const shown = venueFields(cleanText(header.querySelector(PAGE_VENUE)));
  const ids = identityOf(
    canonicalIds([page.arxivId && `arXiv:${page.arxivId}`, page.doi && `doi:${page.doi}`, s2Id]),
  );
  if (!ids) return undefined;
  const arxivId = arxivIdOf(ids.id);
  const pdfUrl = page.pdfUrl ?? (arxivId && arxivPdfUrl(arxivId));
  return {
    ...ids,
    title,
    authors: page.authors,
    url: new URL(url.pathname, S2_ORIGIN).href,
    site: 'semanticscholar',
    ...(page.abstract && { abstract: page.abstract }),
    ...(pdfUrl && { pdfUrl }),
    ...(page.published && { published: page.published }),
    ...(shown.venue ? shown : page.venue),
  };
}

export const semanticscholarAdapter = defineSiteAdapter<PaperPageMeta>({
  id: 'semanticscholar',
  name: 'Semantic Scholar',
  // The whole host: the app moves from its home page or an author page to search results and
  // paper pages without a reload, and a content script only starts on a real page load.
  matches: ['https://www.semanticscholar.org/*'],
  paperLinks: ['https://www.semanticscholar.org/paper/*'],
  pageTypes: {
    search: (url) =>
      onSemanticScholar(url) &&
      /^\/search\/?$/.test(url.pathname) &&
      Boolean(url.searchParams.get('q')?.trim()),
    paper: (url) => onSemanticScholar(url) && PAPER_PATH.test(url.pathname),
  },

  readPage: readPaperPageMeta,

  findCards(root) {
    const header = root.querySelector(PAGE_TITLE)?.parentElement;
    const rows = [...root.querySelectorAll(ROW)].filter((row) => titleLinkOf(row) !== undefined);
    return header ? [header, ...rows] : rows;
  },

  parseCard: (card, meta, url) =>
    card.matches(ROW) ? parseRow(card) : parsePaperHeader(card, meta, url),

  // Rows are known by their links before the parse, so the saved-state lookup goes out first.
  // The paper page's own header is not: its ids come from the page's citation meta, read later.
  cardIds(card) {
    const identity = card.matches(ROW) ? rowIdentity(card) : undefined;
    return identity && candidateIds(identity.ids);
  },

  // Right under the title, in the row or in the paper page's header.
  mountPoint(card) {
    const title = card.matches(ROW) ? titleLinkOf(card)?.link : card.querySelector(PAGE_TITLE);
    const parent = title?.parentElement;
    return title && parent ? { parent, before: title.nextSibling } : undefined;
  },
});
