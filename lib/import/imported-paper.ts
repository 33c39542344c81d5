/**
 * A Paper from what a BibTeX entry, RIS record or id list says about it: the shelf's defaults
 * (to read, no note, saved now), a URL and site from its strongest id when the file has none,
 * and the whole record checked by the same zod schema the database relies on.
 */
import { arxivIdFrom, arxivIdOf, landingUrl, preferredId } from '../paper/paper-id';
import { clampLine } from '../paper/sanitize';
import {
  LIMITS,
  type Paper,
  PREPRINT_VENUE,
  paperSchema,
  type SiteId,
  uniqueTags,
  type VenueType,
} from '../paper/schemas';
import { venueTypeOf } from '../paper/venue';
import { arxivPdfUrl } from '../sites/dom-text';
import { describeIssue, ImportError, type ImportErrorLocation } from './errors';
import type { ImportFormat, ImportWarning, ParsedImport, SkippedEntry } from './types';

/** The journal or proceedings a record names, as importedVenue picks it. */
export interface ImportedVenue {
  venue?: string;
  /** Only with `venue`: the type the file gives that venue. */
  venueType?: VenueType;
}

/** A field that may name the venue, and the type a venue from it has (none when unclear). */
export type VenueCandidate = readonly [name: string | undefined, type: VenueType | undefined];

/**
 * The first of `candidates` (in the format's order of preference) that the shelf keeps as a venue,
 * with its type: one line, clamped to LIMITS.venueLength, never a preprint server (dblp's `CoRR`,
 * Scholar's `arXiv preprint arXiv:…`: the record's ids say that already). A venue the schema would
 * refuse is passed over, never a reason to refuse the record: it is optional, and files abound in
 * `journal = {CoRR}`.
 */
export function importedVenue(candidates: Iterable<VenueCandidate>): ImportedVenue {
  for (const [name = '', type] of candidates) {
    // As the content script keeps a page's venue (lib/paper/sanitize.ts clampCandidate).
    const venue = clampLine(name, LIMITS.venueLength);
    if (venue && !PREPRINT_VENUE.test(venue)) return { venue, ...(type && { venueType: type }) };
  }
  return {};
}

/**
 * The proceedings a book chapter appeared in. Springer publishes ECCV's and MICCAI's proceedings
 * as books, so reference managers export their papers as chapters (BibTeX @incollection, RIS
 * CHAP) of a book titled "Computer Vision – ECCV 2024". A book's title is a venue only when it
 * names a conference (a known one, or the words of proceedings: lib/paper/venue.ts); any other
 * book is no venue.
 */
export function proceedingsOfChapter(bookTitles: Iterable<string>): ImportedVenue {
  const proceedings: VenueCandidate[] = [];
  for (const title of bookTitles) {
    if (venueTypeOf({ venue: title }) === 'conference') proceedings.push([title, 'conference']);
  }
  return importedVenue(proceedings);
}

export interface ImportedFields extends ImportedVenue {
  /** Canonical ids the record names (its DOI, arXiv id, URL), any order. */
  ids: string[];
  title: string;
  authors: string[];
  url?: string;
  pdfUrl?: string;
  abstract?: string;
  published?: string;
  primaryCategory?: string;
  tags?: string[];
  note?: string;
}

/**
 * An arXiv id mentioned in a field of a file: `arXiv:2308.01234v2` in Google Scholar's BibTeX
 * `journal`, Zotero's `note` or RIS `N1`. The version is left out: one paper, every version.
 */
export const ARXIV_MENTION = /arxiv:\s*([\w./-]+?)(?:v\d+)?(?=[\s,;\]}]|$)/i;

/** The `arxiv:` id `text` mentions (see ARXIV_MENTION), if any. */
export function arxivIdMentionedIn(text: string): string | undefined {
  const id = arxivIdFrom(ARXIV_MENTION.exec(text)?.[1] ?? '');
  return id && `arxiv:${id}`;
}

/** The listing site an id belongs to; DOIs and URLs came from a file, not a listing. */
function siteOfId(id: string): SiteId {
  const scheme = id.slice(0, id.indexOf(':'));
  switch (scheme) {
    case 'arxiv':
    case 'openreview':
    case 'acl':
    case 'dblp':
      return scheme;
    case 's2':
      return 'semanticscholar';
    default:
      return 'imported';
  }
}

