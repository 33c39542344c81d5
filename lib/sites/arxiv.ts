/**
 * arXiv (static HTML from arXiv/arxiv-browse and arXiv/arxiv-search templates; markup notes in
 * shared/reference/site-markup.md, "arXiv"):
 *  - listings `/list/<category>/new|recent|pastweek`, month listings `/list/<category>/YYYY-MM`,
 *    year listings `/list/<category>/YYYY` and catchup `/catchup/<subject>/<date>`, which share
 *    the list macros: a card is a `dt` + `dd` pair with no wrapper, so the `dt` stands for the
 *    card;
 *  - search results `/search/...`: `li.arxiv-result`;
 *  - abstract pages `/abs/<id>`: one card, `#abs`, read mostly from its `citation_*` meta tags.
 */

import { ARXIV_CATEGORY } from '../paper/fields';
import { canonicalIds, identityOf, idsOf } from '../paper/paper-id';
import type { PaperCandidate } from '../paper/schemas';
import {
  arxivAbsUrl,
  arxivIdOfHref,
  arxivPdfUrl,
  type CitationMeta,
  cleanText,
  isoDateIn,
  readCitationMeta,
  textWithout,
} from './dom-text';
import { defineSiteAdapter } from './types';

const ARXIV_ORIGIN = new URL('https://arxiv.org');

function isArxiv(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === ARXIV_ORIGIN.hostname;
}

/**
 * Category as arXiv spells it in list URLs: `cs.LG`, `hep-th`, `astro-ph.CO`, `math`; then a
 * view, a month `2026-11` or a year `2026`. arXiv-browse reads four digits as a year
 * (`/list/math/1999`), not as YYMM, and redirects a two-digit year (`/list/math/99`) and the
 * month's other spellings (`2026-1`, `202611`) to these forms.
 */
const LIST_CATEGORY = String.raw`[A-Za-z-]+(?:\.[A-Za-z-]+)?`;
const LIST_VIEW = '(?<view>new|recent|pastweek)';
const LIST_YEAR_MONTH = String.raw`(?<year>(?:19|20)\d{2})(?:-(?<month>0[1-9]|1[0-2]))?`;
const LIST_PATH = new RegExp(`^/list/${LIST_CATEGORY}/(?:${LIST_VIEW}|${LIST_YEAR_MONTH})/?$`);
/** Catchup takes an archive, a category or `grp_physics`, and a YYYY-MM-DD day. */
const CATCHUP_PATH = /^\/catchup\/[A-Za-z_-]+(?:\.[A-Za-z-]+)?\/\d{4}-\d{2}-\d{2}\/?$/;
/** Simple search `/search/`, an archive's search `/search/cs`, and advanced search. */
const SEARCH_PATH = /^\/search\/(?:advanced|[a-z-]+(?:\.[A-Za-z-]+)?)?\/?$/;
const ABS_PATH = /^\/abs\/.+/;

type ListView = 'new' | 'recent' | 'pastweek' | 'month' | 'year';

/** Which listing a list URL shows. */
function listView(url: URL): ListView | undefined {
  const groups = isArxiv(url) ? LIST_PATH.exec(url.pathname)?.groups : undefined;
  if (!groups) return undefined;
  if (groups.view) return groups.view as ListView;
  return groups.month ? 'month' : 'year';
}

/** The arXiv id (no version) of an abstract page URL, or undefined. */
function absPageId(url: URL): string | undefined {
  if (!isArxiv(url) || !ABS_PATH.test(url.pathname)) return undefined;
  return arxivIdOfHref(url.pathname, ARXIV_ORIGIN);
}

/** The link every list entry has, whatever else its `dt` shows ("(cross-list from ...)"). */
const ABSTRACT_LINK = 'a[title="Abstract"]';
const SEARCH_RESULT = 'ol.breathe-horizontal > li.arxiv-result';

