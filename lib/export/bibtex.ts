/**
 * BibTeX, shaped like arXiv's own "Export BibTeX citation": `@misc` with `eprint`,
 * `archivePrefix` and `primaryClass` for arXiv papers (what biblatex and the arXiv-aware
 * BibTeX styles read), `doi` and `url` when known. A paper with a venue is an `@article` with its
 * `journal` or an `@inproceedings` with its `booktitle` (lib/paper/venue.ts says which), and
 * keeps its `eprint` fields, as dblp and Google Scholar write published arXiv papers. Tags go to
 * `keywords` (one holding `,` or `;` braced, `{vision, language}`, so readers do not split it),
 * the user's note to `annote`, which bibliography styles do not print.
 */
import type { Paper, Tag, VenueType } from '../paper/schemas';
import { venueTypeOf } from '../paper/venue';
import { citeKeys } from './cite-keys';
import { toLatex } from './latex';
import { arxivIdOfPaper, dateOfPaper, doiOfPaper, type NameParts, splitName } from './paper-fields';

const MONTH_MACROS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

const AND_OTHERS_WORD = /(?:^|\s)(?:and|others)(?:\s|$)/i;
const AND_OTHERS_WORDS = /(^|\s)(and|others)(?=\s|$)/gi;

/** A name part, LaTeX-escaped; the words "and" and "others" are braced, BibTeX splits there. */
function namePart(text: string): string {
  const latex = toLatex(text);
  // A replace with `$1` in its replacement costs far more than a test, even with nothing to
  // replace, and hardly any name has those words: test first.
  return AND_OTHERS_WORD.test(latex) ? latex.replace(AND_OTHERS_WORDS, '$1{$2}') : latex;
}

/** "von Last, Jr, First" is the one form BibTeX never misreads. */
export function bibtexName(parts: NameParts): string {
  if ('literal' in parts) return `{${namePart(parts.literal)}}`;
  const family = [parts.particle, parts.family]
    .filter((part): part is string => Boolean(part))
    .map(namePart)
    .join(' ');
  return [family, parts.suffix && namePart(parts.suffix), parts.given && namePart(parts.given)]
    .filter(Boolean)
    .join(', ');
}

/** A verbatim field (url, doi): no LaTeX, but braces and whitespace must not break the entry. */
function verbatim(value: string): string {
  return value.replace(/[{}\s\\]/g, (char) => encodeURIComponent(char));
}

/** Adds `  name = {value}` to an entry's fields, unless the value is empty. */
function addBraced(fields: string[], name: string, value: string | undefined): void {
  // A module function rather than a closure created anew for every entry.
  if (value) fields.push(`  ${name} = {${value}}`);
}

/**
 * A tag as one keyword: braced when it holds a comma or semicolon, which keyword readers split
 * at; ours (lib/import/bibtex.ts) does not split inside braces and takes the braces off again.
 */
function keyword(tag: string): string {
  const latex = toLatex(tag);
  return /[,;]/.test(tag) ? `{${latex}}` : latex;
}

/** The entry type of a paper with a venue of each type, and the field that names the venue. */
const VENUE_ENTRIES: Record<VenueType, readonly [entryType: string, venueField: string]> = {
  journal: ['article', 'journal'],
  conference: ['inproceedings', 'booktitle'],
};

function entry(paper: Paper, key: string): string {
  const venueType = venueTypeOf(paper);
  const [entryType, venueField] = venueType ? VENUE_ENTRIES[venueType] : ['misc', ''];
  const fields: string[] = [];
  addBraced(fields, 'title', toLatex(paper.title, { protectCase: true }));
  addBraced(
    fields,
    'author',
    paper.authors.map((name) => bibtexName(splitName(name))).join(' and '),
  );
  // Styles print journal and booktitle as given, never changing their case: no protectCase.
  if (paper.venue) addBraced(fields, venueField, toLatex(paper.venue));
  const date = dateOfPaper(paper);
  if (date) {
    addBraced(fields, 'year', String(date.year));
    const month = date.month && MONTH_MACROS[date.month - 1];
    if (month) fields.push(`  month = ${month}`);
    // The day has no BibTeX field: biblatex's `date` keeps it (BibTeX ignores the field), and the
    // importer reads it first, so a shelf's own export comes back with the day.
    if (date.day && paper.published) addBraced(fields, 'date', paper.published);
  }
  const arxivId = arxivIdOfPaper(paper);
  if (arxivId) {
    addBraced(fields, 'eprint', arxivId);
    addBraced(fields, 'archivePrefix', 'arXiv');
    addBraced(fields, 'primaryClass', paper.primaryCategory);
  }
  const doi = doiOfPaper(paper);
  addBraced(fields, 'doi', doi && verbatim(doi));
  addBraced(fields, 'url', verbatim(paper.url));
  addBraced(fields, 'abstract', paper.abstract && toLatex(paper.abstract));
  addBraced(fields, 'keywords', paper.tags.map(keyword).join(', '));
  addBraced(fields, 'annote', paper.note && toLatex(paper.note));
  return `@${entryType}{${key},\n${fields.join(',\n')}\n}\n`;
}

export function exportBibtex(papers: readonly Paper[], _tags: readonly Tag[] = []): string {
  const keys = citeKeys(papers);
  return papers.map((paper) => entry(paper, keys.get(paper.id) as string)).join('\n');
}
