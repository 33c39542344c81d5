/**
 * ACL Anthology: event pages (`/events/acl-2024/`), volume pages (`/volumes/2024.acl-long/`) and
 * paper pages (`/2024.acl-long.1/`). A static Hugo site; markup from acl-org/acl-anthology's
 * templates (hugo/layouts/papers/list-entry.html, events/single.html, papers/single.html), notes
 * in shared/reference/site-markup.md ("ACL Anthology").
 *
 * An entry is a `p` (older template) or `div` (Bootstrap 5 template) `.d-sm-flex.align-items-stretch`
 * holding the badge row and the title; its abstract is the collapsed sibling that follows it.
 * Badge classes changed between the two templates, so nothing here keys on them: the title link
 * and the Anthology id in its href are what identify an entry.
 *
 * Identity: `acl:<anthology id>`; a paper page that states its DOI names the paper by the DOI
 * (the stronger id, as the database keys records) with the Anthology id as an alias.
 */
import { canonicalId, canonicalIds, identityOf, idsOf } from '../paper/paper-id';
import type { PaperCandidate } from '../paper/schemas';
import {
  absoluteUrl,
  type CitationMeta,
  cleanText,
  readCitationMeta,
  textWithout,
  venueFields,
} from './dom-text';
import { defineSiteAdapter } from './types';

const ACL_ORIGIN = new URL('https://aclanthology.org');
const ENTRY = 'p.d-sm-flex.align-items-stretch, div.d-sm-flex.align-items-stretch';
const TITLE_LINK = 'strong > a.align-middle';
/** The paper page's title; its parent section is the card of the page's paper. */
const PAGE_TITLE = 'h2#title';

/** Volume ids: `2024.acl-long`, `2023.findings-emnlp`, and pre-2020 `P19-1`, `W19-53`. */
const VOLUME_PATH = /^\/volumes\/(\d{4}\.[a-z\d]+-[a-z\d]+|[A-Z]\d{2}-\d{1,2})\/?$/i;
const EVENT_PATH = /^\/events\/[a-z\d]+(?:-[a-z\d]+)*\/?$/i;

function onAnthology(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === ACL_ORIGIN.hostname;
}

