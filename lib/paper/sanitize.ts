/**
 * Page text made storable before it is validated. A listing can show anything in a title or an
 * abstract: a 100,000-character field, NUL bytes, half an emoji. Refusing such a card would leave
 * the user without a Save button on it, so the content script clamps what the page gave to the
 * bounds of lib/paper/schemas.ts first (`clampCandidate`), and the schema then only rejects cards
 * that are really unreadable (no id, no title, a non-http URL).
 *
 * Right-to-left text, emoji, combining marks, zero-width joiners and the bidi marks real titles
 * use are kept: they are text. Rendering keeps them harmless (Preact text nodes, `dir="auto"`).
 */
import { LIMITS, type PaperCandidate } from './schemas';

export const ELLIPSIS = '…';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** C0 and C1 control characters, except tab and line feed (\r is turned into \n first). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
/** Vertical tab and form feed separate words: they become spaces, not nothing. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above.
const SPACE_LIKE_CONTROL = /[\u000B\u000C]/g;

/**
 * Text without control characters (tab and line feed kept; CR and CRLF become LF) or unpaired
 * surrogates, which IndexedDB stores but UTF-8 exports and downloads cannot encode.
 */
export function cleanControlCharacters(text: string): string {
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
function clampLine(text: string, maxLength: number): string {
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
  if (Array.isArray(candidate.aliases))
    clamped.aliases = candidate.aliases.slice(0, LIMITS.aliases);
  if (isString(candidate.pdfUrl) && candidate.pdfUrl.length > LIMITS.urlLength) {
    delete clamped.pdfUrl;
  }
  return clamped;
}
