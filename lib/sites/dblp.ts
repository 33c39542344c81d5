/**
 * dblp: author pages (`/pid/...`), conference and journal volume pages (`/db/conf/...`,
 * `/db/journals/...`) and publication search (`/search?q=`). Markup notes in
 * shared/reference/site-markup.md ("dblp"). Author and venue pages are static; search results are
 * filled into `#completesearch-publs` by the page's script after load (and again on "load more"),
 * which the page session's mutation observer picks up.
 *
 * A card is an `li.entry` whose `id` is the record's dblp key. Identity, strongest first as the
 * database keys records: the arXiv id of a CoRR record (`journals/corr/abs-2607-08111` is arXiv
 * 2607.08111) or of an arXiv electronic edition, then the other ids its electronic editions name
 * (DOI, OpenReview, ACL Anthology), then `dblp:<key>`.
 */

import { LIMITS } from '../paper/fields';
import {
  arxivIdFrom,
  arxivIdOf,
  byStrength,
  candidateIds,
  canonicalIds,
  identityOf,
} from '../paper/paper-id';
import type { PaperCandidate } from '../paper/schemas';
import { absoluteUrl, arxivPdfUrl, cleanText, venueFields } from './dom-text';
import { defineSiteAdapter } from './types';

const DBLP_ORIGIN = new URL('https://dblp.org');

function onDblp(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === DBLP_ORIGIN.hostname;
}

/** `/db/<kind>/<venue>/<volume>.html`; the venue's `index.html` lists volumes, not papers. */
function isVolumePage(url: URL, kind: 'conf' | 'journals'): boolean {
  const match = new RegExp(`^/db/${kind}/[^/]+/([^/]+)\\.html$`).exec(url.pathname);
  return onDblp(url) && match !== null && !match[1]?.startsWith('index');
}

/**
 * Entry types that are not papers: `editor` is a proceedings volume itself (its "authors" are its
 * editors), listed first on a conference page and on the editors' author pages.
 */
const NOT_A_PAPER = '.editor';

/** Electronic editions: the head link of the first menu, and every edition in its list. */
const EDITION_LINKS = 'nav.publ li:first-child > .head a, nav.publ li.ee a';

/** Ids electronic editions contribute; a plain URL (a publisher's HTML page) says too little. */
const EDITION_ID = /^(?:arxiv|doi|openreview|acl|s2):/;

/** `journals/corr/abs-2607-08111` -> `2607.08111`; older CoRR keys name authors, not ids. */
export function arxivIdOfDblpKey(key: string): string | undefined {
  const match = /^journals\/corr\/abs-(\d{4})-(\d{4,5})$/.exec(key);
  return match ? arxivIdFrom(`${match[1]}.${match[2]}`) : undefined;
}

function keyOf(entry: Element): string | undefined {
  const key = entry.getAttribute('id')?.trim();
  // Keys are `<type>/<venue>/<name>`; anything else is some other list item with an id.
  return key && /^[\w-]+\/[\w-]+\/\S+$/.test(key) ? key : undefined;
}

/** dblp ends every title with a period ("...Preference Data."); a question mark stands alone. */
function titleOf(entry: Element): string {
  return cleanText(entry.querySelector('cite span.title')).replace(/(?<!\.)\.$/, '');
}

/** dblp tells homonyms apart with a number ("Wei Wang 0001"); it is not part of the name. */
function authorName(node: Element): string {
  return cleanText(node).replace(/\s+\d{4}$/, '');
}

/**
 * Where the entry appeared, as dblp names it (`ACL (1)`, `Trans. Assoc. Comput. Linguistics`): the
 * name of the first `isPartOf` of its citation (a journal's volume and issue follow it). The entry
 * type says what that is; `informal` entries (CoRR and other preprints) appeared nowhere yet.
 */