const HTTP_URL = /^https?:\/\/\S+$/i;

/** The file format's name for a paper field, for error messages: `authors` is BibTeX's `author`. */
export type FileFieldNames = Partial<Record<keyof Paper, string>>;

export interface RecordLocation extends ImportErrorLocation {
  /** The line a field of the record is on, when the format knows it. */
  lineOfField?(field: string): number | undefined;
  /** The file's warnings, for what is taken in part rather than refused (too many keywords). */
  warnings?: ImportWarning[];
}

/**
 * A record's keywords as its tags. A keyword too long to be a tag (a publisher's subject
 * heading) is left out, not an error; past the tags a paper may carry, the first are kept and
 * `warn` says how many there were.
 */
function tagsOfKeywords(keywords: readonly string[], warn: (message: string) => void): string[] {
  const fitting = keywords.filter((keyword) => keyword.length <= LIMITS.tagLength);
  const tags = uniqueTags(fitting);
  const distinct = new Set(fitting.map((keyword) => keyword.trim().toLowerCase())).size;
  if (tags.length === LIMITS.tagsPerPaper && distinct > tags.length) {
    warn(`${distinct} keywords; the first ${tags.length} became its tags`);
  }
  return tags;
}

/** Builds and validates one paper; throws an ImportError naming `location` and the field. */
export function importedPaper(
  fields: ImportedFields,
  now: number,
  { lineOfField, warnings, ...location }: RecordLocation,
  fileFieldNames: FileFieldNames = {},
): Paper {
  const aliases = [...new Set(fields.ids)].slice(0, LIMITS.aliases);
  const id = preferredId(aliases);
  const arxivId = arxivIdOf(id);
  const url = fields.url && HTTP_URL.test(fields.url) ? fields.url : landingUrl(id);
  const pdfUrl =
    fields.pdfUrl && HTTP_URL.test(fields.pdfUrl)
      ? fields.pdfUrl
      : arxivId
        ? arxivPdfUrl(arxivId)
        : undefined;
  const candidate = {
    id,
    aliases,
    title: fields.title,
    authors: fields.authors,
    url,
    site: siteOfId(id),
    ...(fields.abstract && { abstract: fields.abstract }),
    ...(pdfUrl && { pdfUrl }),
    ...(fields.published && { published: fields.published }),
    ...(fields.primaryCategory && { primaryCategory: fields.primaryCategory }),
    ...(fields.venue && {
      venue: fields.venue,
      ...(fields.venueType && { venueType: fields.venueType }),
    }),
    tags: tagsOfKeywords(fields.tags ?? [], (message) => {
      const field = fileFieldNames.tags;
      const line = (field ? lineOfField?.(field) : undefined) ?? location.line;
      const entry = location.entry ? `entry ${location.entry}: ` : '';
      warnings?.push({ ...(line !== undefined && { line }), message: `${entry}${message}` });
    }),
    status: 'to-read' as const,
    note: fields.note ?? '',
    savedAt: now,
    updatedAt: now,
  };
  const checked = paperSchema.safeParse(candidate, { error: describeIssue });
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0];
  const paperField = issue?.path[0] as keyof Paper | undefined;
  const field = paperField && (fileFieldNames[paperField] ?? issue?.path.join('.'));
  throw new ImportError(issue?.message ?? 'invalid paper', {
    ...location,
    ...(field && { field, line: lineOfField?.(field) ?? location.line }),
  });
}

/** A whole file's records, each a paper or an entry left out, as a ParsedImport. */
export function collectRecords(
  format: ImportFormat,
  records: ReadonlyArray<Paper | SkippedEntry>,
  warnings: ImportWarning[] = [],
): ParsedImport {
  const papers: Paper[] = [];
  const skipped: SkippedEntry[] = [];
  for (const record of records) {
    if ('reason' in record) skipped.push(record);
    else papers.push(record);
  }
  return { format, papers, tags: [], rules: [], skipped, warnings };
}
