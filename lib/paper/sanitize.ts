/**
 * Page text made storable. A listing can show anything in a title or an abstract: a
 * 100,000-character field, NUL bytes, half an emoji. Refusing such a card would leave the user
 * without a Save button on it, so the content script clamps what the page gave to the bounds of
 * lib/paper/fields.ts (`clampCandidate`), drops optional fields it cannot store, and skips only
 * the cards that are really unreadable: no id, no title, a non-http URL (`storableCandidate`).
 * What it returns always passes paperCandidateSchema (a property test holds it to that), which
 * the background checks again on every message, so the content script carries no zod.
 *
 * Right-to-left text, emoji, combining marks, zero-width joiners and the bidi marks real titles
 * use are kept: they are text. Rendering keeps them harmless (Preact text nodes, `dir="auto"`).
 */
import {
  ARXIV_CATEGORY,
  ARXIV_CATEGORY_MAX_LENGTH,
  HTTP_URL_PATTERN,
  LIMITS,
  PAPER_ID_PATTERN,
  PUBLISHED_DATE_PATTERN,
  SITE_IDS,
  VENUE_TYPES,
} from './fields';
import type { PaperCandidate } from './schemas';

export const ELLIPSIS = '…';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** C0 and C1 control characters, except tab and line feed (\r is turned into \n first). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
/** Anything cleanControlCharacters changes: controls but tab and LF, CR, surrogates (even paired). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const MAY_NEED_CLEANING = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uD800-\uDFFF]/;
/** Vertical tab and form feed separate words: they become spaces, not nothing. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above.
const SPACE_LIKE_CONTROL = /[\u000B\u000C]/g;

/**
 * Text without control characters (tab and line feed kept; CR and CRLF become LF) or unpaired
 * surrogates, which IndexedDB stores but UTF-8 exports and downloads cannot encode.
 */
export function cleanControlCharacters(text: string): string {
  // Nearly all page text has none of them: one scan instead of four replaces, two of them with
  // lookarounds (a fifth of the time a 2,000-entry listing spent reading its cards).
  if (!MAY_NEED_CLEANING.test(text)) return text;
  return text
    .replace(LONE_SURROGATE, '')
    .replace(/\r\n?/g, '\n')
    .replace(SPACE_LIKE_CONTROL, ' ')
    .replace(CONTROL, '');
}

let graphemes: Intl.Segmenter | undefined;

/** The largest index ≤ `index` that does not split a user-perceived character (👨‍👩‍👧, 🇯🇵, é). */
function graphemeBoundaryAtOrBefore(text: string, index: number): number {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  // `containing` asks ICU for the cluster around one index without segmenting what comes before
  // it: segmenting a 20,000-character abstract from the start takes a quarter of a second.
  return graphemes.segment(text).containing(index)?.index ?? index;
}

/**
 * `text` cleaned (see cleanControlCharacters) and at most `maxLength` UTF-16 code units long:
 * longer text is cut at a character boundary and ends with an ellipsis.
 */
export function clampText(text: string, maxLength: number): string {
  const clean = cleanControlCharacters(text);
  if (clean.length <= maxLength) return clean;
  if (maxLength < ELLIPSIS.length) return '';
  const keep = graphemeBoundaryAtOrBefore(clean, maxLength - ELLIPSIS.length);
  return `${clean.slice(0, keep).trimEnd()}${ELLIPSIS}`;
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** Titles and names are one line: what removing controls left of their spacing is one space. */
export function clampLine(text: string, maxLength: number): string {
  return clampText(cleanControlCharacters(text).replace(/\s+/g, ' ').trim(), maxLength);
}

/**
 * A candidate whose page-derived fields fit the schema's bounds: text clamped (clampText; titles
 * and author names also kept on one line), the author list and aliases cut to their maximum
 * count, an over-long PDF link dropped. Fields of the wrong type are left alone for the schema
 * to reject; ids and the landing URL are never changed, since a cut id would name another paper.
 */
export function clampCandidate(candidate: PaperCandidate): PaperCandidate {
  const clamped: PaperCandidate = { ...candidate };
  if (isString(candidate.title)) clamped.title = clampLine(candidate.title, LIMITS.titleLength);
  if (Array.isArray(candidate.authors)) {
    clamped.authors = candidate.authors
      .slice(0, LIMITS.authors)
      .map((author) => (isString(author) ? clampLine(author, LIMITS.authorLength) : author));
  }
  if (isString(candidate.abstract)) {
    clamped.abstract = clampText(candidate.abstract, LIMITS.abstractLength);
  }
  if (isString(candidate.venue)) clamped.venue = clampLine(candidate.venue, LIMITS.venueLength);
  if (Array.isArray(candidate.aliases))
    clamped.aliases = candidate.aliases.slice(0, LIMITS.aliases);
  if (isString(candidate.pdfUrl) && candidate.pdfUrl.length > LIMITS.urlLength) {
    delete clamped.pdfUrl;
  }
  return clamped;
}

const isPaperId = (value: unknown): value is string =>
  isString(value) && value.length <= LIMITS.idLength && PAPER_ID_PATTERN.test(value);

const isHttpUrl = (value: unknown): value is string =>
  isString(value) && value.length <= LIMITS.urlLength && HTTP_URL_PATTERN.test(value);

const SITES: ReadonlySet<string> = new Set(SITE_IDS);

/**
 * What an adapter read off a card, made storable (clampCandidate), or undefined when the card
 * cannot be saved at all: no canonical id, no title left, no http(s) link, an unknown site.
 * Optional fields that would not pass the schema (a `javascript:` PDF link, a date in another
 * format, an alias that is not an id, an author that is not text) are left out rather than
 * costing the card its Save button; fields the schema does not know are not carried along.
 */
export function storableCandidate(candidate: PaperCandidate): PaperCandidate | undefined {
  if (!candidate || typeof candidate !== 'object') return undefined;
  const clamped = clampCandidate(candidate);
  const { id, title, url, site } = clamped;
  if (!isPaperId(id) || !isString(title) || !title || !isHttpUrl(url)) return undefined;
  if (!isString(site) || !SITES.has(site)) return undefined;
  const storable: PaperCandidate = {
    id,
    title,
    authors: Array.isArray(clamped.authors) ? clamped.authors.filter(isString) : [],
    url,
    site,
  };
  if (Array.isArray(clamped.aliases)) storable.aliases = clamped.aliases.filter(isPaperId);
  if (isString(clamped.abstract)) storable.abstract = clamped.abstract;
  if (isHttpUrl(clamped.pdfUrl)) storable.pdfUrl = clamped.pdfUrl;
  if (isString(clamped.published) && PUBLISHED_DATE_PATTERN.test(clamped.published)) {
    storable.published = clamped.published;
  }
  const category = clamped.primaryCategory;
  if (
    isString(category) &&
    category.length <= ARXIV_CATEGORY_MAX_LENGTH &&
    ARXIV_CATEGORY.test(category)
  ) {
    storable.primaryCategory = category;
  }
  const { venue, venueType } = clamped;
  if (isString(venue) && venue) storable.venue = venue;
  if ((VENUE_TYPES as readonly unknown[]).includes(venueType)) storable.venueType = venueType;
  return storable;
}
