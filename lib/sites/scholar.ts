/**
 * Google Scholar result pages (`/scholar?q=`, `?cites=`, `?cluster=`), on scholar.google.com and
 * its country domains alike: static HTML, paged with `start=`. Markup notes in
 * shared/reference/site-markup.md ("Google Scholar") and Zotero's Google Scholar translator.
 * Scholar has no ids of its own worth keeping, so each card is named by what its links point to:
 * an arXiv id from the title or side PDF link, a DOI from a publisher URL, else the publisher URL
 * itself; every other id the card shows becomes an alias.
 */
import { arxivIdOf, candidateIds, canonicalId, canonicalIds, identityOf } from '../paper/paper-id';
import type { PaperCandidate } from '../paper/schemas';
import {
  absoluteUrl,
  arxivPdfUrl,
  cleanText,
  normalizeSpace,
  textWithout,
  venueFields,
} from './dom-text';
import { defineSiteAdapter } from './types';

/**
 * Google Scholar's hosts: scholar.google.<TLD> for the .com and the country domains many readers
 * outside the US land on (from their country's Google, links, bookmarks). Listed one by one,
 * as the official Google Scholar Button extension does, because a match pattern cannot wildcard
 * a top-level domain (Chrome rejects `scholar.google.*`), and the only pattern that covers them
 * all at once, a wildcard host, would reach every site. Each is one of Google's country domains;
 * a country missing here only goes without widgets. Top-level domains alone: the content script
 * carries this list too (in its manifest options), and the repeated host would cost it bytes.
 */
const SCHOLAR_TLDS = [
  'com',
  // Europe
  'co.uk',
  'ie',
  'de',
  'at',
  'ch',
  'fr',
  'be',
  'nl',
  'it',
  'es',
  'pt',
  'se',
  'no',
  'dk',
  'fi',
  'pl',
  'cz',
  'sk',
  'hu',
  'ro',
  'bg',
  'hr',
  'si',
  'gr',
  'ru',
  'com.ua',
  // The Americas
  'ca',
  'com.mx',
  'com.br',
  'com.ar',
  'cl',
  'com.co',
  'com.pe',
  // Asia-Pacific
  'co.jp',
  'co.kr',
  'com.hk',
  'com.tw',
  'com.sg',
  'co.in',
  'com.pk',
  'com.bd',
  'co.id',
  'com.my',
  'co.th',
  'com.vn',
  'com.ph',
  'com.au',
  'co.nz',
  // The Middle East and Africa
  'com.tr',
  'co.il',
  'com.sa',
  'ae',
  'com.qa',
  'com.eg',
  'co.za',
  'com.ng',
  'co.ke',
];

/**
 * Google's domain in any country, by the forms they take: google.com, google.de, google.co.uk,
 * google.com.au. Tested on the host rather than looked up in SCHOLAR_TLDS, which is for the
 * manifest: links lead to Google's other services on any of them (books.google.de,
 * www.google.co.uk/url), and the page checks need no list the browser has already applied.
 */
const GOOGLE_DOMAIN = /google\.(?:com|(?:com?\.)?[a-z]{2})$/.source;
const SCHOLAR_HOST = new RegExp(`^scholar\\.${GOOGLE_DOMAIN}`);
const GOOGLE_HOST = new RegExp(`(?:^|\\.)${GOOGLE_DOMAIN}`);

/**
 * Where a result Scholar has no link for is kept: its cluster page on the .com whatever domain
 * it was seen on, so that the same result seen on scholar.google.de and .com is one record.
 */
const CLUSTER_PAGE = 'https://scholar.google.com/scholar?cluster=';

const RESULT = '#gs_res_ccl_mid > div.gs_r.gs_or.gs_scl[data-cid]';
/** `[PDF]`, `[BOOK]`, `[CITATION]` markers inside the title. */
const TITLE_MARKERS = '.gs_ctc, .gs_ctu, .gs_ct1, .gs_ct2';

