/**
 * What every exporter reads off a paper beyond its stored fields: its arXiv id and DOI among its
 * aliases, its date as numbers, its authors split into parts. One place, so BibTeX, CSL-JSON, RIS
 * and CSV agree on them.
 */
import { arxivIdOf } from '../paper/paper-id';
import type { Paper } from '../paper/schemas';

/** The arXiv id (no prefix, no version) when any of the paper's ids is one. */
export function arxivIdOfPaper(paper: Paper): string | undefined {
  // The id, then the aliases, without copying them into one array: exports ask for every paper.
  const arxivId = arxivIdOf(paper.id);
  if (arxivId) return arxivId;
  for (const alias of paper.aliases) {
    const aliasArxivId = arxivIdOf(alias);
    if (aliasArxivId) return aliasArxivId;
  }
  return undefined;
}

/** The publisher DOI when one of the paper's ids is a DOI (arXiv DOIs are arxiv: ids). */
export function doiOfPaper(paper: Paper): string | undefined {
  const id = paper.id.startsWith('doi:')
    ? paper.id
    : paper.aliases.find((alias) => alias.startsWith('doi:'));
  return id?.slice('doi:'.length);
}

/** The DOI arXiv registers for every paper (https://info.arxiv.org/help/doi.html). */
export function arxivDoi(arxivId: string): string {
  return `10.48550/arXiv.${arxivId}`;
}

/**
 * The arXiv id of a paper cited as an arXiv preprint: one with an arXiv id and no venue. A paper
 * that appeared in a journal or proceedings is cited as published there, not as arXiv's.
 */
export function preprintArxivId(paper: Paper): string | undefined {
  return paper.venue ? undefined : arxivIdOfPaper(paper);
}

/**
 * The DOI a citation names: the publisher's, else arXiv's. A published paper known only by its
 * arXiv id keeps arXiv's DOI: it is the one id that names the paper in RIS and CSL-JSON, so that
 * an import (ours, Zotero's) finds the same paper again.
 */
export function citedDoi(paper: Paper): string | undefined {
  const doi = doiOfPaper(paper);
  if (doi) return doi;
  const arxivId = arxivIdOfPaper(paper);
  return arxivId && arxivDoi(arxivId);
}

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/**
 * The paper's date: `published` when a page showed it, else the month its arXiv id encodes
 * (`2403.01234` was submitted in March 2024, `hep-th/9901001` in January 1999).
 */
export function dateOfPaper(paper: Paper): DateParts | undefined {
  if (paper.published) {
    const [year, month, day] = paper.published.split('-').map(Number);
    if (year === undefined) return undefined;
    const date: DateParts = { year };
    if (month) date.month = month;
    if (day) date.day = day;
    return date;
  }
  const arxivId = arxivIdOfPaper(paper);
  const yymm = arxivId && /^(?:[a-z-]+\/)?(\d{2})(\d{2})/.exec(arxivId);
  if (!yymm) return undefined;
  const yy = Number(yymm[1]);
  // Old-style ids started in August 1991; new-style ones in April 2007.
  return { year: yy >= 91 ? 1900 + yy : 2000 + yy, month: Number(yymm[2]) };
}

/** An author's name in the parts citation formats want. `literal` is a name not to be split. */
export type NameParts =
  | { literal: string }
  | { given: string; family: string; particle?: string; suffix?: string };

const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
const LOWER_CASE_START = /^\p{Ll}/u;
const WHITESPACE_RUN = /\s+/g;
/** Whitespace that is not one space between two words: what splitName has to tidy first. */
const UNTIDY_WHITESPACE = /\s\s|[^\S ]|^\s|\s$/;
/** Words that mark a group author ("The ATLAS Collaboration"), kept whole by every format. */
const GROUP_WORD = /\b(?:collaboration|consortium|team|committee|organi[sz]ation|group|project)\b/i;

/**
 * Splits a displayed name ("Ada Lovelace", "Ludwig van Beethoven", "Martin Luther King Jr.",
 * "Lovelace, Ada") into given and family parts. The family name starts at the first lower-case
 * word after the given name (BibTeX's own "von" rule), or is the last word.
 */
export function splitName(name: string): NameParts {
  // Exports split every author of every paper, and nearly every name is tidy already: testing
  // for that is much cheaper than a replace and a trim, which copy the name even when tidy.
  const text = UNTIDY_WHITESPACE.test(name) ? name.replace(WHITESPACE_RUN, ' ').trim() : name;
  if (GROUP_WORD.test(text)) return { literal: text };
  if (text.includes(',')) {
    const [family = '', ...rest] = text.split(',').map((part) => part.trim());
    const given = rest.at(-1) ?? '';
    const suffix = rest.length > 1 ? rest.slice(0, -1).join(', ') : undefined;
    return { given, family, ...(suffix && { suffix }) };
  }
  const space = text.indexOf(' ');
  if (space === -1) return { literal: text };
  // Two words, the commonest shape of all, can only be given name and family name: no need for
  // an array of words and the search for a particle.
  if (!text.includes(' ', space + 1)) {
    return { given: text.slice(0, space), family: text.slice(space + 1) };
  }
  const words = text.split(' ');
  const suffix = words.length > 2 && SUFFIX.test(words.at(-1) ?? '') ? words.pop() : undefined;
  const last = words.length - 1;
  // The particle starts at the first lower-case word after the first; the last word is family.
  let particleStart = 1;
  while (particleStart < last && !LOWER_CASE_START.test(words[particleStart] as string)) {
    particleStart++;
  }
  let familyStart = particleStart;
  while (familyStart < last && LOWER_CASE_START.test(words[familyStart] as string)) familyStart++;
  const parts: NameParts = {
    given: words.slice(0, particleStart).join(' '),
    family: words.slice(familyStart).join(' '),
  };
  if (familyStart > particleStart) {
    parts.particle = words.slice(particleStart, familyStart).join(' ');
  }
  if (suffix) parts.suffix = suffix;
  return parts;
}

export const STATUS_LABELS: Record<Paper['status'], string> = {
  'to-read': 'to read',
  reading: 'reading',
  read: 'read',
};
