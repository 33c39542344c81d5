/**
 * OpenReview (a Next.js app; openreview/openreview-web's Note, NoteTitle, NoteAuthors and
 * forum/ForumNote components; markup notes in shared/reference/site-markup.md, "OpenReview"):
 *  - venue pages `/group?id=<venue>`: tabs whose notes load from the API after page load, 25 a
 *    page, paginated on the client and typeset by MathJax afterwards. Nothing here waits for
 *    them: the page session's MutationObserver scans again when they arrive;
 *  - forum pages `/forum?id=<forum id>`: the submission on top, its replies below.
 * Every paper is `openreview:<forum id>`.
 */
import type { PaperCandidate } from '../paper/schemas';
import {
  absoluteUrl,
  type CitationMeta,
  cleanText,
  normalizeSpace,
  publishedIn,
  readCitationMeta,
  textWithout,
  venueFields,
} from './dom-text';
import { defineSiteAdapter } from './types';

const OPENREVIEW_ORIGIN = new URL('https://openreview.net');

function isOpenReview(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === OPENREVIEW_ORIGIN.hostname;
}

function pageWithId(path: string) {
  return (url: URL) =>
    isOpenReview(url) &&
    url.pathname.replace(/\/+$/, '') === path &&
    Boolean(url.searchParams.get('id')?.trim());
}

const isGroupPage = pageWithId('/group');
const isForumPage = pageWithId('/forum');

/** A forum id as OpenReview writes them (`rJ4km2R5t7`, `B1xsqj09Fm`, `Xy-Z_12`). */
const FORUM_ID = /^[\w-]+$/;

function forumUrl(forumId: string): string {
  return `https://openreview.net/forum?id=${encodeURIComponent(forumId)}`;
}

/**
 * The forum a note title links to: `/forum?id=F` for a submission. A reply (a review, a comment
 * in "Recent Activity") links `/forum?id=F&noteId=N`: it is not a paper, so it gives undefined.
 */
function submissionForumId(href: string | null): string | undefined {
  const url = absoluteUrl(href, OPENREVIEW_ORIGIN);
  if (!url) return undefined;
  const link = new URL(url);
  if (link.hostname !== OPENREVIEW_ORIGIN.hostname || link.pathname !== '/forum') return undefined;
  const forumId = link.searchParams.get('id') ?? '';
  const noteId = link.searchParams.get('noteId');
  if (!FORUM_ID.test(forumId) || (noteId && noteId !== forumId)) return undefined;
  return forumId;
}

/**
 * Authors as NoteAuthors renders them: links to profiles (`~First_Last1`), e-mails or dblp, and
 * plain spans for authors without a profile, comma-separated inside one span; forum pages may wrap
 * each in `span.note-author-with-institutions` with a `sup` institution number. The expand link
 * ("et al. (N additional authors not shown)") and the privacy label are not authors.
 */
function noteAuthors(container: Element | null): string[] {
  const list = container?.querySelector(':scope > span') ?? container;
  if (!list) return [];
  const names: string[] = [];
  // Co-authors may share a name (`~Wei_Wang1`, `~Wei_Wang2`): only the same profile link twice
  // is a repeat. Authors without a profile (plain spans) cannot be told apart, so all stay.
  const profiles = new Set<string>();
  for (const child of list.children) {
    const isAuthor =
      child.matches('a, span') && !child.matches('.show-all, [class*="private"], [class*="icon"]');
    const name = isAuthor ? textWithout(child, 'sup') : '';
    if (!name) continue;
    const href = (child.matches('a') ? child : child.querySelector('a'))?.getAttribute('href');
    if (href) {
      const profile = `${href} ${name}`;
      if (profiles.has(profile)) continue;
      profiles.add(profile);
    }
    names.push(name);
  }
  return names;
}

/** The value of a note content field ("Abstract:"), when the note shows its contents. */
function contentField(note: Element, field: string): string | undefined {
  for (const label of note.querySelectorAll('.note-content-field')) {
    if (normalizeSpace(label.textContent ?? '').replace(/:$/, '') !== field) continue;
    const value = label.parentElement?.querySelector('.note-content-value');
    const text = cleanText(value);
    if (text) return text;
  }
  return undefined;
}