/** What a page shows about one arXiv paper, beyond its id. */
interface ArxivFacts {
  title: string;
  authors: string[];
  abstract?: string;
  pdfUrl?: string;
  published?: string;
  /** "cs.LG": BibTeX's primaryClass, when the page names the primary subject. */
  primaryCategory?: string;
  /** Other ids the page shows (a journal DOI): they become aliases. */
  otherIds?: Iterable<string | null | undefined>;
}

/** The candidate for `arxivId`; undefined without a title. */
function arxivCandidate(arxivId: string, facts: ArxivFacts): PaperCandidate | undefined {
  const ids = identityOf(canonicalIds([`arxiv:${arxivId}`, ...(facts.otherIds ?? [])]));
  if (!ids || !facts.title) return undefined;
  const { abstract, published, primaryCategory } = facts;
  return {
    ...ids,
    title: facts.title,
    authors: facts.authors,
    url: arxivAbsUrl(arxivId),
    site: 'arxiv',
    ...(abstract && { abstract }),
    pdfUrl: facts.pdfUrl ?? arxivPdfUrl(arxivId),
    ...(published && { published }),
    ...(primaryCategory && { primaryCategory }),
  };
}

/** "Machine Learning (cs.LG)": the code in parentheses is BibTeX's primaryClass. */
function primaryCategoryIn(subject: Element | null): string | undefined {
  const code = /\(([^()]+)\)$/.exec(cleanText(subject))?.[1];
  return code && ARXIV_CATEGORY.test(code) ? code : undefined;
}

function linkTexts(links: Iterable<Element>): string[] {
  return [...links].map(cleanText).filter(Boolean);
}

/**
 * The links directly inside `parent`, e.g. the authors of `.list-authors`. In two steps: in
 * Chromium, `dd.querySelectorAll('.list-authors > a')` took 18 µs a card, twelve times the
 * time of finding the container first, a fifth of reading a 2,000-entry listing.
 */
function linksIn(parent: Element | null | undefined): Iterable<Element> {
  return parent?.querySelectorAll(':scope > a') ?? [];
}

/*
 * Listings and catchup.
 */
function listEntryArxivId(dt: Element, url: URL): string | undefined {
  return arxivIdOfHref(dt.querySelector(ABSTRACT_LINK)?.getAttribute('href'), url);
}

function parseListEntry(dt: Element, url: URL): PaperCandidate | undefined {
  const arxivId = listEntryArxivId(dt, url);
  const dd = dt.nextElementSibling;
  if (!arxivId || !dd?.matches('dd')) return undefined;
  return arxivCandidate(arxivId, {
    // Titles keep raw TeX ($\ell_1$) as text; MathJax typesets it later, in place.
    title: textWithout(dd.querySelector('.list-title'), '.descriptor'),
    authors: linkTexts(linksIn(dd.querySelector('.list-authors'))),
    // Only /new (and catchup with abstracts) shows abstracts: a `p`, where the title and
    // comments are `.mathjax` divs.
    abstract: cleanText(dd.querySelector('p.mathjax')),
    primaryCategory: primaryCategoryIn(dd.querySelector('.primary-subject')),
  });
}

/*
 * Search results (arxiv-search's search-macros.html).
 */
function parseSearchResult(result: Element): PaperCandidate | undefined {
  // Versioned (`/abs/2607.08111v2`) when the result is not the current version.
  const arxivId = arxivIdOfHref(
    result.querySelector('p.list-title a[href*="/abs/"]')?.getAttribute('href'),
    ARXIV_ORIGIN,
  );
  if (!arxivId) return undefined;
  // "Submitted 15 July, 2026; v1 submitted 13 July, 2026; originally announced July 2026."
  const dates = cleanText(result.querySelector('p.is-size-7'));
  return arxivCandidate(arxivId, {
    title: cleanText(result.querySelector('p.title')),
    // The first 25 authors are links; "et al. (N additional authors not shown)" is text.
    authors: linkTexts(linksIn(result.querySelector('p.authors'))),
    // The abstract is there twice; the full one ends with a "△ Less" link.
    abstract: textWithout(result.querySelector('span.abstract-full'), 'a'),
    published: isoDateIn(dates.split(/v1 submitted/i)[1] ?? dates),
    otherIds: [...result.querySelectorAll('.tags a[href^="https://doi.org/"]')].map((link) =>
      link.getAttribute('href'),
    ),
  });
}