/** The Anthology id (without `acl:`) an href of the page at `base` points to, or undefined. */
function aclIdOfHref(href: string | null | undefined, base: URL): string | undefined {
  if (!href) return undefined;
  // Title links are relative (`/2024.acl-long.1/`): reading the id straight from the path spares
  // building two URLs per entry on an event page of 2,500 entries, in the scan's one long step.
  // Only a bare id, though: any other path (`/2024.acl-long.1.pdf`) means what its URL means.
  const segment = /^\/([^/?#]+)\/?$/.exec(href)?.[1];
  const bareId = segment ? canonicalId(segment) : undefined;
  const id = bareId?.startsWith('acl:') ? bareId : canonicalIdOfUrl(absoluteUrl(href, base));
  return id?.startsWith('acl:') ? id.slice('acl:'.length) : undefined;
}

function canonicalIdOfUrl(url: string | undefined): string | undefined {
  return url ? canonicalId(url) : undefined;
}

/** `/2024.acl-long.1/` is a paper page; `/2024.acl-long.1.pdf` and `/faq/` are not. */
function paperPageId(url: URL): string | undefined {
  const segment = /^\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  const id = segment ? canonicalId(segment) : undefined;
  return id === `acl:${segment}` ? segment : undefined;
}

/**
 * An Anthology id's volume and its paper number there: `2024.acl-long.1` is paper 1 of
 * `2024.acl-long`. Before 2020 ids pad the number to three digits after a one-digit volume
 * (`P19-1001`: `P19-1`), or two for the volumes whose number takes two digits (W, C69 and D19 from
 * volume 5: `W19-5301` is paper 1 of `W19-53`), per acl-anthology's `deconstruct_anthology_id`.
 */
function volumeAndPaper(anthologyId: string): [volume: string, paper: number] | undefined {
  const newStyle = /^(.+)\.(\d+)$/.exec(anthologyId);
  if (newStyle?.[1]) return [newStyle[1], Number(newStyle[2])];
  const old = /^([A-Z]\d{2})-(\d{4})$/.exec(anthologyId);
  if (!old) return undefined;
  const [, collection = '', rest = ''] = old;
  const twoDigitVolume =
    collection.startsWith('W') ||
    collection === 'C69' ||
    (collection === 'D19' && Number(rest[0]) >= 5);
  const split = twoDigitVolume ? 2 : 1;
  return [`${collection}-${rest.slice(0, split)}`, Number(rest.slice(split))];
}

/**
 * The proceedings front matter ("Proceedings of ...", listed with the volume's editors as its
 * authors) is the first entry of every volume. It is the volume itself, not a paper: saving it
 * would put a book with its editors on the shelf each time one clicks the first row. Its paper
 * number is 0.
 */
export function isFrontMatter(anthologyId: string): boolean {
  return volumeAndPaper(anthologyId)?.[1] === 0;
}

/** What the page says once for all its entries: its citation meta, its volumes' titles by id. */
interface AclPage extends CitationMeta {
  volumes: Map<string, string>;
}

/**
 * The titles of the volumes the page lists papers of: an event page heads each volume's section
 * with its title linked to the volume (`h4 > a[href="/volumes/2024.acl-long/"]`), a paper page
 * names its volume in its details (`dd`), a volume page is titled with its own. Read once a scan,
 * so an entry's venue is a lookup by its id, not a walk up to its section.
 */
function volumeTitles(root: ParentNode, url: URL): Map<string, string> {
  const titles = new Map<string, string>();
  // Other links there (a paper page's people, venue, DOI) are not to volumes: the path sorts them.
  for (const link of root.querySelectorAll('h4 > a, dd > a')) {
    const volume = VOLUME_PATH.exec(link.getAttribute('href') ?? '')?.[1];
    if (volume) titles.set(volume, cleanText(link));
  }
  const pageVolume = VOLUME_PATH.exec(url.pathname)?.[1];
  if (pageVolume) titles.set(pageVolume, cleanText(root.querySelector(PAGE_TITLE)));
  return titles;
}

/**
 * The volume an entry appeared in, named by its title. A journal's volume is titled "Transactions
 * of the Association for Computational Linguistics, Volume 12" ("Computational Linguistics,
 * Volume 50, Issue 1 - March 2024"): the journal is the name before the volume. Untyped: TACL
 * and CL are known journals, the Anthology's other volumes proceedings, to lib/paper/venue.ts,
 * which says so for every export; typing them here cost this script bytes it has not got.
 */
function venueOf(anthologyId: string, volumes: Map<string, string>) {
  return venueFields(
    volumes.get(volumeAndPaper(anthologyId)?.[0] ?? '')?.replace(/, Volume \d.*$/, ''),
  );
}

/**
 * The year an Anthology id was issued in: new ids start with it (`2024.acl-long.1`); old ones
 * carry its last two digits (`P19-1001`; the Anthology starts in the 1950s).
 */
export function yearOfAnthologyId(anthologyId: string): string | undefined {
  const newStyle = /^(\d{4})\./.exec(anthologyId);
  if (newStyle) return newStyle[1];
  const yy = /^[A-Z](\d{2})-/.exec(anthologyId)?.[1];
  if (!yy) return undefined;
  return `${Number(yy) >= 50 ? '19' : '20'}${yy}`;
}

function titleLinkOf(
  entry: Element,
  base: URL,
): { link: Element; anthologyId: string } | undefined {
  const link = entry.querySelector(TITLE_LINK);
  const anthologyId = aclIdOfHref(link?.getAttribute('href'), base);
  return link && anthologyId ? { link, anthologyId } : undefined;
}

function paperUrl(anthologyId: string): string {
  return new URL(`/${anthologyId}/`, ACL_ORIGIN).href;
}

/** The entry's own PDF link (revisions are `...1v2.pdf`); attachments are other files. */
function pdfUrlOf(entry: Element, anthologyId: string, base: URL): string | undefined {
  for (const link of entry.querySelectorAll('a[href$=".pdf"]')) {
    const href = link.getAttribute('href');
    if (aclIdOfHref(href, base) === anthologyId) return absoluteUrl(href, base);
  }
  return undefined;
}

/** The collapsed abstract right after the entry; its id spells the paper's (dots as `--`). */
function abstractOf(entry: Element, anthologyId: string): string | undefined {
  const next = entry.nextElementSibling;
  if (next?.id !== `abstract-${anthologyId.replaceAll('.', '--')}`) return undefined;
  return cleanText(next) || undefined;
}

function parseEntry(
  entry: Element,
  url: URL,
  volumes: Map<string, string>,
): PaperCandidate | undefined {
  const titleLink = titleLinkOf(entry, url);
  if (!titleLink || isFrontMatter(titleLink.anthologyId)) return undefined;
  const { link, anthologyId } = titleLink;
  // Titles keep the Anthology's case-protection spans (<span class="acl-fixed-case">BERT</span>).
  const title = cleanText(link);
  if (!title) return undefined;
  const authors = [...entry.querySelectorAll('a[href^="/people/"]')].map(cleanText).filter(Boolean);
  const abstract = abstractOf(entry, anthologyId);
  const pdfUrl = pdfUrlOf(entry, anthologyId, url);
  const published = yearOfAnthologyId(anthologyId);
  return {
    id: `acl:${anthologyId}`,
    title,
    authors,
    url: paperUrl(anthologyId),
    site: 'acl',
    ...(abstract && { abstract }),
    ...(pdfUrl && { pdfUrl }),
    ...(published && { published }),
    ...venueOf(anthologyId, volumes),
  };
}

/** The paper page's own card: its `citation_*` meta tags, the abstract from the page body. */
function parsePaperPage(section: Element, meta: AclPage, url: URL): PaperCandidate | undefined {
  const anthologyId = paperPageId(url);
  const title = meta.title ?? cleanText(section.querySelector(PAGE_TITLE));
  if (!anthologyId || !title) return undefined;
  const ids = identityOf(canonicalIds([meta.doi && `doi:${meta.doi}`, `acl:${anthologyId}`]));
  if (!ids) return undefined;
  const abstract = textWithout(section.querySelector('.acl-abstract'), 'h5');
  const published = meta.published ?? yearOfAnthologyId(anthologyId);
  return {
    ...ids,
    title,
    authors: meta.authors,
    url: paperUrl(anthologyId),
    site: 'acl',
    ...(abstract && { abstract }),
    ...(meta.pdfUrl && { pdfUrl: meta.pdfUrl }),
    ...(published && { published }),
    ...venueOf(anthologyId, meta.volumes),
  };
}

export const aclAdapter = defineSiteAdapter<AclPage>({
  id: 'acl',
  name: 'ACL Anthology',
  // Paper pages sit at the root (`/2024.acl-long.1/`), so the pattern is the whole host.
  matches: ['https://aclanthology.org/*'],
  // Paper ids start with a year (2024.acl-long.1) or a capital letter (P19-1001); events,
  // volumes and people pages are lower case.
  paperLinks: [...'12ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c) => `https://aclanthology.org/${c}*`),
  pageTypes: {
    event: (url) => onAnthology(url) && EVENT_PATH.test(url.pathname),
    volume: (url) => onAnthology(url) && VOLUME_PATH.test(url.pathname),
    paper: (url) => onAnthology(url) && paperPageId(url) !== undefined,
  },

  readPage: (url, root) => ({ ...readCitationMeta(root, url), volumes: volumeTitles(root, url) }),

  findCards(root, url) {
    // Event and volume pages have an h2#title too (the volume's): only a paper page is one card.
    if (paperPageId(url)) {
      const section = root.querySelector(PAGE_TITLE)?.parentElement;
      return section ? [section] : [];
    }
    return [...root.querySelectorAll(ENTRY)].filter((entry) => {
      const titleLink = titleLinkOf(entry, url);
      return titleLink !== undefined && !isFrontMatter(titleLink.anthologyId);
    });
  },

  parseCard: (card, page, url) =>
    card.matches(ENTRY) ? parseEntry(card, url, page.volumes) : parsePaperPage(card, page, url),

  // An entry of an event or volume page (hundreds of them) is known by its title link: the
  // saved-state lookup goes out before the parse, and the entries in view go in first.
  cardIds: (card, url) => {
    const anthologyId = card.matches(ENTRY) ? titleLinkOf(card, url)?.anthologyId : undefined;
    return anthologyId ? idsOf(`acl:${anthologyId}`) : undefined;
  },

  mountPoint(card) {
    if (card.matches(ENTRY)) {
      // After the author line: right after the title, the block widget would leave the <br>
      // that follows the title as an empty line between title and authors.
      // findCards only gives entries whose title link names a paper.
      const titleBlock = card.querySelector(TITLE_LINK)?.closest('strong')?.parentElement;
      return titleBlock && card.contains(titleBlock) ? { parent: titleBlock } : undefined;
    }
    // A paper page: under the heading, above the author line.
    const heading = card.querySelector(PAGE_TITLE);
    const parent = heading?.parentElement;
    return heading && parent ? { parent, before: heading.nextSibling } : undefined;
  },
});