function isResultsPage(url: URL): boolean {
  return (
    url.protocol === 'https:' &&
    SCHOLAR_HOST.test(url.hostname) &&
    url.pathname === '/scholar' &&
    ['q', 'cites', 'cluster'].some((key) => url.searchParams.get(key)?.trim())
  );
}

/** A year closing the venue part: "Nature, 2015", "2015". */
const TRAILING_YEAR = /(?:^|[\s,])((?:19|20)\d{2})$/;

/**
 * "Nature - nature.com": a journal on its own site, the line of a result Scholar knows no authors
 * or year of. Scholar writes names as initials and a family name ("J Doe", "RS Sutton"), so a
 * first word of three letters or more that the host spells is the venue's, not an author's
 * ("OpenAI - arxiv.org" stays an author; "OpenAI - openai.com" would not).
 */
function namesHost(firstPart: string, host: string): boolean {
  const word = /^[a-z]{3,}/i.exec(firstPart)?.[0];
  return word !== undefined && host.toLowerCase().includes(word.toLowerCase());
}

/**
 * The authors line: "A Author, B Author… - Venue, 2024 - publisher.com" (Scholar puts a no-break
 * space before each dash). The authors are what comes before the first " - "; a list Scholar cut
 * short ends with "…", which is no author. A result Scholar knows no authors of starts with the
 * venue part instead ("Nature, 2015 - nature.com", "2015 - nature.com", "Nature - nature.com") or
 * is the host alone ("books.google.com"): names never end in a year, so a first part that does, a
 * part alone, or one that names the host holds no authors.
 *
 * The venue is the venue part without its year, when it is one: it ends with a year, or the host
 * follows it ("J Doe - arxiv.org" has none). Scholar cuts long venues short with "…"
 * ("Advances in neural …"): a cut name is no venue to cite, so it is left out.
 */
function parseAuthorsLine(line: string): { authors: string[]; year?: string; venue?: string } {
  const parts = normalizeSpace(line).split(' - ');
  const [firstPart = '', secondPart] = parts;
  const hasAuthors =
    secondPart !== undefined &&
    !TRAILING_YEAR.test(firstPart) &&
    !(parts.length === 2 && namesHost(firstPart, secondPart));
  const venueIndex = hasAuthors ? 1 : 0;
  const venuePart = parts[venueIndex] ?? '';
  const yearMatch = TRAILING_YEAR.exec(venuePart);
  const venue =
    yearMatch || parts.length > venueIndex + 1
      ? venuePart.slice(0, yearMatch?.index).replace(/[\s,]+$/, '')
      : '';
  // Not deduplicated: two co-authors may print the same ("J Wang, J Wang").
  const authors = hasAuthors
    ? firstPart
        .split(',')
        .map((name) => normalizeSpace(name.replace(/…/g, '')))
        .filter(Boolean)
    : [];
  return {
    authors,
    ...(yearMatch && { year: yearMatch[1] }),
    ...(venue && !venue.includes('…') && { venue }),
  };
}

/**
 * Scholar's own cluster id ("All 12 versions", "Cited by"), stable across searches and country
 * domains.
 */
function clusterId(result: Element, page: URL): string | undefined {
  for (const link of result.querySelectorAll(
    '.gs_fl a[href*="cluster="], .gs_fl a[href*="cites="]',
  )) {
    const href = absoluteUrl(link.getAttribute('href'), page);
    const params = href ? new URL(href).searchParams : undefined;
    const id = params?.get('cluster') ?? params?.get('cites')?.split(',')[0];
    if (id && /^\d+$/.test(id)) return id;
  }
  return undefined;
}

const isGoogleHost = (host: string) => GOOGLE_HOST.test(host);

/**
 * Where Google's redirectors lead: Scholar sends some links through `/scholar_url?url=…` and
 * Google's click tracking rewrites links to `/url?q=…` (sometimes only once clicked, so the same
 * card would name another paper after a middle-click).
 */
const REDIRECT_TARGET: Record<string, string> = { '/scholar_url': 'url', '/url': 'q' };

