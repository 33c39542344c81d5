/**
 * BibTeX, shaped like arXiv's own "Export BibTeX citation": `@misc` with `eprint`,
 * `archivePrefix` and `primaryClass` for arXiv papers (what biblatex and the arXiv-aware
 * BibTeX styles read), `doi` and `url` when known. Tags go to `keywords`, the user's note to
 * `annote`, which bibliography styles do not print.
 */
import type { Paper, Tag } from '../paper/schemas';
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

/** A name part, LaTeX-escaped; the words "and" and "others" are braced, BibTeX splits there. */
function namePart(text: string): string {
  return toLatex(text).replace(/(^|\s)(and|others)(?=\s|$)/gi, '$1{$2}');
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

function entry(paper: Paper, key: string): string {
  const fields: Array<[string, string]> = [];
  const braced = (name: string, value: string | undefined) => {
    if (value) fields.push([name, `{${value}}`]);
  };
  braced('title', toLatex(paper.title, { protectCase: true }));
  braced('author', paper.authors.map((name) => bibtexName(splitName(name))).join(' and '));
  const date = dateOfPaper(paper);
  if (date) {
    braced('year', String(date.year));
    const month = date.month && MONTH_MACROS[date.month - 1];
    if (month) fields.push(['month', month]);
  }
  const arxivId = arxivIdOfPaper(paper);
  if (arxivId) {
    braced('eprint', arxivId);
    braced('archivePrefix', 'arXiv');
    braced('primaryClass', paper.primaryCategory);
  }
  const doi = doiOfPaper(paper);
  braced('doi', doi && verbatim(doi));
  braced('url', verbatim(paper.url));
  braced('abstract', paper.abstract && toLatex(paper.abstract));
  braced('keywords', paper.tags.map((tag) => toLatex(tag)).join(', '));
  braced('annote', paper.note && toLatex(paper.note));
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@misc{${key},\n${body}\n}\n`;
}

export function exportBibtex(papers: readonly Paper[], _tags: readonly Tag[] = []): string {
  const keys = citeKeys(papers);
  return papers.map((paper) => entry(paper, keys.get(paper.id) as string)).join('\n');
}
