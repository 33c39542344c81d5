/**
 * CSL-JSON, the item format of citeproc processors (Zotero, Pandoc, Mendeley): an array of items
 * (https://github.com/citation-style-language/schema, csl-data.json). arXiv papers are typed
 * `article` with publisher arXiv, number `arXiv:<id>` and arXiv's DOI, as Zotero writes preprints.
 */
import type { Paper, Tag } from '../paper/schemas';
import { citeKeys } from './cite-keys';
import { arxivDoi, arxivIdOfPaper, dateOfPaper, doiOfPaper, splitName } from './paper-fields';

interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: 'article';
  title: string;
  author?: CslName[];
  issued?: { 'date-parts': [number[]] };
  abstract?: string;
  URL: string;
  DOI?: string;
  publisher?: string;
  number?: string;
  keyword?: string;
  /** The reader's own notes: CSL's `annote`, which styles do not print (unlike `note`). */
  annote?: string;
}

function cslName(name: string): CslName {
  const parts = splitName(name);
  if ('literal' in parts) return { literal: parts.literal };
  return {
    family: parts.family,
    ...(parts.given && { given: parts.given }),
    ...(parts.particle && { 'non-dropping-particle': parts.particle }),
    ...(parts.suffix && { suffix: parts.suffix }),
  };
}

export function cslItem(paper: Paper, key: string): CslItem {
  const date = dateOfPaper(paper);
  const arxivId = arxivIdOfPaper(paper);
  const doi = doiOfPaper(paper) ?? (arxivId && arxivDoi(arxivId));
  return {
    id: key,
    type: 'article',
    title: paper.title,
    ...(paper.authors.length > 0 && { author: paper.authors.map(cslName) }),
    ...(date && {
      issued: { 'date-parts': [[date.year, date.month, date.day].filter((n) => n !== undefined)] },
    }),
    ...(paper.abstract && { abstract: paper.abstract }),
    URL: paper.url,
    ...(doi && { DOI: doi }),
    ...(arxivId && { publisher: 'arXiv', number: `arXiv:${arxivId}` }),
    ...(paper.tags.length > 0 && { keyword: paper.tags.join(', ') }),
    ...(paper.note && { annote: paper.note }),
  };
}

export function exportCslJson(papers: readonly Paper[], _tags: readonly Tag[] = []): string {
  const keys = citeKeys(papers);
  const items = papers.map((paper) => cslItem(paper, keys.get(paper.id) as string));
  return `${JSON.stringify(items, null, 2)}\n`;
}
