/**
 * RIS, the tagged format EndNote, Zotero, Mendeley and most library catalogues read: one
 * `XX  - value` line per field, CRLF line ends, `ER  - ` closing each record. Papers are typed
 * GEN, as Zotero exports preprints; identifiers go where Zotero's RIS translator reads them
 * (DO, UR, L1 for the PDF, KW per tag, N1 for the note).
 */
import type { Paper, Tag } from '../paper/schemas';
import { arxivDoi, arxivIdOfPaper, dateOfPaper, doiOfPaper, splitName } from './paper-fields';

const CRLF = '\r\n';
const TAG_LINE = /^[A-Z][A-Z0-9] {1,2}-/;

/** "Family, Given[, Suffix]", RIS's name form. */
function risName(name: string): string {
  const parts = splitName(name);
  if ('literal' in parts) return parts.literal;
  const family = [parts.particle, parts.family].filter(Boolean).join(' ');
  return [family, parts.given, parts.suffix].filter(Boolean).join(', ');
}

/** Lines after the first are continuation lines; one that looks like a tag line is indented. */
function fieldLines(tag: string, value: string): string {
  const [first = '', ...rest] = value.split(/\r\n|\r|\n/);
  const continued = rest.map((line) => (TAG_LINE.test(line) ? ` ${line}` : line));
  return [`${tag}  - ${first}`, ...continued].join(CRLF);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function record(paper: Paper): string {
  const lines: string[] = [];
  const add = (tag: string, value: string | undefined) => {
    if (value) lines.push(fieldLines(tag, value));
  };
  add('TY', 'GEN');
  // One-line fields: whitespace runs (a newline from an import) become one space.
  add('TI', paper.title.replace(/\s+/g, ' '));
  for (const author of paper.authors) add('AU', risName(author).replace(/\s+/g, ' '));
  const date = dateOfPaper(paper);
  if (date) {
    add('PY', String(date.year));
    // RIS dates are YYYY/MM/DD/other, with empty parts kept: 2024/03//
    add(
      'DA',
      `${date.year}/${date.month ? pad(date.month) : ''}/${date.day ? pad(date.day) : ''}/`,
    );
  }
  add('AB', paper.abstract);
  const arxivId = arxivIdOfPaper(paper);
  if (arxivId) add('PB', 'arXiv');
  add('DO', doiOfPaper(paper) ?? (arxivId && arxivDoi(arxivId)));
  add('UR', paper.url);
  add('L1', paper.pdfUrl);
  for (const tag of paper.tags) add('KW', tag);
  add('N1', paper.note);
  lines.push('ER  - ');
  return lines.join(CRLF) + CRLF;
}

export function exportRis(papers: readonly Paper[], _tags: readonly Tag[] = []): string {
  return papers.map(record).join(CRLF);
}
