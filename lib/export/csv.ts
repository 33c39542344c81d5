/**
 * CSV for spreadsheets (RFC 4180: CRLF rows, fields quoted when they hold a comma, quote or line
 * break, quotes doubled), with a UTF-8 byte order mark so Excel reads accents correctly.
 *
 * A cell that starts with = + - @ (after any whitespace), a tab or a carriage return is one a
 * spreadsheet may run as a formula (`=HYPERLINK(...)` in a page's title; some trim leading
 * spaces before they look): such cells get a leading apostrophe, as OWASP's CSV injection advice
 * says.
 */
import type { Paper, Tag } from '../paper/schemas';
import { venueTypeOf } from '../paper/venue';
import { arxivIdOfPaper, doiOfPaper } from './paper-fields';

const COLUMNS: Array<[header: string, cell: (paper: Paper) => string]> = [
  ['id', (paper) => paper.id],
  ['title', (paper) => paper.title],
  ['authors', (paper) => paper.authors.join('; ')],
  ['published', (paper) => paper.published ?? ''],
  ['venue', (paper) => paper.venue ?? ''],
  // As the other exports type the venue: as stored, else read from its name.
  ['venue_type', (paper) => venueTypeOf(paper) ?? ''],
  ['url', (paper) => paper.url],
  ['pdf_url', (paper) => paper.pdfUrl ?? ''],
  ['arxiv_id', (paper) => arxivIdOfPaper(paper) ?? ''],
  ['doi', (paper) => doiOfPaper(paper) ?? ''],
  ['primary_category', (paper) => paper.primaryCategory ?? ''],
  ['status', (paper) => paper.status],
  ['tags', (paper) => paper.tags.join('; ')],
  ['note', (paper) => paper.note],
  ['abstract', (paper) => paper.abstract ?? ''],
  ['saved_at', (paper) => new Date(paper.savedAt).toISOString()],
  ['updated_at', (paper) => new Date(paper.updatedAt).toISOString()],
];

const FORMULA_START = /^\s*[=+\-@]|^[\t\r]/;

/** The cell as a spreadsheet will show it: never a formula. */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function csvField(value: string): string {
  const cell = neutralizeFormula(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function exportCsv(papers: readonly Paper[], _tags: readonly Tag[] = []): string {
  const rows = [
    COLUMNS.map(([header]) => header),
    ...papers.map((paper) => COLUMNS.map(([, cell]) => csvField(cell(paper)))),
  ];
  return `\uFEFF${rows.map((row) => row.join(',')).join('\r\n')}\r\n`;
}