/*
 * Abstract pages: the citation meta tags are the page's own statement of its metadata (plain
 * text, one author per tag, "Last, First"); the visible `#abs` block is the fallback.
 */
function parseAbsPage(
  abs: Element,
  meta: CitationMeta | undefined,
  url: URL,
): PaperCandidate | undefined {
  const arxivId = absPageId(url);
  if (!arxivId) return undefined;
  return arxivCandidate(arxivId, {
    title: meta?.title || textWithout(abs.querySelector('h1.title'), '.descriptor'),
    authors: meta?.authors.length
      ? meta.authors
      : linkTexts(abs.querySelectorAll('div.authors > a')),
    abstract:
      meta?.abstract || textWithout(abs.querySelector('blockquote.abstract'), '.descriptor'),
    pdfUrl: meta?.pdfUrl,
    published: meta?.published,
    otherIds: [meta?.doi && `doi:${meta.doi}`],
  });
}

export const arxivAdapter = defineSiteAdapter<CitationMeta | undefined>({
  id: 'arxiv',
  name: 'arXiv',
  matches: [
    'https://arxiv.org/list/*',
    'https://arxiv.org/catchup/*',
    'https://arxiv.org/search/*',
    'https://arxiv.org/abs/*',
  ],
  // *.arxiv.org includes arxiv.org itself, www. and export.
  paperLinks: ['*://*.arxiv.org/abs/*', '*://*.arxiv.org/pdf/*'],
  pageTypes: {
    'list-new': (url) => listView(url) === 'new',
    'list-recent': (url) => listView(url) === 'recent',
    'list-pastweek': (url) => listView(url) === 'pastweek',
    'list-month': (url) => listView(url) === 'month',
    'list-year': (url) => listView(url) === 'year',
    catchup: (url) => isArxiv(url) && CATCHUP_PATH.test(url.pathname),
    search: (url) => isArxiv(url) && SEARCH_PATH.test(url.pathname),
    abs: (url) => absPageId(url) !== undefined,
  },

  readPage: (url, root) => (absPageId(url) ? readCitationMeta(root, ARXIV_ORIGIN) : undefined),

  findCards(root, url) {
    if (absPageId(url)) return [...root.querySelectorAll('#abs')];
    if (SEARCH_PATH.test(url.pathname)) return [...root.querySelectorAll(SEARCH_RESULT)];
    return [...root.querySelectorAll('#dlpage dl dt')].filter(
      (dt) => dt.querySelector(ABSTRACT_LINK) !== null,
    );
  },

  cardElements: (card) => {
    // A list entry is a `dt` + `dd` pair; search results and the abstract page are one element.
    const dd = card.matches('dt') ? card.nextElementSibling : null;
    return dd?.matches('dd') ? [card, dd] : [card];
  },

  parseCard(card, meta, url) {
    if (card.matches('dt')) return parseListEntry(card, url);
    if (card.matches('li.arxiv-result')) return parseSearchResult(card);
    return parseAbsPage(card, meta, url);
  },

  // A list entry's only id is its arXiv id (arxivCandidate, with no other ids); search results
  // and the abstract page are a few cards at most: parsed first.
  cardIds(card, url) {
    const arxivId = card.matches('dt') ? listEntryArxivId(card, url) : undefined;
    return arxivId ? idsOf(`arxiv:${arxivId}`) : undefined;
  },

  // Never inside the `.mathjax` nodes (titles, abstracts), which MathJax rewrites after load:
  // in a list `dt`, after the [pdf, html, other] links; under the title elsewhere.
  mountPoint(card) {
    if (card.matches('dt')) return { parent: card, inline: true };
    const title = card.querySelector(':scope > p.title, :scope > h1.title');
    return title ? { parent: card, before: title.nextSibling } : { parent: card };
  },
});
