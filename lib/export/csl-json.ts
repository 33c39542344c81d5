/**
 * CSL-JSON, the item format of citeproc processors (Zotero, Pandoc, Mendeley): an array of items
 * (https://github.com/citation-style-language/schema, csl-data.json). A paper with a venue is an
 * `article-journal` or a `paper-conference` (lib/paper/venue.ts says which) with the venue as its
 * `container-title`, and no publisher or number of arXiv's: styles would print publisher arXiv as
 * the journal's or the proceedings'. Its DOI is the publisher's, else arXiv's. Any other paper is typed `article`; an arXiv one
 * has publisher arXiv, number `arXiv:<id>` and arXiv's DOI, as Zotero writes preprints.
 */
import type { Paper, Tag, VenueType } from '../paper/schemas';
import { venueTypeOf } from '../paper/venue';
import { citeKeys } from './cite-keys';
import { citedDoi, dateOfPaper, preprintArxivId, splitName } from './paper-fields';

interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: 'article' | 'article-journal' | 'paper-conference';
  title: string;
  /** The journal or proceedings: CSL's name for both. */
  'container-title'?: string;
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
  // Optional parts set one by one: spreading `part && { ... }` built a throwaway object each.
  const csl: CslName = { family: parts.family };
  if (parts.given) csl.given = parts.given;
  if (parts.particle) csl['non-dropping-particle'] = parts.particle;
  if (parts.suffix) csl.suffix = parts.suffix;
  return csl;
}

const CSL_TYPES: Record<VenueType, CslItem['type']> = {
  journal: 'article-journal',
  conference: 'paper-conference',
};

export function cslItem(paper: Paper, key: string): CslItem {
  const date = dateOfPaper(paper);
  const venueType = venueTypeOf(paper);
  const arxivId = preprintArxivId(paper);
  // Every field in one literal, in the order the JSON lists them; JSON.stringify leaves out the
  // undefined ones. Spreading `cond && { ... }` per optional field instead built and copied a
  // throwaway object for each, some 70,000 per 10,000-paper export.
  return {
    id: key,
    type: venueType ? CSL_TYPES[venueType] : 'article',
    title: paper.title,
    'container-title': paper.venue,
    author: paper.authors.length > 0 ? paper.authors.map(cslName) : undefined,
    issued: date && {
      'date-parts': [[date.year, date.month, date.day].filter((n) => n !== undefined)],
    },
    abstract: paper.abstract || undefined,
    URL: paper.url,
    DOI: citedDoi(paper),
    publisher: arxivId ? 'arXiv' : undefined,
    number: arxivId ? `arXiv:${arxivId}` : undefined,
    keyword: paper.tags.length > 0 ? paper.tags.join(', ') : undefined,
    annote: paper.note || undefined,
  };
}

export function exportCslJson(papers: readonly Paper[], _tags: readonly Tag[] = []): string {
  const keys = citeKeys(papers);
  const items = papers.map((paper) => cslItem(paper, keys.get(paper.id) as string));
  return `${JSON.stringify(items, null, 2)}\n`;
}