/**
 * The date a note's first meta item gives, as openreview-web's forumDate writes it: "Published:
 * 22 Jan 2026, Last Modified: 01 Mar 2026", "27 Jan 2026 (modified: 01 Mar 2026)", and for notes
 * dated only to the month or year (imported ones) "Jan 2019" or "2019 (imported: 01 Mar 2026)".
 * Only the first date is the paper's: the others date the record.
 */
function noteDate(metaItem: string): string | undefined {
  const [first = ''] = metaItem
    .replace(/^Published:\s*/i, '')
    .split(/\s*\(|,\s*(?:Last Modified|Uploaded):/i);
  return publishedIn(first);
}

/**
 * A venue line that names no venue: a submission under review, rejected ("Submitted to ICLR
 * 2026", "Rejected by TMLR"), withdrawn or desk rejected ("ICLR 2026 Conference Withdrawn
 * Submission"), or a note without a venue, shown by its invitation ("ICLR 2026 Conference
 * Submission"); and dblp imports from CoRR ("CoRR 2023").
 */
const NOT_A_VENUE =
  /\b(?:submitted|submission|withdrawn|rejected|retracted|under review|pending)\b|^corr\b/i;

/**
 * How a venue line says a paper was accepted, around the venue's name: "Accepted by TMLR", and
 * any run of words after it ("ICLR 2026 Oral", "ICLR 2024 Conference Oral", "ICLR 2025 Oral
 * Presentation", "NeurIPS 2022 Accept", "ICLR 2023 notable top 5%"). A citation names the venue,
 * not the slot.
 */
const ACCEPTANCE_WORDS =
  /^(?:accepted (?:by|at|to)|published (?:in|at)) |(?:\s+(?:oral|poster|spotlight|presentation|accept(?:ed)?|notable top \d+%|talk|(?:main )?track|conference))+$/gi;

/**
 * The venue a note shows: openreview-web writes the note's `venue` ("ICLR 2026 Oral", as the
 * venue set it on acceptance), or else its invitation's name, next to its date (Note's
 * `ul.note-meta-info`, ForumNote's `div.forum-meta`). The `citation_conference_title` meta tag is
 * no help: the page takes it from the BibTeX with "Submitted to" cut off, rejected papers too.
 */
function venueOfLine(line: Element | null): string | undefined {
  const venue = cleanText(line);
  return NOT_A_VENUE.test(venue) ? undefined : venue.replace(ACCEPTANCE_WORDS, '');
}

/** What a page shows about one submission, beyond its forum id. */
interface SubmissionFacts {
  title: string | undefined;
  authors: string[];
  abstract?: string;
  pdfUrl?: string;
  published?: string;
  venue?: string;
}

/** The candidate for a forum; undefined without a title. */
function submissionCandidate(forumId: string, facts: SubmissionFacts): PaperCandidate | undefined {
  const { title, abstract, pdfUrl, published } = facts;
  if (!title) return undefined;
  return {
    id: `openreview:${forumId}`,
    title,
    authors: facts.authors,
    url: forumUrl(forumId),
    site: 'openreview',
    ...(abstract && { abstract }),
    ...(pdfUrl && { pdfUrl }),
    ...(published && { published }),
    ...venueFields(facts.venue),
  };
}

/*
 * Venue pages: `div.note` with an `h4` title link, in `ul.list-unstyled` lists (`list-paginated`
 * or `submissions-list`). The consoles tab lists `li.note.invitation-link` entries: no `div`.
 */
const NOTE_TITLE_LINK = ':scope > h4 > a[href^="/forum?id="]';

function parseGroupNote(note: Element): PaperCandidate | undefined {
  const link = note.querySelector(NOTE_TITLE_LINK);
  const forumId = submissionForumId(link?.getAttribute('href') ?? null);
  if (!forumId) return undefined;
  return submissionCandidate(forumId, {
    title: cleanText(link),
    authors: noteAuthors(note.querySelector(':scope > .note-authors')),
    // Only there once the reader opened "Show details".
    abstract: contentField(note, 'Abstract'),
    pdfUrl: absoluteUrl(
      note.querySelector(':scope > h4 > a.pdf-link')?.getAttribute('href'),
      OPENREVIEW_ORIGIN,
    ),
    // "Published: 22 Jan 2026, Last Modified: 01 Mar 2026", or a month or year alone for old notes.
    published: noteDate(cleanText(note.querySelector('ul.note-meta-info > li'))),
    venue: venueOfLine(note.querySelector('ul.note-meta-info > li:nth-child(2)')),
  });
}

/*
 * Forum pages: the submission's title is `h2.citation_title` (a class kept for Google Scholar's
 * indexer), in `div.forum-note` (legacy forums: `div.note`). Replies have no such title.
 */
const FORUM_TITLE = 'h2.citation_title';

/** The forum a forum page shows, from its URL. */
function forumIdOfPage(url: URL): string | undefined {
  const forumId = url.searchParams.get('id')?.trim() ?? '';
  return FORUM_ID.test(forumId) ? forumId : undefined;
}

function parseForumNote(note: Element, meta: CitationMeta | undefined, url: URL) {
  const forumId = forumIdOfPage(url);
  if (!forumId) return undefined;
  // openreview-web sets citation_author in a loop over one key, so the page may carry only the
  // last author: the visible list comes first.
  const shown = noteAuthors(note.querySelector('.forum-authors h3, h3.signatures'));
  const pdfLink = note.querySelector('a[href^="/pdf?id="]')?.getAttribute('href');
  return submissionCandidate(forumId, {
    title: cleanText(note.querySelector(FORUM_TITLE)) || meta?.title,
    authors: shown.length ? shown : (meta?.authors ?? []),
    abstract: contentField(note, 'Abstract') ?? meta?.abstract,
    pdfUrl: meta?.pdfUrl ?? absoluteUrl(pdfLink, OPENREVIEW_ORIGIN),
    published: meta?.published,
    venue: venueOfLine(note.querySelector('.forum-meta > .date + .item')),
  });
}

export const openreviewAdapter = defineSiteAdapter<CitationMeta | undefined>({
  id: 'openreview',
  name: 'OpenReview',
  // The whole site, not just /group and /forum: it is a single-page app, and a reader who opens
  // openreview.net and clicks through to a venue never loads /group from the server.
  matches: ['https://openreview.net/*'],
  paperLinks: ['https://openreview.net/forum?id=*', 'https://openreview.net/pdf?id=*'],
  pageTypes: {
    group: isGroupPage,
    forum: isForumPage,
  },

  readPage: (url, root) =>
    isForumPage(url) ? readCitationMeta(root, OPENREVIEW_ORIGIN) : undefined,

  findCards(root, url) {
    if (isForumPage(url)) {
      const title = root.querySelector(`.forum-note ${FORUM_TITLE}, .note ${FORUM_TITLE}`);
      const note = title?.closest('.forum-note, .note');
      return note ? [note] : [];
    }
    return [...root.querySelectorAll('ul.list-unstyled > li > div.note')].filter(
      (note) => note.querySelector(NOTE_TITLE_LINK) !== null,
    );
  },

  parseCard(note, meta, url) {
    return isForumPage(url) ? parseForumNote(note, meta, url) : parseGroupNote(note);
  },

  // A venue tab shows 25 notes a page, more as the reader pages on: their forum ids are read
  // from the title links (a forum page's from its URL), so the saved-state lookup goes out
  // before the parse.
  cardIds(note, url) {
    const forumId = isForumPage(url)
      ? forumIdOfPage(url)
      : submissionForumId(note.querySelector(NOTE_TITLE_LINK)?.getAttribute('href') ?? null);
    return forumId ? [`openreview:${forumId}`] : undefined;
  },

  // Under the title, outside the `h4`/`h2` that MathJax typesets again after every page turn.
  mountPoint(note) {
    const listTitle = note.querySelector(':scope > h4');
    if (listTitle) return { parent: note, before: listTitle.nextSibling };
    const forumTitle = note.querySelector(FORUM_TITLE);
    // The title row (`div.forum-title`, legacy `div.title_pdf_row`) holds the PDF icon too.
    const row = forumTitle?.parentElement === note ? forumTitle : forumTitle?.parentElement;
    return row?.parentElement ? { parent: row.parentElement, before: row.nextSibling } : undefined;
  },
});