function venueOf(entry: Element) {
  const venueType = entry.classList.contains('inproceedings')
    ? 'conference'
    : entry.classList.contains('article')
      ? 'journal'
      : undefined;
  if (!venueType) return {};
  const name = entry.querySelector('span[itemprop="isPartOf"] > span[itemprop="name"]');
  return venueFields(cleanText(name), venueType);
}

function editionIds(entry: Element): string[] {
  const hrefs = [...entry.querySelectorAll(EDITION_LINKS)].map((link) =>
    absoluteUrl(link.getAttribute('href'), DBLP_ORIGIN),
  );
  return canonicalIds(hrefs).filter((id) => EDITION_ID.test(id));
}

/** The entry's ids: the arXiv id a CoRR key spells, its editions' DOIs and arXiv ids, its key. */
function entryIdentity(
  entry: Element,
  key: string,
): { id: string; aliases?: string[] } | undefined {
  const corrArxivId = arxivIdOfDblpKey(key);
  const editions = byStrength(
    canonicalIds([corrArxivId && `arxiv:${corrArxivId}`, ...editionIds(entry)]),
  );
  // The dblp key is the one id every entry has: it stays when editions are many.
  return identityOf([...editions.slice(0, LIMITS.aliases), `dblp:${key}`]);
}

function parseEntry(entry: Element): PaperCandidate | undefined {
  const key = keyOf(entry);
  const title = titleOf(entry);
  if (!key || !title || entry.matches(NOT_A_PAPER)) return undefined;
  const ids = entryIdentity(entry, key);
  if (!ids) return undefined;
  const arxivId = arxivIdOf(ids.id);
  const authors = [...entry.querySelectorAll('span[itemprop="author"] span[itemprop="name"]')]
    .map(authorName)
    .filter(Boolean);
  const year = cleanText(entry.querySelector('span[itemprop="datePublished"]'));
  return {
    ...ids,
    title,
    authors,
    url: new URL(`/rec/${key}.html`, DBLP_ORIGIN).href,
    site: 'dblp',
    ...(arxivId && { pdfUrl: arxivPdfUrl(arxivId) }),
    ...(/^\d{4}$/.test(year) && { published: year }),
    ...venueOf(entry),
  };
}

export const dblpAdapter = defineSiteAdapter<undefined>({
  id: 'dblp',
  name: 'dblp',
  matches: [
    'https://dblp.org/pid/*',
    'https://dblp.org/db/conf/*',
    'https://dblp.org/db/journals/*',
    'https://dblp.org/search*',
  ],
  paperLinks: ['https://dblp.org/rec/*'],
  pageTypes: {
    // `/pid/271/4430.bib` and `.xml` are exports of the same page, not pages.
    author: (url) => onDblp(url) && /^\/pid\/[^/]+\/[^/.]+(?:\.html)?$/.test(url.pathname),
    conf: (url) => isVolumePage(url, 'conf'),
    journals: (url) => isVolumePage(url, 'journals'),
    search: (url) =>
      onDblp(url) &&
      /^\/search(?:\/publ)?\/?$/.test(url.pathname) &&
      Boolean(url.searchParams.get('q')?.trim()),
  },

  findCards: (root) =>
    [...root.querySelectorAll('li.entry')].filter(
      (entry) => !entry.matches(NOT_A_PAPER) && keyOf(entry) !== undefined,
    ),

  parseCard: (entry) => parseEntry(entry),

  // A person's or a volume's page lists hundreds of entries: their ids are read without the
  // parse, so the saved-state lookup goes out first and the entries in view go in first.
  cardIds(entry) {
    const key = keyOf(entry);
    const ids = key ? entryIdentity(entry, key) : undefined;
    return ids && candidateIds(ids);
  },

  // Right after the citation (authors, title, venue), inside the entry.
  mountPoint(entry) {
    const cite = entry.querySelector('cite');
    const parent = cite?.parentElement;
    return cite && parent ? { parent, before: cite.nextSibling } : undefined;
  },
});