/** `url`, or where a Google redirector sends it, unless that stays on Google. */
function offGoogle(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const parsed = new URL(url);
  if (!isGoogleHost(parsed.hostname)) return url;
  const parameter = REDIRECT_TARGET[parsed.pathname];
  const target = parameter ? parsed.searchParams.get(parameter) : null;
  if (!target || !URL.canParse(target)) return undefined;
  return isGoogleHost(new URL(target).hostname) ? undefined : target;
}

/**
 * What names a result, from its links alone: its ids, the URL it is kept under, and the links
 * the parse reads more from. Undefined for a result with no heading or no link to name it by.
 * Relative links are the page's own (`page`, on whichever Scholar domain); what they resolve to
 * there never names the paper: a link that stays on Google is dropped, a redirector followed.
 */
function resultIdentity(result: Element, page: URL) {
  const heading = result.querySelector('h3.gs_rt');
  if (!heading) return undefined;
  const titleLink = heading.querySelector(':scope > a[href]');

  // Links that stay on Google (Scholar's own pages, Google Books previews whose URLs carry
  // per-session signatures) name no paper stably.
  const titleUrl = offGoogle(absoluteUrl(titleLink?.getAttribute('href'), page));
  const side = result.querySelector('div.gs_ggs a[href]');
  const sideUrl = offGoogle(absoluteUrl(side?.getAttribute('href'), page));
  // A side link to a PDF on someone's home page names a file, not the paper: only its strong
  // ids (arXiv, DOI, OpenReview...) count. The title link's URL counts as a last resort.
  const sideId = sideUrl ? canonicalId(sideUrl) : undefined;
  const ids = canonicalIds([titleUrl, sideId?.startsWith('url:') ? undefined : sideId]);
  // "[CITATION]" results have no link at all: Scholar only knows them from reference lists.
  // They are kept under their Scholar cluster page, a stable URL the reader can go back to.
  const cluster = clusterId(result, page);
  const clusterUrl = cluster ? CLUSTER_PAGE + cluster : undefined;
  const identity = identityOf(ids.length ? ids : canonicalIds([clusterUrl]));
  const url = titleUrl ?? sideUrl ?? clusterUrl;
  return identity && url ? { identity, url, heading, titleLink, side, sideUrl } : undefined;
}

function parseResult(result: Element, page: URL): PaperCandidate | undefined {
  const links = resultIdentity(result, page);
  if (!links) return undefined;
  const { identity, url, heading, titleLink, side, sideUrl } = links;
  const title = titleLink ? cleanText(titleLink) : textWithout(heading, TITLE_MARKERS);
  if (!title) return undefined;

  const { authors, year, venue } = parseAuthorsLine(cleanText(result.querySelector('div.gs_a')));
  const isPdf = /\[PDF\]/i.test(cleanText(side?.querySelector('.gs_ctg2')));
  const arxivId = arxivIdOf(identity.id);
  const pdfUrl = (isPdf ? sideUrl : undefined) ?? (arxivId ? arxivPdfUrl(arxivId) : undefined);
  return {
    ...identity,
    title,
    authors,
    url,
    site: 'scholar',
    ...(pdfUrl && { pdfUrl }),
    ...(year && { published: year }),
    ...venueFields(venue),
  };
}

export const scholarAdapter = defineSiteAdapter<undefined>({
  id: 'scholar',
  name: 'Google Scholar',
  // Result pages only: the rest of Scholar (profiles, the library) is no listing of ours.
  matches: SCHOLAR_TLDS.map((tld) => `https://scholar.google.${tld}/scholar*`),
  pageTypes: {
    results: isResultsPage,
  },

  findCards: (root) => [...root.querySelectorAll(RESULT)],

  parseCard: (result, _context, page) => parseResult(result, page),

  // A result is named by its links, read before the parse: the saved-state lookup goes first.
  cardIds(result, page) {
    const identity = resultIdentity(result, page)?.identity;
    return identity && candidateIds(identity);
  },

  // Under the title, in the result's text column (`div.gs_ri`), clear of the side PDF link.
  mountPoint(result) {
    const heading = result.querySelector('h3.gs_rt');
    return heading?.parentElement
      ? { parent: heading.parentElement, before: heading.nextSibling }
      : undefined;
  },
});
