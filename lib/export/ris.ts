/**
 * RIS, the tagged format EndNote, Zotero, Mendeley and most library catalogues read: one
 * `XX  - value` line per field, CRLF line ends, `ER  - ` closing each record.
 *
 * A paper with a venue is a JOUR or a CPAPER (lib/paper/venue.ts says which) with its venue in T2, the journal or the conference to EndNote, Mendeley and Zotero; a
 * CPAPER's venue also goes to C3, where Zotero reads a proceedings title (the one its citations
 * print). Any other paper is typed GEN, as Zotero exports preprints, an arXiv one with publisher
 * (PB) arXiv and arXiv's DOI. Identifiers go where Zotero's RIS translator reads them (DO, UR, L1
 * for the PDF, KW per tag, N1 for the note).
 */
import type { Paper, Tag, VenueType } from '../paper/schemas';
import { venueTypeOf } from '../paper/venue';
import { citedDoi, dateOfPaper, preprintArxivId, splitName } from './paper-fields';

const CRLF = '\r\n';
const TAG_LINE = /^[A-Z][A-Z0-9] {1,2}-/;

/** "Family, Given[, Suffix]", RIS's name form. */
function risName(name: string): string {
  const parts = splitName(name);
  if ('literal' in parts) return parts.literal;
  const family = [parts.particle, parts.family].filter(Boolean).join(' ');
  return [family, parts.given, parts.suffix].filter(Boolean).join(', ');
}

const WHITESPACE_RUN = /\s+/g;
/** Whitespace other than single spaces: what oneLine has to replace. */
const NOT_SINGLE_SPACES = /\s\s|[^\S ]/;

/** Whitespace runs (a newline from an import) as one space, for one-line fields. */
function oneLine(text: string): string {
  // Nearly every title and name has single spaces only, and a replace copies the text even
  // then: a test first is much cheaper.
  return NOT_SINGLE_SPACES.test(text) ? text.replace(WHITESPACE_RUN, ' ') : text;
}

const LINE_BREAK = /\r\n|\r|\n/;
const HAS_LINE_BREAK = /[\r\n]/;

/** Lines after the first are continuation lines; one that looks like a tag line is indented. */
function fieldLines(tag: string, value: string): string {
  // Nearly every value is one line: no split into an array and no join for those.
  if (!HAS_LINE_BREAK.test(value)) return `${tag}  - ${value}`;
  const [first = '', ...rest] = value.split(LINE_BREAK);
  const continued = rest.map((line) => (TAG_LINE.test(line) ? ` ${line}` : line));
  return [`${tag}  - ${first}`, ...continued].join(CRLF);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Adds a field to a record's lines, unless its value is empty. */
function addField(lines: string[], tag: string, value: string | undefined): void {
  // A module function rather than a closure created anew for every record.
  if (value) lines.push(fieldLines(tag, value));
}

const RIS_TYPES: Record<VenueType, string> = { journal: 'JOUR', conference: 'CPAPER' };

function record(paper: Paper): string {
  const lines: string[] = [];
  const venueType = venueTypeOf(paper);
  addField(lines, 'TY', venueType ? RIS_TYPES[venueType] : 'GEN');
  addField(lines, 'TI', oneLine(paper.title));
  for (const author of paper.authors) addField(lines, 'AU', oneLine(risName(author)));
  const venue = paper.venue && oneLine(paper.venue);
  addField(lines, 'T2', venue);
  if (venueType === 'conference') addField(lines, 'C3', venue);
  const date = dateOfPaper(paper);
  if (date) {
    addField(lines, 'PY', String(date.year));
    // RIS dates are YYYY/MM/DD/other, with empty parts kept: 2024/03//
    addField(
      lines,
      'DA',
      `${date.year}/${date.month ? pad(date.month) : ''}/${date.day ? pad(date.day) : ''}/`,
    );
  }
  addField(lines, 'AB', paper.abstract);
  const arxivId = preprintArxivId(paper);
  if (arxivId) addField(lines, 'PB', 'arXiv');
  addField(lines, 'DO', citedDoi(paper));
  addField(lines, 'UR', paper.url);
  addField(lines, 'L1', paper.pdfUrl);
  for (const tag of paper.tags) addField(lines, 'KW', tag);
  addField(lines, 'N1', paper.note);
  lines.push('ER  - ');
  return lines.join(CRLF) + CRLF;
}

export function exportRis(papers: readonly Paper[], _tags: readonly Tag[] = []): string {
  return papers.map(record).join(CRLF);
}
